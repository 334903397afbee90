package org.casework.api.page.engagement;

import jakarta.servlet.http.HttpServletResponse;
import org.casework.api.page.ApiAnswer;
import org.casework.api.page.Refusals;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Bulk entry (ARUM's RZ): many consultations of one engagement typed into a grid and saved at once, all or nothing.
 * A refused batch comes back with every value kept and each refusal on the row it concerns.
 */
@Controller
class BulkEntryPage {

    static final int ROWS = 10;
    static final int MORE_ROWS = 10;
    /** The API takes 500 consultations a batch. */
    static final int MAX_ROWS = 500;
    private static final String PATH = EngagementPage.PATH + "/bulk";

    private final EngagementFiles files;

    BulkEntryPage(EngagementFiles files) {
        this.files = files;
    }

    @GetMapping(PATH)
    String grid(@PathVariable UUID id, @RequestParam(defaultValue = "") String rows, Model model) {
        return render(id, model, BulkGrid.empty(size(count(rows))), Refusals.none());
    }

    @PostMapping(PATH)
    String save(@PathVariable UUID id, @RequestParam Map<String, String> form,
                @RequestParam(defaultValue = "") String rows, @RequestParam(required = false) String more,
                Model model, HttpServletResponse response, RedirectAttributes flash) {
        if (more != null) {
            return render(id, model, BulkGrid.of(form, size(count(rows) + MORE_ROWS)), Refusals.none());
        }
        BulkGrid grid = BulkGrid.of(form, size(count(rows)));
        ApiAnswer answer = files.api().post("/api/engagements/" + id + "/consultations/batch", grid.body());
        if (answer.ok()) {
            List<String> ids = new ArrayList<>();
            if (answer.body() != null) {
                answer.body().path("ids").forEach(created -> ids.add(created.asText()));
            }
            flash.addFlashAttribute("recordedMany", ids);
            return EngagementPage.at(id);
        }
        List<String> named = answer.errors().stream().map(ApiAnswer.Refusal::field).toList();
        Refusals refusals = files.refusals(answer, BulkGrid.refusedFields(named));
        grid.mark(refusals);
        response.setStatus(answer.status());
        return render(id, model, grid, refusals);
    }

    private static int count(String rows) {
        try {
            return Integer.parseInt(rows.strip());
        } catch (NumberFormatException e) {
            return ROWS;
        }
    }

    private static int size(int rows) {
        return Math.max(1, Math.min(rows, MAX_ROWS));
    }

    private String render(UUID id, Model model, BulkGrid grid, Refusals refusals) {
        files.head(id, model);
        model.addAttribute("rows", grid.rows());
        model.addAttribute("refusals", refusals);
        model.addAttribute("kinds", ConsultationForm.KINDS);
        model.addAttribute("places", ConsultationForm.PLACES);
        model.addAttribute("fields", ConsultationForm.FIELDS);
        return "engagement/bulk";
    }
}
