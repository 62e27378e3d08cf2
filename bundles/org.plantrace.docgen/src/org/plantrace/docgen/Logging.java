package org.plantrace.docgen;

/**
 * Apache POI logs through the Log4j API, which prints "could not find a logging provider" on standard
 * error when no Log4j implementation is present (the command line has none). Unless the application
 * chose a logger context factory itself, use the API's own simple one (errors only, on stderr).
 */
public final class Logging {

    private static final String FACTORY = "log4j2.loggerContextFactory";

    private Logging() {
    }

    /** Call before the first use of POI; cheap and idempotent. */
    public static void quietPoi() {
        if (System.getProperty(FACTORY) == null) {
            System.setProperty(FACTORY, "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
    }
}
