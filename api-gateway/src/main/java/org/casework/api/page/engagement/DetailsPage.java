package org.casework.api.page.engagement;

import jakarta.servlet.http.HttpServletResponse;
import org.casework.api.page.ApiAnswer;
import org.casework.api.page.Refusals;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Editing an engagement's description (title, goal, problem types, people, description), with the reason. */
@Controller
class DetailsPage {

    private static final String PATH = EngagementPage.PATH + "/details";

    private final EngagementFiles files;

    DetailsPage(EngagementFiles files) {
        this.files = files;
    }

    @GetMapping(PATH)
    String form(@PathVariable UUID id, Model model) {
        Map<String, Object> engagement = files.head(id, model);
        return render(model, EngagementDetails.of(engagement), Refusals.none());
    }

    @PostMapping(PATH)
    String edit(@PathVariable UUID id, @RequestParam Map<String, String> form,
                @RequestParam(required = false) List<String> problemTypes, Model model,
                HttpServletResponse response, RedirectAttributes flash) {
        Map<String, Object> inputs = EngagementDetails.inputs(form, problemTypes);
        Map<String, Object> body = EngagementDetails.body(inputs);
        Inputs.put(body, "reason", Inputs.text((String) inputs.get("reason")));
        ApiAnswer answer = files.api().put("/api/engagements/" + id + "/details", body);
        if (answer.ok()) {
            flash.addFlashAttribute("notice", "engagement.notice.detailsEdited");
            return EngagementPage.at(id);
        }
        Refusals refusals = files.refusals(answer, EngagementDetails.EDIT_FIELDS);
        response.setStatus(answer.status());
        files.head(id, model);
        return render(model, inputs, refusals);
    }

    private String render(Model model, Map<String, Object> inputs, Refusals refusals) {
        model.addAttribute("inputs", inputs);
        model.addAttribute("refusals", refusals);
        model.addAttribute("problemTypes", EngagementDetails.PROBLEM_TYPES);
        return "engagement/details";
    }
}
