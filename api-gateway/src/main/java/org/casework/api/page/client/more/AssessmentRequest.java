package org.casework.api.page.client.more;

import org.casework.api.page.client.more.HouseholdForm.IncomeRow;
import org.casework.api.page.client.more.HouseholdForm.MemberRow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The API's body for a household form: the non-empty rows only, each income under its owner, and where each row
 * went in the body ({@code members[1]}, {@code members[1].incomes[0]}, {@code clientIncomes[2]}), so a refusal the
 * API names by that path is shown in the form's row it came from.
 */
final class AssessmentRequest {

    static final List<String> MEMBER_FIELDS = List.of("name", "birthDate", "birthPlace", "relation", "relationNote",
            "tenure", "tenureNote", "connections");
    static final List<String> INCOME_FIELDS = List.of("type", "kind", "kindNote", "monthlyAmount");
    /** The path of a row that was not sent: no refusal names it. */
    static final String NOT_SENT = "-";

    private final Map<String, Object> body = new LinkedHashMap<>();
    private final Map<Integer, String> memberPaths = new HashMap<>();
    private final Map<Integer, String> incomePaths = new HashMap<>();
    private final Set<Integer> ownerless = new TreeSet<>();

    AssessmentRequest(HouseholdForm form) {
        Inputs.put(body, "assessedOn", Inputs.text(form.getAssessedOn()));
        Inputs.put(body, "peopleInDwelling", Inputs.number(form.getPeopleInDwelling()));
        List<Map<String, Object>> members = new ArrayList<>();
        for (int row = 0; row < form.getMembers().size(); row++) {
            MemberRow member = form.getMembers().get(row);
            if (member != null && !member.blank()) {
                memberPaths.put(row, "members[" + members.size() + "]");
                members.add(member(member));
            }
        }
        List<Object> clientIncomes = new ArrayList<>();
        for (int row = 0; row < form.getIncomes().size(); row++) {
            IncomeRow income = form.getIncomes().get(row);
            if (income == null || income.blank()) {
                continue;
            }
            String owner = income.getOwner() == null ? HouseholdForm.CLIENT : income.getOwner();
            if (HouseholdForm.CLIENT.equals(owner)) {
                incomePaths.put(row, "clientIncomes[" + clientIncomes.size() + "]");
                clientIncomes.add(income(income));
                continue;
            }
            Integer memberRow = memberRow(owner);
            if (memberRow == null || !memberPaths.containsKey(memberRow)) {
                ownerless.add(row);
                continue;
            }
            String memberPath = memberPaths.get(memberRow);
            @SuppressWarnings("unchecked")
            List<Object> incomes = (List<Object>) members.get(index(memberPath)).get("incomes");
            incomePaths.put(row, memberPath + ".incomes[" + incomes.size() + "]");
            incomes.add(income(income));
        }
        body.put("members", members);
        body.put("clientIncomes", clientIncomes);
    }

    private static Map<String, Object> member(MemberRow row) {
        Map<String, Object> member = new LinkedHashMap<>();
        Inputs.put(member, "name", Inputs.text(row.getName()));
        Inputs.put(member, "birthDate", Inputs.text(row.getBirthDate()));
        Inputs.put(member, "birthPlace", Inputs.text(row.getBirthPlace()));
        Inputs.put(member, "relation", Inputs.text(row.getRelation()));
        Inputs.put(member, "relationNote", Inputs.text(row.getRelationNote()));
        Inputs.put(member, "tenure", Inputs.text(row.getTenure()));
        Inputs.put(member, "tenureNote", Inputs.text(row.getTenureNote()));
        Inputs.put(member, "connections", Inputs.text(row.getConnections()));
        member.put("incomes", new ArrayList<>());
        return member;
    }

    private static Map<String, Object> income(IncomeRow row) {
        Map<String, Object> income = new LinkedHashMap<>();
        Inputs.put(income, "type", Inputs.text(row.getType()));
        Inputs.put(income, "kind", Inputs.text(row.getKind()));
        Inputs.put(income, "kindNote", Inputs.text(row.getKindNote()));
        Inputs.put(income, "monthlyAmount", Inputs.number(row.getMonthlyAmount()));
        return income;
    }

    /** The form's person row an owner names ("1" is the first row), or null. */
    private static Integer memberRow(String owner) {
        return owner.matches("\\d{1,2}") ? Integer.parseInt(owner) - 1 : null;
    }

    private static int index(String memberPath) {
        return Integer.parseInt(memberPath.substring("members[".length(), memberPath.length() - 1));
    }

    Map<String, Object> body() {
        return body;
    }

    /** Income rows whose owner is a person row left empty: the page cannot send them anywhere. */
    Set<Integer> ownerless() {
        return ownerless;
    }

    public String memberPath(int row) {
        return memberPaths.getOrDefault(row, NOT_SENT);
    }

    public String incomePath(int row) {
        return incomePaths.getOrDefault(row, NOT_SENT);
    }

    /** Every input of the form by the API's name for it: their refusals are shown at the input. */
    List<String> fields() {
        List<String> fields = new ArrayList<>(List.of("assessedOn", "peopleInDwelling"));
        memberPaths.values().forEach(path -> MEMBER_FIELDS.forEach(field -> fields.add(path + "." + field)));
        incomePaths.values().forEach(path -> INCOME_FIELDS.forEach(field -> fields.add(path + "." + field)));
        return fields;
    }
}
