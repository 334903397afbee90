package org.casework.api.page.discrepancy;

import org.casework.api.page.ApiAnswer;
import org.casework.api.page.ApiBridge;
import org.casework.api.page.ApiFile;
import org.casework.api.page.FormValues;
import org.casework.api.page.PageErrors;
import org.casework.api.page.Pages;
import org.casework.api.page.Refusals;
import org.casework.api.web.Csv;
import org.casework.api.web.Xlsx;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Today's discrepancies (R5) of the files the user may see, oldest first, filtered by kind and worker and paged, each
 * row linking to its file or engagement; the same rows download as CSV or XLSX, as the API exports them.
 */
@Controller
class DiscrepanciesPage {

    static final int PAGE_SIZE = 25;
    static final List<String> FIELDS = List.of("kind", "worker");
    private static final Map<String, String> EXPORTS = Map.of("csv", Csv.MEDIA_TYPE, "xlsx", Xlsx.MEDIA_TYPE);

    private final ApiBridge api;
    private final MessageSource messages;

    DiscrepanciesPage(ApiBridge api, MessageSource messages) {
        this.api = api;
        this.messages = messages;
    }

    @GetMapping("/discrepancies")
    String discrepancies(@RequestParam(required = false) String kind, @RequestParam(required = false) String worker,
                         @RequestParam(required = false) String page, Model model, HttpServletResponse response) {
        Map<String, Object> filters = filters(kind, worker);
        model.addAttribute("filters", filters);
        Map<String, Object> query = new LinkedHashMap<>(filters);
        query.put("page", FormValues.given(page));
        query.put("size", PAGE_SIZE);
        query.put("count", true);
        ApiAnswer answer = api.get("/api/discrepancies", query);
        if (answer.status() == 400) {
            // a filter the API refuses (an unknown kind in a hand-made link): shown at the filter
            model.addAttribute("refusals", Refusals.of(answer, messages, FIELDS));
            model.addAttribute("discrepancies", null);
            response.setStatus(400);
        } else {
            model.addAttribute("refusals", Refusals.none());
            model.addAttribute("discrepancies", Pages.object(answer));
        }
        return "discrepancy/discrepancies";
    }

    /** Every row the filters match, as the API's CSV or XLSX export. */
    @GetMapping("/discrepancies/export.{format:csv|xlsx}")
    ResponseEntity<byte[]> export(@PathVariable String format, @RequestParam(required = false) String kind,
                                  @RequestParam(required = false) String worker) {
        ApiFile file = api.download("/api/discrepancies", filters(kind, worker), EXPORTS.get(format));
        if (file.status() != 200) {
            // refused (a role that reads no discrepancies, a bad filter): the error page, not the API's JSON
            throw new PageErrors.Refused(file.refusal());
        }
        HttpHeaders headers = new HttpHeaders();
        List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.CONTENT_DISPOSITION).forEach(name -> {
            String value = file.headers().getFirst(name);
            if (value != null) {
                headers.set(name, value);
            }
        });
        return ResponseEntity.ok().headers(headers).body(file.content());
    }

    private static Map<String, Object> filters(String kind, String worker) {
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("kind", FormValues.given(kind));
        filters.put("worker", FormValues.given(worker));
        return filters;
    }
}
