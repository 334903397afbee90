package org.casework.command.settings;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.casework.command.MutableClock;
import org.casework.domain.settings.OrganisationSettings;
import org.casework.domain.settings.OrganisationSettingsChanged;
import org.casework.domain.settings.StatusMode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.casework.command.rules.ViolationMatchers.violates;

class OrganisationTest {

    static final LocalDate TODAY = LocalDate.of(2025, 6, 16);

    private FixtureConfiguration<Organisation> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Organisation.class);
        fixture.registerInjectableResource(new MutableClock(TODAY));
    }

    @Test
    void firstChangeCreatesTheSettingsHistory() {
        OrganisationSettings manual = new OrganisationSettings(StatusMode.MANUAL, true, 60, 14, 180, true);
        fixture.givenNoPriorActivity()
                .when(new ChangeSettings(manual))
                .expectEvents(new OrganisationSettingsChanged(manual, TODAY));
    }

    @Test
    void laterChangesAreAddedToTheHistory() {
        OrganisationSettings automatic = OrganisationSettings.DEFAULTS;
        fixture.given(new OrganisationSettingsChanged(new OrganisationSettings(StatusMode.MANUAL, true, 60, 14, 180,
                        false), TODAY.minusDays(30)))
                .when(new ChangeSettings(automatic))
                .expectEvents(new OrganisationSettingsChanged(automatic, TODAY));
    }

    @Test
    void periodsAreWholeDaysBetweenOneAndTenYears() {
        fixture.givenNoPriorActivity()
                .when(new ChangeSettings(new OrganisationSettings(null, false, 0, 3651, -1, false)))
                .expectException(violates("statusMode", "required"))
                .expectException(violates("noContactDays", "days-in-range"))
                .expectException(violates("consultationGapDays", "days-in-range"))
                .expectException(violates("openEngagementDays", "days-in-range"))
                .expectNoEvents();
    }
}
