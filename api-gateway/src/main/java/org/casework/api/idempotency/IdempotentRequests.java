package org.casework.api.idempotency;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The stored answers to keyed requests ({@code idempotent_request}); every call joins the caller's transaction. */
@Repository
class IdempotentRequests {

    private final JdbcTemplate jdbc;

    IdempotentRequests(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims the key for the current transaction; false when another request with the same user and key is being
     * handled right now. The claim ends with the transaction.
     */
    boolean claim(String user, IdempotencyKey key) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select pg_try_advisory_xact_lock(hashtext(?), hashtext(?))",
                Boolean.class, user, key.value()));
    }

    Optional<StoredResponse> find(String user, IdempotencyKey key) {
        List<StoredResponse> found = jdbc.query("""
                        select fingerprint, status, content_type, location, body from idempotent_request
                        where user_name = ? and idempotency_key = ?""",
                (row, i) -> new StoredResponse(row.getBytes(1), row.getInt(2), row.getString(3), row.getString(4),
                        row.getBytes(5)),
                user, key.value());
        return found.stream().findFirst();
    }

    void store(String user, IdempotencyKey key, StoredResponse response, Instant at) {
        jdbc.update("""
                        insert into idempotent_request
                            (user_name, idempotency_key, fingerprint, status, content_type, location, body, stored_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""",
                user, key.value(), response.fingerprint(), response.status(), response.contentType(),
                response.location(), response.body(), Timestamp.from(at));
    }

    int forgetStoredBefore(Instant before) {
        return jdbc.update("delete from idempotent_request where stored_at < ?", Timestamp.from(before));
    }
}
