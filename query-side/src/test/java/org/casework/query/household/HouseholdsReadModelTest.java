package org.casework.query.household;

import org.casework.domain.Erasure;
import org.casework.domain.Personal;
import org.casework.domain.client.ClientErased;
import org.casework.domain.household.HouseholdAssessed;
import org.casework.domain.household.HouseholdMember;
import org.casework.domain.household.HouseholdRelation;
import org.casework.domain.household.Income;
import org.casework.domain.household.IncomeKind;
import org.casework.domain.household.IncomeType;
import org.casework.domain.household.Tenure;
import org.casework.query.support.ReadModelFixture;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class HouseholdsReadModelTest {

    static final String ERASED = Personal.ERASED;
    static final Income WAGES = new Income(IncomeType.WORK, IncomeKind.WAGES, null, 28_500);
    static final Income FROM_PARENTS = new Income(IncomeType.OTHER_INCOME, IncomeKind.OTHER, "Příspěvek od rodičů",
            3_000);
    static final Income PENSION = new Income(IncomeType.PENSION, IncomeKind.DISABILITY_PENSION, null, 14_200);
    static final HouseholdMember HUSBAND = new HouseholdMember("Petr Dvořák", "Kladno", LocalDate.of(1981, 11, 2),
            HouseholdRelation.SPOUSE, null, Tenure.TENANT, null, "Lékař: MUDr. Horák, Kladno", List.of(PENSION));
    static final HouseholdMember SON = new HouseholdMember("Tomáš Dvořák", "Kladno", LocalDate.of(2012, 9, 1),
            HouseholdRelation.CHILD, null, Tenure.FAMILY_MEMBER, null, "ZŠ Kladno, Vašatova", List.of());

    private final UUID clientId = UUID.randomUUID();
    private final ReadModelFixture fixture = ReadModelFixture.of(new HouseholdsReadModel());

    @Test
    void anAssessmentBecomesARowWithItsTotalAndPerCapitaIncome() {
        HouseholdAssessed assessed = assessed(clientId, LocalDate.of(2025, 3, 20));

        fixture.given(assessed);

        assertThat(assessments()).containsExactly(new HouseholdAssessment(assessed.assessmentId(),
                LocalDate.of(2025, 3, 20), 3, List.of(HUSBAND, SON), List.of(WAGES, FROM_PARENTS), 45_700,
                new BigDecimal("15233.33"), ReadModelFixture.recordedAt(0), ReadModelFixture.ACTOR));
    }

    @Test
    void aNewerAssessmentIsARowOfItsOwnAndLeavesTheOlderOneAsItWas() {
        HouseholdAssessed march = assessed(clientId, LocalDate.of(2025, 3, 20));
        HouseholdAssessed june = new HouseholdAssessed(clientId, UUID.randomUUID(), LocalDate.of(2025, 6, 2), 2,
                List.of(SON), List.of(WAGES));

        fixture.given(march, june);

        assertThat(assessments()).extracting(HouseholdAssessment::id, HouseholdAssessment::totalIncome,
                        HouseholdAssessment::perCapitaIncome, HouseholdAssessment::recordedAt)
                .containsExactly(
                        tuple(march.assessmentId(), 45_700L, new BigDecimal("15233.33"),
                                ReadModelFixture.recordedAt(0)),
                        tuple(june.assessmentId(), 28_500L, new BigDecimal("14250.00"),
                                ReadModelFixture.recordedAt(1)));
    }

    @Test
    void anErasureReplacesWhoTheMembersAreButKeepsRelationsTenuresAndIncomes() {
        UUID otherClient = UUID.randomUUID();

        fixture.given(assessed(clientId, LocalDate.of(2025, 3, 20)),
                assessed(otherClient, LocalDate.of(2025, 3, 21)),
                new ClientErased(clientId, LocalDate.of(2025, 6, 10), "Žádost klientky podle čl. 17 GDPR"));

        HouseholdAssessment erased = assessments().get(0);
        assertThat(erased.members()).containsExactly(
                new HouseholdMember(ERASED, ERASED, null, HouseholdRelation.SPOUSE, null, Tenure.TENANT, null, ERASED,
                        List.of(PENSION)),
                new HouseholdMember(ERASED, ERASED, null, HouseholdRelation.CHILD, null, Tenure.FAMILY_MEMBER, null,
                        ERASED, List.of()));
        assertThat(erased.clientIncomes()).containsExactly(WAGES,
                new Income(IncomeType.OTHER_INCOME, IncomeKind.OTHER, ERASED, 3_000));
        assertThat(erased.totalIncome()).isEqualTo(45_700);
        assertThat(erased.perCapitaIncome()).isEqualByComparingTo("15233.33");
        assertThat(assessments().get(1).members()).containsExactly(HUSBAND, SON);
    }

    @Test
    void erasedAssessmentsHoldWhatAReplayOfTheErasedEventsGives() {
        Object[] history = {assessed(clientId, LocalDate.of(2025, 3, 20)),
                new ClientErased(clientId, LocalDate.of(2025, 6, 10), "Žádost klientky podle čl. 17 GDPR")};
        ReadModelFixture replayed = ReadModelFixture.of(new HouseholdsReadModel())
                .given(Stream.of(history).map(Erasure::erase).toArray());

        fixture.given(history);

        assertThat(fixture.rows(HouseholdAssessmentView.class)).usingRecursiveComparison()
                .isEqualTo(replayed.rows(HouseholdAssessmentView.class));
    }

    private List<HouseholdAssessment> assessments() {
        return fixture.rows(HouseholdAssessmentView.class).stream().map(HouseholdAssessmentView::toAssessment)
                .toList();
    }

    private static HouseholdAssessed assessed(UUID clientId, LocalDate on) {
        return new HouseholdAssessed(clientId, UUID.randomUUID(), on, 3, List.of(HUSBAND, SON),
                List.of(WAGES, FROM_PARENTS));
    }
}
