package org.plantrace.cli;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.SimpleDateFormat;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import org.xml.sax.SAXException;

/**
 * The JDK set-up that every command pays for on first use, whatever the command, started on a second thread as the
 * process starts, so that it runs beside EMF's own start-up on the main thread (a cold command is mostly interpreted
 * start-up code, and the machine has a second core): the calendar and locale data that EMF's factories create when
 * their class loads (about a tenth of a cold {@code plantrace validate}), the XML parser, SHA-256. Whatever is not
 * done yet when the main thread needs it, the main thread does itself, as before; nothing here changes a result.
 */
final class EarlyStart extends Thread {

    private EarlyStart() {
        super("plantrace-early-start");
        setDaemon(true);
    }

    /** Starts the set-up beside the caller (no lambda: its class would be made at run time, on the main thread). */
    static void begin() {
        new EarlyStart().start();
    }

    @Override
    public void run() {
        try {
            // what EMF's EFactoryImpl creates: a calendar, date symbols and a number format for the default locale
            new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss'.'SSSZ");
            SAXParserFactory.newDefaultInstance().newSAXParser();
            MessageDigest.getInstance("SHA-256");
        } catch (ParserConfigurationException | SAXException | NoSuchAlgorithmException | RuntimeException e) {
            // the main thread meets the same problem where it matters and reports it there
        }
    }
}
