package org.pyconfgraph.cli;

import sun.misc.Signal;

/**
 * SIGTERM and SIGINT stop the server gracefully and let {@code serve} return normally, exit code 0. The JVM's
 * default would run shutdown hooks with the process already condemned to exit 143 (or 130). SIGHUP, which would
 * end the process too, asks {@code serve --releases} to read its {@code current} again.
 */
final class ShutdownSignals {
    private ShutdownSignals() {}

    static void onTermination(Runnable stop) {
        Runnable once = new Runnable() {
            private boolean stopping;

            @Override
            public synchronized void run() {
                if (stopping) return;
                stopping = true;
                new Thread(stop, "graceful-stop").start();
            }
        };
        Signal.handle(new Signal("TERM"), signal -> once.run());
        Signal.handle(new Signal("INT"), signal -> once.run());
    }

    /** SIGHUP runs the action (on the signal's own thread) instead of ending the process. */
    static void onHangUp(Runnable action) {
        Signal.handle(new Signal("HUP"), signal -> action.run());
    }
}
