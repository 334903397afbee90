package org.casework.query.access;

import org.axonframework.queryhandling.QueryHandler;
import org.casework.domain.sharing.ConsentScope;
import org.casework.domain.sharing.ConsentTerms;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

@Component
@Transactional(readOnly = true)
class SharingQueryHandler {

    private final JdbcTemplate jdbc;

    SharingQueryHandler(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    Sharing handle(FindSharing query) {
        String responsible = jdbc.queryForList("select worker from file_access where file_id = ?"
                + " and basis = 'RESPONSIBLE'", String.class, query.clientId()).stream().findFirst().orElse(null);
        List<Sharing.Consent> consents = jdbc.query("select consent_id, given_on, valid_until, revoked_on, scope,"
                        + " workers from sharing_consent where client_id = ? order by given_on desc, consent_id",
                (row, i) -> {
                    LocalDate givenOn = row.getObject(2, LocalDate.class);
                    LocalDate validUntil = row.getObject(3, LocalDate.class);
                    LocalDate revokedOn = row.getObject(4, LocalDate.class);
                    String workers = row.getString(6);
                    return new Sharing.Consent(row.getObject(1, UUID.class), givenOn, validUntil, revokedOn,
                            ConsentScope.valueOf(row.getString(5)),
                            workers.isEmpty() ? List.of() : Arrays.asList(workers.split("\n")),
                            ConsentTerms.inForce(query.today(), givenOn, validUntil, revokedOn));
                }, query.clientId());
        List<Sharing.Share> shares = jdbc.query("select worker, consent_id, first_day, last_day from file_access"
                        + " where file_id = ? and basis = 'SHARE' order by worker",
                (row, i) -> {
                    LocalDate first = row.getObject(3, LocalDate.class);
                    LocalDate last = row.getObject(4, LocalDate.class);
                    return new Sharing.Share(row.getString(1), row.getObject(2, UUID.class), last,
                            !query.today().isBefore(first) && (last == null || !query.today().isAfter(last)));
                }, query.clientId());
        return new Sharing(responsible, consents, shares);
    }
}
