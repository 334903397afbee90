package org.casework.api.page.client.more;

import jakarta.servlet.http.HttpServletResponse;
import org.casework.api.page.ApiAnswer;
import org.casework.api.page.ApiBridge;
import org.casework.api.page.Formats;
import org.casework.api.page.Pages;
import org.casework.api.page.Refusals;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Set;
import java.util.UUID;

/**
 * The card's household tab: the client's household and income assessments with the totals and per-capita income
 * the service computed, and the form for a new one. The form has rows for people and incomes; "add a row" reloads
 * it with one more (no script needed), and only rows with something in them are sent.
 */
@Controller
class HouseholdTab {

    private final ApiBridge api;
    private final ClientFile file;
    private final MessageSource messages;
    private final Formats formats;

    HouseholdTab(ApiBridge api, ClientFile file, MessageSource messages, Formats formats) {
        this.api = api;
        this.file = file;
        this.messages = messages;
        this.formats = formats;
    }

    @GetMapping("/clients/{clientId}/household")
    String household(@PathVariable UUID clientId, Model model) {
        HouseholdForm form = HouseholdForm.empty(formats.today());
        return show(clientId, form, new AssessmentRequest(form), Refusals.none(), Set.of(), model);
    }

    @PostMapping("/clients/{clientId}/household")
    String assess(@PathVariable UUID clientId, @ModelAttribute("form") HouseholdForm form,
                  @RequestParam(required = false) String more, Model model, HttpServletResponse response) {
        AssessmentRequest request = new AssessmentRequest(form);
        if ("member".equals(more) || "income".equals(more)) {
            form.ensureRows(Math.max(form.getMembers().size(), HouseholdForm.MEMBER_ROWS)
                            + ("member".equals(more) ? 1 : 0),
                    Math.max(form.getIncomes().size(), HouseholdForm.INCOME_ROWS) + ("income".equals(more) ? 1 : 0));
            return show(clientId, form, request, Refusals.none(), Set.of(), model);
        }
        if (!request.ownerless().isEmpty()) {
            response.setStatus(422);
            return show(clientId, form, request, Refusals.none(), request.ownerless(), model);
        }
        ApiAnswer answer = api.post("/api/clients/" + clientId + "/household-assessments", request.body());
        if (answer.ok()) {
            return "redirect:/clients/" + clientId + "/household";
        }
        response.setStatus(answer.status() == 400 ? 422 : answer.status());
        return show(clientId, form, request, Refusals.of(answer, messages, request.fields()), Set.of(), model);
    }

    private String show(UUID clientId, HouseholdForm form, AssessmentRequest request, Refusals refusals,
                        Set<Integer> ownerless, Model model) {
        file.card(clientId, model);
        model.addAttribute("assessments", Pages.object(api.get("/api/clients/" + clientId
                + "/household-assessments")));
        form.ensureRows(HouseholdForm.MEMBER_ROWS, HouseholdForm.INCOME_ROWS);
        model.addAttribute("form", form);
        model.addAttribute("sent", request);
        model.addAttribute("refusals", refusals);
        model.addAttribute("ownerless", ownerless);
        model.addAttribute("relations", HouseholdCodes.RELATIONS);
        model.addAttribute("tenures", HouseholdCodes.TENURES);
        model.addAttribute("incomeTypes", HouseholdCodes.INCOME_TYPES);
        model.addAttribute("incomeKinds", HouseholdCodes.INCOME_KINDS);
        return "client-more/household";
    }
}
