package org.casework.api.readme;

import org.casework.api.support.OwnServiceTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the commands of README's "A first file, step by step" as they stand, against a service of its own: only the
 * address and the passwords are those of the test service. Each answer's status is written to stderr by a wrapper
 * around curl, so the commands' own output stays as a reader sees it.
 */
class ReadmeWalkthroughTest extends OwnServiceTest {

    private static final Path README = Path.of("..", "README.md");
    private static final Pattern STATUS_LINE = Pattern.compile("^(\\d{3}) (\\S+) (\\S+)$", Pattern.MULTILINE);

    @Test
    void theWalkthroughRunsOnAnyDayWithEveryAnswerAsItsCommentsSay() throws Exception {
        String port = service.getEnvironment().getProperty("local.server.port");
        String script = "curl() { command curl -w '%{stderr}%{http_code} %{method} %{url_effective}\\n' \"$@\"; }\n"
                + walkthrough()
                .replace("http://localhost:8080", "http://localhost:" + port)
                .replaceAll("-u (\\w+):\\1 ", "-u $1:$1-pw ");
        Path scriptFile = dataDirectory.resolve("walkthrough.sh");
        Files.writeString(scriptFile, script);

        Process bash = new ProcessBuilder("bash", "-euo", "pipefail", scriptFile.toString())
                .redirectOutput(dataDirectory.resolve("walkthrough.out").toFile())
                .redirectError(dataDirectory.resolve("walkthrough.err").toFile())
                .start();
        assertThat(bash.waitFor(2, TimeUnit.MINUTES)).as("the walkthrough finished").isTrue();
        String output = Files.readString(dataDirectory.resolve("walkthrough.out"), StandardCharsets.UTF_8);
        String answers = Files.readString(dataDirectory.resolve("walkthrough.err"), StandardCharsets.UTF_8);
        assertThat(bash.exitValue()).as("exit code; answers:%n%s", answers).isZero();

        List<String> statuses = STATUS_LINE.matcher(answers).results().map(m -> m.group(1) + " " + m.group(2))
                .toList();
        assertThat(statuses).as("every curl of the walkthrough answered").hasSize(curls());
        // only the repeated birth number is refused, as its comment says
        assertThat(statuses.subList(0, statuses.size() - 5)).allMatch(status -> status.startsWith("2"));
        assertThat(statuses.get(statuses.size() - 5)).isEqualTo("409 POST");
        assertThat(statuses.subList(statuses.size() - 4, statuses.size())).allMatch(s -> s.startsWith("2"));

        assertThat(output).contains("\"colour\":\"GREEN\"", "\"name\":\"Dvořákovi\"", "ConsultationCorrected",
                "\"rule\":\"duplicate-birth-number\"");
        assertThat(memberCount(output)).as("members of the family").isEqualTo(2);
    }

    private static String walkthrough() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int start = readme.indexOf("```bash\n", readme.indexOf("## A first file, step by step")) + 8;
        return readme.substring(start, readme.indexOf("```\n", start));
    }

    private static int curls() throws IOException {
        return (int) Pattern.compile("\\bcurl -s\\b").matcher(walkthrough()).results().count();
    }

    private static int memberCount(String output) {
        Matcher family = Pattern.compile("\"members\":\\[(.*?)]", Pattern.DOTALL).matcher(output);
        assertThat(family.find()).as("a family answer with its members").isTrue();
        return (int) Pattern.compile("\"clientId\"").matcher(family.group(1)).results().count();
    }
}
