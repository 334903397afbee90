package org.casework.api.platform;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docker-compose.yml as README "Operating casework" describes it, read as YAML (anchors merged): only the proxy
 * publishes ports, the service and PostgreSQL sit on the internal network alone, every service is health-checked
 * and restarted, the administrator must be given, the nodes run the production profile, which believes forwarded
 * headers from the proxy's address, and the second node exists only in its profile. .ci/check-deploy has
 * docker-compose and Caddy check the same files.
 */
class ComposeFileTest {

    private static final Path ROOT = Path.of("..");
    private static final Map<String, Object> COMPOSE = yaml(ROOT.resolve("docker-compose.yml"));
    private static final Map<String, Object> SERVICES = map(COMPOSE.get("services"));
    private static final List<String> NODES = List.of("casework", "casework-2");

    @Test
    void theServicesAreTheDatabaseTwoNodesTheProxyBackupsAndMonitoring() {
        assertThat(SERVICES).containsOnlyKeys("postgres", "casework", "casework-2", "proxy", "backup", "prometheus",
                "grafana");
        assertThat(service("postgres").get("image")).isEqualTo("postgres:17");
        assertThat(service("proxy").get("image")).isEqualTo("caddy:2");
        for (String node : NODES) {
            assertThat(service(node).get("build")).as(node).isEqualTo(".");
        }
    }

    @Test
    void onlyTheProxyPublishesPortsHttpsAndTheRedirectingHttpAndGrafanaOnlyOnTheHostsLoopback() {
        assertThat(service("proxy").get("ports")).asList().contains("443:443", "80:80");
        for (String name : List.of("postgres", "casework", "casework-2", "backup", "prometheus")) {
            assertThat(service(name)).as(name).doesNotContainKeys("ports", "network_mode");
        }
        assertThat(service("grafana").get("ports")).isEqualTo(List.of("127.0.0.1:3000:3000"));
    }

    @Test
    void theServiceAndTheDatabaseSitOnlyOnTheInternalNetworkWhichReachesNothingOutside() {
        for (String name : List.of("postgres", "casework", "casework-2", "backup", "prometheus")) {
            assertThat(service(name).get("networks")).as(name).isEqualTo(List.of("internal"));
        }
        assertThat(map(map(COMPOSE.get("networks")).get("internal")).get("internal")).isEqualTo(true);
        assertThat(map(service("proxy").get("networks"))).containsOnlyKeys("internal", "edge");
    }

    @Test
    void everyServiceIsHealthCheckedAndRestarted() {
        SERVICES.forEach((name, definition) -> {
            Map<String, Object> service = map(definition);
            assertThat(map(service.get("healthcheck")).get("test")).as(name).asList().isNotEmpty();
            assertThat(service.get("restart")).as(name).isIn("unless-stopped", "always");
        });
        for (String node : NODES) {
            assertThat(map(service(node).get("healthcheck")).get("test").toString()).as(node)
                    .contains("/actuator/health/readiness");
            assertThat(service(node).get("stop_grace_period")).as(node).isEqualTo("30s");
        }
    }

    @Test
    void theAdministratorAndTheDatabasePasswordMustBeGiven() {
        for (String node : NODES) {
            Map<String, Object> environment = environment(node);
            assertThat(environment.get("CASEWORK_SECURITY_ADMIN_USERNAME")).as(node).asString()
                    .matches(required("CASEWORK_SECURITY_ADMIN_USERNAME"));
            assertThat(environment.get("CASEWORK_SECURITY_ADMIN_PASSWORD")).as(node).asString()
                    .matches(required("CASEWORK_SECURITY_ADMIN_PASSWORD"));
            assertThat(environment.get("SPRING_DATASOURCE_PASSWORD")).as(node).asString()
                    .matches(required("POSTGRES_PASSWORD"));
        }
        assertThat(map(service("postgres").get("environment")).get("POSTGRES_PASSWORD")).asString()
                .matches(required("POSTGRES_PASSWORD"));
    }

