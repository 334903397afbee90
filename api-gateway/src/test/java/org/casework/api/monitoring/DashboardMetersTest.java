package org.casework.api.monitoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.casework.api.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Grafana dashboard (deploy/grafana) and the alerts (deploy/prometheus) name only meters the service exposes:
 * every metric of their PromQL expressions is in the scrape of a service that has handled requests, commands and
 * a failed login; Prometheus scrapes as the METRICS user with its password from a file.
 */
class DashboardMetersTest extends ApiTest {

    static final Path DASHBOARD = Path.of("..", "deploy", "grafana", "casework-dashboard.json");
    static final Path PROMETHEUS = Path.of("..", "deploy", "prometheus", "prometheus.yml");
    static final Path ALERTS = Path.of("..", "deploy", "prometheus", "casework-alerts.yml");
    /** Made by Prometheus itself for every target. */
    private static final Set<String> PROMETHEUS_OWN = Set.of("up");
    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final Set<String> KEYWORDS = Set.of("by", "without", "on", "ignoring", "group_left",
            "group_right", "bool", "and", "or", "unless", "offset", "inf", "nan");

    @Test
    void everyMeterTheDashboardNamesIsScraped() throws IOException {
        UUID client = registerClient(alice, "Nástěnka", "Měřená");
        awaitClientCard(client);
        as("carol").get("/api/clients/" + UUID.randomUUID()).expect(404);
        anonymous.as("alice", "not-her-password").get("/api/me").expect(401);
        Set<String> scraped = sampleNames(as("prometheus").get("/actuator/prometheus").expect(200).body());

        Set<String> dashboard = new TreeSet<>();
        expressions(new ObjectMapper().readTree(DASHBOARD.toFile())).forEach(e -> dashboard.addAll(metricsOf(e)));
        Set<String> alerts = new TreeSet<>();
        alertExpressions().forEach(e -> alerts.addAll(metricsOf(e)));
        alerts.removeAll(PROMETHEUS_OWN);

        assertThat(dashboard).as("meters the dashboard names").hasSizeGreaterThan(10);
        assertThat(scraped).as("the scrape after requests, commands and a failed login, against the dashboard")
                .containsAll(dashboard);
        assertThat(alerts).as("meters the alerts name").hasSizeGreaterThan(5);
        assertThat(scraped).as("the scrape against the alerts").containsAll(alerts);
    }

    @Test
    @SuppressWarnings("unchecked")
    void prometheusScrapesEveryNodeAsTheMetricsUserWithThePasswordFromAFile() throws IOException {
        Map<String, Object> config = new Yaml().load(Files.readString(PROMETHEUS));
        Map<String, Object> job = ((List<Map<String, Object>>) config.get("scrape_configs")).get(0);
        assertThat(job).containsEntry("metrics_path", "/actuator/prometheus");
        Map<String, Object> login = (Map<String, Object>) job.get("basic_auth");
        assertThat(login).containsEntry("username", "prometheus").containsKey("password_file")
                .doesNotContainKey("password");
        assertThat((List<String>) config.get("rule_files")).singleElement(InstanceOfAssertFactories.STRING)
                .endsWith(ALERTS.getFileName().toString());
    }

    @SuppressWarnings("unchecked")
    static List<String> alertExpressions() throws IOException {
        Map<String, Object> alerts = new Yaml().load(Files.readString(ALERTS));
        List<String> found = new ArrayList<>();
        for (Map<String, Object> group : (List<Map<String, Object>>) alerts.get("groups")) {
            for (Map<String, Object> rule : (List<Map<String, Object>>) group.get("rules")) {
                found.add(rule.get("expr").toString());
            }
        }
        return found;
    }

    @Test
    void metricNamesAreReadOffPromQlWithoutFunctionsLabelsOrKeywords() {
        assertThat(metricsOf("histogram_quantile(0.99, sum by (le) (rate(http_server_requests_seconds_bucket"
                + "{job=\"casework\", status=~\"5..\"}[$__rate_interval]))) / on (instance) group_left"
                + " max(hikaricp_connections_max) > bool 0.5 or vector(0)"))
                .containsExactlyInAnyOrder("http_server_requests_seconds_bucket", "hikaricp_connections_max");
    }

    /** Every {@code expr} of the dashboard's panels and the {@code query} of its variables. */
    static List<String> expressions(JsonNode dashboard) {
        List<String> found = new ArrayList<>();
        dashboard.findValues("expr").forEach(expr -> found.add(expr.asText()));
        JsonNode variables = dashboard.path("templating").path("list");
        for (JsonNode variable : variables) {
            JsonNode query = variable.path("query");
            String text = query.isObject() ? query.path("query").asText() : query.asText();
            Matcher values = Pattern.compile("label_values\\(([^,)]+)").matcher(text);
            if (values.find()) {
                found.add(values.group(1));
            }
        }
        return found;
    }

    /** The metric names of a PromQL expression: identifiers that are no function, keyword, label or duration. */
    static Set<String> metricsOf(String expression) {
        String bare = expression
                .replaceAll("\\$\\{[^}]*}|\\$\\w+", " ")
                .replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"")
                .replaceAll("\\{[^}]*}", " ")
                .replaceAll("\\[[^]]*]", " ")
                .replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ");
        Set<String> names = new TreeSet<>();
        Matcher identifiers = IDENTIFIER.matcher(bare);
        while (identifiers.find()) {
            String name = identifiers.group();
            boolean function = bare.substring(identifiers.end()).stripLeading().startsWith("(");
            boolean number = identifiers.start() > 0 && Character.isDigit(bare.charAt(identifiers.start() - 1));
            if (!function && !number && !KEYWORDS.contains(name.toLowerCase())) {
                names.add(name);
            }
        }
        return names;
    }

    /** The names of the samples of a Prometheus text scrape; a histogram's are its _bucket, _count and _sum. */
    static Set<String> sampleNames(String scrape) {
        Set<String> names = new TreeSet<>();
        for (String line : scrape.lines().toList()) {
            if (!line.isBlank() && !line.startsWith("#")) {
                names.add(line.split("[{ ]", 2)[0]);
            }
        }
        return names;
    }
}
