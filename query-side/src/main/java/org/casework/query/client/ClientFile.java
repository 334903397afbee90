package org.casework.query.client;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.casework.domain.Erasure;
import org.casework.domain.Personal;
import org.casework.domain.client.Addresses;
import org.casework.domain.client.Contacts;
import org.casework.domain.client.PersonalData;
import org.casework.domain.family.Relation;
import org.casework.query.care.CareFiles;
import org.casework.query.care.CareState;
import org.casework.query.care.ContractView;
import org.casework.query.care.PlanCard;
import org.casework.query.status.Colouring;
import org.casework.query.support.InsertedEntity;
import org.casework.query.support.SearchKey;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
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
    /** The last consultation of each engagement, so a correction or a void can move {@code lastContactOn} back. */
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<UUID, LocalDate> lastConsultations = new HashMap<>();
    private int openEngagements;
    private int engagementCount;
    @Column(name = "search_key")
    private String searchKey;
    @Embedded
    private CareState care = new CareState();
    private UUID familyId;
    @Enumerated(EnumType.STRING)
    private Relation familyRelation;
    private LocalDate familySince;
    private LocalDate erasedOn;
    private UUID mergedInto;

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

    void handedTo(String worker) {
        responsibleWorker = worker;
    }

    /** What replaying the erased events would give: the same facts, every personal field erased. */
    void erase(LocalDate day) {
        replace(Erasure.erase(new PersonalData(firstName, lastName, titleBefore, titleAfter, birthDate, birthNumber,
                birthPlace, addresses, contacts)));
        timeSlotsNote = Erasure.text(timeSlotsNote);
        care().erase();
        erasedOn = day;
    }

    void application(LocalDate receivedOn, LocalDate acceptedOn) {
        applicationReceivedOn = receivedOn;
        applicationAcceptedOn = acceptedOn;
    }

    void timeSlots(Map<DayOfWeek, String> slots, String note) {
        timeSlots = slots;
        timeSlotsNote = note;
    }

    void contactOn(UUID engagementId, LocalDate date) {
        LocalDate last = lastConsultations().get(engagementId);
        if (last == null || date.isAfter(last)) {
            lastConsultations.put(engagementId, date);
        }
        if (lastContactOn == null || date.isAfter(lastContactOn)) {
            lastContactOn = date;
        }
    }

    /** The engagement's last consultation after a correction or a void; null when none of it counts. */
    void lastConsultationOf(UUID engagementId, LocalDate last) {
        Map<UUID, LocalDate> changed = new HashMap<>(lastConsultations());
        if (last == null) {
            changed.remove(engagementId);
        } else {
            changed.put(engagementId, last);
        }
        lastConsultations = changed;
        lastContactOn = changed.values().stream().max(LocalDate::compareTo).orElse(null);
    }

    private Map<UUID, LocalDate> lastConsultations() {
        if (lastConsultations == null) {
            lastConsultations = new HashMap<>();
        }
        return lastConsultations;
    }

    CareState care() {
        if (care == null) {
            care = new CareState();
        }
        return care;
    }

    void joinedFamily(UUID family, Relation relation, LocalDate since) {
        familyId = family;
        familyRelation = relation;
        familySince = since;
    }

    void leftFamily() {
        familyId = null;
        familyRelation = null;
        familySince = null;
    }

    UUID familyId() {
        return familyId;
    }

    void mergedInto(UUID survivorId) {
        mergedInto = survivorId;
    }

    /** An engagement of a merged file came over: counted here, with its last consultation. */
    void engagementTakenOver(UUID engagementId, boolean open, LocalDate lastConsultationOn) {
        engagementCount++;
        if (open) {
            openEngagements++;
        }
        if (lastConsultationOn != null) {
            contactOn(engagementId, lastConsultationOn);
        }
    }

    void engagementOpened() {
        openEngagements++;
        engagementCount++;
    }

    void engagementClosed() {
        openEngagements--;
    }

    void engagementReopened() {
        openEngagements++;
    }

    @Override
    public UUID getId() {
        return id;
    }

    public String fullName() {
        return fullName(titleBefore, firstName, lastName, titleAfter, erasedOn);
    }

    static String fullName(String titleBefore, String firstName, String lastName, String titleAfter,
                           LocalDate erasedOn) {
        if (erasedOn != null) {
            return Personal.ERASED;
        }
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

    ClientRow toRow(List<ContractView> contracts, LocalDate today) {
        Colouring.Result colouring = care().colourOn(today, contracts);
        return new ClientRow(id, fullName(), firstName, lastName, birthDate, care().status(), care().statusSince(),
                colouring.colour(), colouring.explanation(), responsibleWorker, familyId, lastContactOn,
                openEngagements);
    }

    ClientCard toCard(List<ContractView> contracts, PlanCard plan, String familyName, LocalDate today) {
        Colouring.Result colouring = care().colouring(contracts, today);
        return new ClientCard(id, firstName, lastName, titleBefore, titleAfter, fullName(), birthDate, birthNumber,
                birthPlace, addresses, contacts, responsibleWorker, registeredOn,
                new ClientCard.Application(applicationReceivedOn, applicationAcceptedOn),
                new ClientCard.RequestedTimeSlots(timeSlots, timeSlotsNote), lastContactOn, openEngagements,
                engagementCount, care().currentStatus(), colouring.colour(), colouring.explanation(),
                CareFiles.cards(contracts, today), plan,
                familyId == null ? null : new ClientCard.Family(familyId, familyName, familyRelation, familySince),
                erasedOn);
    }
}
