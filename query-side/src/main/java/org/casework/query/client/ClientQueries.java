package org.casework.query.client;

import org.casework.domain.status.Status;
import org.casework.query.access.Viewer;
import org.casework.query.status.Colour;
import org.casework.query.support.Paging;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The questions the client read model answers. Colours depend on the day, so each question names it. */
public final class ClientQueries {

    private ClientQueries() {
    }

    /**
     * The coloured overview in name order, filtered by responsible worker, status, colour and a name (or birth
     * number) search; each filter is optional. Only the files visible to the viewer are listed.
     */
    public record FindClients(String worker, String nameQuery, Status status, Colour colour, LocalDate today,
                              Viewer viewer, Paging paging) {
    }

    public record FindClientCard(UUID clientId, LocalDate today) {
    }

    /**
     * The client file as the service knew it at the end of {@code day}: rebuilt from the events recorded before
     * {@code recordedBefore} (the next day's start in the organisation's time zone), coloured for that day.
     */
    public record FindClientAsOf(UUID clientId, LocalDate day, Instant recordedBefore) {
    }

    /** Whether the client's file exists in the read model; answers a boolean. */
    public record ClientExists(UUID clientId) {
    }

    /** Every version of the client's individual plan, the current (highest) first. */
    public record FindPlanVersions(UUID clientId) {
    }

    /**
     * The files neither erased nor merged whose name (ignoring case and diacritics) and birth date equal these:
     * possibly the same person. Answers {@link SimilarClients}.
     */
    public record FindSimilarClients(String firstName, String lastName, LocalDate birthDate) {
    }

    public record SimilarClients(List<UUID> clientIds) {
    }

    /** Files neither erased nor merged that share a birth number, in groups, earliest registered first. */
    public record FindSharedBirthNumbers() {
    }

    public record SharedBirthNumber(List<UUID> clientIds) {
    }
}
