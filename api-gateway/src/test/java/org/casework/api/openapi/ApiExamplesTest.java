package org.casework.api.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.casework.api.support.Api;
import org.casework.api.support.ApiTest;
import org.casework.api.support.Response;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The examples the OpenAPI document gives for the main request bodies are accepted by the API as they stand: each
 * is sent, unchanged but for the ids of files it names, to the operation that documents it.
 */
class ApiExamplesTest extends ApiTest {

    @Test
    void theExamplesOfTheMainBodiesAreAcceptedAsTheyStand() {
        JsonNode document = anonymous.get("/v3/api-docs").expect(200).json();
        Examples examples = new Examples(document);

        UUID client = send(alice, "post", "/api/clients", examples.of("post", "/api/clients"), 201).createdId();
        assertThat(awaitClientCard(client).path("birthNumber").asText()).isEqualTo("785614/1238");
        UUID engagement = send(alice, "post", "/api/clients/" + client + "/engagements",
                examples.of("post", "/api/clients/{clientId}/engagements"), 201).createdId();
        UUID consultation = send(alice, "post", "/api/engagements/" + engagement + "/consultations",
                examples.of("post", "/api/engagements/{engagementId}/consultations"), 201).createdId();
        send(alice, "post", "/api/engagements/" + engagement + "/consultations/" + consultation + "/correction",
                examples.of("post", "/api/engagements/{engagementId}/consultations/{consultationId}/correction"),
                204);
        send(alice, "post", "/api/clients/" + client + "/contracts",
                examples.of("post", "/api/clients/{id}/contracts"), 201).createdId();
        send(alice, "put", "/api/clients/" + client + "/plan", examples.of("put", "/api/clients/{id}/plan"), 204);
        UUID family = send(alice, "post", "/api/families", examples.of("post", "/api/families"), 201).createdId();
        ObjectNode member = (ObjectNode) examples.of("post", "/api/families/{familyId}/members");
        member.put("clientId", client.toString());
        send(alice, "post", "/api/families/" + family + "/members", member, 204);

        UUID rejected = alice.post("/api/clients", Map.of("firstName", "Petr", "lastName", "Malý",
                "birthDate", "1990-05-05", "registeredOn", "2026-11-01")).createdId();
        send(alice, "post", "/api/clients/" + rejected + "/statuses",
                examples.of("post", "/api/clients/{id}/statuses"), 204);
        UUID erased = registerClient(alice, "Eva", "Malá");
        JsonNode erasure = send(as("adam"), "post", "/api/admin/clients/" + erased + "/erasure",
                examples.of("post", "/api/admin/clients/{clientId}/erasure"), 200).json();
        assertThat(erasure.get("reason").asText()).isEqualTo("request of 2026-11-20, ref. 17/2026");

        assertThat(awaitJson(alice, "/api/engagements/" + engagement,
                summary -> summary.path("consultationCount").asInt() == 1).path("consultationMinutes").asInt())
                .as("the corrected consultation's minutes").isEqualTo(60);
    }

    private static Response send(Api as, String method, String path, JsonNode body, int status) {
        Response response = method.equals("put") ? as.put(path, body.toString()) : as.post(path, body.toString());
        return response.expect(status);
    }

    /** The example of the schema an operation's request body names. */
    private record Examples(JsonNode document) {

        JsonNode of(String method, String path) {
            JsonNode operation = document.path("paths").path(path).path(method);
            String ref = operation.at("/requestBody/content/application~1json/schema/$ref").asText();
            assertThat(ref).as("the body schema of %s %s", method, path).startsWith("#/components/schemas/");
            JsonNode example = document.path("components").path("schemas")
                    .path(ref.substring("#/components/schemas/".length())).path("example");
            assertThat(example.isObject()).as("the example of %s: %s", ref, example).isTrue();
            return example.deepCopy();
        }
    }
}
