package org.casework.command.client;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.callbacks.FutureCallback;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.casework.command.engagement.MoveEngagement;
import org.casework.command.rules.FileErasedException;
import org.casework.command.rules.FileMergedException;
import org.casework.command.rules.RuleViolationException;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Reaches the merged file and its engagements by commands handled at once, on this thread, nested in the survivor's
 * unit of work (as a family reaches its members): one transaction, every file locked until the merge commits.
 */
@Component
class CommandBusFileMerging implements FileMerging {

    private static final String FIELD = "mergedClientId";

    private final CommandBus commandBus;

    CommandBusFileMerging(@Lazy CommandBus commandBus) {
        this.commandBus = commandBus;
    }

    @Override
    public Handover handOver(UUID mergedClientId, UUID survivorId, String reason, LocalDate mergedOn) {
        try {
            return (Handover) handle(new HandOverFile(mergedClientId, survivorId, reason, mergedOn));
        } catch (AggregateNotFoundException unknown) {
            throw RuleViolationException.of(FIELD, "unknown-client", "there is no client with id " + mergedClientId);
        } catch (FileErasedException erased) {
            throw RuleViolationException.of(FIELD, "file-erased",
                    "the personal data of client file " + mergedClientId + " has been erased");
        } catch (FileMergedException merged) {
            throw RuleViolationException.of(FIELD, "already-merged", merged.getMessage());
        }
    }

    @Override
    public void moveEngagement(UUID engagementId, UUID toClientId) {
        handle(new MoveEngagement(engagementId, toClientId));
    }

    private Object handle(Object command) {
        FutureCallback<Object, Object> callback = new FutureCallback<>();
        commandBus.dispatch(GenericCommandMessage.asCommandMessage(command), callback);
        CommandResultMessage<?> result = callback.getResult();
        if (result.isExceptional()) {
            Throwable failure = result.exceptionResult();
            if (failure instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(failure);
        }
        return result.getPayload();
    }
}
