package org.casework.api.page.chronology;

import jakarta.servlet.http.HttpServletResponse;
import org.casework.api.page.ApiAnswer;
import org.casework.api.page.ApiBridge;
import org.casework.api.page.FormValues;
import org.casework.api.page.Pages;
import org.casework.api.page.Refusals;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The chronology (R4): the consultations of the files the user may see, newest first, narrowed to one client,
 * family or engagement (the links from their pages) and filtered by period, worker and kind, paged.
 */
@Controller
class ChronologyPage {

    static final int PAGE_SIZE = 25;
    static final List<String> FIELDS = List.of("from", "to", "worker", "kind");

    private final ApiBridge api;
    private final MessageSource messages;

    ChronologyPage(ApiBridge api, MessageSource messages) {
        this.api = api;
        this.messages = messages;
    }

    @GetMapping("/chronology")
    String chronology(@RequestParam(required = false) String clientId,
                      @RequestParam(required = false) String familyId,
                      @RequestParam(required = false) String engagementId,
                      @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                      @RequestParam(required = false) String worker, @RequestParam(required = false) String kind,
                      @RequestParam(required = false) String page, Model model, HttpServletResponse response) {
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("clientId", FormValues.given(clientId));
        filters.put("familyId", FormValues.given(familyId));
        filters.put("engagementId", FormValues.given(engagementId));
        filters.put("from", FormValues.given(from));
        filters.put("to", FormValues.given(to));
        filters.put("worker", FormValues.given(worker));
        filters.put("kind", FormValues.given(kind));
        filters.put("page", FormValues.given(page));
        model.addAttribute("filters", filters);

        Map<String, Object> query = new LinkedHashMap<>();
        query.put("client", filters.get("clientId"));
        query.put("family", filters.get("familyId"));
        query.put("engagement", filters.get("engagementId"));
        query.put("from", filters.get("from"));
        query.put("to", filters.get("to"));
        query.put("worker", filters.get("worker"));
        query.put("kind", filters.get("kind"));
        query.put("page", filters.get("page"));
        query.put("size", PAGE_SIZE);
        ApiAnswer answer = api.get("/api/chronology", query);
        if (answer.status() == 400) {
            // a filter the API refuses (a period that ends before it starts): shown at the filter
            model.addAttribute("refusals", Refusals.of(answer, messages, FIELDS));
            model.addAttribute("chronology", null);
            response.setStatus(400);
        } else {
            model.addAttribute("refusals", Refusals.none());
            model.addAttribute("chronology", Pages.object(answer));
        }
        return "chronology/chronology";
    }
}
