package org.casework.api.page.family;

import org.casework.api.support.BrowserTest;
import org.casework.api.support.PageSession;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The family pages without a browser: what the API refuses is shown at the field it names; access is the API's. */
class FamilyPageRefusalsTest extends BrowserTest {

    private UUID family(String name) {
        return alice.post("/api/families", Map.of("name", name)).createdId();
    }

    @Test
    void aFamilyDatedInTheFutureIsRefusedAtTheDateAndTheFormKeepsWhatWasTyped() {
        PageSession page = pages("en").login("alice");
        HttpResponse<String> answer = page.post("/families", Map.of("name", "Budoucí", "city", "Brno",
                "createdOn", TODAY.plusDays(3).toString()), "/families/new");
        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(answer.body()).contains("id=\"f-createdOn-error\"")
                .containsPattern("id=\"f-createdOn\"[^>]*aria-invalid=\"true\"")
                .containsPattern("id=\"f-createdOn\"[^>]*aria-describedby=\"f-createdOn-error\"")
                .contains("value=\"Budoucí\"").contains("value=\"Brno\"");
    }

    @Test
    void aFamilyWithoutANameIsRefusedAtTheNameInCzech() {
        HttpResponse<String> answer = pages("cs").login("alice").post("/families", Map.of("name", " "),
                "/families/new");
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("id=\"f-name-error\"").contains("Nová rodina");
    }

    @Test
    void aRegisteredFamilyIsShownRightAfterTheSave() {
        PageSession page = pages("en").login("alice");
        HttpResponse<String> saved = page.post("/families", Map.of("name", "Hned viditelní"), "/families/new");
        assertThat(saved.statusCode()).isEqualTo(302);
        String location = saved.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches(".*/families/[0-9a-f-]{36}");
        HttpResponse<String> card = page.get(location.substring(location.indexOf("/families/")));
        assertThat(card.statusCode()).isEqualTo(200);
        assertThat(card.body()).contains("Hned viditelní");
    }

    @Test
    void aClientInAnotherFamilyIsRefusedAtTheirRowOfTheSearch() {
        String surname = "Zqdvojí" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9-]", "x");
        UUID child = registerClient(alice, "Adam", surname);
        UUID first = family("Horákovi");
        UUID second = family("Horákovi u babičky");
        alice.post("/api/families/" + first + "/members", Map.of("clientId", child, "relation", "CHILD"))
                .expect(204);
        PageSession page = pages("en").login("alice");
        HttpResponse<String> search = page.get("/families/" + second + "?q=" + surname.toLowerCase());
        assertThat(search.body()).contains("data-found=\"" + child + "\"");
        HttpResponse<String> answer = page.post("/families/" + second + "/members", Map.of("clientId",
                child.toString(), "relation", "GRANDCHILD", "q", surname), "/families/" + second);
        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(answer.body()).contains("id=\"m-" + child + "-client-error\"")
                .containsPattern("<option value=\"GRANDCHILD\" selected=\"selected\"");
    }

    @Test
    void aMemberCannotLeaveBeforeJoiningAndTheDateSaysSo() {
        UUID client = registerClient(alice, "Eva", "Malá");
        UUID familyId = family("Malí");
        alice.post("/api/families/" + familyId + "/members", Map.of("clientId", client, "relation", "CHILD",
                "since", TODAY.minusDays(2).toString())).expect(204);
        PageSession page = pages("en").login("alice");
        String leave = "/families/" + familyId + "/members/" + client + "/leave";
        assertThat(page.get(leave).body()).contains("value=\"" + TODAY + "\"");
        HttpResponse<String> answer = page.post(leave, Map.of("leftOn", TODAY.minusDays(5).toString()), leave);
        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(answer.body()).contains("id=\"f-leftOn-error\"")
                .containsPattern("id=\"f-leftOn\"[^>]*aria-invalid=\"true\"");
        assertThat(alice.get("/api/families/" + familyId).json().get("memberCount").asInt()).isEqualTo(1);
    }

    @Test
    void aFamilyTheUserMayNotSeeIsTheNotFoundPage() {
        UUID familyId = family("Cizí");
        PageSession bob = pages("en").login("bob");
        assertThat(bob.get("/families/" + familyId).statusCode()).isEqualTo(404);
        assertThat(bob.get("/families/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
        assertThat(bob.get("/families/" + familyId + "/members/" + UUID.randomUUID() + "/leave").statusCode())
                .isEqualTo(404);
    }
}
