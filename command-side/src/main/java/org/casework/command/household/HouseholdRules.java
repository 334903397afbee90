package org.casework.command.household;

import org.casework.command.rules.BusinessDates;
import org.casework.command.rules.Text;
import org.casework.command.rules.Violations;
import org.casework.domain.household.HouseholdAssessed;
import org.casework.domain.household.HouseholdMember;
import org.casework.domain.household.HouseholdRelation;
import org.casework.domain.household.Income;
import org.casework.domain.household.IncomeKind;
import org.casework.domain.household.Tenure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What a household and income assessment must satisfy (seed 002, fields 7–38). */
public final class HouseholdRules {

    public static final int MAX_PEOPLE_IN_DWELLING = 99;
    public static final int MAX_INCOMES_PER_PERSON = 20;
    public static final long MAX_MONTHLY_AMOUNT = 100_000_000;

    private HouseholdRules() {
    }

    /** The assessment as it is recorded, texts cleaned; every broken rule is thrown at once. */
    public static HouseholdAssessed assessed(AssessHousehold command, LocalDate today) {
        Violations violations = new Violations();
        violations.require(command.assessedOn() != null, "assessedOn", "required", "must be given");
        BusinessDates.notInFuture(violations, "assessedOn", command.assessedOn(), today);

        List<HouseholdMember> given = command.members() == null ? List.of() : command.members();
        List<HouseholdMember> members = new ArrayList<>(given.size());
        for (int i = 0; i < given.size(); i++) {
            if (given.get(i) == null) {
                violations.add("members[" + i + "]", "required", "must not be empty");
            } else {
                members.add(member(given.get(i), today, violations.under("members[" + i + "].")));
            }
        }
        List<Income> clientIncomes = incomes(command.clientIncomes(), violations.under("clientIncomes"));

        Integer people = command.peopleInDwelling();
        if (people == null) {
            violations.add("peopleInDwelling", "required", "must be given");
        } else {
            violations.require(people >= 1, "peopleInDwelling", "at-least-one", "must be at least 1");
            violations.require(people <= MAX_PEOPLE_IN_DWELLING, "peopleInDwelling", "at-most",
                    "must not be more than " + MAX_PEOPLE_IN_DWELLING);
            violations.require(people >= 1 + members.size(), "peopleInDwelling", "at-least-listed-people",
                    "must count the client and the " + members.size() + " listed members, so at least "
                            + (1 + members.size()));
        }
        violations.throwIfAny();
        return new HouseholdAssessed(command.clientId(), command.assessmentId(), command.assessedOn(), people,
                List.copyOf(members), clientIncomes);
    }

    private static HouseholdMember member(HouseholdMember member, LocalDate today, Violations violations) {
        String name = Text.clean(member.name());
        violations.require(name != null, "name", "required", "must name the person");
        BusinessDates.notInFuture(violations, "birthDate", member.birthDate(), today);
        String relationNote = Text.clean(member.relationNote());
        violations.require(member.relation() != null, "relation", "required", "must be given");
        violations.require(member.relation() != HouseholdRelation.OTHER || relationNote != null,
                "relationNote", "text-required-for-other", "must describe the relation when it is OTHER");
        String tenureNote = Text.clean(member.tenureNote());
        violations.require(member.tenure() != Tenure.OTHER || tenureNote != null,
                "tenureNote", "text-required-for-other", "must describe the tenure when it is OTHER");
        return new HouseholdMember(name, Text.clean(member.birthPlace()), member.birthDate(), member.relation(),
                relationNote, member.tenure(), tenureNote, Text.clean(member.connections()),
                incomes(member.incomes(), violations.under("incomes")));
    }

    /** {@code violations} is already prefixed with the list's field name. */
    private static List<Income> incomes(List<Income> given, Violations violations) {
        if (given == null) {
            return List.of();
        }
        violations.require(given.size() <= MAX_INCOMES_PER_PERSON, "", "size",
                "must not hold more than " + MAX_INCOMES_PER_PERSON + " incomes");
        List<Income> incomes = new ArrayList<>(given.size());
        for (int i = 0; i < given.size(); i++) {
            Income income = given.get(i);
            if (income == null) {
                violations.add("[" + i + "]", "required", "must not be empty");
                continue;
            }
            Violations at = violations.under("[" + i + "].");
            String kindNote = Text.clean(income.kindNote());
            at.require(income.type() != null, "type", "required", "must be given");
            at.require(income.kind() != null, "kind", "required", "must be given");
            if (income.type() != null && income.kind() != null) {
                at.require(income.kind().belongsTo(income.type()), "kind", "kind-of-type",
                        "is not a kind of income of type " + income.type());
            }
            at.require(income.kind() != IncomeKind.OTHER || kindNote != null, "kindNote",
                    "text-required-for-other", "must name the income when its kind is OTHER");
            at.require(income.monthlyAmount() >= 0, "monthlyAmount", "not-negative", "must not be negative");
            at.require(income.monthlyAmount() <= MAX_MONTHLY_AMOUNT, "monthlyAmount", "at-most",
                    "must not be more than " + MAX_MONTHLY_AMOUNT);
            incomes.add(new Income(income.type(), income.kind(), kindNote, income.monthlyAmount()));
        }
        return List.copyOf(incomes);
    }
}
