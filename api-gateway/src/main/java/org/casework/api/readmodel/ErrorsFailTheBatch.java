package org.casework.api.readmodel;

import org.axonframework.eventhandling.ErrorContext;
import org.axonframework.eventhandling.ErrorHandler;
import org.axonframework.eventhandling.EventProcessingException;

/**
 * A batch that fails with an {@link Error} fails like one that throws an exception. Axon 4.13's pooled work package
 * catches only exceptions: an Error ends its task without a word, leaves its segment unprocessed and keeps the
 * processor from ever stopping (seen with pgjdbc's {@code assert} in {@code BatchResultHandler} on a connection that
 * broke mid-batch). As an exception the work package aborts, backs off and tries the batch again. The cause keeps
 * the Error's type and stack trace with values masked ({@link EventNotApplied}); a {@link VirtualMachineError}
 * stays what it is.
 */
final class ErrorsFailTheBatch implements ErrorHandler {

    @Override
    public void handleError(ErrorContext context) throws Exception {
        Throwable failure = context.error();
        if (failure instanceof Exception exception) {
            throw exception;
        }
        if (failure instanceof VirtualMachineError fatal) {
            throw fatal;
        }
        throw new EventProcessingException("A batch of " + context.eventProcessor() + " failed with "
                + failure.getClass().getName(), EventNotApplied.of(failure));
    }
}
