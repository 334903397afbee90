package org.casework.api.web;

import org.casework.api.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, defects 1, 2, 5 and 6 at the edge: bodies are strict JSON with storable texts and real days, query
 * parameters likewise, and paging never overflows. Each refusal is problem+json naming the field; nothing is stored.
 */
class StrictInputApiTest extends ApiTest {

    private static final String CLIENT = "\"lastName\":\"Novák\",\"birthDate\":\"1985-01-01\"";

    private void refused(String path, String body, int status, String field, String rule) {
        long before = storedEvents();
        alice.post(path, body).expectProblem(status, field, rule);
        assertThat(storedEvents()).as("events after %s", body).isEqualTo(before);
    }

    @Test
    void aNulInANameIsRefusedAndNothingIsStored() {
        refused("/api/clients", "{\"firstName\":\"A\\u0000B\"," + CLIENT + "}", 422, "firstName",
                "control-character");
    }

    @Test
    void aLoneSurrogateIsRefused() {
        refused("/api/clients", "{\"firstName\":\"A\\ud800B\"," + CLIENT + "}", 422, "firstName", "lone-surrogate");
    }

    @Test
    void aControlCharacterInANestedFieldIsNamedByItsPath() {
        refused("/api/clients", "{\"firstName\":\"Jan\"," + CLIENT
                        + ",\"addresses\":{\"permanent\":{\"city\":\"Br\\u001bno\"}}}", 422,
                "addresses.permanent.city", "control-character");
    }

