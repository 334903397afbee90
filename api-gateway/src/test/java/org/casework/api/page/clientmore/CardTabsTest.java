package org.casework.api.page.clientmore;

import org.casework.api.support.BrowserTest;
import org.casework.api.support.PageSession;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The card's engagements and family tabs, as pages without a browser. */
class CardTabsTest extends BrowserTest {

    @Test
    void theEngagementsTabListsTheClientsEngagementsWithLinks() {
        UUID client = registerClient(alice, "Zakázková", "Jana");
        UUID open = openEngagement(alice, client, TODAY.minusDays(10));
        UUID closed = openEngagement(alice, client, TODAY.minusDays(30));
        alice.post("/api/engagements/" + open + "/consultations", meeting(TODAY.minusDays(2), 45)).expect(201);
        alice.post("/api/engagements/" + closed + "/closure", Map.of("closedOn", TODAY.minusDays(5).toString(),
                "reason", "SUCCESSFUL", "followUp", false)).expect(204);
        awaitJson(alice, "/api/clients/" + client + "/engagements", list -> list.get("items").size() == 2
                && list.get("items").findValuesAsText("open").contains("false"));

        HttpResponse<String> page = pages("en").login("alice").get("/clients/" + client + "/engagements");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("href=\"/engagements/" + open + "\"")
                .contains("href=\"/engagements/" + closed + "\"")
                .contains("href=\"/clients/" + client + "/engagements/new\"")
                .contains(">open<").contains(">closed<").contains("aria-current=\"page\"");
    }

    @Test
    void theFamilyTabLeadsToTheFamilyOrToTheFamilies() {
        UUID client = registerClient(alice, "Rodinná", "Eva");
        awaitClientCard(client);
        PageSession pages = pages("cs").login("alice");
        HttpResponse<String> none = pages.get("/clients/" + client + "/family");
        assertThat(none.statusCode()).isEqualTo(200);
        assertThat(none.body()).contains("id=\"families-link\"").contains("Klient nepatří do žádné rodiny.");

        UUID family = alice.post("/api/families", Map.of("name", "Rodinovi")).createdId();
        alice.post("/api/families/" + family + "/members", Map.of("clientId", client.toString(),
                "relation", "REFERENCE_PERSON")).expect(204);
        awaitJson(alice, "/api/clients/" + client, card -> card.hasNonNull("family"));
        HttpResponse<String> member = pages.get("/clients/" + client + "/family");
        assertThat(member.body()).contains("href=\"/families/" + family + "\"").contains("Rodinovi");
    }

    @Test
    void theTabsOfAFileAWorkerMayNotSeeAreTheNotFoundPage() {
        UUID client = registerClient(alice, "Cizí", "Olga");
        awaitClientCard(client);
        PageSession bob = pages("en").login("bob");
        for (String tab : new String[]{"engagements", "household", "family", "sharing"}) {
            HttpResponse<String> page = bob.get("/clients/" + client + "/" + tab);
            assertThat(page.statusCode()).as(tab).isEqualTo(404);
            assertThat(page.body()).as(tab).doesNotContain("Cizí");
        }
    }
}
