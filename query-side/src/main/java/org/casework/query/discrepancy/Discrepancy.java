package org.casework.query.discrepancy;

import org.casework.query.care.FileKind;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One discrepancy: whose file it is in (a client's, or a family's for status and plan kinds), the engagement where
 * relevant, the first day it was a discrepancy and a text saying why.
 */
public record Discrepancy(
        DiscrepancyKind kind,
        FileKind fileKind,
        UUID clientId,
        UUID familyId,
        String name,
        UUID engagementId,
        String engagementTitle,
        String responsibleWorker,
        LocalDate since,
        String text) {
}
