package org.casework.api.page.home;

import org.casework.api.page.ApiAnswer;
import org.casework.api.page.ApiBridge;
import org.casework.api.page.Pages;
import org.casework.api.page.Refusals;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The worker's start: their summary (files by colour, discrepancies, the reminders of the coming week, the open
 * engagements across clients) and the coloured overview of the files they may see, filtered and paged; a filter
 * change re-reads the overview only.
 */
@Controller
class HomePage {

    static final int PAGE_SIZE = 20;
    /** The element the filter form swaps (htmx's {@code HX-Target}). */
    static final String OVERVIEW = "overview";

    private final ApiBridge api;
    private final MessageSource messages;

    HomePage(ApiBridge api, MessageSource messages) {
        this.api = api;
        this.messages = messages;
    }

    @GetMapping("/")
    String home(@RequestParam(required = false) String q, @RequestParam(required = false) String status,
                @RequestParam(required = false) String colour, @RequestParam(defaultValue = "0") String page,
                @RequestHeader(name = "HX-Target", required = false) String target, Model model) {
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("q", q);
        filters.put("status", status);
        filters.put("colour", colour);
        filters.put("page", page);
        filters.put("size", PAGE_SIZE);
        ApiAnswer overview = api.get("/api/clients", filters);
        model.addAttribute("filters", filters);
        if (overview.status() == 400) {
            // a filter the API refuses (a hand-made URL): said above the list, which stays empty
            model.addAttribute("refusals", Refusals.of(overview, messages, List.of()));
        } else if (overview.status() != 403) {
            model.addAttribute("overview", Pages.object(overview));
        }
        model.addAttribute("seesFiles", overview.status() != 403);
        if (overview.status() != 403 && !OVERVIEW.equals(target)) {
            // a role that keeps no files has no work summary either; the summary lists the week's first reminders
            // and open engagements. The filters ask for the overview alone (htmx swaps only #overview).
            model.addAttribute("summary", Pages.object(api.get("/api/me/summary")));
        }
        return "home";
    }
}
