package org.casework.api.openapi;

import io.swagger.v3.oas.models.tags.Tag;

import java.util.List;

/** The groups of the OpenAPI document, by concept, in the order a newcomer meets them. */
public final class ApiTags {

    public static final String CLIENTS = "Clients";
    public static final String ENGAGEMENTS = "Engagements and consultations";
    public static final String FAMILIES = "Families";
    public static final String CARE = "Statuses, contracts and plans";
    public static final String HOUSEHOLDS = "Households and incomes";
    public static final String SHARING = "Sharing and handing over";
    public static final String DUPLICATES = "Duplicates and merging";
    public static final String CHRONOLOGY = "Chronology";
    public static final String DISCREPANCIES = "Discrepancies";
    public static final String WORK_LIST = "Reminders and work list";
    public static final String STATISTICS = "Statistics";
    public static final String AUDIT = "Audit";
    public static final String ADMINISTRATION = "Administration";
    public static final String OWN_ACCOUNT = "Own account";

    static final List<Tag> ALL = List.of(
            tag(CLIENTS, "A client's file: registration, the coloured overview, the card, personal data, the "
                    + "application for the service and the requested time slots. One file per person: a birth "
                    + "number belongs to one file."),
            tag(ENGAGEMENTS, "Engagements (zakázky) opened for a client and the consultations recorded into them, "
                    + "one at a time or many at once; closing, and corrections that never edit in place: a "
                    + "correction or void is a new event with a reason, the original stays in the history."),
            tag(FAMILIES, "Families (households served as a unit): their files, the coloured family overview, the "
                    + "card and membership. A client belongs to at most one family at a time."),
            tag(CARE, "The status history, contracts and individual plan that a client and a family both keep, "
                    + "with the same rules (R2, R3): manual status entries, entries marked as entered in error, "
                    + "contracts signed, ended, corrected and voided, plan versions. In automatic mode contracts "
                    + "and the no-contact rule change statuses by themselves."),
            tag(HOUSEHOLDS, "A client's household and income assessments (seed 002): the members of the household "
                    + "and their incomes; total and per-capita income are computed, never entered."),
            tag(SHARING, "Who works on a client file: its responsible worker, the client's consents to sharing "
                    + "(GDPR) and the shares resting on them; handing a file over to another worker."),
            tag(DUPLICATES, "One person, one file: groups of files sharing a birth number, and merging a second "
                    + "file of a person into the file that stays (COORDINATOR, DIRECTOR)."),
            tag(CHRONOLOGY, "The consultations of all work, newest first, filtered by period, client, family, "
                    + "engagement, worker and kind (R4)."),
            tag(DISCREPANCIES, "What is overdue today in the files the caller may see (R5): engagements without a "
                    + "consultation or open too long, statuses contradicting contracts, plans missing or overdue."),
            tag(WORK_LIST, "What falls due before it is overdue, a worker's open engagements across clients and "
                    + "the counts for a home page."),
            tag(STATISTICS, "Aggregated figures only, never a person (R6): status statistics and seed 002's care "
                    + "indicators, also as CSV (STATISTICS, COORDINATOR, DIRECTOR)."),
            tag(AUDIT, "What auditors read (AUDITOR, ADMIN): a file's stored events with who, when and why, a "
                    + "client file as of a day, who read which personal file, and the security log."),
            tag(ADMINISTRATION, "For ADMIN only: users, the organisation's settings, the read models (rebuilds and "
                    + "dead letters) and the erasure of a person's personal data."),
            tag(OWN_ACCOUNT, "The caller's own account, for every role: who they are, their password and their "
                    + "two-factor login."));

    private ApiTags() {
    }

    private static Tag tag(String name, String description) {
        return new Tag().name(name).description(description);
    }
}
