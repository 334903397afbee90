package org.casework.command.household;

import org.casework.command.client.MemoryBirthNumberClaims;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.casework.command.client.Client;
import org.casework.domain.client.Addresses;
import org.casework.domain.client.ClientRegistered;
import org.casework.domain.client.Contacts;
import org.casework.domain.client.PersonalData;
import org.casework.domain.household.HouseholdAssessed;
import org.casework.domain.household.HouseholdMember;
import org.casework.domain.household.HouseholdRelation;
import org.casework.domain.household.Income;
import org.casework.domain.household.IncomeKind;
import org.casework.domain.household.IncomeType;
import org.casework.domain.household.Tenure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casework.command.rules.ViolationMatchers.violates;

/** Seed 002, fields 7–40: the household and incomes of a client, recorded with a date. */
class HouseholdAssessmentTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-15T22:30:00Z"), ZoneId.of("Europe/Prague"));
    static final LocalDate TODAY = LocalDate.of(2025, 6, 16);

    private final UUID clientId = UUID.randomUUID();
    private final UUID assessmentId = UUID.randomUUID();
    private FixtureConfiguration<Client> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Client.class);
        fixture.registerInjectableResource(new MemoryBirthNumberClaims());
        fixture.registerInjectableResource(CLOCK);
    }

    private ClientRegistered registered() {
        return new ClientRegistered(clientId, new PersonalData("Kata", "Kovács", null, null, LocalDate.of(1985, 3, 3),
                null, null, Addresses.none(), Contacts.none()), "alice", LocalDate.of(2025, 1, 10));
    }

    private static Income wages(long amount) {
        return new Income(IncomeType.WORK, IncomeKind.WAGES, null, amount);
    }

    private static HouseholdMember child(String name, Income... incomes) {
        return new HouseholdMember(name, "Szeged", LocalDate.of(2015, 1, 1), HouseholdRelation.CHILD, null,
                Tenure.FAMILY_MEMBER, null, null, List.of(incomes));
    }

    private AssessHousehold assess(Integer people, List<HouseholdMember> members, List<Income> incomes) {
        return new AssessHousehold(clientId, assessmentId, TODAY, people, members, incomes);
    }

    @Test
    void assessmentIsRecordedWithTextsCleaned() {
        HouseholdMember spouse = new HouseholdMember("  Péter Kovács ", " Pécs ", LocalDate.of(1980, 2, 2),
                HouseholdRelation.SPOUSE, null, Tenure.OWNER, null, "  ", List.of(
                new Income(IncomeType.PENSION, IncomeKind.DISABILITY_PENSION, null, 98_000)));
        fixture.given(registered())
                .when(assess(3, List.of(spouse, child("Anna Kovács")), List.of(wages(180_000))))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(assessmentId)
                .expectEvents(new HouseholdAssessed(clientId, assessmentId, TODAY, 3, List.of(
                        new HouseholdMember("Péter Kovács", "Pécs", LocalDate.of(1980, 2, 2),
                                HouseholdRelation.SPOUSE, null, Tenure.OWNER, null, null, List.of(
                                new Income(IncomeType.PENSION, IncomeKind.DISABILITY_PENSION, null, 98_000))),
                        child("Anna Kovács")), List.of(wages(180_000))));
    }

    @Test
    void totalAndPerCapitaIncomeAreComputedFromTheAmounts() {
        // fields 39 and 40: (180 000 + 98 000 + 0) / 3 people = 92 666.666… -> 92 666.67
        HouseholdAssessed assessed = new HouseholdAssessed(clientId, assessmentId, TODAY, 3, List.of(
                child("Péter", new Income(IncomeType.PENSION, IncomeKind.DISABILITY_PENSION, null, 98_000)),
                child("Anna")), List.of(wages(180_000)));
        assertThat(assessed.totalIncome()).isEqualTo(278_000);
        assertThat(assessed.perCapitaIncome()).isEqualByComparingTo(new BigDecimal("92666.67"));
    }

    @Test
    void householdWithoutAnyIncomeHasPerCapitaIncomeZero() {
        HouseholdAssessed assessed = new HouseholdAssessed(clientId, assessmentId, TODAY, 1, List.of(), List.of());
        assertThat(assessed.totalIncome()).isZero();
        assertThat(assessed.perCapitaIncome()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void dwellingHoldsAtLeastOnePerson() {
        fixture.given(registered())
                .when(assess(0, List.of(), List.of()))
                .expectException(violates("peopleInDwelling", "at-least-one"))
                .expectNoEvents();
    }

    @Test
    void dwellingHoldsAtLeastTheClientAndEveryListedMember() {
        fixture.given(registered())
                .when(assess(2, List.of(child("Anna"), child("Béla")), List.of()))
                .expectException(violates("peopleInDwelling", "at-least-listed-people"))
                .expectNoEvents();
    }

    @Test
    void numberOfPeopleIsRequired() {
        fixture.given(registered())
                .when(assess(null, List.of(), List.of()))
                .expectException(violates("peopleInDwelling", "required"))
                .expectNoEvents();
    }

    @Test
    void amountIsNeverNegative() {
        fixture.given(registered())
                .when(assess(2, List.of(child("Anna", wages(-1))), List.of(wages(-5))))
                .expectException(violates("members[0].incomes[0].monthlyAmount", "not-negative"))
                .expectException(violates("clientIncomes[0].monthlyAmount", "not-negative"))
                .expectNoEvents();
    }

    @Test
    void kindMustBelongToTheIncomeType() {
        fixture.given(registered())
                .when(assess(1, List.of(), List.of(new Income(IncomeType.WORK, IncomeKind.FAMILY_ALLOWANCE, null, 10))))
                .expectException(violates("clientIncomes[0].kind", "kind-of-type"))
                .expectNoEvents();
    }

    @Test
    void transitionalAnnuityIsAPensionAndAnOtherRegularBenefit() {
        fixture.given(registered())
                .when(assess(1, List.of(), List.of(
                        new Income(IncomeType.PENSION, IncomeKind.TRANSITIONAL_ANNUITY, null, 10),
                        new Income(IncomeType.OTHER_REGULAR_BENEFIT, IncomeKind.TRANSITIONAL_ANNUITY, null, 10))))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void otherKindOfIncomeMustBeNamed() {
        fixture.given(registered())
                .when(assess(1, List.of(), List.of(new Income(IncomeType.OTHER_INCOME, IncomeKind.OTHER, " ", 10))))
                .expectException(violates("clientIncomes[0].kindNote", "text-required-for-other"))
                .expectNoEvents();
    }

    @Test
    void memberIsNamedAndOtherRelationOrTenureDescribed() {
        HouseholdMember member = new HouseholdMember(" ", null, TODAY.plusDays(1), HouseholdRelation.OTHER, null,
                Tenure.OTHER, null, null, List.of());
        fixture.given(registered())
                .when(assess(2, List.of(member), List.of()))
                .expectException(violates("members[0].name", "required"))
                .expectException(violates("members[0].birthDate", "not-in-future"))
                .expectException(violates("members[0].relationNote", "text-required-for-other"))
                .expectException(violates("members[0].tenureNote", "text-required-for-other"))
                .expectNoEvents();
    }

    @Test
    void assessmentCannotBeDatedInTheFuture() {
        fixture.given(registered())
                .when(new AssessHousehold(clientId, assessmentId, TODAY.plusDays(1), 1, List.of(), List.of()))
                .expectException(violates("assessedOn", "not-in-future"))
                .expectNoEvents();
    }

    @Test
    void assessmentNeedsARegisteredClient() {
        fixture.givenNoPriorActivity()
                .when(assess(1, List.of(), List.of()))
                .expectException(org.axonframework.modelling.command.AggregateNotFoundException.class);
    }
}
