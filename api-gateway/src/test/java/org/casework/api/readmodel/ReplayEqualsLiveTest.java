package org.casework.api.readmodel;

import org.casework.api.support.Api;
import org.casework.api.support.OwnServiceTest;
import org.casework.api.support.ReadModelRebuild;
import org.casework.api.support.ReadModelsCaughtUp;
import org.casework.api.support.RichFile;
import org.casework.api.support.ServiceWithMovableClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Read models built live from a rich history (two full client files, one of them erased) have exactly the content a
 * replay of every read model from the event store gives. Own service and database: a replay empties tables that
 * other tests read.
 */
class ReplayEqualsLiveTest extends OwnServiceTest {

    static final Map<String, Boolean> READ_MODEL_TABLES = ReadModelRebuild.TABLES;
    static final List<String> INFRASTRUCTURE_TABLES = List.of("domain_event_entry", "snapshot_event_entry",
            "token_entry", "flyway_schema_history", "scheduled_tasks", "deadline_scope", "personal_data_key",
            "read_access",
            "app_user", "security_log", "dead_letter_entry", "idempotent_request", "pending_rebuild",
            "client_birth_number", "installation_secret", "birth_number_claims_filled",
            "restored_erasure");
    /** Kept by the subscribing processor "file-access" in the commands' own transactions; never replayed. */
    static final List<String> IN_STEP_TABLES = List.of("file_access", "sharing_consent", "engagement_file",
            "client_merge");

    private Api alice;
    private Api adam;

    @BeforeAll
    void users() {
        alice = as("alice");
        adam = as("adam");
    }

    @Test
    void replayingEveryReadModelRebuildsExactlyWhatWasBuiltLive() {
        LocalDate today = LocalDate.now(ServiceWithMovableClock.PRAGUE);
        RichFile.manualModeWithSharing(adam);
        RichFile kept = RichFile.create(alice, "Alena", "Stálá", "1985-03-15", "855315/1002", today);
        RichFile erased = RichFile.create(alice, "Zdeňka", "Smazaná", "1990-07-22", "905722/1008", today);
        ReadModelsCaughtUp.await(adam);
        adam.post("/api/admin/clients/" + erased.clientId() + "/erasure", Map.of("reason", "request 17/2026"))
                .expect(200);
        ReadModelsCaughtUp.await(adam);
        Map<String, List<String>> live = dump();
        assertThat(live.get("client_file")).hasSize(2);
        assertThat(live.get("chronology_entry")).hasSize(6);
        assertThat(String.join("\n", live.get("client_file"))).contains("Stálá", "[erased]")
                .doesNotContain("Smazaná");

        List<String> replayed = ReadModelRebuild.replayAll(adam);
        assertThat(replayed).containsExactly("read-models");

        Map<String, List<String>> rebuilt = dump();
        for (String table : live.keySet()) {
            assertThat(rebuilt.get(table)).as(table).containsExactlyElementsOf(live.get(table));
        }
        alice.get("/api/clients/" + kept.clientId()).expect(200);
    }

    @Test
    void everyReadModelTableIsCompared() {
        List<String> tables = jdbc.queryForList("select table_name from information_schema.tables"
                + " where table_schema = 'public' and table_type = 'BASE TABLE'", String.class);
        List<String> readModels = new ArrayList<>(tables);
        readModels.removeAll(INFRASTRUCTURE_TABLES);
        readModels.removeAll(IN_STEP_TABLES);
        assertThat(readModels).containsExactlyInAnyOrderElementsOf(READ_MODEL_TABLES.keySet());
    }

    private Map<String, List<String>> dump() {
        return ReadModelRebuild.dump(jdbc);
    }
}
