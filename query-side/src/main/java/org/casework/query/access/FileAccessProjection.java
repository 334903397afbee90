package org.casework.query.access;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.casework.domain.client.ClientRegistered;
import org.casework.domain.engagement.EngagementOpened;
import org.casework.domain.family.FamilyCreated;
import org.casework.domain.sharing.ConsentTerms;
import org.casework.domain.sharing.FamilyResponsibleWorkerChanged;
import org.casework.domain.sharing.FileShared;
import org.casework.domain.sharing.ResponsibleWorkerChanged;
import org.casework.domain.sharing.SharingConsentGiven;
import org.casework.domain.sharing.SharingConsentRevoked;
import org.casework.domain.sharing.SharingStopped;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Who may work on which file. A subscribing processor ({@value #NAME}): it runs in the transaction that stores the
 * events, so a file is visible to its worker the moment the command that gave it to them returns, and every access
 * check of the gateway reads the same state the command side wrote. Consents and engagements are kept here too,
 * for the same reason.
 */
@Component
@ProcessingGroup(FileAccessProjection.NAME)
class FileAccessProjection {

    static final String NAME = "file-access";
    private static final String CLIENT = "CLIENT";
    private static final String FAMILY = "FAMILY";

    private final JdbcTemplate jdbc;

    FileAccessProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ClientRegistered event) {
        responsible(CLIENT, event.clientId(), event.responsibleWorker());
    }

    @EventHandler
    void on(ResponsibleWorkerChanged event) {
        responsible(CLIENT, event.clientId(), event.worker());
    }

    @EventHandler
    void on(FamilyCreated event) {
        responsible(FAMILY, event.familyId(), event.responsibleWorker());
    }

    @EventHandler
    void on(FamilyResponsibleWorkerChanged event) {
        responsible(FAMILY, event.familyId(), event.worker());
    }

    @EventHandler
    void on(EngagementOpened event) {
        jdbc.update("insert into engagement_file (engagement_id, client_id) values (?, ?) on conflict do nothing",
                event.engagementId(), event.clientId());
    }

    @EventHandler
    void on(SharingConsentGiven event) {
        jdbc.update("insert into sharing_consent (consent_id, client_id, given_on, valid_until, scope, workers)"
                        + " values (?, ?, ?, ?, ?, ?)", event.consentId(), event.clientId(), date(event.givenOn()),
                date(event.validUntil()), event.scope().name(), String.join("\n", event.workers()));
    }

    @EventHandler
    void on(SharingConsentRevoked event) {
        jdbc.update("update sharing_consent set revoked_on = ? where consent_id = ?", date(event.revokedOn()),
                event.consentId());
        jdbc.update("update file_access set last_day = ? where consent_id = ?",
                date(ConsentTerms.lastDay(validUntil(event.consentId()), event.revokedOn())), event.consentId());
    }

    @EventHandler
    void on(FileShared event) {
        jdbc.update("insert into file_access (file_kind, file_id, worker, basis, consent_id, first_day, last_day)"
                        + " select ?, ?, ?, ?, c.consent_id, c.given_on, ? from sharing_consent c where c.consent_id = ?"
                        + " on conflict (file_id, worker, basis) do update set consent_id = excluded.consent_id,"
                        + " first_day = excluded.first_day, last_day = excluded.last_day",
                CLIENT, event.clientId(), event.worker(), AccessBasis.SHARE.name(),
                date(consentLastDay(event.consentId())), event.consentId());
    }

    @EventHandler
    void on(SharingStopped event) {
        jdbc.update("delete from file_access where file_id = ? and worker = ? and basis = ?", event.clientId(),
                event.worker(), AccessBasis.SHARE.name());
    }

    private void responsible(String kind, UUID fileId, String worker) {
        jdbc.update("delete from file_access where file_id = ? and basis = ?", fileId, AccessBasis.RESPONSIBLE.name());
        if (worker != null) {
            jdbc.update("insert into file_access (file_kind, file_id, worker, basis) values (?, ?, ?, ?)", kind,
                    fileId, worker, AccessBasis.RESPONSIBLE.name());
        }
    }

    private LocalDate validUntil(UUID consentId) {
        return jdbc.queryForObject("select valid_until from sharing_consent where consent_id = ?", LocalDate.class,
                consentId);
    }

    private LocalDate consentLastDay(UUID consentId) {
        return jdbc.queryForObject("select valid_until, revoked_on from sharing_consent where consent_id = ?",
                (row, i) -> ConsentTerms.lastDay(row.getObject(1, LocalDate.class), row.getObject(2, LocalDate.class)),
                consentId);
    }

    private static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }
}
