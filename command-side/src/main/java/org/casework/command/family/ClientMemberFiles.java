package org.casework.command.family;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.callbacks.FutureCallback;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.casework.command.client.ClientStreams;
import org.casework.command.client.ContactHistory;
import org.casework.domain.family.Relation;
import org.casework.domain.status.StatusEntry;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

/**
 * Reaches the members' Client aggregates by commands handled at once, on this thread, in a unit of work nested in
 * the family's: they share its transaction, and each client stays locked until the family's change commits. The
 * command bus is used without the gateway's retries, since only the family's command as a whole can be retried.
 */
@Component
class ClientMemberFiles implements MemberFiles {

    private final CommandBus commandBus;
    private final ClientStreams clientStreams;
    private final ContactHistory contactHistory;

    ClientMemberFiles(@Lazy CommandBus commandBus, ClientStreams clientStreams, ContactHistory contactHistory) {
        this.commandBus = commandBus;
        this.clientStreams = clientStreams;
        this.contactHistory = contactHistory;
    }

    @Override
    public void join(UUID clientId, UUID familyId, Relation relation, LocalDate since) {
        try {
            handle(new JoinFamily(clientId, familyId, relation, since));
        } catch (AggregateNotFoundException unknown) {
            throw MemberFiles.unknownClient(clientId);
        }
    }

    @Override
    public void leave(UUID clientId, UUID familyId, LocalDate leftOn) {
        handle(new LeaveFamily(clientId, familyId, leftOn));
    }

    @Override
    public void shareStatus(UUID clientId, UUID familyId, StatusEntry entry) {
        handle(new ShareFamilyStatus(clientId, familyId, entry));
    }

    @Override
    public void withdrawStatus(UUID clientId, UUID familyId, StatusEntry entry, String reason) {
        handle(new WithdrawFamilyStatus(clientId, familyId, entry, reason));
    }

    @Override
    public Optional<LocalDate> lastConsultationOn(Collection<UUID> clientIds) {
        return contactHistory.lastConsultationOn(
                clientIds.stream().flatMap(id -> clientStreams.engagementsOf(id).stream()).toList());
    }

    private void handle(Object command) {
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
    }
}
