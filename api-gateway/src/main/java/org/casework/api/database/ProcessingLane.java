package org.casework.api.database;

/** Threads of the service's own background work that draw their connections from the processing lane. */
public final class ProcessingLane {

    static final ThreadGroup THREADS = new ThreadGroup("casework-processing");

    private ProcessingLane() {
    }

    /** A daemon thread in the processing lane (a rebuild's pass and swap). */
    public static Thread newThread(Runnable runnable, String name) {
        Thread thread = new Thread(THREADS, runnable, name);
        thread.setDaemon(true);
        return thread;
    }
}
