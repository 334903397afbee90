package org.casework.query.care;

import org.casework.query.status.ColourFacts.Contract;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ColourDaysTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    static Contract contract(LocalDate first, LocalDate last) {
        return new Contract("C", first, last);
    }

    @Test
    void theColourMayChangeOnTheNextStartTheDayAfterTheNextEndOrTheDayAfterTheReview() {
        List<Contract> contracts = List.of(contract(TODAY.minusDays(30), TODAY.plusDays(9)),
                contract(TODAY.plusDays(20), null));
        assertThat(ColourDays.nextChange(contracts, TODAY.plusDays(3), TODAY)).isEqualTo(TODAY.plusDays(4));
        assertThat(ColourDays.nextChange(contracts, null, TODAY)).isEqualTo(TODAY.plusDays(10));
        assertThat(ColourDays.nextChange(contracts, null, TODAY.plusDays(10))).isEqualTo(TODAY.plusDays(20));
    }

    @Test
    void aContractEndingTodayChangesTheColourTomorrowAndAReviewDueTodayToo() {
        assertThat(ColourDays.nextChange(List.of(contract(TODAY.minusDays(5), TODAY)), TODAY, TODAY))
                .isEqualTo(TODAY.plusDays(1));
    }

    @Test
    void daysPastAndOpenEndsChangeNothing() {
        assertThat(ColourDays.nextChange(List.of(contract(TODAY.minusDays(30), TODAY.minusDays(1)),
                contract(TODAY.minusDays(3), null)), TODAY.minusDays(1), TODAY)).isNull();
        assertThat(ColourDays.nextChange(List.of(), null, TODAY)).isNull();
    }

    @Test
    void withAValidContractTheContradictionBeginsWithTheLaterOfTheStatusAndTheEarliestValidContract() {
        List<Contract> contracts = List.of(contract(TODAY.minusDays(10), null), contract(TODAY.minusDays(20), null));
        assertThat(ColourDays.contradictsSince(contracts, TODAY.minusDays(60), TODAY)).isEqualTo(TODAY.minusDays(20));
        assertThat(ColourDays.contradictsSince(contracts, TODAY.minusDays(5), TODAY)).isEqualTo(TODAY.minusDays(5));
    }

    @Test
    void withoutAValidContractItBeginsTheDayAfterTheLastOneEndedOrWithTheStatus() {
        List<Contract> contracts = List.of(contract(TODAY.minusDays(40), TODAY.minusDays(9)),
                contract(TODAY.minusDays(30), TODAY.minusDays(3)), contract(TODAY.plusDays(5), null));
        assertThat(ColourDays.contradictsSince(contracts, TODAY.minusDays(60), TODAY)).isEqualTo(TODAY.minusDays(2));
        assertThat(ColourDays.contradictsSince(contracts, TODAY.minusDays(1), TODAY)).isEqualTo(TODAY.minusDays(1));
        assertThat(ColourDays.contradictsSince(List.of(contract(TODAY.plusDays(5), null)), TODAY.minusDays(7), TODAY))
                .isEqualTo(TODAY.minusDays(7));
    }
}
