package org.casework.api.page;

import org.casework.api.security.Role;
import org.casework.domain.engagement.ClosureReason;
import org.casework.domain.engagement.ConsultationKind;
import org.casework.domain.engagement.ConsultationPlace;
import org.casework.domain.engagement.ProblemType;
import org.casework.domain.family.Relation;
import org.casework.domain.household.HouseholdRelation;
import org.casework.domain.household.IncomeKind;
import org.casework.domain.household.IncomeType;
import org.casework.domain.household.Tenure;
import org.casework.domain.settings.StatusMode;
import org.casework.domain.sharing.ConsentScope;
import org.casework.domain.status.Status;
import org.casework.domain.status.StatusReason;
import org.casework.domain.status.StatusSource;
import org.casework.query.access.AccessBasis;
import org.casework.query.care.FileKind;
import org.casework.query.discrepancy.DiscrepancyKind;
import org.casework.query.reminder.ReminderKind;
import org.casework.query.status.Colour;
import org.casework.query.status.Colouring;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No text of the pages is missing in any language: every bundle has the same keys in English, Czech and Hungarian;
 * every value of a code list the API returns has its name; every rule the API can name in a refusal has its text;
 * every key a template or a page's Java code names literally exists.
 * <p>
 * Keys built at run time are not checked here but where they are built: {@code code.<list>.<value>}
 * ({@code Formats.code}) by the code lists below, {@code rule.<rule>} ({@code Refusals}) by the scan of the sources,
 * {@code explain.*} ({@code ColourExplanations}) by ColourExplanationsTest, {@code field.<field>}
 * ({@code FieldLabels}) by FieldKeysTest. Not checked at all: the templates' {@code #{${'card.tab.' + t}}},
 * {@code #{${'login.error.' + error}}}, {@code #{${'login.code.error.' + error}}},
 * {@code #{${'problem.' + problem}}}, and Refusals' {@code problem.<type>}.
 */
class MessageKeysTest {

    private static final Path MESSAGES = Path.of("src/main/resources/messages");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final List<Path> SOURCES = List.of(Path.of("../command-side/src/main/java"),
            Path.of("src/main/java"), Path.of("../query-side/src/main/java"));
    private static final List<String> LANGUAGES = List.of("", "_cs", "_hu");

    /** The enums whose values the API returns to the pages; the list's name is the enum's, in kebab case. */
    static final List<Class<? extends Enum<?>>> CODE_LISTS = List.of(Status.class, StatusReason.class,
            StatusSource.class, StatusMode.class, Colour.class, Colouring.PlanState.class, ReminderKind.class,
            DiscrepancyKind.class, ConsultationKind.class, ConsultationPlace.class, ProblemType.class,
            ClosureReason.class, Relation.class, HouseholdRelation.class, IncomeType.class, IncomeKind.class,
            Tenure.class, ConsentScope.class, FileKind.class, AccessBasis.class, Role.class,
            java.time.DayOfWeek.class);

    /**
     * The calls that name a rule, with their number of arguments and the position of the rule among them:
     * {@code violations.require(holds, field, rule, message)}, {@code violations.add(field, rule, message)} ...
     */
    private static final List<RuleCall> RULE_CALLS = List.of(
            new RuleCall("\\.require\\(", 4, 2),
            new RuleCall("\\.add\\(", 3, 1),
            new RuleCall("RuleViolationException\\.of\\(", 3, 1),
            new RuleCall("new Violation\\(", 3, 1),
            new RuleCall("BusinessDates\\.notBefore\\(", 6, 4),
            new RuleCall("new InvalidValue\\(", 2, 0),
            new RuleCall("new InvalidInputException\\(", 3, 1),
            new RuleCall("new FieldError\\(", 3, 1),
            new RuleCall("new RefusedValue\\(", 4, 2));
    private static final Pattern RULE = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final Pattern CONSTANT = Pattern.compile("(?:\\w+\\.)?([A-Z][A-Z0-9_]*)");
    private static final Pattern STRING_CONSTANT = Pattern.compile(
            "static final String ([A-Z][A-Z0-9_]*) = \"([^\"]*)\";");
    private static final Pattern CONSTRAINT_IMPORT = Pattern.compile(
            "jakarta\\.validation\\.constraints\\.([A-Z]\\w+)");
    private static final Pattern TEMPLATE_KEY = Pattern.compile(
            "#\\{([A-Za-z][\\w.-]*)[}(]|#messages\\.msg\\w*\\('([^']+)'\\s*[,)]");
    private static final Path PAGE_SOURCES = Path.of("src/main/java/org/casework/api/page");
    private static final Pattern JAVA_KEY = Pattern.compile("getMessage\\(\"([A-Za-z][\\w.-]*)\"\\s*,");

    private record RuleCall(String start, int arguments, int rule) {
    }

    @Test
    void everyBundleHasTheSameKeysInEnglishCzechAndHungarian() throws IOException {
        Set<String> bundles = bundles();
        assertThat(bundles).contains("web", "codes", "rules");
        List<String> problems = new ArrayList<>();
        for (String bundle : bundles) {
            Set<String> english = load(bundle, "").keySet();
            for (String language : LANGUAGES.subList(1, LANGUAGES.size())) {
                Path file = MESSAGES.resolve(bundle + language + ".properties");
                if (!Files.exists(file)) {
                    problems.add(file + " is missing");
                    continue;
                }
                Set<String> translated = load(bundle, language).keySet();
                Set<String> missing = new TreeSet<>(english);
                missing.removeAll(translated);
                Set<String> extra = new TreeSet<>(translated);
                extra.removeAll(english);
                if (!missing.isEmpty()) {
                    problems.add(file + " misses " + missing);
                }
                if (!extra.isEmpty()) {
                    problems.add(file + " has keys the English " + bundle + ".properties has not: " + extra);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void noTextIsEmptyAndEveryTextReadsAsItsUseFormatsIt() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String bundle : bundles()) {
            for (String language : LANGUAGES) {
                load(bundle, language).forEach((key, value) -> {
                    String where = bundle + language + ".properties: " + key;
                    if (value.isBlank()) {
                        problems.add(where + " is empty");
                        return;
                    }
                    // a text with arguments (and every rule text: Refusals passes the API's words) goes through
                    // MessageFormat, where a lone quote starts a quoted part; one without arguments is shown as it is
                    boolean formatted = bundle.equals("rules") || value.matches("(?s).*\\{\\d.*");
                    if (formatted) {
                        try {
                            new MessageFormat(value, Locale.ROOT);
                        } catch (IllegalArgumentException e) {
                            problems.add(where + " is no MessageFormat pattern: " + e.getMessage());
                        }
                        if (value.replace("''", "").contains("'")) {
                            problems.add(where + " has a single quote; in a text with arguments write it as ''");
                        }
                    } else if (value.contains("''")) {
                        problems.add(where + " has a doubled quote, shown doubled in a text without arguments");
                    }
                });
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void aNumberOfDaysReadsInEachLanguagesGrammar() throws IOException {
        String en = load("web", "").get("home.daysWithout");
        String cs = load("web", "_cs").get("home.daysWithout");
        String hu = load("web", "_hu").get("home.daysWithout");
        assertThat(days(en, "en", 1)).isEqualTo("1 day since the last consultation");
        assertThat(days(en, "en", 2)).isEqualTo("2 days since the last consultation");
        assertThat(days(cs, "cs", 1)).isEqualTo("1 den od poslední konzultace");
        assertThat(days(cs, "cs", 3)).isEqualTo("3 dny od poslední konzultace");
        assertThat(days(cs, "cs", 5)).isEqualTo("5 dní od poslední konzultace");
        assertThat(days(cs, "cs", 1234)).isEqualTo("1\u00a0234 dní od poslední konzultace");
        assertThat(days(hu, "hu", 1)).isEqualTo("1 nap az utolsó konzultáció óta");
        assertThat(days(hu, "hu", 5)).isEqualTo("5 nap az utolsó konzultáció óta");
    }

    private static String days(String pattern, String language, int days) {
        return new MessageFormat(pattern, Locale.forLanguageTag(language)).format(new Object[]{days});
    }

    @Test
    void everyValueOfEveryCodeListHasItsNameInEveryLanguage() throws IOException {
        Map<String, Set<String>> lists = new TreeMap<>();
        for (Class<? extends Enum<?>> list : CODE_LISTS) {
            Set<String> values = new TreeSet<>();
            for (Enum<?> constant : list.getEnumConstants()) {
                values.add(constant.name());
            }
            lists.put(kebab(list.getSimpleName()), values);
        }
        assertThat(lists).containsKeys("status", "status-reason", "consultation-kind", "income-kind", "plan-state");
        List<String> problems = new ArrayList<>();
        for (String language : LANGUAGES) {
            Set<String> keys = load("codes", language).keySet();
            lists.forEach((list, values) -> values.stream().map(value -> "code." + list + "." + value)
                    .filter(key -> !keys.contains(key))
                    .forEach(key -> problems.add("codes" + language + ".properties misses " + key)));
            for (String key : keys) {
                String[] parts = key.split("\\.", 3);
                if (parts.length != 3 || !parts[0].equals("code") || !lists.containsKey(parts[1])
                        || !lists.get(parts[1]).contains(parts[2])) {
                    problems.add("codes" + language + ".properties names no value of a code list: " + key);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyRuleTheApiCanNameHasItsTextInEveryLanguage() throws Exception {
        Set<String> rules = rulesInSources();
        assertThat(rules).hasSizeGreaterThanOrEqualTo(30).contains(
                "birth-number-check-digit", "not-in-future", "reason-required", // literal in Violations calls
                "date-range", "control-character", // constants
                "not-before-joined", "accepted-not-before-received", // BusinessDates.notBefore
                "time-slot-format", "unknown-field", "required", "size"); // InvalidValue, ProblemHandler, @Size
        List<String> problems = new ArrayList<>();
        for (String language : LANGUAGES) {
            Set<String> keys = load("rules", language).keySet();
            rules.stream().map(rule -> "rule." + rule).filter(key -> !keys.contains(key))
                    .forEach(key -> problems.add("rules" + language + ".properties misses " + key));
            keys.stream().filter(key -> !rules.contains(key.substring("rule.".length())))
                    .forEach(key -> problems.add("rules" + language + ".properties has " + key
                            + ", a rule no source names"));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyKeyATemplateOrAPageNamesExistsInEveryLanguage() throws IOException {
        Map<String, Set<String>> used = new TreeMap<>();
        keysNamed(TEMPLATES, ".html", TEMPLATE_KEY, used);
        keysNamed(PAGE_SOURCES, ".java", JAVA_KEY, used);
        assertThat(used).containsKeys("layout.skip", "home.title");
        List<String> problems = new ArrayList<>();
        for (String language : LANGUAGES) {
            Set<String> keys = new HashSet<>();
            for (String bundle : bundles()) {
                keys.addAll(load(bundle, language).keySet());
            }
            used.forEach((key, files) -> {
                if (!keys.contains(key)) {
                    problems.add(key + " (" + String.join(", ", files) + ") is in no bundle of language "
                            + (language.isEmpty() ? "en" : language.substring(1)));
                }
            });
        }
        assertThat(problems).isEmpty();
    }

    /** The keys the files under {@code root} name literally, each with the files naming it. */
    private static void keysNamed(Path root, String ending, Pattern pattern, Map<String, Set<String>> used)
            throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(ending)).toList()) {
                Matcher key = pattern.matcher(Files.readString(file));
                while (key.find()) {
                    String name = key.group(1) != null ? key.group(1) : key.group(2);
                    used.computeIfAbsent(name, k -> new TreeSet<>()).add(root.relativize(file).toString());
                }
            }
        }
    }

    /** Every rule a call in the main sources names literally or by a string constant, and Bean Validation's. */
    static Set<String> rulesInSources() throws Exception {
        Map<Path, String> sources = new HashMap<>();
        for (Path root : SOURCES) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    sources.put(file, withoutComments(Files.readString(file)));
                }
            }
        }
        Map<String, Set<String>> constants = new HashMap<>();
        sources.values().forEach(source -> {
            Matcher constant = STRING_CONSTANT.matcher(source);
            while (constant.find()) {
                constants.computeIfAbsent(constant.group(1), k -> new HashSet<>()).add(constant.group(2));
            }
        });
        Set<String> rules = new TreeSet<>();
        Set<String> constraints = new TreeSet<>();
        for (String source : sources.values()) {
            for (RuleCall call : RULE_CALLS) {
                Matcher start = Pattern.compile(call.start()).matcher(source);
                while (start.find()) {
                    List<String> arguments = arguments(source, start.end());
                    if (arguments.size() == call.arguments()) {
                        rules.addAll(ruleOf(arguments.get(call.rule()), constants));
                    }
                }
            }
            Matcher constraint = CONSTRAINT_IMPORT.matcher(source);
            while (constraint.find()) {
                constraints.add(constraint.group(1));
            }
        }
        // ProblemHandler turns a Bean Validation constraint into the rule it answers (NotBlank: required)
        Method ruleOf = Class.forName("org.casework.api.web.ProblemHandler").getDeclaredMethod("ruleOf",
                String.class);
        ruleOf.setAccessible(true);
        for (String constraint : constraints) {
            rules.add((String) ruleOf.invoke(null, constraint));
        }
        rules.add((String) ruleOf.invoke(null, (Object) null));
        return rules;
    }

    /** The rule an argument names: a kebab-case literal, or a string constant holding one; none for a variable. */
    private static Set<String> ruleOf(String argument, Map<String, Set<String>> constants) {
        if (argument.length() > 2 && argument.startsWith("\"") && argument.endsWith("\"")) {
            String literal = argument.substring(1, argument.length() - 1);
            return RULE.matcher(literal).matches() ? Set.of(literal) : Set.of();
        }
        Matcher constant = CONSTANT.matcher(argument);
        if (constant.matches()) {
            return constants.getOrDefault(constant.group(1), Set.of()).stream()
                    .filter(value -> RULE.matcher(value).matches()).collect(java.util.stream.Collectors.toSet());
        }
        return Set.of();
    }

    /** The top-level arguments of the call whose argument list starts at {@code from}, trimmed. */
    private static List<String> arguments(String source, int from) {
        List<String> arguments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        for (int i = from; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '"' || c == '\'') {
                int end = i + 1;
                while (end < source.length() && source.charAt(end) != c) {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                current.append(source, i, Math.min(end + 1, source.length()));
                i = end;
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth == 0) {
                    arguments.add(current.toString().trim());
                    return arguments;
                }
                depth--;
            }
            if (c == ',' && depth == 0) {
                arguments.add(current.toString().trim());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        return List.of();
    }

    private static String withoutComments(String source) {
        return source.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)//[^\\n\"]*$", "");
    }

    static String kebab(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    /** The base names of the bundles: every {@code messages/<topic>.properties} without a language suffix. */
    private static Set<String> bundles() throws IOException {
        try (Stream<Path> files = Files.list(MESSAGES)) {
            Set<String> names = new TreeSet<>();
            files.map(f -> f.getFileName().toString())
                    .filter(name -> name.endsWith(".properties") && !name.matches(".*_[a-z]{2}\\.properties"))
                    .forEach(name -> names.add(name.substring(0, name.length() - ".properties".length())));
            return names;
        }
    }

    private static Map<String, String> load(String bundle, String language) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(MESSAGES.resolve(bundle + language + ".properties"),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Map<String, String> texts = new TreeMap<>();
        properties.forEach((key, value) -> texts.put((String) key, (String) value));
        return texts;
    }
}
