package org.casework.api.page.client;

import jakarta.servlet.http.HttpServletResponse;
import org.casework.api.page.ApiAnswer;
import org.casework.api.page.ApiBridge;
import org.casework.api.page.Pages;
import org.casework.api.page.Refusals;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * The individual plan tab: the current plan, its older versions, and the form that adopts a new version (the goals
 * one per line, the current ones to start from).
 */
@Controller
@RequestMapping("/clients/{id}/plan")
class PlanTab {

    static final String ADOPT = "adopt";
    static final int MOST_GOALS = 50;
    static final List<String> FIELDS = fields();

    private final ApiBridge api;
    private final MessageSource messages;

    PlanTab(ApiBridge api, MessageSource messages) {
        this.api = api;
        this.messages = messages;
    }

    /** The inputs; a goal's refusal ({@code goals[2]}) is shown at the goals, as the one text area holds them all. */
    private static List<String> fields() {
        List<String> fields = new ArrayList<>(List.of("validFrom", "reviewDue", "goals"));
        IntStream.range(0, MOST_GOALS + 1).forEach(i -> fields.add("goals[" + i + "]"));
        return List.copyOf(fields);
    }

    @GetMapping
    String tab(@PathVariable UUID id, Model model) {
        return page(id, model, Attempt.none());
    }

    @PostMapping
    String adopt(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
                 HttpServletResponse response) {
        Map<String, String> values = FormBody.values(form, List.of("validFrom", "reviewDue", "goals"));
        Map<String, Object> body = new LinkedHashMap<>(FormBody.json(values));
        List<String> goals = FormBody.lines(values.get("goals"));
        body.put("goals", goals.isEmpty() ? null : goals);
        ApiAnswer answer = api.put("/api/clients/" + id + "/plan", body);
        if (answer.ok()) {
            return "redirect:/clients/" + id + "/plan";
        }
        Attempt attempt = Attempt.refused(ADOPT, values, answer, messages, FIELDS);
        response.setStatus(answer.status());
        return page(id, model, attempt);
    }

    private String page(UUID id, Model model, Attempt attempt) {
        model.addAttribute("card", PersonalDataPage.card(api, id));
        List<Object> versions = Pages.list(api.get("/api/clients/" + id + "/plan"));
        model.addAttribute("versions", versions);
        model.addAttribute("attempt", attempt);
        model.addAttribute("goalErrors", goalErrors(attempt.refusals(ADOPT)));
        model.addAttribute("goals", attempt.is(ADOPT) ? attempt.values(ADOPT).getOrDefault("goals", "")
                : currentGoals(versions));
        return "client/plan";
    }

    /** The refusals of the goals: of the whole list, and of one goal, which is named by its line. */
    private List<String> goalErrors(Refusals refusals) {
        List<String> errors = new ArrayList<>(refusals.of("goals"));
        for (int i = 0; i <= MOST_GOALS; i++) {
            for (String message : refusals.of("goals[" + i + "]")) {
                errors.add(messages.getMessage("client.plan.goalError", new Object[]{i + 1, message},
                        LocaleContextHolder.getLocale()));
            }
        }
        return errors;
    }

    private static String currentGoals(List<Object> versions) {
        if (versions.isEmpty() || !(versions.get(0) instanceof Map<?, ?> current)
                || !(current.get("goals") instanceof List<?> goals)) {
            return "";
        }
        return String.join("\n", goals.stream().map(Object::toString).toList());
    }
}