    @Test
    void tabsAndCrlfLineBreaksAreText() {
        UUID clientId = alice.post("/api/clients", "{\"firstName\":\"Jan\"," + CLIENT
                + ",\"birthPlace\":\"Brno\\r\\nvenkov\\tsever\"}").createdId();
        assertThat(awaitClientCard(clientId).toString()).contains("Brno\\r\\nvenkov\\tsever");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"birthDate\":\"0000-01-01\"           | birthDate | date-range",
            "\"birthDate\":\"-999999999-01-01\"     | birthDate | date-range",
            "\"birthDate\":\"+999999999-12-31\"     | birthDate | date-range",
            "\"birthDate\":[1985,1,1]               | birthDate | type",
            "\"birthDate\":\"1985-01-01T10:00:00\"  | birthDate | type",
            "\"birthDate\":\"1985-02-30\"           | birthDate | type",
            "\"birthDate\":\"\"                     | birthDate | type",
            "\"birthDate\":19850101                 | birthDate | type",
    })
    void aBirthDateIsAnIsoDayWithAFourDigitYear(String birthDate, String field, String rule) {
        refused("/api/clients", "{\"firstName\":\"Jan\",\"lastName\":\"Novák\"," + birthDate + "}", 400, field,
                rule);
    }

    @Test
    void implausibleDatesBreakTheFieldsRange() {
        refused("/api/clients", "{\"firstName\":\"Jan\"," + CLIENT + ",\"registeredOn\":\"1989-12-31\"}", 422,
                "registeredOn", "date-range");
        refused("/api/clients", "{\"firstName\":\"Jan\",\"lastName\":\"Novák\",\"birthDate\":\"1879-12-31\"}", 422,
                "birthDate", "date-range");
    }

    @Test
    void duplicateKeysAreRefused() {
        UUID clientId = registerClient(alice, "Dup", "Keys");
        refused("/api/clients/" + clientId + "/shares", "{\"worker\":\"bob\",\"worker\":\"bob\"}", 400, "worker",
                "duplicate-field");
        refused("/api/clients", "{\"firstName\":\"Jan\"," + CLIENT
                + ",\"addresses\":{\"permanent\":{\"city\":\"A\",\"city\":\"B\"}}}", 400,
                "addresses.permanent.city", "duplicate-field");
    }

    @Test
    void enumsAreNamesNeverPositions() {
        long before = storedEvents();
        as("adam").post("/api/admin/users", "{\"username\":\"ordinal-" + UUID.randomUUID().toString().substring(0, 6)
                + "\",\"password\":\"long-enough-password\",\"roles\":[3]}").expectProblem(400, "roles[0]", "type");
        as("adam").post("/api/admin/users", "{\"username\":\"ordinal-" + UUID.randomUUID().toString().substring(0, 6)
                + "\",\"password\":\"long-enough-password\",\"roles\":[\"3\"]}").expectProblem(400, "roles[0]", "type");
        assertThat(storedEvents()).isEqualTo(before);
        UUID engagementId = openEngagement(alice, registerClient(alice, "Enum", "Kind"), TODAY);
        refused("/api/engagements/" + engagementId + "/consultations", "{\"date\":\"" + TODAY
                + "\",\"kind\":3,\"durationMinutes\":30,\"place\":\"IN_OFFICE\"}", 400, "kind", "type");
    }

    @Test
    void scalarsAreNeverCoerced() {
        UUID engagementId = openEngagement(alice, registerClient(alice, "Coerced", "Scalars"), TODAY);
        String consultations = "/api/engagements/" + engagementId + "/consultations";
        refused(consultations, "{\"date\":\"" + TODAY + "\",\"kind\":\"PHONE\",\"durationMinutes\":\"45\","
                + "\"place\":\"IN_OFFICE\"}", 400, "durationMinutes", "type");
        refused(consultations, "{\"date\":\"" + TODAY + "\",\"kind\":\"PHONE\",\"durationMinutes\":45.5,"
                + "\"place\":\"IN_OFFICE\"}", 400, "durationMinutes", "type");
        refused(consultations, "{\"date\":\"" + TODAY + "\",\"kind\":\"PHONE\",\"durationMinutes\":45,"
                + "\"place\":\"IN_OFFICE\",\"record\":12}", 400, "record", "type");
        refused(consultations, "{\"date\":\"" + TODAY + "\",\"kind\":\"\",\"durationMinutes\":45,"
                + "\"place\":\"IN_OFFICE\"}", 400, "kind", "type");
        refused(consultations, "{\"date\":\"" + TODAY + "\",\"kind\":\"PHONE\",\"durationMinutes\":99999999999,"
                + "\"place\":\"IN_OFFICE\"}", 400, "durationMinutes", "number-range");
        String closure = "/api/engagements/" + engagementId + "/closure";
        refused(closure, "{\"closedOn\":\"" + TODAY + "\",\"reason\":\"SUCCESSFUL\",\"followUp\":\"true\"}", 400,
                "followUp", "type");
        refused(closure, "{\"closedOn\":\"" + TODAY + "\",\"reason\":\"SUCCESSFUL\",\"followUp\":1}", 400,
                "followUp", "type");
    }

    @Test
    void nothingMayFollowTheBody() {
        refused("/api/clients", "{\"firstName\":\"Jan\"," + CLIENT + "} {}", 400, "body", "trailing-content");
        refused("/api/clients", "{\"firstName\":\"Jan\"," + CLIENT + "} xyz", 400, "body", "json-syntax");
    }

    @Test
    void aTextParameterWithANulIsRefusedByName() {
        alice.get("/api/clients?q=%00").expectProblem(400, "q", "control-character");
        alice.get("/api/families?worker=a%00b").expectProblem(400, "worker", "control-character");
        alice.get("/api/chronology?worker=%07").expectProblem(400, "worker", "control-character");
        as("audrey").get("/api/audit/access-log?user=%00").expectProblem(400, "user", "control-character");
    }

    @Test
    void aDateParameterIsAnIsoDayWithAFourDigitYear() {
        alice.get("/api/chronology?from=0000-01-01").expectProblem(400, "from", "date-range");
        alice.get("/api/chronology?to=%2B999999999-12-31").expectProblem(400, "to", "date-range");
        alice.get("/api/chronology?from=2025-1-1").expectProblem(400, "from", "type");
        alice.get("/api/chronology?from=2025-01-01").expect(200);
    }

    @ParameterizedTest
    @CsvSource({"page=21474837&size=200, page", "page=2147483647, page", "page=1000001, page",
            "page=99999999999, page", "size=201, size"})
    void pagingBeyondItsRangeIsRefusedNamingTheParameter(String query, String field) {
        alice.get("/api/clients?" + query).expectProblem(400);
        assertThat(alice.get("/api/clients?" + query).errors()).anyMatch(e -> e.startsWith(field + "/"));
        alice.get("/api/clients?page=" + 1_000_000 + "&size=200").expect(200);
    }
}