    @Test
    void theNodesRunTheProductionProfileWhichBelievesForwardedHeadersFromTheProxysAddressAlone() {
        for (String node : NODES) {
            assertThat(environment(node).get("SPRING_PROFILES_ACTIVE")).as(node).isEqualTo("production");
            assertThat(environment(node)).as(node).doesNotContainKey("SERVER_TOMCAT_REMOTEIP_INTERNAL_PROXIES");
        }
        Map<String, Object> server = map(classpathYaml("application-production.yml").get("server"));
        Pattern proxies = Pattern.compile(map(map(server.get("tomcat")).get("remoteip")).get("internal-proxies")
                .toString());
        String proxy = map(map(service("proxy").get("networks")).get("internal")).get("ipv4_address").toString();

        assertThat(server.get("forward-headers-strategy")).isEqualTo("native");
        assertThat(proxies.matcher(proxy).matches()).as(proxies + " matches the proxy's " + proxy).isTrue();
        assertThat(proxies.matcher("172.30.250.129").matches()).isFalse();
        assertThat(map(map(map(server.get("servlet")).get("session")).get("cookie")))
                .containsEntry("secure", true).containsEntry("http-only", true).containsEntry("same-site", "strict");
    }

    @Test
    void backupsAndMonitoringRunOnlyInTheirProfilesTheArchivesInVolumesOfTheirOwn() {
        assertThat(service("backup").get("profiles")).isEqualTo(List.of("backup"));
        assertThat(service("prometheus").get("profiles")).isEqualTo(List.of("monitoring"));
        assertThat(service("grafana").get("profiles")).isEqualTo(List.of("monitoring"));
        assertThat(service("backup").get("volumes")).asList()
                .contains("${CASEWORK_BACKUP_DATA:-backup-data}:/backups/data",
                        "${CASEWORK_BACKUP_KEYS:-backup-keys}:/backups/keys");
        assertThat(environment("backup")).containsEntry("CASEWORK_BACKUP_KEY_FILE", "/run/secrets/backup-key");
        assertThat(map(service("backup").get("healthcheck")).get("test").toString())
                .contains("casework-data-", "casework-keys-");
    }

    @Test
    void theSecondNodeExistsOnlyInItsProfileWithANodeIdOfItsOwn() {
        assertThat(service("casework")).doesNotContainKey("profiles");
        assertThat(service("casework-2").get("profiles")).isEqualTo(List.of("two-nodes"));
        assertThat(environment("casework").get("CASEWORK_NODE_ID")).isEqualTo("casework-1");
        assertThat(environment("casework-2").get("CASEWORK_NODE_ID")).isEqualTo("casework-2");
        Map<String, Object> first = new java.util.HashMap<>(environment("casework"));
        Map<String, Object> second = new java.util.HashMap<>(environment("casework-2"));
        first.remove("CASEWORK_NODE_ID");
        second.remove("CASEWORK_NODE_ID");
        assertThat(second).as("the nodes differ in their id alone").isEqualTo(first);
    }

    @Test
    void theProxyBalancesOverBothNodesCheckingTheirReadiness() throws IOException {
        assertThat(service("proxy").get("volumes")).asList().contains("./deploy/Caddyfile:/etc/caddy/Caddyfile:ro");
        String caddyfile = Files.readString(ROOT.resolve("deploy/Caddyfile"));

        assertThat(caddyfile).contains("reverse_proxy casework:8080 casework-2:8080 {")
                .contains("health_uri /actuator/health/readiness")
                .contains("import tls-{$CASEWORK_TLS:internal}");
    }

    private static String required(String variable) {
        return Pattern.quote("${" + variable + ":?") + ".+}";
    }

    private static Map<String, Object> service(String name) {
        return map(SERVICES.get(name));
    }

    private static Map<String, Object> environment(String service) {
        return map(service(service).get("environment"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    private static Map<String, Object> yaml(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new Yaml().load(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> classpathYaml(String resource) {
        try (InputStream in = ComposeFileTest.class.getClassLoader().getResourceAsStream(resource)) {
            return new Yaml().load(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
