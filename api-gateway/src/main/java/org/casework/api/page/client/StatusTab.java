package org.casework.api.page.client;

import jakarta.servlet.http.HttpServletResponse;
import org.casework.api.page.ApiAnswer;
import org.casework.api.page.ApiBridge;
import org.casework.api.page.Formats;
import org.casework.api.page.Pages;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The status tab: the whole history, newest first, with who made each entry (a worker, the automatic rules, the
 * family), the automatic entries a worker's entry overrode, and the entries in error struck through; a worker
 * records an entry, or marks one as entered in error with the reason.
 */
@Controller
@RequestMapping("/clients/{id}/status")
class StatusTab {

    static final String RECORD = "record";
    static final List<String> RECORD_FIELDS = List.of("status", "effectiveDate", "reason", "reasonNote", "note");
    static final List<String> ERROR_FIELDS = List.of("reason");

    private final ApiBridge api;
    private final MessageSource messages;
    private final Formats formats;

    StatusTab(ApiBridge api, MessageSource messages, Formats formats) {
        this.api = api;
        this.messages = messages;
        this.formats = formats;
    }

    @GetMapping
    String tab(@PathVariable UUID id, Model model) {
        return page(id, model, Attempt.none());
    }

    @PostMapping
    String record(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
                  HttpServletResponse response) {
        Map<String, String> values = FormBody.values(form, RECORD_FIELDS);
        ApiAnswer answer = api.post("/api/clients/" + id + "/statuses", FormBody.json(values));
        if (answer.ok()) {
            return "redirect:/clients/" + id + "/status";
        }
        Attempt attempt = Attempt.refused(RECORD, values, answer, messages, RECORD_FIELDS);
        response.setStatus(answer.status());
        return page(id, model, attempt);
    }

    @PostMapping("/{entry}/error")
    String markInError(@PathVariable UUID id, @PathVariable int entry, @RequestParam Map<String, String> form,
                       Model model, HttpServletResponse response) {
        Map<String, String> values = FormBody.values(form, ERROR_FIELDS);
        ApiAnswer answer = api.post("/api/clients/" + id + "/statuses/" + entry + "/error", FormBody.json(values));
        if (answer.ok()) {
            return "redirect:/clients/" + id + "/status";
        }
        Attempt attempt = Attempt.refused("error-" + entry, values, answer, messages, ERROR_FIELDS);
        response.setStatus(answer.status());
        return page(id, model, attempt);
    }

    private String page(UUID id, Model model, Attempt attempt) {
        model.addAttribute("card", PersonalDataPage.card(api, id));
        Map<String, Object> history = Pages.object(api.get("/api/clients/" + id + "/status-history"));
        @SuppressWarnings("unchecked")
        List<Object> entries = new ArrayList<>((List<Object>) history.getOrDefault("entries", List.of()));
        Collections.reverse(entries);
        model.addAttribute("entries", entries);
        model.addAttribute("attempt", attempt);
        model.addAttribute("recordValues", attempt.is(RECORD) ? attempt.values(RECORD)
                : Map.of("effectiveDate", formats.today()));
        return "client/status";
    }
}
