package org.casework.api.page.engagement;

import jakarta.servlet.http.HttpServletResponse;
import org.casework.api.page.ApiAnswer;
import org.casework.api.page.Pages;
import org.casework.api.page.Refusals;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Opening an engagement in a client's file. */
@Controller
class OpenEngagementPage {

    private static final String PATH = "/clients/{id:[0-9a-fA-F-]{36}}/engagements/new";

    private final EngagementFiles files;

    OpenEngagementPage(EngagementFiles files) {
        this.files = files;
    }

    @GetMapping(PATH)
    String form(@PathVariable UUID id, Model model) {
        return render(id, model, EngagementDetails.inputs(Map.of("openedOn", ""), List.of()), Refusals.none());
    }

    @PostMapping(PATH)
    String open(@PathVariable UUID id, @RequestParam Map<String, String> form,
                @RequestParam(required = false) List<String> problemTypes, Model model,
                HttpServletResponse response) {
        Map<String, Object> inputs = EngagementDetails.inputs(form, problemTypes);
        Map<String, Object> body = EngagementDetails.body(inputs);
        Inputs.put(body, "openedOn", Inputs.text(form.get("openedOn")));
        ApiAnswer answer = files.api().post("/api/clients/" + id + "/engagements", body);
        if (answer.ok() && answer.createdId().isPresent()) {
            return EngagementPage.at(answer.createdId().get());
        }
        Refusals refusals = files.refusals(answer, EngagementDetails.OPEN_FIELDS);
        response.setStatus(answer.status());
        return render(id, model, inputs, refusals);
    }

    private String render(UUID clientId, Model model, Map<String, Object> inputs, Refusals refusals) {
        model.addAttribute("client", Pages.object(files.api().get("/api/clients/" + clientId)));
        model.addAttribute("inputs", inputs);
        model.addAttribute("refusals", refusals);
        model.addAttribute("problemTypes", EngagementDetails.PROBLEM_TYPES);
        return "engagement/open";
    }
}
