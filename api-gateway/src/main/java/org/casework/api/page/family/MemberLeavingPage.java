package org.casework.api.page.family;

import jakarta.servlet.http.HttpServletResponse;
import org.casework.api.page.ApiAnswer;
import org.casework.api.page.ApiBridge;
import org.casework.api.page.FormValues;
import org.casework.api.page.PageErrors;
import org.casework.api.page.Pages;
import org.casework.api.page.Refusals;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A member leaves the family: a page of its own asks for their last day as a member and a confirmation, so no one
 * leaves by a stray click, and it works without JavaScript.
 */
@Controller
class MemberLeavingPage {

    private final ApiBridge api;
    private final MessageSource messages;

    MemberLeavingPage(ApiBridge api, MessageSource messages) {
        this.api = api;
        this.messages = messages;
    }

    @GetMapping("/families/{id}/members/{clientId}/leave")
    String confirm(@PathVariable String id, @PathVariable String clientId, Model model) {
        show(id, clientId, null, model);
        model.addAttribute("refusals", Refusals.none());
        return "family/leave";
    }

    @PostMapping("/families/{id}/members/{clientId}/leave")
    String leave(@PathVariable String id, @PathVariable String clientId,
                 @RequestParam(required = false) String leftOn, Model model, HttpServletResponse response) {
        String path = UriComponentsBuilder.fromPath("/api/families/{id}/members/{clientId}")
                .queryParamIfPresent("leftOn", Optional.ofNullable(FormValues.given(leftOn)))
                .buildAndExpand(id, clientId).encode().toUriString();
        ApiAnswer answer = api.delete(path);
        if (answer.ok()) {
            return "redirect:/families/" + id + "#members";
        }
        if (answer.notFound() || answer.status() == 403) {
            Pages.requireOk(answer);
        }
        show(id, clientId, leftOn, model);
        model.addAttribute("refusals", Refusals.of(answer, messages, List.of("leftOn")));
        response.setStatus(answer.status());
        return "family/leave";
    }

    private void show(String id, String clientId, String leftOn, Model model) {
        Map<String, Object> family = Pages.object(api.get("/api/families/" + id));
        Object member = ((List<?>) family.getOrDefault("members", List.of())).stream()
                .filter(m -> m instanceof Map<?, ?> map && clientId.equals(String.valueOf(map.get("clientId"))))
                .findFirst().orElseThrow(() -> new PageErrors.Refused(
                        new ApiAnswer(404, new HttpHeaders(), null)));
        model.addAttribute("family", family);
        model.addAttribute("member", member);
        model.addAttribute("leftOn", leftOn);
    }
}
