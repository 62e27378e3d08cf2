package org.plantrace.docgen.pdf;

import java.util.logging.Level;
import java.util.logging.Logger;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;

/** Passes only openhtmltopdf's severe messages on, to java.util.logging under this package's name. */
final class QuietLogger implements XRLogger {

    private static final Logger LOG = Logger.getLogger(QuietLogger.class.getPackageName());

    @Override
    public void log(String where, Level level, String msg) {
        if (level.intValue() >= Level.SEVERE.intValue()) {
            LOG.warning(where + ": " + msg);
        }
    }

    @Override
    public void log(String where, Level level, String msg, Throwable th) {
        if (level.intValue() >= Level.SEVERE.intValue()) {
            LOG.log(Level.WARNING, where + ": " + msg, th);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
        // fixed
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return diagnostic.getLevel().intValue() >= Level.SEVERE.intValue();
    }
}
