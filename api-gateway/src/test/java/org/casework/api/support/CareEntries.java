package org.casework.api.support;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A status entry, a contract or a plan for the client's or family's file at {@code file} (its API path). */
public final class CareEntries {

    private CareEntries() {
    }

    public static void status(Api api, String file, String status, LocalDate effectiveDate, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("status", status);
        body.put("effectiveDate", effectiveDate.toString());
        body.put("reason", reason);
        api.post(file + "/statuses", body).expect(204);
    }

    /** Signed on its first day, or on {@code signedOn} when it starts later. */
    public static void contract(Api api, String file, String number, LocalDate signedOn, LocalDate validFrom,
                                LocalDate validTo) {
        Map<String, Object> body = new HashMap<>();
        body.put("number", number);
        body.put("signedOn", signedOn.toString());
        body.put("validFrom", validFrom.toString());
        body.put("validTo", validTo == null ? null : validTo.toString());
        api.post(file + "/contracts", body).expect(201);
    }

    public static void plan(Api api, String file, LocalDate validFrom, LocalDate reviewDue) {
        api.put(file + "/plan", Map.of("validFrom", validFrom.toString(), "reviewDue", reviewDue.toString(),
                "goals", List.of("Stable housing"))).expect(204);
    }
}
