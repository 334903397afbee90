package org.casework.api.demo;

import org.casework.command.client.RecordServiceApplication;
import org.casework.command.client.RegisterClient;
import org.casework.command.contract.SignContract;
import org.casework.command.engagement.CloseEngagement;
import org.casework.command.engagement.NewConsultation;
import org.casework.command.engagement.OpenEngagement;
import org.casework.command.engagement.RecordConsultations;
import org.casework.command.family.AddMember;
import org.casework.command.family.AdoptFamilyPlan;
import org.casework.command.family.CreateFamily;
import org.casework.command.family.SignFamilyContract;
import org.casework.command.household.AssessHousehold;
import org.casework.command.plan.AdoptPlan;
import org.casework.domain.client.Address;
import org.casework.domain.client.PersonalData;
import org.casework.domain.engagement.ClosureReason;
import org.casework.domain.engagement.ConsultationKind;
import org.casework.domain.engagement.ConsultationPlace;
import org.casework.domain.engagement.ProblemType;
import org.casework.domain.family.Relation;
import org.casework.domain.household.HouseholdMember;
import org.casework.domain.household.HouseholdRelation;
import org.casework.domain.household.Income;
import org.casework.domain.household.IncomeKind;
import org.casework.domain.household.IncomeType;
import org.casework.domain.household.Tenure;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.random.RandomGenerator;

import static org.casework.api.demo.DemoVocabulary.pick;

/**
 * Deterministic demo files: the same seed, day and workers give the same commands. Files come in units, a single
 * client or a family with its members, each made from its own random stream, so units can be sent in parallel and
 * in any order. About ten consultations per client over {@code years} years; unit 0 of a large set is the busiest
 * file, one engagement with {@link #BUSIEST_FILE_CONSULTATIONS} consultations.
 */
final class DemoData {

    static final int BUSIEST_FILE_CONSULTATIONS = 10_000;
    private static final int BUSIEST_FILE_FROM_CLIENTS = 1_000;
    private static final int BATCH = 500;
    private static final List<ProblemType> PROBLEMS = List.of(ProblemType.values()).stream()
            .filter(problem -> problem != ProblemType.OTHER).toList();
    private static final List<ClosureReason> CLOSURES = List.of(ClosureReason.SUCCESSFUL, ClosureReason.SUCCESSFUL,
            ClosureReason.SUCCESSFUL, ClosureReason.LACK_OF_COOPERATION, ClosureReason.REFERRED_TO_ANOTHER_SERVICE,
            ClosureReason.REFERRED_TO_ANOTHER_INSTITUTION, ClosureReason.CONTACT_LOST);
    private static final List<ConsultationKind> KINDS = List.of(ConsultationKind.MEETING, ConsultationKind.MEETING,
            ConsultationKind.MEETING, ConsultationKind.MEETING, ConsultationKind.PHONE, ConsultationKind.PHONE,
            ConsultationKind.PHONE, ConsultationKind.EMAIL, ConsultationKind.PREPARATION,
            ConsultationKind.INFORMATION_SEARCH, ConsultationKind.MEASURE, ConsultationKind.CASE_CONFERENCE);
    private static final List<IncomeKind> CLIENT_INCOMES = List.of(IncomeKind.WAGES, IncomeKind.WAGES,
            IncomeKind.CASUAL_WORK, IncomeKind.OLD_AGE_PENSION, IncomeKind.DISABILITY_PENSION,
            IncomeKind.JOBSEEKER_AID, IncomeKind.REGULAR_SOCIAL_AID, IncomeKind.FAMILY_ALLOWANCE,
            IncomeKind.CHILD_CARE_FEE);

    private final long seed;
    private final LocalDate today;
    private final LocalDate firstDay;
    private final List<String> workers;

    DemoData(long seed, LocalDate today, int years, List<String> workers) {
        this.seed = seed;
        this.today = today;
        this.firstDay = today.minusYears(years);
        this.workers = List.copyOf(workers);
    }

    /** One unit's commands, in the order they are sent, and what they add up to. */
    record Unit(int index, String worker, List<Object> commands, int clients, int consultations) {
    }

