package org.casework.api.platform;

import org.casework.api.support.ApiTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class EventStoreSchemaTest extends ApiTest {

    @Test
    void noColumnAnywhereIsAnOid() {
        UUID clientId = registerClient(alice, "Ola", "Oidová");
        awaitClientCard(clientId);

        List<Map<String, Object>> oidColumns = jdbc.queryForList("""
                select table_schema, table_name, column_name from information_schema.columns
                where data_type = 'oid' and table_schema not in ('pg_catalog', 'information_schema')""");
        assertThat(oidColumns).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from pg_largeobject_metadata", Long.class)).isZero();
    }

    @Test
    void payloadsMetadataAndTokensAreBytea() {
        List<String> columns = jdbc.queryForList("""
                select table_name || '.' || column_name from information_schema.columns
                where table_schema = 'public' and data_type = 'bytea' order by 1""", String.class);
        assertThat(columns).contains("domain_event_entry.payload", "domain_event_entry.meta_data",
                "snapshot_event_entry.payload", "snapshot_event_entry.meta_data", "token_entry.token");
    }

    @Test
    void globalIndexIsAllocatedOneByOne() {
        Map<String, Object> sequence = jdbc.queryForMap("""
                select increment_by, cache_size from pg_sequences
                where sequencename = pg_get_serial_sequence('domain_event_entry', 'global_index')::regclass::text
                   or schemaname || '.' || sequencename
                      = pg_get_serial_sequence('domain_event_entry', 'global_index')""");
        assertThat(((Number) sequence.get("increment_by")).longValue()).isEqualTo(1);
        assertThat(((Number) sequence.get("cache_size")).longValue()).isEqualTo(1);

        UUID clientId = registerClient(alice, "Gap", "Less");
        UUID engagementId = openEngagement(alice, clientId, TODAY);
        alice.post("/api/engagements/" + engagementId + "/consultations/batch",
                Map.of("consultations", List.of(meeting(TODAY, 10), meeting(TODAY, 20), meeting(TODAY, 30))))
                .expect(201);
        List<Long> indexes = jdbc.queryForList("select global_index from domain_event_entry "
                + "where aggregate_identifier = ? and sequence_number > 0 order by global_index", Long.class,
                engagementId.toString());
        assertThat(indexes).hasSize(3);
        assertThat(indexes.get(2) - indexes.get(0)).isEqualTo(2);
    }

    @Test
    void eventsAreStoredAsJsonWithTheirTypeAndPersonalDataEncrypted() {
        UUID clientId = registerClient(alice, "Jana", "Jsonová");
        Map<String, Object> row = jdbc.queryForMap("select type, payload_type, convert_from(payload, 'UTF8') as json "
                + "from domain_event_entry where aggregate_identifier = ? and sequence_number = 0", clientId.toString());
        assertThat(row.get("type")).isEqualTo("Client");
        assertThat(row.get("payload_type")).isEqualTo("org.casework.domain.client.ClientRegistered");
        assertThat((String) row.get("json"))
                .contains("\"responsibleWorker\":\"alice\"", "\"lastName\":\"enc:v1:", "\"birthDate\":\"enc:v1:")
                .doesNotContain("Jsonová", "1985-03-15");
    }

    @Test
    void schemaIsCreatedByFlyway() {
        List<String> versions = jdbc.queryForList(
                "select version from flyway_schema_history where success order by installed_rank", String.class);
        assertThat(versions).startsWith("1", "2");
    }
}
