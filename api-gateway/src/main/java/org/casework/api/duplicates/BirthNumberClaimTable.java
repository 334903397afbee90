package org.casework.api.duplicates;

import org.casework.command.client.BirthNumberClaims;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The claims in {@code client_birth_number}, written through the connection of the command's transaction. The
 * primary key serialises two registrations of one number: the second insert waits for the first transaction, and
 * once that committed it inserts nothing and finds the holder.
 */
@Component
class BirthNumberClaimTable implements BirthNumberClaims {

    private final JdbcTemplate jdbc;
    private final BirthNumberHash hash;

    BirthNumberClaimTable(JdbcTemplate jdbc, BirthNumberHash hash) {
        this.jdbc = jdbc;
        this.hash = hash;
    }

    @Override
    public Optional<UUID> claim(String birthNumber, UUID clientId) {
        byte[] key = hash.of(birthNumber);
        jdbc.update("delete from client_birth_number where client_id = ? and birth_number_hash <> ?", clientId, key);
        // a holder that let go between the insert and the look-up: try once more
        for (int attempt = 0; attempt < 2; attempt++) {
            if (jdbc.update("insert into client_birth_number (birth_number_hash, client_id) values (?, ?)"
                    + " on conflict (birth_number_hash) do nothing", key, clientId) == 1) {
                return Optional.empty();
            }
            List<UUID> holders = jdbc.queryForList(
                    "select client_id from client_birth_number where birth_number_hash = ?", UUID.class, key);
            if (!holders.isEmpty()) {
                return holders.get(0).equals(clientId) ? Optional.empty() : Optional.of(holders.get(0));
            }
        }
        throw new IllegalStateException("the claim on a birth number changed hands twice meanwhile");
    }

    @Override
    public void release(UUID clientId) {
        jdbc.update("delete from client_birth_number where client_id = ?", clientId);
    }
}
