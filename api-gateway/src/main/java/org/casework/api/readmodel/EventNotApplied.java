package org.casework.api.readmodel;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.util.regex.Pattern;

/**
 * A read model could not apply an event. Stands in for the handler's exception wherever it travels (the dead letter's
 * cause, Axon's log lines), so it carries a description without values: PostgreSQL and Jackson quote the value they
 * refuse, and the value may be a name or a birth date. Keeps the original's type name and stack trace, not its
 * message or cause chain.
 */
final class EventNotApplied extends RuntimeException {

    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|'[^']*'|\\([^()]*\\)=\\([^()]*\\)");
    private static final int MAX_LENGTH = 1000;

    private final String causeType;

    private EventNotApplied(String causeType, String description, StackTraceElement[] stackTrace) {
        super(description, null, false, true);
        this.causeType = causeType;
        setStackTrace(stackTrace);
    }

    static EventNotApplied of(Throwable failure) {
        if (failure instanceof EventNotApplied already) {
            return already;
        }
        return new EventNotApplied(failure.getClass().getName(), describe(failure), failure.getStackTrace());
    }

    String causeType() {
        return causeType;
    }

    /** The database's SQL state and message if the database refused, else the innermost exception's; values masked. */
    static String describe(Throwable failure) {
        SQLException sql = null;
        Throwable innermost = failure;
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            innermost = t;
            if (sql == null && t instanceof SQLException found) {
                sql = found instanceof BatchUpdateException && found.getNextException() != null
                        ? found.getNextException() : found;
            }
        }
        String text = sql != null
                ? sql.getClass().getSimpleName() + " " + sql.getSQLState() + ": " + sql.getMessage()
                : innermost.getClass().getSimpleName() + ": " + innermost.getMessage();
        String masked = QUOTED.matcher(text).replaceAll("…");
        return masked.length() > MAX_LENGTH ? masked.substring(0, MAX_LENGTH) + "…" : masked;
    }
}
