package org.casework.query.client;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.casework.domain.client.Addresses;
import org.casework.domain.client.Contacts;
import org.casework.domain.client.PersonalData;
import org.casework.domain.status.Status;
import org.casework.domain.status.StatusEntry;
import org.casework.domain.status.StatusReason;
import org.casework.domain.status.StatusTimeline;
import org.casework.query.status.ColourFacts;
import org.casework.query.status.Colouring;
import org.casework.query.support.InsertedEntity;
import org.casework.query.support.SearchKey;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The client file as caseworkers read it: one row per client. */
@Entity
@Table(name = "client_file")
public class ClientFile extends InsertedEntity<UUID> {

    @Id
    private UUID id;
    private String firstName;
    private String lastName;
    private String titleBefore;
    private String titleAfter;
    private LocalDate birthDate;
    private String birthNumber;
    private String birthPlace;
    @JdbcTypeCode(SqlTypes.JSON)
    private Addresses addresses;
    @JdbcTypeCode(SqlTypes.JSON)
    private Contacts contacts;
    private String responsibleWorker;
    private LocalDate registeredOn;
    private LocalDate applicationReceivedOn;
    private LocalDate applicationAcceptedOn;
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<DayOfWeek, String> timeSlots;
    private String timeSlotsNote;
    private LocalDate lastContactOn;
    private int openEngagements;
    private int engagementCount;
    @Column(name = "search_key")
    private String searchKey;
    @Enumerated(EnumType.STRING)
    private Status status;
    private LocalDate statusSince;
    @Enumerated(EnumType.STRING)
    private StatusReason statusReason;
    private String statusReasonNote;
    @JdbcTypeCode(SqlTypes.JSON)
    private List<StatusEntry> statusEntries = new ArrayList<>();
    private Integer planVersion;
    private LocalDate planValidFrom;
    private LocalDate planReviewDue;

    protected ClientFile() {
    }

    ClientFile(UUID id, PersonalData data, String responsibleWorker, LocalDate registeredOn) {
        this.id = id;
        this.responsibleWorker = responsibleWorker;
        this.registeredOn = registeredOn;
        this.timeSlots = Map.of();
        replace(data);
    }

    void replace(PersonalData data) {
        firstName = data.firstName();
        lastName = data.lastName();
        titleBefore = data.titleBefore();
        titleAfter = data.titleAfter();
        birthDate = data.birthDate();
        birthNumber = data.birthNumber();
        birthPlace = data.birthPlace();
        addresses = data.addresses();
        contacts = data.contacts();
        searchKey = SearchKey.of(lastName, firstName, birthNumber == null ? null : birthNumber.replace("/", ""));
    }

    void application(LocalDate receivedOn, LocalDate acceptedOn) {
        applicationReceivedOn = receivedOn;
        applicationAcceptedOn = acceptedOn;
    }

    void timeSlots(Map<DayOfWeek, String> slots, String note) {
        timeSlots = slots;
        timeSlotsNote = note;
    }

    void contactOn(LocalDate date) {
        if (lastContactOn == null || date.isAfter(lastContactOn)) {
            lastContactOn = date;
        }
    }

    /** The current status as {@link StatusTimeline} decides it; since = the start of the current period. */
    void statusRecorded(StatusEntry entry) {
        List<StatusEntry> entries = new ArrayList<>(statusEntries);
        entries.add(entry);
        statusEntries = entries;
        StatusTimeline timeline = new StatusTimeline(entries);
        StatusEntry current = timeline.current().orElseThrow();
        List<StatusTimeline.Period> periods = timeline.periods();
        status = current.status();
        statusSince = periods.get(periods.size() - 1).from();
        statusReason = current.reason();
        statusReasonNote = current.reasonNote();
    }

    void planAdopted(int version, LocalDate validFrom, LocalDate reviewDue) {
        planVersion = version;
        planValidFrom = validFrom;
        planReviewDue = reviewDue;
    }

    void engagementOpened() {
        openEngagements++;
        engagementCount++;
    }

    void engagementClosed() {
        openEngagements--;
    }

    @Override
    public UUID getId() {
        return id;
    }

    public String fullName() {
        StringBuilder name = new StringBuilder();
        if (titleBefore != null) {
            name.append(titleBefore).append(' ');
        }
        name.append(firstName).append(' ').append(lastName);
        if (titleAfter != null) {
            name.append(", ").append(titleAfter);
        }
        return name.toString();
    }

    /** The colour for {@code today}, given this client's contracts (in order of their first valid day). */
    Colouring.Result colouring(List<ClientContract> contracts, LocalDate today) {
        ColourFacts.Contract valid = contracts.stream().map(ClientContract::fact).filter(c -> c.validOn(today))
                .max(Comparator.comparing(c -> c.lastValidDay() == null ? LocalDate.MAX : c.lastValidDay()))
                .orElse(null);
        ColourFacts.Contract other = contracts.isEmpty() ? null : contracts.get(contracts.size() - 1).fact();
        return Colouring.of(new ColourFacts(status, statusSince, statusReason, statusReasonNote, valid, other,
                planReviewDue), today);
    }

    ClientRow toRow(List<ClientContract> contracts, LocalDate today) {
        Colouring.Result colouring = colouring(contracts, today);
        return new ClientRow(id, fullName(), firstName, lastName, birthDate, status, statusSince,
                colouring.colour(), colouring.explanation(), responsibleWorker, null, lastContactOn,
                openEngagements);
    }

    ClientCard toCard(List<ClientContract> contracts, ClientCard.Plan plan, LocalDate today) {
        Colouring.Result colouring = colouring(contracts, today);
        return new ClientCard(id, firstName, lastName, titleBefore, titleAfter, fullName(), birthDate, birthNumber,
                birthPlace, addresses, contacts, responsibleWorker, registeredOn,
                new ClientCard.Application(applicationReceivedOn, applicationAcceptedOn),
                new ClientCard.RequestedTimeSlots(timeSlots, timeSlotsNote), lastContactOn, openEngagements,
                engagementCount,
                status == null ? null : new ClientCard.CurrentStatus(status, statusSince, statusReason,
                        statusReasonNote),
                colouring.colour(), colouring.explanation(),
                contracts.stream().map(c -> c.toCard(today)).toList(), plan);
    }
}
