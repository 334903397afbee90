package org.casework.api.demo;

import com.fasterxml.jackson.databind.JsonNode;
import org.casework.api.support.Api;
import org.casework.api.support.OwnServiceTest;
import org.casework.api.support.ReadModelsCaughtUp;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The service started with {@code --casework.demo-data.clients} holds that many files, written as commands. */
class DemoDataLoadTest extends OwnServiceTest {

    private static final int CLIENTS = 120;
    private static final String REGISTERED = "org.casework.domain.client.ClientRegistered";

    @Override
    protected String[] serviceArguments() {
        return new String[] {"--casework.demo-data.clients=" + CLIENTS, "--casework.demo-data.seed=42"};
    }

    @Test
    void demoFilesAreInTheOverviewsAndTheirEventsNameTheWorkerAndTheUnit() {
        Api carol = as("carol");
        ReadModelsCaughtUp.await(as("adam"));
        assertThat(carol.get("/api/clients?count=true&size=1").expect(200).json().get("total").asLong()).isEqualTo(CLIENTS);
        assertThat(carol.get("/api/families?count=true&size=1").expect(200).json().get("total").asLong()).isPositive();
        assertThat(carol.get("/api/chronology?count=true&size=1").expect(200).json().get("total").asLong())
                .isGreaterThan(CLIENTS * 5L);

        JsonNode alicesFiles = as("alice").get("/api/clients?count=true&size=1").expect(200).json();
        JsonNode bobsFiles = as("bob").get("/api/clients?count=true&size=1").expect(200).json();
        assertThat(alicesFiles.get("total").asLong() + bobsFiles.get("total").asLong()).isEqualTo(CLIENTS);
        assertThat(alicesFiles.get("total").asLong()).isPositive();

        List<String> actors = jdbc.queryForList("select distinct convert_from(meta_data, 'UTF8')::jsonb ->> 'actor'"
                + " from domain_event_entry where payload_type = '" + REGISTERED + "' order by 1", String.class);
        assertThat(actors).containsExactly("alice", "bob");
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where payload_type = '" + REGISTERED
                + "' and convert_from(meta_data, 'UTF8')::jsonb ->> 'correlationId' not like 'demo-data-%'", Long.class))
                .isZero();
    }

    /** Counts what only the loader writes: deadlines may add other events meanwhile. */
    @Test
    void aStoreThatHoldsFilesIsLeftAlone() throws Exception {
        String loaded = "select count(*) from domain_event_entry where payload_type in ('" + REGISTERED
                + "', 'org.casework.domain.family.FamilyCreated')";
        long events = jdbc.queryForObject(loaded, Long.class);
        service.getBean(DemoDataLoader.class).run(null);
        assertThat(jdbc.queryForObject(loaded, Long.class)).isEqualTo(events);
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where payload_type = '" + REGISTERED
                + "'", Long.class)).isEqualTo(CLIENTS);
    }
}
