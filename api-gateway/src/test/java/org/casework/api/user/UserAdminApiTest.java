package org.casework.api.user;

import com.fasterxml.jackson.databind.JsonNode;
import org.casework.api.support.Api;
import org.casework.api.support.ApiTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** ADMIN manages users in the database; users change their own password. */
class UserAdminApiTest extends ApiTest {

    private String uniqueName(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 6);
    }

    private Api create(String name, String role) {
        as("adam").post("/api/admin/users", Map.of("username", name, "password", name + "-password",
                "roles", List.of(role))).expect(201);
        return anonymous.as(name, name + "-password");
    }

    @Test
    void configuredUsersAreInTheTableAndNoSecretIsShown() {
        JsonNode users = as("adam").get("/api/admin/users").expect(200).json();
        JsonNode alice = null;
        for (JsonNode user : users) {
            if (user.get("username").asText().equals("alice")) {
                alice = user;
            }
        }
        assertThat(alice).isNotNull();
        assertThat(alice.get("roles").toString()).isEqualTo("[\"WORKER\"]");
        assertThat(alice.get("changedBy").asText()).isEqualTo("configuration");
        assertThat(users.toString()).doesNotContain("alice-pw").doesNotContain("password");
    }

    @Test
    void aCreatedUserLogsInWithTheRolesGivenAndAStoredHash() {
        String name = uniqueName("nina");
        Api nina = create(name, "WORKER");
        nina.get("/api/clients").expect(200);
        String hash = jdbc.queryForObject("select password_hash from app_user where username = ?", String.class, name);
        assertThat(hash).startsWith("{bcrypt}$2").doesNotContain(name + "-password");

        as("adam").put("/api/admin/users/" + name + "/roles", Map.of("roles", List.of("STATISTICS"))).expect(204);
        nina.get("/api/clients").expectProblem(403);
        nina.get("/api/statistics/statuses?from=" + TODAY.minusDays(7) + "&to=" + TODAY).expect(200);
    }

    @Test
    void aDisabledUserCannotLogInUntilEnabledAgain() {
        String name = uniqueName("olga");
        Api olga = create(name, "WORKER");
        as("adam").post("/api/admin/users/" + name + "/disable", Map.of()).expect(204);
        olga.get("/api/me").expectProblem(401);
        assertThat(as("adam").get("/api/admin/users/" + name).json().get("enabled").asBoolean()).isFalse();
        as("adam").post("/api/admin/users/" + name + "/enable", Map.of()).expect(204);
        olga.get("/api/me").expect(200);
    }

    @Test
    void aResetPasswordReplacesTheOldOne() {
        String name = uniqueName("petr");
        Api petr = create(name, "WORKER");
        as("adam").put("/api/admin/users/" + name + "/password", Map.of("password", "a-brand-new-secret")).expect(204);
        petr.get("/api/me").expectProblem(401);
        anonymous.as(name, "a-brand-new-secret").get("/api/me").expect(200);
    }

    @Test
    void usersChangeTheirOwnPasswordKnowingTheCurrentOne() {
        String name = uniqueName("rita");
        Api rita = create(name, "WORKER");
        rita.put("/api/me/password", Map.of("currentPassword", "guess", "password", "rita-second-password"))
                .expectProblem(422, "currentPassword", "wrong-password");
        rita.put("/api/me/password", Map.of("currentPassword", name + "-password",
                "password", "rita-second-password")).expect(204);
        anonymous.as(name, "rita-second-password").get("/api/me").expect(200);
        rita.get("/api/me").expectProblem(401);
    }

    @Test
    void badUserInputIsRefusedWithTheFieldAndTheRule() {
        Api adam = as("adam");
        String users = "/api/admin/users";
        adam.post(users, Map.of("username", "Has Space", "password", "long-enough-pass", "roles", List.of("WORKER")))
                .expectProblem(400, "username", "pattern");
        adam.post(users, Map.of("username", "shorty", "password", "short", "roles", List.of("WORKER")))
                .expectProblem(400, "password", "size");
        adam.post(users, Map.of("username", "noroles", "password", "long-enough-pass", "roles", List.of()))
                .expectProblem(400, "roles", "required");
        adam.post(users, Map.of("username", "badrole", "password", "long-enough-pass", "roles", List.of("KING")))
                .expectProblem(400);
        adam.post(users, Map.of("username", "alice", "password", "long-enough-pass", "roles", List.of("WORKER")))
                .expectProblem(422, "username", "taken");
        adam.post(users, Map.of("username", "bytes", "password", "ř".repeat(40), "roles", List.of("WORKER")))
                .expectProblem(400, "password", "max-bytes");
        adam.get(users + "/nobody-at-all").expectProblem(404);
        adam.post(users + "/nobody-at-all/disable", Map.of()).expectProblem(404);
        assertThat(jdbc.queryForObject("select count(*) from app_user where username in"
                + " ('noroles', 'badrole', 'shorty', 'bytes')", Long.class)).isZero();
    }

    @Test
    void anAdministratorCannotChangeTheirOwnAccountThroughTheAdminEndpoints() {
        Api adam = as("adam");
        String own = "/api/admin/users/adam";
        adam.post(own + "/disable", Map.of()).expectProblem(422, "username", "not-yourself");
        adam.post(own + "/enable", Map.of()).expectProblem(422, "username", "not-yourself");
        adam.put(own + "/roles", Map.of("roles", List.of("AUDITOR"))).expectProblem(422, "username", "not-yourself");
        adam.put(own + "/roles", Map.of("roles", List.of("ADMIN", "AUDITOR")))
                .expectProblem(422, "username", "not-yourself");
        adam.post(own + "/unlock", Map.of()).expectProblem(422, "username", "not-yourself");
        adam.send("DELETE", own + "/two-factor", null).expectProblem(422, "username", "not-yourself");
        JsonNode password = adam.put(own + "/password", Map.of("password", "a-password-of-my-own"))
                .expectProblem(422, "username", "not-yourself").json();
        assertThat(password.get("detail").asText()).contains("PUT /api/me/password");
        anonymous.as("adam", "a-password-of-my-own").get("/api/me").expectProblem(401);
        JsonNode me = adam.get(own).expect(200).json();
        assertThat(me.get("roles").toString()).isEqualTo("[\"ADMIN\"]");
        assertThat(me.get("enabled").asBoolean()).isTrue();
        assertThat(me.get("changedBy").asText()).isEqualTo("configuration");
    }

    @Test
    void anAdministratorStillManagesEveryoneElse() {
        String name = uniqueName("uma");
        create(name, "WORKER");
        Api adam = as("adam");
        adam.put("/api/admin/users/" + name + "/roles", Map.of("roles", List.of("ADMIN"))).expect(204);
        String other = uniqueName("vera");
        create(other, "WORKER");
        anonymous.as(name, name + "-password").put("/api/admin/users/" + other + "/password",
                Map.of("password", "set-by-another-admin")).expect(204);
        adam.post("/api/admin/users/" + name + "/unlock", Map.of()).expect(204);
        adam.send("DELETE", "/api/admin/users/" + name + "/two-factor", null).expect(204);
        adam.put("/api/admin/users/" + name + "/roles", Map.of("roles", List.of("WORKER"))).expect(204);
        assertThat(adam.get("/api/admin/users/" + name).json().has("lockedUntil")).isFalse();
    }

    @Test
    void everyChangeToAUserIsInTheSecurityLog() {
        String name = uniqueName("saša");
        String ascii = "sasa" + name.substring(4);
        create(ascii, "WORKER");
        as("adam").post("/api/admin/users/" + ascii + "/disable", Map.of()).expect(204);
        JsonNode log = as("audrey").get("/api/audit/security-log?kind=USER_CHANGED&user=adam&size=200")
                .expect(200).json();
        assertThat(log.get("items").findValuesAsText("detail"))
                .contains("created " + ascii + " with roles [WORKER]", "disabled " + ascii);
    }
}
