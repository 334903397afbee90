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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Closing an engagement (day, reason, follow-up), correcting its closure, and reopening it. */
@Controller
class ClosurePages {

    private static final String CLOSURE = EngagementPage.PATH + "/closure";
    private static final List<String> FIELDS = List.of("closedOn", "reason", "reasonNote", "followUp",
            "followUpAgreement", "correctionReason");
    static final List<String> REASONS = List.of("SUCCESSFUL", "LACK_OF_COOPERATION", "REFERRED_TO_ANOTHER_SERVICE",
            "REFERRED_TO_ANOTHER_INSTITUTION", "CONTACT_LOST", "OTHER");

    private final EngagementFiles files;

    ClosurePages(EngagementFiles files) {
        this.files = files;
    }

    @GetMapping(CLOSURE)
    String closeForm(@PathVariable UUID id, Model model) {
        return closure(id, false, model, inputs(Map.of()), Refusals.none());
    }

    @PostMapping(CLOSURE)
    String close(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
                 HttpServletResponse response, RedirectAttributes flash) {
        return save(id, false, form, model, response, flash);
    }

    @GetMapping(CLOSURE + "/correction")
    @SuppressWarnings("unchecked")
    String correctionForm(@PathVariable UUID id, Model model) {
        Map<String, String> inputs = inputs(Map.of());
        Map<String, Object> engagement = files.head(id, model);
        if (engagement.get("closure") instanceof Map<?, ?> closure) {
            ((Map<String, Object>) closure).forEach((field, value) ->
                    inputs.put(field, value == null ? "" : value.toString()));
        }
        return closure(id, true, model, inputs, Refusals.none());
    }

    @PostMapping(CLOSURE + "/correction")
    String correct(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
                   HttpServletResponse response, RedirectAttributes flash) {
        return save(id, true, form, model, response, flash);
    }

    private String save(UUID id, boolean correction, Map<String, String> form, Model model,
                        HttpServletResponse response, RedirectAttributes flash) {
        Map<String, String> inputs = inputs(form);
        Map<String, Object> body = new LinkedHashMap<>();
        Inputs.put(body, "closedOn", Inputs.text(inputs.get("closedOn")));
        Inputs.put(body, "reason", Inputs.text(inputs.get("reason")));
        Inputs.put(body, "reasonNote", Inputs.text(inputs.get("reasonNote")));
        body.put("followUp", "true".equals(inputs.get("followUp")));
        Inputs.put(body, "followUpAgreement", Inputs.text(inputs.get("followUpAgreement")));
        if (correction) {
            Inputs.put(body, "correctionReason", Inputs.text(inputs.get("correctionReason")));
        }
        ApiAnswer answer = files.api().post("/api/engagements/" + id + "/closure"
                + (correction ? "/correction" : ""), body);
        if (answer.ok()) {
            flash.addFlashAttribute("notice", correction ? "engagement.notice.closureCorrected"
                    : "engagement.notice.closed");
            return EngagementPage.at(id);
        }
        Refusals refusals = files.refusals(answer, FIELDS);
        response.setStatus(answer.status());
        return closure(id, correction, model, inputs, refusals);
    }

    private static Map<String, String> inputs(Map<String, String> form) {
        Map<String, String> inputs = new LinkedHashMap<>();
        FIELDS.forEach(field -> inputs.put(field, form.getOrDefault(field, "")));
        return inputs;
    }

    private String closure(UUID id, boolean correction, Model model, Map<String, String> inputs,
                           Refusals refusals) {
        files.head(id, model);
        model.addAttribute("correction", correction);
        model.addAttribute("inputs", inputs);
        model.addAttribute("refusals", refusals);
        model.addAttribute("reasons", REASONS);
        return "engagement/closure";
    }

    @GetMapping(EngagementPage.PATH + "/reopening")
    String reopenForm(@PathVariable UUID id, Model model) {
        return reopening(id, model, "", Refusals.none());
    }

    @PostMapping(EngagementPage.PATH + "/reopening")
    String reopen(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason, Model model,
                  HttpServletResponse response, RedirectAttributes flash) {
        Map<String, Object> body = new LinkedHashMap<>();
        Inputs.put(body, "reason", Inputs.text(reason));
        ApiAnswer answer = files.api().post("/api/engagements/" + id + "/reopening", body);
        if (answer.ok()) {
            flash.addFlashAttribute("notice", "engagement.notice.reopened");
            return EngagementPage.at(id);
        }
        Refusals refusals = files.refusals(answer, List.of("reason"));
        response.setStatus(answer.status());
        return reopening(id, model, reason, refusals);
    }

    private String reopening(UUID id, Model model, String reason, Refusals refusals) {
        files.head(id, model);
        model.addAttribute("reason", reason);
        model.addAttribute("refusals", refusals);
        return "engagement/reopen";
    }
}
