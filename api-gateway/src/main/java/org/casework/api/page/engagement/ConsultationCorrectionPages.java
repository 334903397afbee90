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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Putting a consultation right: correcting it (every field, and why) or voiding it (why). */
@Controller
class ConsultationCorrectionPages {

    private static final String PATH = EngagementPage.PATH + "/consultations/{consultationId:[0-9a-fA-F-]{36}}";
    private static final List<String> CORRECTION_FIELDS = withReason(ConsultationForm.FIELDS);

    private final EngagementFiles files;

    ConsultationCorrectionPages(EngagementFiles files) {
        this.files = files;
    }

    private static List<String> withReason(List<String> fields) {
        List<String> all = new ArrayList<>(fields);
        all.add("reason");
        return List.copyOf(all);
    }

    @GetMapping(PATH + "/correction")
    String correctionForm(@PathVariable UUID id, @PathVariable UUID consultationId, Model model) {
        Map<String, String> inputs = new LinkedHashMap<>(ConsultationForm.of(files.consultation(id, consultationId)));
        inputs.put("reason", "");
        return correction(id, consultationId, model, inputs, Refusals.none());
    }

    @PostMapping(PATH + "/correction")
    String correct(@PathVariable UUID id, @PathVariable UUID consultationId, @RequestParam Map<String, String> form,
                   Model model, HttpServletResponse response, RedirectAttributes flash) {
        Map<String, String> inputs = new LinkedHashMap<>(ConsultationForm.inputs(form));
        inputs.put("reason", form.getOrDefault("reason", ""));
        Map<String, Object> body = ConsultationForm.body(inputs);
        Inputs.put(body, "reason", Inputs.text(inputs.get("reason")));
        ApiAnswer answer = files.api().post("/api/engagements/" + id + "/consultations/" + consultationId
                + "/correction", body);
        if (answer.ok()) {
            flash.addFlashAttribute("corrected", consultationId.toString());
            flash.addFlashAttribute("reason", inputs.get("reason"));
            return EngagementPage.at(id);
        }
        Refusals refusals = files.refusals(answer, CORRECTION_FIELDS);
        response.setStatus(answer.status());
        return correction(id, consultationId, model, inputs, refusals);
    }

    private String correction(UUID id, UUID consultationId, Model model, Map<String, String> inputs,
                              Refusals refusals) {
        files.head(id, model);
        model.addAttribute("consultationId", consultationId);
        model.addAttribute("inputs", inputs);
        model.addAttribute("refusals", refusals);
        model.addAttribute("kinds", ConsultationForm.KINDS);
        model.addAttribute("places", ConsultationForm.PLACES);
        return "engagement/correction";
    }

    @GetMapping(PATH + "/void")
    String voidForm(@PathVariable UUID id, @PathVariable UUID consultationId, Model model) {
        return voiding(id, consultationId, model, "", Refusals.none());
    }

    @PostMapping(PATH + "/void")
    String voidIt(@PathVariable UUID id, @PathVariable UUID consultationId,
                  @RequestParam(defaultValue = "") String reason, Model model, HttpServletResponse response,
                  RedirectAttributes flash) {
        Map<String, Object> voided = files.consultation(id, consultationId);
        Map<String, Object> body = new LinkedHashMap<>();
        Inputs.put(body, "reason", Inputs.text(reason));
        ApiAnswer answer = files.api().post("/api/engagements/" + id + "/consultations/" + consultationId
                + "/void", body);
        if (answer.ok()) {
            // the API lists counted consultations only: the page names the voided one once, struck through
            flash.addFlashAttribute("voided", voided);
            flash.addFlashAttribute("reason", reason);
            return EngagementPage.at(id);
        }
        Refusals refusals = files.refusals(answer, List.of("reason"));
        response.setStatus(answer.status());
        return voiding(id, consultationId, model, reason, refusals);
    }

    private String voiding(UUID id, UUID consultationId, Model model, String reason, Refusals refusals) {
        files.head(id, model);
        model.addAttribute("consultation", files.consultation(id, consultationId));
        model.addAttribute("reason", reason);
        model.addAttribute("refusals", refusals);
        return "engagement/void";
    }
}
