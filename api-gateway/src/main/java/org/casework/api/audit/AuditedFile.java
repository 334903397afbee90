package org.casework.api.audit;

/** The kinds of file whose history an auditor reads, as they appear in the path, with their aggregate's type. */
enum AuditedFile {
    clients("Client"),
    families("Family"),
    engagements("Engagement");

    private final String aggregateType;

    AuditedFile(String aggregateType) {
        this.aggregateType = aggregateType;
    }

    String aggregateType() {
        return aggregateType;
    }
}
