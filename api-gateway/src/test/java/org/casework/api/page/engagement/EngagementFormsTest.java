package org.casework.api.page.engagement;

import org.casework.api.support.BrowserTest;
import org.casework.api.support.PageSession;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The engagement pages' forms over plain HTTP: refusals at the field, saves shown after the redirect, access. */
class EngagementFormsTest extends BrowserTest {

    @Test
    void anotherWorkersEngagementIsTheNotFoundPage() {
        UUID engagementId = openEngagement(alice, registerClient(alice, "Věra", "Cizí"), TODAY.minusDays(3));
        awaitJson(alice, "/api/engagements/" + engagementId, engagement -> true);
        PageSession bob = pages("en").login("bob");
        assertThat(bob.get("/engagements/" + engagementId).statusCode()).isEqualTo(404);
        assertThat(bob.get("/engagements/" + engagementId + "/bulk").statusCode()).isEqualTo(404);
        assertThat(pages("en").login("alice").get("/engagements/" + engagementId).statusCode()).isEqualTo(200);
        assertThat(bob.get("/engagements/not-an-id").statusCode()).isEqualTo(404);
    }

    @Test
    void editingTheDescriptionAsksForTheReasonAndShowsTheNewTitle() {
        UUID engagementId = openEngagement(alice, registerClient(alice, "Ivo", "Popisný"), TODAY.minusDays(3));
        awaitJson(alice, "/api/engagements/" + engagementId, engagement -> true);
        PageSession session = pages("cs").login("alice");
        String form = "/engagements/" + engagementId + "/details";
        assertThat(session.get(form).body()).contains("value=\"Housing\"");

        HttpResponse<String> refused = session.post(form, Map.of("title", "Bydlení a dluhy",
                "problemTypes", "FINANCIAL"), form);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"d-reason-error\"").contains("aria-invalid=\"true\"")
                .contains("value=\"Bydlení a dluhy\"").contains("Důvod změny");

        HttpResponse<String> saved = session.post(form, Map.of("title", "Bydlení a dluhy",
                "problemTypes", "FINANCIAL", "reason", "přesnější název"), form);
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location").orElse("")).endsWith("/engagements/" + engagementId);
        String page = session.get("/engagements/" + engagementId).body();
        assertThat(page).contains("Bydlení a dluhy").contains("Popis zakázky je uložen");
    }

    @Test
    void aConsultationTheApiRefusesIsShownAtItsFieldWithTheValuesKept() {
        UUID engagementId = openEngagement(alice, registerClient(alice, "Dan", "Budoucí"), TODAY.minusDays(3));
        awaitJson(alice, "/api/engagements/" + engagementId, engagement -> true);
        PageSession session = pages("en").login("alice");
        String page = "/engagements/" + engagementId;
        HttpResponse<String> refused = session.post(page + "/consultations", Map.of("date",
                TODAY.plusDays(1).toString(), "kind", "PHONE", "durationMinutes", "twenty", "place", "IN_OFFICE",
                "record", "Called"), page);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"c-durationMinutes-error\"").contains("value=\"twenty\"");
        assertThat(alice.get("/api/engagements/" + engagementId).json().get("consultationCount").asInt()).isZero();

        HttpResponse<String> future = session.post(page + "/consultations", Map.of("date",
                TODAY.plusDays(1).toString(), "kind", "PHONE", "durationMinutes", "20", "place", "IN_OFFICE"), page);
        assertThat(future.statusCode()).isEqualTo(422);
        assertThat(future.body()).contains("id=\"c-date-error\"");
    }
}
