package org.casework.api.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.casework.api.support.Api;
import org.casework.api.support.Eventually;
import org.casework.api.support.OwnServiceTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Logins with bearer tokens of an external identity provider, switched on by
 * {@code spring.security.oauth2.resourceserver.jwt.*} (here: the provider's public key): the user name and roles
 * come from the token's claims; HTTP Basic keeps working beside it.
 */
class ExternalTokenLoginTest extends OwnServiceTest {

    private static final KeyPair PROVIDER = keyPair();
    private static final KeyPair IMPOSTOR = keyPair();

    @Override
    protected String[] serviceArguments() {
        try {
            Path key = Files.createTempFile("provider", ".pem");
            key.toFile().deleteOnExit();
            Files.writeString(key, "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder().encodeToString(PROVIDER.getPublic().getEncoded())
                    + "\n-----END PUBLIC KEY-----\n");
            return new String[] {"--spring.security.oauth2.resourceserver.jwt.public-key-location=file:" + key};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static KeyPair keyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Api bearer(KeyPair signer, String user, List<String> roles, Instant expires) throws Exception {
        SignedJWT token = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), new JWTClaimsSet.Builder()
                .subject(UUID.randomUUID().toString())
                .claim("preferred_username", user)
                .claim("roles", roles)
                .expirationTime(Date.from(expires))
                .build());
        token.sign(new RSASSASigner(signer.getPrivate()));
        int port = Integer.parseInt(service.getEnvironment().getProperty("local.server.port"));
        return Api.at(port).header("Authorization", "Bearer " + token.serialize());
    }

    @Test
    void aTokenOfTheProviderLogsInWithItsUserNameAndRoles() throws Exception {
        Instant later = Instant.now().plusSeconds(600);
        Api zoe = bearer(PROVIDER, "zoe", List.of("WORKER"), later);
        JsonNode me = zoe.get("/api/me").expect(200).json();
        assertThat(me.get("username").asText()).isEqualTo("zoe");
        assertThat(me.get("roles").toString()).isEqualTo("[\"WORKER\"]");

        UUID client = zoe.post("/api/clients", Map.of("firstName", "Tokenová", "lastName", "Klientka",
                "birthDate", "1990-01-01")).createdId();
        Eventually.json(zoe, "/api/clients/" + client, card -> card.get("responsibleWorker").asText().equals("zoe"));
        bearer(PROVIDER, "yves", List.of("WORKER"), later).get("/api/clients/" + client).expectProblem(404);
        zoe.get("/api/admin/settings").expectProblem(403);
        bearer(PROVIDER, "ida", List.of("ADMIN"), later).get("/api/admin/settings").expect(200);
        as("alice").get("/api/me").expect(200);
    }

    @Test
    void aForgedOrExpiredTokenIsRefusedAndLogged() throws Exception {
        Instant later = Instant.now().plusSeconds(600);
        bearer(IMPOSTOR, "mallory", List.of("ADMIN"), later).get("/api/admin/settings").expectProblem(401);
        bearer(PROVIDER, "zoe", List.of("WORKER"), Instant.now().minusSeconds(3600)).get("/api/me")
                .expectProblem(401);
        JsonNode log = as("audrey").get("/api/audit/security-log?kind=LOGIN_FAILED&size=50").expect(200).json();
        assertThat(log.get("items").findValuesAsText("detail")).anySatisfy(detail ->
                assertThat(detail).startsWith("token refused"));
    }
}
