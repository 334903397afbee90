package org.casework.api.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A client file with something in every part, made through the API: personal data with addresses and contacts,
 * application, time slots, manual statuses, an ended and a valid contract, a plan, a household assessment, an open
 * and a closed engagement with consultations, membership of a family that shares its status. Free texts name the
 * person, as real records do. Needs the organisation in manual status mode with status sharing on
 * ({@link #manualModeWithSharing}).
 */
public record RichFile(UUID clientId, UUID openEngagement, UUID closedEngagement, UUID familyId,
                       String firstName, String lastName, String birthNumber) {

    public static void manualModeWithSharing(Api admin) {
        admin.put("/api/admin/settings", Map.of("statusMode", "MANUAL", "contactedStateUsed", false,
                "noContactDays", 90, "consultationGapDays", 30, "openEngagementDays", 365,
                "statusSharedWithFamily", true)).expect(200);
    }

    /** {@code birthNumber} must be a valid rodné číslo for {@code birthDate}. */
    public static RichFile create(Api worker, String firstName, String lastName, String birthDate, String birthNumber,
                                  LocalDate today) {
        Map<String, Object> person = new HashMap<>();
        person.put("firstName", firstName);
        person.put("lastName", lastName);
        person.put("titleBefore", "Bc.");
        person.put("birthDate", birthDate);
        person.put("birthNumber", birthNumber);
        person.put("birthPlace", "Kolín");
        person.put("registeredOn", today.minusDays(45).toString());
        person.put("addresses", Map.of(
                "permanent", Map.of("street", lastName + "ova", "houseNumber", "7", "city", "Kolín",
                        "postalCode", "280 02"),
                "actual", Map.of("street", "Na Výsluní", "houseNumber", "3", "city", "Praha",
                        "postalCode", "150 00")));
        person.put("contacts", Map.of("mobile", "+420 777 123 456", "email", firstName.toLowerCase() + "@example.cz"));
        UUID client = worker.post("/api/clients", person).createdId();
        String file = "/api/clients/" + client;

        worker.put(file + "/application", Map.of("receivedOn", today.minusDays(40).toString(),
                "acceptedOn", today.minusDays(35).toString())).expect(204);
        worker.put(file + "/requested-time-slots", Map.of("slots", Map.of("MONDAY", "8.00-10.00"),
                "note", lastName + " prefers mornings")).expect(204);
        worker.post(file + "/statuses", Map.of("status", "APPLICANT", "effectiveDate", today.minusDays(35).toString(),
                "note", "Applied together with " + firstName + "'s mother")).expect(204);
        UUID oldContract = worker.post(file + "/contracts", Map.of("number", "S-" + client.toString().substring(0, 8),
                "signedOn", today.minusDays(30).toString(), "validFrom", today.minusDays(30).toString())).createdId();
        worker.post(file + "/contracts/" + oldContract + "/end", Map.of("endedOn", today.minusDays(21).toString(),
                "reason", lastName + " asked for a new contract")).expect(204);
        worker.post(file + "/contracts", Map.of("number", "T-" + client.toString().substring(0, 8),
                "signedOn", today.minusDays(20).toString(), "validFrom", today.minusDays(20).toString())).createdId();
        worker.post(file + "/statuses", Map.of("status", "SERVICE_USER", "effectiveDate",
                today.minusDays(20).toString(), "note", "Contract signed by " + lastName))
                .expect(204);
        worker.put(file + "/plan", Map.of("validFrom", today.minusDays(20).toString(),
                "reviewDue", today.plusDays(60).toString(), "goals", List.of(firstName + " finds work", "Debts paid")))
                .expect(204);
        worker.post(file + "/household-assessments", Map.of("assessedOn", today.minusDays(19).toString(),
                "peopleInDwelling", 2,
                "members", List.of(Map.of("name", "Petr " + lastName, "birthPlace", "Kolín", "birthDate", "1960-05-05",
                        "relation", "OTHER", "relationNote", "uncle", "connections", "Úřad práce, " + lastName,
                        "incomes", List.of(Map.of("type", "PENSION", "kind", "OLD_AGE_PENSION",
                                "monthlyAmount", 18_000)))),
                "clientIncomes", List.of(Map.of("type", "OTHER_INCOME", "kind", "OTHER",
                        "kindNote", "Help from " + firstName + "'s aunt", "monthlyAmount", 2_000)))).expect(201);

        UUID open = worker.post(file + "/engagements", Map.of("title", "Housing of " + lastName,
                "goal", firstName + " keeps the flat", "openedOn", today.minusDays(18).toString(),
                "problemTypes", List.of("LIVING_CONDITIONS", "OTHER"), "problemTypeNote", lastName + "'s landlord",
                "peopleInvolved", 2, "problemDescription", firstName + " " + lastName + " owes three rents"))
                .createdId();
        JsonNode recorded = worker.post("/api/engagements/" + open + "/consultations/batch", Map.of("consultations", List.of(
                Map.of("date", today.minusDays(17).toString(), "kind", "MEETING", "durationMinutes", 60,
                        "place", "IN_OFFICE", "record", firstName + " brought the lease",
                        "participants", List.of(firstName + " " + lastName)),
                Map.of("date", today.minusDays(10).toString(), "kind", "MEETING", "durationMinutes", 45,
                        "place", "ELSEWHERE", "placeNote", lastName + "'s landlord's office", "travelMinutes", 30,
                        "record", "Met the landlord with " + firstName)))).expect(201).json();
        UUID closed = worker.post(file + "/engagements", Map.of("title", "Debts of " + lastName,
                "openedOn", today.minusDays(16).toString())).createdId();
        worker.post("/api/engagements/" + closed + "/consultations/batch", Map.of("consultations", List.of(
                Map.of("date", today.minusDays(15).toString(), "kind", "PHONE", "durationMinutes", 20,
                        "place", "IN_OFFICE", "record", "Called " + firstName)))).expect(201);
        worker.post("/api/engagements/" + closed + "/closure", Map.of("closedOn", today.minusDays(12).toString(),
                "reason", "OTHER", "reasonNote", firstName + " moved the debts to a lawyer", "followUp", true,
                "followUpAgreement", lastName + " calls in a month")).expect(204);
        corrections(worker, open, UUID.fromString(recorded.at("/ids/0").asText()), closed, firstName, lastName, today);

        UUID family = worker.post("/api/families", Map.of("name", "Rodina " + client.toString().substring(0, 6),
                        "createdOn", today.minusDays(45).toString()))
                .createdId();
        worker.post("/api/families/" + family + "/members", Map.of("clientId", client, "relation", "REFERENCE_PERSON",
                        "since", today.minusDays(30).toString()))
                .expect(204);
        worker.post("/api/families/" + family + "/statuses", Map.of("status", "SERVICE_USER",
                "effectiveDate", today.minusDays(5).toString(), "note", "Whole family came")).expect(204);
        return new RichFile(client, open, closed, family, firstName, lastName, birthNumber);
    }

    /** Corrections, never edits (issue 20), their reasons naming the person: erased with the file like the rest. */
    private static void corrections(Api worker, UUID open, UUID lease, UUID closed, String firstName,
                                    String lastName, LocalDate today) {
        worker.post("/api/engagements/" + open + "/consultations/" + lease + "/correction", Map.of(
                "date", today.minusDays(17).toString(), "kind", "MEETING", "durationMinutes", 75,
                "place", "IN_OFFICE", "record", firstName + " brought the lease and the rent book",
                "participants", List.of(firstName + " " + lastName),
                "reason", "the meeting ran longer than " + lastName + " noted")).expect(204);
        UUID twice = worker.post("/api/engagements/" + open + "/consultations", Map.of(
                "date", today.minusDays(9).toString(), "kind", "PHONE", "durationMinutes", 5, "place", "IN_OFFICE",
                "record", "Called " + lastName)).createdId();
        worker.post("/api/engagements/" + open + "/consultations/" + twice + "/void",
                Map.of("reason", "recorded twice for " + firstName)).expect(204);
        worker.put("/api/engagements/" + open + "/details", Map.of("title", "Housing of " + lastName,
                "goal", firstName + " keeps the flat", "problemTypes", List.of("LIVING_CONDITIONS", "OTHER"),
                "problemTypeNote", lastName + "'s landlord", "peopleInvolved", 2,
                "problemDescription", firstName + " " + lastName + " owes four rents",
                "reason", firstName + " found another bill")).expect(204);
        worker.post("/api/engagements/" + closed + "/closure/correction", Map.of(
                "closedOn", today.minusDays(12).toString(), "reason", "OTHER",
                "reasonNote", firstName + " moved the debts to a lawyer", "followUp", true,
                "followUpAgreement", lastName + " calls in two months", "correctionReason", "agreed with " + firstName))
                .expect(204);
    }
}
