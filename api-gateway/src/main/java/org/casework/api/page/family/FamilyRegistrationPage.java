package org.casework.api.page.family;

import jakarta.servlet.http.HttpServletResponse;
import org.casework.api.page.ApiAnswer;
import org.casework.api.page.ApiBridge;
import org.casework.api.page.FormValues;
import org.casework.api.page.Refusals;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Opening a family file: the form, sent to POST /api/families; the new family's card shows what was saved. */
@Controller
class FamilyRegistrationPage {

    static final List<String> FIELDS = List.of("name", "address.street", "address.houseNumber", "address.city",
            "address.postalCode", "responsibleWorker", "createdOn");

    private final ApiBridge api;
    private final MessageSource messages;

    FamilyRegistrationPage(ApiBridge api, MessageSource messages) {
        this.api = api;
        this.messages = messages;
    }

    /** What the user typed, kept for the form when the API refuses it. */
    record FamilyForm(String name, String street, String houseNumber, String city, String postalCode,
                      String responsibleWorker, String createdOn) {

        Map<String, Object> body() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("name", name == null ? "" : name);
            Map<String, String> address = new LinkedHashMap<>();
            address.put("street", street);
            address.put("houseNumber", houseNumber);
            address.put("city", city);
            address.put("postalCode", postalCode);
            body.put("address", FormValues.filled(address));
            body.put("responsibleWorker", FormValues.given(responsibleWorker));
            body.put("createdOn", FormValues.given(createdOn));
            return body;
        }

        /** The fields as typed, by their names, for the form shown again. */
        Map<String, String> typed() {
            Map<String, String> typed = new HashMap<>();
            typed.put("name", name);
            typed.put("street", street);
            typed.put("houseNumber", houseNumber);
            typed.put("city", city);
            typed.put("postalCode", postalCode);
            typed.put("responsibleWorker", responsibleWorker);
            typed.put("createdOn", createdOn);
            return typed;
        }
    }

    @GetMapping("/families/new")
    String form(Model model) {
        model.addAttribute("form", new FamilyForm(null, null, null, null, null, null, null).typed());
        model.addAttribute("refusals", Refusals.none());
        return "family/new";
    }

    @PostMapping("/families")
    String register(@ModelAttribute FamilyForm form, Model model, HttpServletResponse response) {
        ApiAnswer answer = api.post("/api/families", form.body());
        if (answer.createdId().isPresent()) {
            return "redirect:/families/" + answer.createdId().get();
        }
        model.addAttribute("form", form.typed());
        model.addAttribute("refusals", Refusals.of(answer, messages, FIELDS));
        response.setStatus(answer.status());
        return "family/new";
    }
}
