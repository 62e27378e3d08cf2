package org.plantrace.ui.internal.app;

/**
 * The start-up splash: the JVM draws it ({@code -splash:} in ./plantrace, before any class loads, so it shows within
 * a fraction of a second) and it stays until {@link #close()}, called once the first workbench window is open.
 */
final class Splash {

    private Splash() {
    }

    /** Closes the splash, if the JVM shows one; never fails the start. */
    static void close() {
        try {
            if (java.awt.GraphicsEnvironment.isHeadless()) {
                return;
            }
            java.awt.SplashScreen splash = java.awt.SplashScreen.getSplashScreen();
            if (splash != null) {
                splash.close();
            }
        } catch (RuntimeException | LinkageError e) {
            // no splash support in this JVM: nothing to close
        }
    }
}
