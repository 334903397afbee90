package org.casework.api.page.family;

import org.casework.api.page.ApiAnswer;
import org.casework.api.page.ApiBridge;
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

/** The coloured family overview: the families the user may see, filtered by name, status, colour and worker, paged. */
@Controller
class FamilyOverviewPage {

    static final int PAGE_SIZE = 20;

    private final ApiBridge api;
    private final MessageSource messages;

    FamilyOverviewPage(ApiBridge api, MessageSource messages) {
        this.api = api;
        this.messages = messages;
    }

    @GetMapping("/families")
    String overview(@RequestParam(required = false) String q, @RequestParam(required = false) String status,
                    @RequestParam(required = false) String colour, @RequestParam(required = false) String worker,
                    @RequestParam(defaultValue = "0") String page,
                    Model model) {
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("q", q);
        filters.put("status", status);
        filters.put("colour", colour);
        filters.put("worker", worker);
        filters.put("page", page);
        filters.put("size", PAGE_SIZE);
        ApiAnswer overview = api.get("/api/families", filters);
        model.addAttribute("filters", filters);
        if (overview.status() == 400) {
            // a filter the API refuses: said above the list, which stays empty
            model.addAttribute("refusals", Refusals.of(overview, messages, List.of()));
            model.addAttribute("overview", null);
        } else {
            model.addAttribute("overview", Pages.object(overview));
        }
        return "family/overview";
    }
}
