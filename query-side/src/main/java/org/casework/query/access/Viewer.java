package org.casework.query.access;

import java.time.LocalDate;

/**
 * Whose eyes a list is read with: a worker sees the files they are responsible for and those shared with them on
 * {@code today}; {@link #everyone} (coordinators, directors, auditors) sees every file.
 */
public record Viewer(String worker, LocalDate today) {

    public static Viewer everyone(LocalDate today) {
        return new Viewer(null, today);
    }

    public static Viewer worker(String worker, LocalDate today) {
        if (worker == null) {
            throw new IllegalArgumentException("a worker viewer needs the worker's name");
        }
        return new Viewer(worker, today);
    }

    public boolean seesEveryFile() {
        return worker == null;
    }
}
