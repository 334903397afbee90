package org.casework.api.page.clientmore;

import com.fasterxml.jackson.databind.JsonNode;
import org.casework.api.support.Browser;
import org.casework.api.support.BrowserTest;
import org.casework.api.support.PageSession;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The card's sharing tab: a consent recorded and revoked, a share resting on it, and what bob then sees. */
class SharingTabTest extends BrowserTest {

    private UUID alicesClient(String lastName) {
        UUID client = registerClient(alice, "Sdílená", lastName);
        awaitClientCard(client);
        return client;
    }

    @Test
    void aFileSharedWithBobOnTheClientsConsentIsHisUntilTheConsentIsRevoked() {
        UUID client = alicesClient("Souhlasná");
        String bobsView = "/clients/" + client + "/family";
        PageSession bob = pages("en").login("bob");
        HttpResponse<String> before = bob.get(bobsView);
        assertThat(before.statusCode()).isEqualTo(404);
        assertThat(before.body()).doesNotContain("Souhlasná");

        Browser browser = browser("en");
        browser.login("alice").awaitPath("/");
        browser.go("/clients/" + client + "/sharing");
        assertThat(browser.text("#no-consent")).isNotBlank();
        browser.fill("c-givenOn", TODAY.toString()).fill("c-scope", "ANY_WORKER");
        browser.click("#record-consent");
        browser.awaitPath("/clients/" + client + "/sharing");
        JsonNode consent = alice.get("/api/clients/" + client + "/sharing").expect(200).json().at("/consents/0");
        String consentId = consent.get("id").asText();
        assertThat(browser.text("tr[data-consent='" + consentId + "'] .state")).isEqualTo("in force");

        browser.fill("s-worker", "bob");
        browser.click("#share-file");
        browser.awaitPath("/clients/" + client + "/sharing");
        assertThat(browser.text("tr[data-worker='bob'] .state")).isEqualTo("sees the file");
        HttpResponse<String> shared = bob.get(bobsView);
        assertThat(shared.statusCode()).isEqualTo(200);
        assertThat(shared.body()).contains("Souhlasná");

        browser.click("tr[data-consent='" + consentId + "'] button.revoke");
        browser.awaitPath("/clients/" + client + "/sharing");
        browser.await("tr[data-consent='" + consentId + "'] .state");
        assertThat(browser.text("tr[data-consent='" + consentId + "'] .state")).startsWith("revoked on");
        assertThat(alice.get("/api/clients/" + client + "/sharing").expect(200).json()
                .at("/consents/0/revokedOn").asText()).isEqualTo(TODAY.toString());
        assertThat(bob.get(bobsView).statusCode()).isEqualTo(404);
        browser.screenshot("sharing-en");
    }

    @Test
    void aShareWithoutConsentIsRefusedAtTheWorkerField() {
        UUID client = alicesClient("Bezsouhlasná");
        PageSession pages = pages("cs").login("alice");
        String path = "/clients/" + client + "/sharing";
        HttpResponse<String> refused = pages.post(path + "/shares", Map.of("worker", "bob"), path);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"s-worker-error\"").contains("aria-invalid=\"true\"")
                .contains("value=\"bob\"").contains("Souhlasy se sdílením spisu");
        assertThat(alice.get("/api/clients/" + client + "/sharing").expect(200).json().get("shares")).isEmpty();

        HttpResponse<String> named = pages.post(path + "/consents", Map.of("givenOn", TODAY.toString(),
                "scope", "NAMED_WORKERS"), path);
        assertThat(named.statusCode()).isEqualTo(422);
        assertThat(named.body()).contains("id=\"c-workers-error\"");
        assertThat(alice.get("/api/clients/" + client + "/sharing").expect(200).json().get("consents")).isEmpty();
    }

    @Test
    void onlyTheFilesManagerMayShareIt() {
        UUID client = alicesClient("Spravovaná");
        alice.post("/api/clients/" + client + "/consents", Map.of("givenOn", TODAY.toString(),
                "scope", "ANY_WORKER")).expect(201);
        alice.post("/api/clients/" + client + "/shares", Map.of("worker", "bob")).expect(204);
        PageSession bob = pages("en").login("bob");
        String path = "/clients/" + client + "/sharing";
        HttpResponse<String> refused = bob.post(path + "/shares", Map.of("worker", "carol"), path);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("id=\"share-errors\"");
        assertThat(alice.get("/api/clients/" + client + "/sharing").expect(200).json().get("shares")).hasSize(1);
    }
}
