package org.casework.api.duplicates;

import org.casework.api.freshness.ReadModelPositions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Files registered before issue 20 hold no claim on their birth number. Once, at the first start (on a thread of
 * its own, once the read models have every event stored before it), each file that is not erased
 * claims its number, earliest registered first; a number already held stays with its holder, and the later files
 * that share it stay unclaimed: they are the duplicates {@code GET /api/duplicates} lists for coordinators.
 */
@Component
class BirthNumberClaimsFill {

    private static final Logger log = LoggerFactory.getLogger(BirthNumberClaimsFill.class);
    private static final Duration CATCH_UP = Duration.ofMinutes(30);

    private final JdbcTemplate jdbc;
    private final BirthNumberHash hash;
    private final ReadModelPositions positions;
    private final TransactionTemplate transaction;

    BirthNumberClaimsFill(JdbcTemplate jdbc, BirthNumberHash hash, ReadModelPositions positions,
                          PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.hash = hash;
        this.positions = positions;
        this.transaction = new TransactionTemplate(transactions);
    }

    @EventListener(ApplicationReadyEvent.class)
    void fillOnce() {
        if (filled()) {
            return;
        }
        Thread thread = new Thread(this::fill, "birth-number-claims-fill");
        thread.setDaemon(true);
        thread.start();
    }

    void fill() {
        try {
            Long head = jdbc.queryForObject("select max(global_index) from domain_event_entry", Long.class);
            if (head != null && !positions.awaitPassed(head, CATCH_UP)) {
                log.warn("Birth-number claims not filled: the read models did not catch up; trying at the next start");
                return;
            }
            transaction.executeWithoutResult(status -> {
                if (filled()) {
                    return;
                }
                List<Object[]> claims = jdbc.query("select id, birth_number from client_file f"
                                + " where birth_number is not null and erased_on is null and merged_into is null"
                                + " and not exists (select 1 from client_birth_number c where c.client_id = f.id)"
                                + " order by registered_on, id",
                        (row, n) -> new Object[] {hash.of(row.getString("birth_number")),
                                row.getObject("id", UUID.class)});
                int[] claimed = jdbc.batchUpdate("insert into client_birth_number (birth_number_hash, client_id)"
                        + " values (?, ?) on conflict (birth_number_hash) do nothing", claims);
                long taken = Arrays.stream(claimed).filter(n -> n != 0).count();
                jdbc.update("insert into birth_number_claims_filled (filled_at) values (now())");
                log.info("Birth-number claims filled: {} files claimed their number, {} share a number held by"
                        + " an earlier file (GET /api/duplicates)", taken, claims.size() - taken);
            });
        } catch (RuntimeException e) {
            log.warn("Birth-number claims not filled, trying at the next start: {}", e.getClass().getName());
        }
    }

    private boolean filled() {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from birth_number_claims_filled)",
                Boolean.class));
    }
}