    /** How many clients each unit holds, adding up to {@code clients}: seven in ten alone, the rest in families. */
    List<Integer> unitSizes(int clients) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Integer> sizes = new ArrayList<>();
        int left = clients;
        while (left > 0) {
            int size = random.nextInt(10) < 7 ? 1 : 2 + random.nextInt(4);
            size = Math.min(size, left);
            sizes.add(size);
            left -= size;
        }
        return sizes;
    }

    Unit unit(int index, int size, int totalClients) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + index);
        String worker = pick(random, workers);
        Files files = new Files(index, worker);
        if (index == 0 && totalClients >= BUSIEST_FILE_FROM_CLIENTS) {
            files.busiestFile(random);
        } else if (size == 1) {
            files.single(random);
        } else {
            files.family(random, size);
        }
        return new Unit(index, worker, files.commands, size, files.consultations);
    }

    /** Builds one unit's commands. */
    private final class Files {

        private final int index;
        private final String worker;
        private final List<Object> commands = new ArrayList<>();
        private int consultations;
        private int contracts;

        Files(int index, String worker) {
            this.index = index;
            this.worker = worker;
        }

        void single(RandomGenerator random) {
            DemoVocabulary language = language(random);
            boolean woman = random.nextInt(100) < 55;
            PersonalData person = DemoPeople.person(random, language, language.surname(random), woman,
                    DemoPeople.address(random, language), today, 18, 85);
            UUID clientId = uuid(random);
            LocalDate registeredOn = dayBetween(random, firstDay, today);
            commands.add(new RegisterClient(clientId, person, worker, registeredOn));
            care(random, clientId, registeredOn, language, List.of());
        }

        void busiestFile(RandomGenerator random) {
            DemoVocabulary language = DemoVocabulary.CZECH;
            PersonalData person = DemoPeople.person(random, language, language.surname(random), true,
                    DemoPeople.address(random, language), today, 30, 60);
            UUID clientId = uuid(random);
            LocalDate registeredOn = firstDay;
            commands.add(new RegisterClient(clientId, person, worker, registeredOn));
            commands.add(new RecordServiceApplication(clientId, registeredOn, registeredOn));
            UUID engagementId = uuid(random);
            commands.add(openEngagement(random, clientId, engagementId, registeredOn));
            consultations(random, engagementId, registeredOn, today, BUSIEST_FILE_CONSULTATIONS);
        }

        void family(RandomGenerator random, int size) {
            DemoVocabulary language = language(random);
            String surname = language.surname(random);
            Address home = DemoPeople.address(random, language);
            List<UUID> members = new ArrayList<>();
            List<Relation> relations = new ArrayList<>();
            List<PersonalData> people = new ArrayList<>();
            List<LocalDate> registrations = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                Relation relation = i == 0 ? Relation.REFERENCE_PERSON
                        : i == 1 && random.nextInt(100) < 70 ? Relation.PARTNER : Relation.CHILD;
                boolean child = relation == Relation.CHILD;
                boolean woman = i == 0 ? random.nextInt(100) < 65 : random.nextBoolean();
                PersonalData person = child
                        ? DemoPeople.person(random, language, surname, woman, home, today, 1, 17)
                        : DemoPeople.person(random, language, surname, woman, home, today, 22, 60);
                UUID clientId = uuid(random);
                LocalDate registeredOn = dayBetween(random, firstDay, today);
                commands.add(new RegisterClient(clientId, person, worker, registeredOn));
                members.add(clientId);
                relations.add(relation);
                people.add(person);
                registrations.add(registeredOn);
            }
            LocalDate createdOn = later(registrations.stream().max(LocalDate::compareTo).orElseThrow(),
                    random.nextInt(30));
            UUID familyId = uuid(random);
            commands.add(new CreateFamily(familyId, language.familyName(surname), home, worker, createdOn));
            for (int i = 0; i < size; i++) {
                commands.add(new AddMember(familyId, members.get(i), relations.get(i), createdOn));
            }
            for (int i = 0; i < size; i++) {
                List<PersonalData> others = new ArrayList<>(people);
                others.remove(i);
                care(random, members.get(i), registrations.get(i), language, others);
            }
            if (random.nextInt(100) < 40) {
                LocalDate signedOn = later(createdOn, random.nextInt(20));
                commands.add(new SignFamilyContract(familyId, uuid(random), contractNumber(language, signedOn),
                        signedOn, signedOn, signedOn.plusYears(1).minusDays(1)));
                if (random.nextBoolean()) {
                    commands.add(new AdoptFamilyPlan(familyId, signedOn, signedOn.plusMonths(6), goals(random)));
                }
            }
        }

        /** Application, contract and plan, engagements with their consultations, and a household assessment. */
        private void care(RandomGenerator random, UUID clientId, LocalDate registeredOn, DemoVocabulary language,
                          List<PersonalData> household) {
            if (random.nextInt(100) < 80) {
                LocalDate receivedOn = later(registeredOn, random.nextInt(8));
                LocalDate acceptedOn = random.nextInt(100) < 90 ? later(receivedOn, random.nextInt(15)) : null;
                commands.add(new RecordServiceApplication(clientId, receivedOn, acceptedOn));
                if (acceptedOn != null && random.nextInt(100) < 75) {
                    LocalDate signedOn = later(acceptedOn, random.nextInt(11));
                    LocalDate validTo = random.nextInt(100) < 20 ? null
                            : signedOn.plusMonths(random.nextBoolean() ? 6 : 12).minusDays(1);
                    commands.add(new SignContract(clientId, uuid(random), contractNumber(language, signedOn),
                            signedOn, signedOn, validTo));
                    if (random.nextInt(100) < 60) {
                        commands.add(new AdoptPlan(clientId, signedOn, signedOn.plusMonths(3 + random.nextInt(4)),
                                goals(random)));
                    }
                }
            }
            int engagements = random.nextInt(100) < 60 ? 1 : random.nextInt(100) < 75 ? 2 : 3;
            LocalDate from = registeredOn;
            for (int i = 0; i < engagements && !from.isAfter(today); i++) {
                UUID engagementId = uuid(random);
                LocalDate openedOn = later(from, random.nextInt(60));
                commands.add(openEngagement(random, clientId, engagementId, openedOn));
                LocalDate until = earlier(openedOn.plusDays(30 + random.nextInt(300)));
                LocalDate last = consultations(random, engagementId, openedOn, until, 1 + random.nextInt(12));
                if (ChronoUnit.DAYS.between(last, today) > 45 && random.nextInt(100) < 80) {
                    LocalDate closedOn = later(last, random.nextInt(21));
                    ClosureReason reason = pick(random, CLOSURES);
                    commands.add(new CloseEngagement(engagementId, closedOn, reason, null, false, null));
                    from = later(closedOn, 1);
                } else {
                    from = later(last, 1);
                }
            }
            if (random.nextInt(100) < 35) {
                commands.add(assessment(random, clientId, later(registeredOn, random.nextInt(31)), household));
            }
        }

        private OpenEngagement openEngagement(RandomGenerator random, UUID clientId, UUID engagementId,
                                              LocalDate openedOn) {
            List<ProblemType> problems = random.nextInt(100) < 70 ? List.of(pick(random, PROBLEMS))
                    : List.of(pick(random, PROBLEMS), pick(random, PROBLEMS)).stream().distinct().toList();
            return new OpenEngagement(clientId, engagementId, pick(random, DemoVocabulary.ENGAGEMENT_TITLES),
                    pick(random, DemoVocabulary.GOALS), openedOn, worker, problems, null, 1 + random.nextInt(4),
                    null);
        }

        /** {@code count} consultations on days from {@code from} to {@code until}; answers the last day. */
        private LocalDate consultations(RandomGenerator random, UUID engagementId, LocalDate from, LocalDate until,
                                        int count) {
            List<LocalDate> days = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                days.add(dayBetween(random, from, until));
            }
            days.sort(null);
            for (int start = 0; start < count; start += BATCH) {
                List<NewConsultation> batch = new ArrayList<>();
                for (LocalDate day : days.subList(start, Math.min(count, start + BATCH))) {
                    batch.add(consultation(random, day));
                }
                commands.add(new RecordConsultations(engagementId, batch));
            }
            consultations += count;
            return days.get(count - 1);
        }

        private NewConsultation consultation(RandomGenerator random, LocalDate day) {
            ConsultationKind kind = pick(random, KINDS);
            ConsultationPlace place = ConsultationPlace.IN_OFFICE;
            String placeNote = null;
            Integer travel = null;
            if (kind == ConsultationKind.MEETING || kind == ConsultationKind.MEASURE) {
                int where = random.nextInt(100);
                if (where >= 90) {
                    place = ConsultationPlace.ELSEWHERE;
                    placeNote = pick(random, DemoVocabulary.PLACE_NOTES);
                    travel = 10 + random.nextInt(40);
                } else if (where >= 65) {
                    place = ConsultationPlace.CLIENT_HOME;
                    travel = 10 + random.nextInt(40);
                }
            }
            int duration = kind == ConsultationKind.PHONE || kind == ConsultationKind.EMAIL
                    ? 5 + random.nextInt(26) : 30 + 15 * random.nextInt(7);
            String by = random.nextInt(100) < 90 ? worker : pick(random, workers);
            return new NewConsultation(uuid(random), day, kind, duration, place, placeNote, by,
                    pick(random, DemoVocabulary.RECORDS), List.of(), travel);
        }

        private AssessHousehold assessment(RandomGenerator random, UUID clientId, LocalDate assessedOn,
                                           List<PersonalData> household) {
            List<HouseholdMember> members = new ArrayList<>();
            for (PersonalData person : household) {
                boolean child = person.birthDate().isAfter(today.minusYears(18));
                List<Income> incomes = child ? List.of() : List.of(income(random));
                members.add(new HouseholdMember(person.firstName() + " " + person.lastName(), person.birthPlace(),
                        person.birthDate(), child ? HouseholdRelation.CHILD : HouseholdRelation.PARTNER, null,
                        Tenure.SAME_HOUSEHOLD, null, null, incomes));
            }
            List<Income> clientIncomes = random.nextInt(100) < 85 ? List.of(income(random)) : List.of();
            return new AssessHousehold(clientId, uuid(random), assessedOn, members.size() + 1, members,
                    clientIncomes);
        }

        private Income income(RandomGenerator random) {
            IncomeKind kind = pick(random, CLIENT_INCOMES);
            IncomeType type = List.of(IncomeType.values()).stream().filter(kind::belongsTo).findFirst().orElseThrow();
            long amount = switch (type) {
                case WORK -> 150_000 + 10_000L * random.nextInt(30);
                case PENSION, PENSION_LIKE_SOCIAL_BENEFIT -> 90_000 + 5_000L * random.nextInt(30);
                default -> 20_000 + 5_000L * random.nextInt(15);
            };
            return new Income(type, kind, null, amount);
        }

        private List<String> goals(RandomGenerator random) {
            return List.of(pick(random, DemoVocabulary.GOALS), pick(random, DemoVocabulary.GOALS)).stream()
                    .distinct().toList();
        }

        private String contractNumber(DemoVocabulary language, LocalDate signedOn) {
            return language.contractNumber(signedOn.getYear(), index % 100_000) + "-" + (++contracts);
        }
    }

    private static DemoVocabulary language(RandomGenerator random) {
        return random.nextInt(100) < 60 ? DemoVocabulary.CZECH : DemoVocabulary.HUNGARIAN;
    }

    private static UUID uuid(RandomGenerator random) {
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(most, least);
    }

    /** A day from {@code from} to {@code until}, both included. */
    private static LocalDate dayBetween(RandomGenerator random, LocalDate from, LocalDate until) {
        long days = ChronoUnit.DAYS.between(from, until);
        return days <= 0 ? from : from.plusDays(random.nextLong(days + 1));
    }

    /** {@code days} after {@code day}, but not after today. */
    private LocalDate later(LocalDate day, int days) {
        return earlier(day.plusDays(days));
    }

    private LocalDate earlier(LocalDate day) {
        return day.isAfter(today) ? today : day;
    }
}
