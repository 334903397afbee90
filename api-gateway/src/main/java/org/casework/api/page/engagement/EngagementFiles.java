package org.casework.api.page.engagement;

import org.casework.api.page.ApiAnswer;
import org.casework.api.page.ApiBridge;
import org.casework.api.page.Pages;
import org.casework.api.page.PageErrors;
import org.casework.api.page.Refusals;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What every engagement page reads and how it treats a refusal: the engagement and its client (both reads the API
 * logs), a consultation of it, and the API's answer to a form.
 */
@Component
class EngagementFiles {

    /** The largest page the API lists. */
    static final int LIST_SIZE = 200;
    private static final int MAX_PAGES = 50;

    private final ApiBridge api;
    private final MessageSource messages;

    EngagementFiles(ApiBridge api, MessageSource messages) {
        this.api = api;
        this.messages = messages;
    }

    ApiBridge api() {
        return api;
    }

    /** The engagement and its client's card as {@code engagement} and {@code client}; the 404 page if not visible. */
    Map<String, Object> head(UUID engagementId, Model model) {
        Map<String, Object> engagement = Pages.object(api.get("/api/engagements/" + engagementId));
        model.addAttribute("engagement", engagement);
        model.addAttribute("client", Pages.object(api.get("/api/clients/" + engagement.get("clientId"))));
        return engagement;
    }

    /** One counted consultation of the engagement as the chronology lists it; the 404 page if there is none. */
    @SuppressWarnings("unchecked")
    Map<String, Object> consultation(UUID engagementId, UUID consultationId) {
        for (int page = 0; page < MAX_PAGES; page++) {
            Map<String, Object> list = Pages.object(api.get("/api/chronology",
                    Map.of("engagement", engagementId, "size", LIST_SIZE, "page", page)));
            for (Object item : (List<Object>) list.get("items")) {
                Map<String, Object> row = (Map<String, Object>) item;
                if (consultationId.toString().equals(row.get("id"))) {
                    return row;
                }
            }
            if (!Boolean.TRUE.equals(list.get("hasMore"))) {
                break;
            }
        }
        throw new PageErrors.Refused(new ApiAnswer(404, new HttpHeaders(), null));
    }

    /** A refusal a form shows (bad input, a broken rule, a concurrent change); anything else is an error page. */
    Refusals refusals(ApiAnswer answer, Collection<String> fields) {
        if (answer.status() != 400 && answer.status() != 409 && answer.status() != 422) {
            Pages.requireOk(answer);
        }
        return Refusals.of(answer, messages, fields);
    }
}
