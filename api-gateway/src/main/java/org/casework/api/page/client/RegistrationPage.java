package org.casework.api.page.client;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletResponse;
import org.casework.api.page.ApiAnswer;
import org.casework.api.page.ApiBridge;
import org.casework.api.page.Pages;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Registration of a client: the form of POST /api/clients. A refusal is shown at its field; a birth number another
 * file holds links to that file when the user may see it; files of the same name and birth date are listed, and the
 * user confirms that the client is another person.
 */
@Controller
@RequestMapping("/clients/new")
class RegistrationPage {

    static final String FORM = "register";
    static final List<String> FIELDS = fields();

    private final ApiBridge api;
    private final MessageSource messages;

    RegistrationPage(ApiBridge api, MessageSource messages) {
        this.api = api;
        this.messages = messages;
    }

    private static List<String> fields() {
        List<String> fields = new ArrayList<>(PersonalDataFields.ALL);
        fields.addAll(List.of("registeredOn", "responsibleWorker", "confirmedDistinct"));
        return List.copyOf(fields);
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("attempt", Attempt.none());
        return "client/register";
    }

    @PostMapping
    String register(@RequestParam Map<String, String> form, Model model, HttpServletResponse response) {
        Map<String, String> values = FormBody.values(form, FIELDS);
        Map<String, Object> body = FormBody.json(values);
        body.computeIfPresent("confirmedDistinct", (name, value) -> "true".equals(value) ? Boolean.TRUE : value);
        ApiAnswer answer = api.post("/api/clients", body);
        if (answer.createdId().isPresent()) {
            return "redirect:/clients/" + answer.createdId().get();
        }
        model.addAttribute("attempt", Attempt.refused(FORM, values, answer, messages, FIELDS));
        JsonNode problem = answer.body();
        if (problem != null && problem.hasNonNull("existingClientId")) {
            model.addAttribute("existingClientId", problem.get("existingClientId").asText());
        }
        if (problem != null && problem.has("candidates")) {
            model.addAttribute("candidates", Pages.plain(problem.get("candidates")));
            model.addAttribute("hiddenCandidates", problem.path("hiddenCandidates").asInt(0));
        }
        response.setStatus(answer.status());
        return "client/register";
    }
}
