package org.casework.command.status;

import org.casework.command.settings.CurrentSettings;
import org.casework.domain.settings.OrganisationSettings;
import org.casework.domain.settings.StatusMode;
import org.casework.domain.status.Status;
import org.casework.domain.status.StatusEntry;
import org.casework.domain.status.StatusReason;
import org.casework.domain.status.StatusSource;
import org.casework.domain.status.StatusTimeline;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bound the reminders' read-model query relies on ({@link NoContactRule#lastContactFiringBy}): a file the rule
 * fires for by a day is never left out because the read models' last contact (registration, last consultation, the
 * start of the current status period) is too late. Checked against the rule itself over random histories.
 */
class NoContactBoundTest {

    static final LocalDate START = LocalDate.of(2025, 1, 1);
    static final Status[] STATUSES = Status.values();
    static final StatusSource[] SOURCES = StatusSource.values();

    @Test
    void aFileTheRuleFiresForByADayHasALastContactTheReadModelsSeeAsNotLater() {
        Random random = new Random(22);
        int fired = 0;
        for (int run = 0; run < 20_000; run++) {
            CurrentSettings settings = settings(random);
            StatusTimeline timeline = timeline(random);
            LocalDate registeredOn = START.plusDays(random.nextInt(100));
            Optional<LocalDate> lastConsultation = random.nextBoolean() ? Optional.empty()
                    : Optional.of(START.plusDays(random.nextInt(400)));
            LocalDate until = START.plusDays(random.nextInt(700));

            Optional<LocalDate> firesOn = NoContactRule.firesOn(settings, timeline, registeredOn, lastConsultation);
            Optional<LocalDate> bound = NoContactRule.lastContactFiringBy(settings, until);
            if (firesOn.isPresent() && !firesOn.get().isAfter(until)) {
                fired++;
                LocalDate periodBegan = timeline.periods().get(timeline.periods().size() - 1).from();
                LocalDate seen = Stream.of(Optional.of(registeredOn), lastConsultation, Optional.of(periodBegan))
                        .flatMap(Optional::stream).max(LocalDate::compareTo).orElseThrow();
                assertThat(bound).as("run %d", run).isPresent();
                assertThat(seen).as("run %d", run).isBeforeOrEqualTo(bound.get());
            }
        }
        assertThat(fired).as("histories the rule fired for").isGreaterThan(1_000);
    }

    @Test
    void nothingFiresInManualModeOrBeforeAutomaticModeHasRunForNDays() {
        OrganisationSettings manual = new OrganisationSettings(StatusMode.MANUAL, false, 90, 30, 365, false);
        assertThat(NoContactRule.lastContactFiringBy(new CurrentSettings(manual, LocalDate.MIN, null, null),
                START)).isEmpty();

        CurrentSettings switchedOn = new CurrentSettings(OrganisationSettings.DEFAULTS, START, null, null);
        assertThat(NoContactRule.lastContactFiringBy(switchedOn, START.plusDays(89))).isEmpty();
        assertThat(NoContactRule.lastContactFiringBy(switchedOn, START.plusDays(90))).contains(START);
    }

    private static CurrentSettings settings(Random random) {
        OrganisationSettings settings = new OrganisationSettings(random.nextInt(10) == 0 ? StatusMode.MANUAL
                : StatusMode.AUTOMATIC, false, 1 + random.nextInt(120), 30, 365, false);
        LocalDate since = random.nextBoolean() ? LocalDate.MIN : START.plusDays(random.nextInt(300));
        return new CurrentSettings(settings, since, null, null);
    }

    private static StatusTimeline timeline(Random random) {
        List<StatusEntry> entries = new ArrayList<>();
        int count = 1 + random.nextInt(6);
        for (int i = 0; i < count; i++) {
            Status status = STATUSES[random.nextInt(STATUSES.length)];
            entries.add(new StatusEntry(status, START.plusDays(random.nextInt(300)),
                    status.takesReason() ? StatusReason.DID_NOT_COME : null, null, null,
                    SOURCES[random.nextInt(SOURCES.length)]));
        }
        Set<Integer> inError = new HashSet<>();
        for (int i = 0; i < count - 1; i++) {
            if (random.nextInt(5) == 0) {
                inError.add(i);
            }
        }
        return new StatusTimeline(entries, inError);
    }
}
