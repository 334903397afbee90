package org.casework.api.page.client.more;

import jakarta.servlet.http.HttpServletResponse;
import org.casework.api.page.ApiAnswer;
import org.casework.api.page.ApiBridge;
import org.casework.api.page.Pages;
import org.casework.api.page.Refusals;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The card's sharing tab: the client's consents to sharing and the shares resting on them. Recording, revoking and
 * sharing are the API's; who may do them and which share a consent covers, too.
 */
@Controller
class SharingTab {

    static final List<String> CONSENT_FIELDS = List.of("givenOn", "validUntil", "scope", "workers");

    private final ApiBridge api;
    private final ClientFile file;
    private final MessageSource messages;

    SharingTab(ApiBridge api, ClientFile file, MessageSource messages) {
        this.api = api;
        this.file = file;
        this.messages = messages;
    }

    @GetMapping("/clients/{clientId}/sharing")
    String sharing(@PathVariable UUID clientId, Model model) {
        return show(clientId, model);
    }

    @PostMapping("/clients/{clientId}/sharing/consents")
    String recordConsent(@PathVariable UUID clientId, @RequestParam(required = false) String givenOn,
                         @RequestParam(required = false) String validUntil,
                         @RequestParam(required = false) String scope,
                         @RequestParam(required = false) String workers, Model model,
                         HttpServletResponse response) {
        Map<String, Object> body = new LinkedHashMap<>();
        Inputs.put(body, "givenOn", Inputs.text(givenOn));
        Inputs.put(body, "validUntil", Inputs.text(validUntil));
        Inputs.put(body, "scope", Inputs.text(scope));
        List<String> named = Inputs.names(workers);
        if (!named.isEmpty()) {
            body.put("workers", named);
        }
        ApiAnswer answer = api.post("/api/clients/" + clientId + "/consents", body);
        if (answer.ok()) {
            return redirect(clientId);
        }
        model.addAttribute("consent", consent(givenOn, validUntil, scope, workers));
        model.addAttribute("consentRefusals", Refusals.of(answer, messages, CONSENT_FIELDS));
        return refused(clientId, model, response, answer);
    }

    @PostMapping("/clients/{clientId}/sharing/consents/{consentId}/revocation")
    String revokeConsent(@PathVariable UUID clientId, @PathVariable UUID consentId,
                         @RequestParam(required = false) String revokedOn, Model model,
                         HttpServletResponse response) {
        Map<String, Object> body = new LinkedHashMap<>();
        Inputs.put(body, "revokedOn", Inputs.text(revokedOn));
        ApiAnswer answer = api.post("/api/clients/" + clientId + "/consents/" + consentId + "/revocation", body);
        if (answer.ok()) {
            return redirect(clientId);
        }
        model.addAttribute("revoking", consentId.toString());
        model.addAttribute("revokedOn", revokedOn);
        model.addAttribute("revokeRefusals", Refusals.of(answer, messages, List.of("revokedOn")));
        return refused(clientId, model, response, answer);
    }

    @PostMapping("/clients/{clientId}/sharing/shares")
    String share(@PathVariable UUID clientId, @RequestParam(required = false) String worker, Model model,
                 HttpServletResponse response) {
        Map<String, Object> body = new LinkedHashMap<>();
        Inputs.put(body, "worker", Inputs.text(worker));
        ApiAnswer answer = api.post("/api/clients/" + clientId + "/shares", body);
        if (answer.ok()) {
            return redirect(clientId);
        }
        model.addAttribute("worker", worker);
        model.addAttribute("shareRefusals", Refusals.of(answer, messages, List.of("worker")));
        return refused(clientId, model, response, answer);
    }

    @PostMapping("/clients/{clientId}/sharing/shares/{worker}/end")
    String stopSharing(@PathVariable UUID clientId, @PathVariable String worker, Model model,
                       HttpServletResponse response) {
        ApiAnswer answer = api.delete("/api/clients/" + clientId + "/shares/"
                + UriUtils.encodePathSegment(worker, StandardCharsets.UTF_8));
        if (answer.ok()) {
            return redirect(clientId);
        }
        model.addAttribute("stopRefusals", Refusals.of(answer, messages, List.of()));
        return refused(clientId, model, response, answer);
    }

    private String refused(UUID clientId, Model model, HttpServletResponse response, ApiAnswer answer) {
        String page = show(clientId, model);
        response.setStatus(answer.status() == 400 ? 422 : answer.status());
        return page;
    }

    private String show(UUID clientId, Model model) {
        file.card(clientId, model);
        model.addAttribute("sharing", Pages.object(api.get("/api/clients/" + clientId + "/sharing")));
        if (!model.containsAttribute("consent")) {
            model.addAttribute("consent", consent(null, null, null, null));
        }
        return "client-more/sharing";
    }

    /** The consent form's values as typed (all four keys, even when empty). */
    private static Map<String, String> consent(String givenOn, String validUntil, String scope, String workers) {
        Map<String, String> consent = new LinkedHashMap<>();
        consent.put("givenOn", givenOn);
        consent.put("validUntil", validUntil);
        consent.put("scope", scope);
        consent.put("workers", workers);
        return consent;
    }

    private static String redirect(UUID clientId) {
        return "redirect:/clients/" + clientId + "/sharing";
    }
}
