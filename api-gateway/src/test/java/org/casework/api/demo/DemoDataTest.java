package org.casework.api.demo;

import org.casework.command.client.BirthNumber;
import org.casework.command.client.RegisterClient;
import org.casework.command.engagement.NewConsultation;
import org.casework.command.engagement.OpenEngagement;
import org.casework.command.engagement.RecordConsultations;
import org.casework.command.family.AddMember;
import org.casework.command.family.CreateFamily;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class DemoDataTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final List<String> WORKERS = List.of("alice", "bob");
    private static final Set<String> PLANNED = Set.of("validTo", "reviewDue");

    private static List<Object> commands(long seed, int clients) {
        DemoData data = new DemoData(seed, TODAY, 3, WORKERS);
        List<Integer> sizes = data.unitSizes(clients);
        List<Object> commands = new ArrayList<>();
        for (int i = 0; i < sizes.size(); i++) {
            commands.addAll(data.unit(i, sizes.get(i), clients).commands());
        }
        return commands;
    }

    @Test
    void theSameSeedGivesTheSameFilesAndAnotherSeedOtherFiles() {
        assertThat(commands(7, 300)).isEqualTo(commands(7, 300));
        assertThat(commands(8, 300)).isNotEqualTo(commands(7, 300));
    }

    @Test
    void unitsAddUpToTheClientsAskedForAndEachUnitCanBeMadeAlone() {
        DemoData data = new DemoData(1, TODAY, 3, WORKERS);
        List<Integer> sizes = data.unitSizes(1_234);
        assertThat(sizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(1_234);
        assertThat(data.unit(17, sizes.get(17), 1_234)).isEqualTo(data.unit(17, sizes.get(17), 1_234));
        List<Object> all = commands(1, 1_234);
        assertThat(all).filteredOn(RegisterClient.class::isInstance).hasSize(1_234);
    }

    @Test
    void aboutTenConsultationsPerClientAndTheBusiestFileHasTenThousand() {
        List<Object> all = commands(1, 2_000);
        List<Integer> perEngagement = all.stream().filter(RecordConsultations.class::isInstance)
                .map(command -> ((RecordConsultations) command).consultations().size()).toList();
        int total = perEngagement.stream().mapToInt(Integer::intValue).sum();
        assertThat(total - DemoData.BUSIEST_FILE_CONSULTATIONS).isBetween(2_000 * 6, 2_000 * 12);
        assertThat(all).filteredOn(RecordConsultations.class::isInstance)
                .allSatisfy(batch -> assertThat(((RecordConsultations) batch).consultations()).hasSizeLessThanOrEqualTo(500));
    }

    @Test
    void everyBusinessDateIsWithinTheYearsAskedForAndNotAfterToday() {
        for (Object command : commands(3, 500)) {
            for (LocalDate date : dates(command)) {
                assertThat(date).as("%s in %s", date, command.getClass().getSimpleName())
                        .isBeforeOrEqualTo(TODAY);
            }
        }
        assertThat(commands(3, 500)).filteredOn(RegisterClient.class::isInstance)
                .allSatisfy(c -> assertThat(((RegisterClient) c).registeredOn()).isAfterOrEqualTo(TODAY.minusYears(3)));
    }

    @Test
    void peopleHaveCzechAndHungarianNamesAndValidBirthNumbers() {
        List<RegisterClient> registrations = commands(5, 400).stream().filter(RegisterClient.class::isInstance)
                .map(RegisterClient.class::cast).toList();
        Set<String> lastNames = registrations.stream().map(r -> r.personalData().lastName())
                .collect(Collectors.toSet());
        assertThat(lastNames).contains("Nováková").containsAnyOf("Nagy", "Kovács", "Tóth", "Szabó");
        List<RegisterClient> withNumbers = registrations.stream()
                .filter(r -> r.personalData().birthNumber() != null).toList();
        assertThat(withNumbers).hasSizeGreaterThan(100).allSatisfy(r -> assertThat(
                BirthNumber.parse(r.personalData().birthNumber()).birthDate()).isEqualTo(r.personalData().birthDate()));
    }

    @Test
    void familiesAreCreatedAfterTheirMembersAndEveryMemberIsAdded() {
        List<Object> all = commands(2, 600);
        List<UUID> registered = all.stream().filter(RegisterClient.class::isInstance)
                .map(c -> ((RegisterClient) c).clientId()).toList();
        List<AddMember> added = all.stream().filter(AddMember.class::isInstance).map(AddMember.class::cast).toList();
        assertThat(all).filteredOn(CreateFamily.class::isInstance).hasSizeGreaterThan(40);
        assertThat(added).allSatisfy(member -> assertThat(registered).contains(member.clientId()));
        Set<UUID> registeredSoFar = new HashSet<>();
        for (Object command : all) {
            if (command instanceof RegisterClient registration) {
                registeredSoFar.add(registration.clientId());
            } else if (command instanceof AddMember member) {
                assertThat(registeredSoFar).contains(member.clientId());
            }
        }
    }

    @Test
    void consultationsOfAnEngagementAreNotBeforeItOpened() {
        List<Object> all = commands(4, 300);
        for (Object command : all) {
            if (command instanceof RecordConsultations batch) {
                LocalDate openedOn = all.stream().filter(OpenEngagement.class::isInstance).map(OpenEngagement.class::cast)
                        .filter(open -> open.engagementId().equals(batch.engagementId())).findFirst().orElseThrow()
                        .openedOn();
                assertThat(batch.consultations()).extracting(NewConsultation::date)
                        .allSatisfy(date -> assertThat(date).isAfterOrEqualTo(openedOn));
            }
        }
    }

    /** Every LocalDate of something that happened, also in nested records and lists; not the planned ones. */
    private static List<LocalDate> dates(Object value) {
        List<LocalDate> dates = new ArrayList<>();
        if (value instanceof LocalDate date) {
            dates.add(date);
        } else if (value instanceof List<?> list) {
            list.forEach(element -> dates.addAll(dates(element)));
        } else if (value != null && value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                if (PLANNED.contains(component.getName())) {
                    continue;
                }
                try {
                    dates.addAll(dates(component.getAccessor().invoke(value)));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return dates;
    }
}
