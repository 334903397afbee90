package org.casework.api.page.engagement;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.casework.api.page.ApiAnswer;
import org.casework.api.page.Refusals;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.HttpHeaders;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The grid sends only filled rows and puts the API's refusal of the i-th one sent back on the row it came from. */
class BulkGridTest {

    private static Map<String, String> row(Map<String, String> form, int index, String date, String minutes) {
        form.put("rows[" + index + "].date", date);
        form.put("rows[" + index + "].kind", "PHONE");
        form.put("rows[" + index + "].durationMinutes", minutes);
        form.put("rows[" + index + "].place", "IN_OFFICE");
        return form;
    }

    private static ApiAnswer refusal(String json) throws Exception {
        return new ApiAnswer(422, new HttpHeaders(), new ObjectMapper().readTree(json));
    }

    @Test
    @SuppressWarnings("unchecked")
    void onlyFilledRowsAreSentWithTheirValuesTyped() {
        Map<String, String> form = new HashMap<>();
        row(form, 0, "2026-11-20", "30");
        row(form, 3, "2026-11-21", "a while");
        form.put("rows[3].participants", " Jana , ,Petr ");
        BulkGrid grid = BulkGrid.of(form, 5);

        List<Map<String, Object>> sent = (List<Map<String, Object>>) grid.body().get("consultations");
        assertThat(sent).hasSize(2);
        assertThat(sent.get(0)).containsEntry("durationMinutes", 30).doesNotContainKey("record");
        assertThat(sent.get(1)).containsEntry("durationMinutes", "a while")
                .containsEntry("participants", List.of("Jana", "Petr"));
        assertThat(grid.rows()).hasSize(5);
    }

    @Test
    void aRefusalOfTheSecondSentConsultationMarksTheGridRowItWasTypedIn() throws Exception {
        Map<String, String> form = new HashMap<>();
        row(form, 0, "2026-11-20", "30");
        row(form, 2, "2026-10-01", "0");
        row(form, 4, "2026-11-22", "20");
        BulkGrid grid = BulkGrid.of(form, 6);
        ApiAnswer answer = refusal("""
                {"type": "https://casework.example/problems/rule-violation", "errors": [
                  {"field": "consultations[1].date", "rule": "not-before-engagement-opened", "message": "too early"},
                  {"field": "consultations[1].durationMinutes", "rule": "positive", "message": "more than 0"},
                  {"field": "consultations[2].worker", "rule": "size", "message": "too long"}]}""");
        Refusals refusals = Refusals.of(answer, new StaticMessageSource(),
                BulkGrid.refusedFields(answer.errors().stream().map(ApiAnswer.Refusal::field).toList()));
        grid.mark(refusals);

        BulkRow third = grid.rows().get(2);
        assertThat(third.getNumber()).isEqualTo(3);
        assertThat(third.of("date")).containsExactly("too early");
        assertThat(third.of("durationMinutes")).containsExactly("more than 0");
        assertThat(grid.rows().get(4).getGeneral()).containsExactly("too long");
        assertThat(grid.rows().get(4).has("worker")).isFalse();
        assertThat(grid.rows().stream().filter(BulkRow::isRefused).map(BulkRow::getNumber)).containsExactly(3, 5);
        assertThat(refusals.general()).isEmpty();
    }
}
