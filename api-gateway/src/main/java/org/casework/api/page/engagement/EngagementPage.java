package org.casework.api.page.engagement;

import jakarta.servlet.http.HttpServletResponse;
import org.casework.api.page.ApiAnswer;
import org.casework.api.page.Pages;
import org.casework.api.page.Refusals;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Map;
import java.util.UUID;

/** An engagement: its description, state and totals, its consultations, and the form to record one more. */
@Controller
class EngagementPage {

    static final String PATH = "/engagements/{id:[0-9a-fA-F-]{36}}";
    static final int PAGE_SIZE = 50;

    private final EngagementFiles files;

    EngagementPage(EngagementFiles files) {
        this.files = files;
    }

    static String at(UUID engagementId) {
        return "redirect:/engagements/" + engagementId;
    }

    @GetMapping(PATH)
    String show(@PathVariable UUID id, @RequestParam(defaultValue = "0") String page, Model model) {
        return render(id, page, model, ConsultationForm.inputs(Map.of()), Refusals.none());
    }

    /** Where the language switch of a refused form leads: the engagement itself. */
    @GetMapping(PATH + "/consultations")
    String engagement(@PathVariable UUID id) {
        return at(id);
    }

    @PostMapping(PATH + "/consultations")
    String record(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
                  HttpServletResponse response, RedirectAttributes flash) {
        Map<String, String> inputs = ConsultationForm.inputs(form);
        ApiAnswer answer = files.api().post("/api/engagements/" + id + "/consultations", ConsultationForm.body(inputs));
        if (answer.ok()) {
            flash.addFlashAttribute("recorded", answer.createdId().map(UUID::toString).orElse(null));
            return at(id);
        }
        Refusals refusals = files.refusals(answer, ConsultationForm.FIELDS);
        response.setStatus(answer.status());
        return render(id, "0", model, inputs, refusals);
    }

    private String render(UUID id, String page, Model model, Map<String, String> inputs, Refusals refusals) {
        files.head(id, model);
        model.addAttribute("consultations", Pages.object(files.api().get("/api/chronology",
                Map.of("engagement", id, "size", PAGE_SIZE, "page", page))));
        model.addAttribute("inputs", inputs);
        model.addAttribute("refusals", refusals);
        model.addAttribute("kinds", ConsultationForm.KINDS);
        model.addAttribute("places", ConsultationForm.PLACES);
        return "engagement/engagement";
    }
}
