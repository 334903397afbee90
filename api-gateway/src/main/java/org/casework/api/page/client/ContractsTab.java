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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The contracts tab: the client's contracts (a voided one is gone), signing a new one, and for each its early end,
 * its correction and its void, the last two asking why.
 */
@Controller
@RequestMapping("/clients/{id}/contracts")
class ContractsTab {

    static final String SIGN = "sign";
    static final List<String> TERMS = List.of("number", "signedOn", "validFrom", "validTo");
    static final List<String> END = List.of("endedOn", "reason");
    static final List<String> CORRECTION = List.of("number", "signedOn", "validFrom", "validTo", "reason");
    static final List<String> VOID = List.of("reason");

    private final ApiBridge api;
    private final MessageSource messages;

    ContractsTab(ApiBridge api, MessageSource messages) {
        this.api = api;
        this.messages = messages;
    }

    @GetMapping
    String tab(@PathVariable UUID id, Model model) {
        return page(id, model, Attempt.none());
    }

    @PostMapping
    String sign(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
                HttpServletResponse response) {
        return send(id, "/contracts", SIGN, TERMS, form, model, response);
    }

    @PostMapping("/{contract}/end")
    String end(@PathVariable UUID id, @PathVariable UUID contract, @RequestParam Map<String, String> form,
               Model model, HttpServletResponse response) {
        return send(id, "/contracts/" + contract + "/end", "end-" + contract, END, form, model, response);
    }

    @PostMapping("/{contract}/correction")
    String correct(@PathVariable UUID id, @PathVariable UUID contract, @RequestParam Map<String, String> form,
                   Model model, HttpServletResponse response) {
        return send(id, "/contracts/" + contract + "/correction", "correct-" + contract, CORRECTION, form, model,
                response);
    }

    @PostMapping("/{contract}/void")
    String voidContract(@PathVariable UUID id, @PathVariable UUID contract, @RequestParam Map<String, String> form,
                        Model model, HttpServletResponse response) {
        return send(id, "/contracts/" + contract + "/void", "void-" + contract, VOID, form, model, response);
    }

    private String send(UUID id, String path, String formName, List<String> fields, Map<String, String> form,
                        Model model, HttpServletResponse response) {
        Map<String, String> values = FormBody.values(form, fields);
        ApiAnswer answer = api.post("/api/clients/" + id + path, FormBody.json(values));
        if (answer.ok()) {
            return "redirect:/clients/" + id + "/contracts";
        }
        Attempt attempt = Attempt.refused(formName, values, answer, messages, fields);
        response.setStatus(answer.status());
        return page(id, model, attempt);
    }

    private String page(UUID id, Model model, Attempt attempt) {
        // the contracts endpoint logs the read like the card
        model.addAttribute("card", PersonalDataPage.card(api, id));
        model.addAttribute("contracts", Pages.list(api.get("/api/clients/" + id + "/contracts")));
        model.addAttribute("attempt", attempt);
        return "client/contracts";
    }
}
