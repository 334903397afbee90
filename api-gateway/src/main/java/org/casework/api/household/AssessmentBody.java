package org.casework.api.household;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.casework.domain.household.HouseholdMember;
import org.casework.domain.household.HouseholdRelation;
import org.casework.domain.household.Income;
import org.casework.domain.household.IncomeKind;
import org.casework.domain.household.IncomeType;
import org.casework.domain.household.Tenure;

import java.time.LocalDate;
import java.util.List;

/**
 * A household and income assessment (seed 002, fields 7–38); {@code assessedOn} is today when absent. The numeric
 * rules (at least one person, amounts not negative) are the domain's and answer 422.
 */
public record AssessmentBody(
        LocalDate assessedOn,
        @NotNull Integer peopleInDwelling,
        @Size(max = 98) List<@NotNull @Valid MemberBody> members,
        @Size(max = 20) List<@NotNull @Valid IncomeBody> clientIncomes) {

    public record MemberBody(
            @NotBlank @Size(max = 200) String name,
            @Size(max = 200) String birthPlace,
            LocalDate birthDate,
            @NotNull HouseholdRelation relation,
            @Size(max = 500) String relationNote,
            Tenure tenure,
            @Size(max = 500) String tenureNote,
            @Size(max = 4000) String connections,
            @Size(max = 20) List<@NotNull @Valid IncomeBody> incomes) {

        HouseholdMember toMember() {
            return new HouseholdMember(name, birthPlace, birthDate, relation, relationNote, tenure, tenureNote,
                    connections, AssessmentBody.incomes(incomes));
        }
    }

    public record IncomeBody(
            @NotNull IncomeType type,
            @NotNull IncomeKind kind,
            @Size(max = 500) String kindNote,
            @NotNull Long monthlyAmount) {

        Income toIncome() {
            return new Income(type, kind, kindNote, monthlyAmount);
        }
    }

    List<HouseholdMember> toMembers() {
        return members == null ? List.of() : members.stream().map(MemberBody::toMember).toList();
    }

    List<Income> toClientIncomes() {
        return incomes(clientIncomes);
    }

    private static List<Income> incomes(List<IncomeBody> incomes) {
        return incomes == null ? List.of() : incomes.stream().map(IncomeBody::toIncome).toList();
    }
}
