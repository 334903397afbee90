package org.casework.api.page.family;

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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The family card: the family's own status, colour, contracts, plan and status history, its members with theirs,
 * and joining a member: a search of the client overview lists the clients to add, each with its own small form.
 */
@Controller
class FamilyCardPage {

    static final int SEARCH_SIZE = 10;
    static final List<String> MEMBER_FIELDS = List.of("clientId", "relation", "since");

    private final ApiBridge api;
    private final MessageSource messages;

    FamilyCardPage(ApiBridge api, MessageSource messages) {
        this.api = api;
        this.messages = messages;
    }

    @GetMapping("/families/{id}")
    String card(@PathVariable String id, @RequestParam(required = false) String q, Model model) {
        show(id, q, model);
        model.addAttribute("refusals", Refusals.none());
        return "family/card";
    }

    @PostMapping("/families/{id}/members")
    String addMember(@PathVariable String id, @RequestParam(required = false) String clientId,
                     @RequestParam(required = false) String relation, @RequestParam(required = false) String since,
                     @RequestParam(required = false) String q, Model model, HttpServletResponse response) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("clientId", FormValues.given(clientId));
        body.put("relation", FormValues.given(relation));
        body.put("since", FormValues.given(since));
        ApiAnswer answer = api.post("/api/families/" + id + "/members", body);
        if (answer.ok()) {
            return "redirect:/families/" + id + "#members";
        }
        if (answer.notFound() || answer.status() == 403) {
            Pages.requireOk(answer);
        }
        show(id, q, model);
        model.addAttribute("refusals", Refusals.of(answer, messages, MEMBER_FIELDS));
        model.addAttribute("tried", Map.of("clientId", clientId == null ? "" : clientId,
                "relation", relation == null ? "" : relation, "since", since == null ? "" : since));
        response.setStatus(answer.status());
        return "family/card";
    }

    private void show(String id, String q, Model model) {
        Map<String, Object> family = Pages.object(api.get("/api/families/" + id));
        model.addAttribute("family", family);
        ApiAnswer history = api.get("/api/families/" + id + "/status-history");
        model.addAttribute("history", history.ok() ? Pages.object(history).get("entries") : List.of());
        model.addAttribute("q", q);
        if (FormValues.given(q) != null) {
            ApiAnswer found = api.get("/api/clients", Map.of("q", q.trim(), "size", SEARCH_SIZE));
            model.addAttribute("found", found.ok() ? Pages.object(found).get("items") : List.of());
            if (!found.ok()) {
                model.addAttribute("searchRefusals", Refusals.of(found, messages, List.of()));
            }
        }
    }
}
