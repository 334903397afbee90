package org.casework.api.statistics;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.casework.query.indicator.CareIndicators;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The care indicators as a long table for the CSV export: one line per figure, named as in docs/indicators.md. */
final class IndicatorRows {

    @JsonPropertyOrder({"indicator", "breakdown", "value", "sharePercent"})
    record Row(String indicator, String breakdown, Number value, BigDecimal sharePercent) {
    }

    private IndicatorRows() {
    }

    static List<Row> of(CareIndicators i) {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("engagementsInCare", null, i.engagementsInCare(), null));
        rows.add(new Row("clientsInCare", null, i.clientsInCare(), null));
        rows.add(new Row("newClients", null, i.newClients().count(), i.newClients().share()));
        rows.add(new Row("engagementsWithAgreement", null, i.engagementsWithAgreement(), null));
        i.problemTypes().forEach(t -> {
            rows.add(new Row("problemType.engagements", t.problemType().name(), t.engagements(), t.share()));
            rows.add(new Row("problemType.clients", t.problemType().name(), t.clients(), null));
            rows.add(new Row("problemType.withAgreement", t.problemType().name(), t.withAgreement(), null));
        });
        rows.add(new Row("engagementsWithoutProblemType", null, i.engagementsWithoutProblemType(), null));
        rows.add(new Row("meetings", null, i.meetings(), null));
        rows.add(new Row("measures", null, i.measures(), null));
        rows.add(new Row("closures", null, i.closures().count(), null));
        rows.add(new Row("closures.averageLengthDays", null, i.closures().averageLengthDays(), null));
        i.closures().perWorker().forEach(w -> {
            rows.add(new Row("closures.perWorker.count", w.worker(), w.count(), null));
            rows.add(new Row("closures.perWorker.averageLengthDays", w.worker(), w.averageLengthDays(), null));
        });
        i.closures().byReason().forEach(r ->
                rows.add(new Row("closures.byReason", r.reason().name(), r.count(), r.share())));
        rows.add(new Row("followUp.closures", null, i.followUp().closures(), i.followUp().shareOfClosures()));
        rows.add(new Row("followUp.clients", null, i.followUp().clients(), null));
        rows.add(new Row("income.assessed", null, i.income().assessed(), null));
        rows.add(new Row("income.withoutAssessment", null, i.income().withoutAssessment().count(),
                i.income().withoutAssessment().share()));
        rows.add(new Row("income.averagePerCapita", null, i.income().averagePerCapita(), null));
        i.income().bands().forEach(b -> rows.add(new Row("income.band",
                "[" + b.from() + "," + (b.to() == null ? "" : b.to()) + ")", b.clients(), b.share())));
        return rows;
    }
}
