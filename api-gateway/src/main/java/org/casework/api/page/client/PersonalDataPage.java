package org.casework.api.page.client;

import jakarta.servlet.http.HttpServletResponse;
import org.casework.api.page.ApiAnswer;
import org.casework.api.page.ApiBridge;
import org.casework.api.page.Pages;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The client card's first tab, the personal data, and its edit form: the whole personal data replaced at once
 * (PUT .../personal-data), and the application for the service (PUT .../application) beside it.
 */
@Controller
class PersonalDataPage {

    static final String PERSONAL = "personal";
    static final String APPLICATION = "application";
    static final List<String> APPLICATION_FIELDS = List.of("receivedOn", "acceptedOn");

    private final ApiBridge api;
    private final MessageSource messages;

    PersonalDataPage(ApiBridge api, MessageSource messages) {
        this.api = api;
        this.messages = messages;
    }

    /** The card endpoint logs the read in the read-access log. */
    static Map<String, Object> card(ApiBridge api, UUID id) {
        return Pages.object(api.get("/api/clients/" + id));
    }

    @GetMapping("/clients/{id}")
    String card(@PathVariable UUID id, Model model) {
        model.addAttribute("card", card(api, id));
        return "client/personal";
    }

    @GetMapping("/clients/{id}/personal-data/edit")
    String edit(@PathVariable UUID id, Model model) {
        Map<String, Object> card = card(api, id);
        return editPage(model, card, Attempt.none());
    }

    @PostMapping("/clients/{id}/personal-data/edit")
    String save(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
                HttpServletResponse response) {
        Map<String, String> values = FormBody.values(form, PersonalDataFields.ALL);
        ApiAnswer answer = api.put("/api/clients/" + id + "/personal-data", FormBody.json(values));
        if (answer.ok()) {
            return "redirect:/clients/" + id;
        }
        Attempt attempt = Attempt.refused(PERSONAL, values, answer, messages, PersonalDataFields.ALL);
        if (answer.body() != null && answer.body().hasNonNull("existingClientId")) {
            model.addAttribute("existingClientId", answer.body().get("existingClientId").asText());
        }
        response.setStatus(answer.status());
        return editPage(model, card(api, id), attempt);
    }

    @PostMapping("/clients/{id}/application")
    String application(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
                       HttpServletResponse response) {
        Map<String, String> values = FormBody.values(form, APPLICATION_FIELDS);
        ApiAnswer answer = api.put("/api/clients/" + id + "/application", FormBody.json(values));
        if (answer.ok()) {
            return "redirect:/clients/" + id;
        }
        Attempt attempt = Attempt.refused(APPLICATION, values, answer, messages, APPLICATION_FIELDS);
        response.setStatus(answer.status());
        return editPage(model, card(api, id), attempt);
    }

    /** The forms hold what the card says, except the one the API refused, which holds what the user entered. */
    private static String editPage(Model model, Map<String, Object> card, Attempt attempt) {
        model.addAttribute("card", card);
        model.addAttribute("attempt", attempt);
        model.addAttribute("personal", attempt.is(PERSONAL) ? attempt.values(PERSONAL)
                : FormBody.flatten(card, PersonalDataFields.ALL));
        @SuppressWarnings("unchecked")
        Map<String, Object> application = card.get(APPLICATION) instanceof Map<?, ?> map
                ? (Map<String, Object>) map : Map.of();
        model.addAttribute(APPLICATION, attempt.is(APPLICATION) ? attempt.values(APPLICATION)
                : FormBody.flatten(application, APPLICATION_FIELDS));
        return "client/edit";
    }
}
