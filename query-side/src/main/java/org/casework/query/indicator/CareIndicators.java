package org.casework.query.indicator;

import org.casework.domain.engagement.ClosureReason;
import org.casework.domain.engagement.ProblemType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The care indicators of a period; every definition, with the seed's field numbers, is in docs/indicators.md.
 * Shares are percentages with one decimal, {@code null} when there is nothing to divide by.
 */
public record CareIndicators(
        LocalDate from,
        LocalDate to,
        String worker,
        long engagementsInCare,
        long clientsInCare,
        Share newClients,
        long engagementsWithAgreement,
        long clientsWithAgreement,
        List<ProblemTypeCount> problemTypes,
        long engagementsWithoutProblemType,
        long meetings,
        long measures,
        Closures closures,
        FollowUp followUp,
        Income income) {

    public record Share(long count, BigDecimal share) {
    }

    /**
     * {@code share} is of the engagements in care; one engagement may have several problem types. {@code clients}
     * and {@code clientsWithAgreement} count persons (the seed's unit "fő"): a client with two engagements of the
     * type counts once; {@code engagementsWithAgreement} counts engagements.
     */
    public record ProblemTypeCount(ProblemType problemType, long engagements, BigDecimal share, long clients,
                                   long clientsWithAgreement, long engagementsWithAgreement) {
    }

    public record Closures(long count, BigDecimal averageLengthDays, List<WorkerClosures> perWorker,
                           List<ReasonCount> byReason) {
    }

    public record WorkerClosures(String worker, long count, BigDecimal averageLengthDays) {
    }

    public record ReasonCount(ClosureReason reason, long count, BigDecimal share) {
    }

    /** Closures with follow-up (field 54 yes), the distinct clients among them, and their share of all closures. */
    public record FollowUp(long closures, long clients, BigDecimal shareOfClosures) {
    }

    /**
     * The per-capita income (field 40) of the latest assessment on or before {@code to} of each client in care;
     * clients without one are excluded from the average and the bands and counted in {@code withoutAssessment}.
     */
    public record Income(long clientsInCare, long assessed, Share withoutAssessment, BigDecimal averagePerCapita,
                         List<Band> bands) {
    }

    /** {@code to} is exclusive and {@code null} for the open top band; {@code share} is of the clients in care. */
    public record Band(long from, Long to, long clients, BigDecimal share, BigDecimal shareOfAssessed) {
    }
}
