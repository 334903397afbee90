package org.casework.api.page;

import org.casework.domain.status.Status;
import org.casework.domain.status.StatusReason;
import org.casework.query.status.Colour;
import org.casework.query.status.ColourFacts;
import org.casework.query.status.Colouring;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every case of R3's colour table, explained by the query side in English, reads in Czech and Hungarian with the
 * days in the language's format: no case falls back to the API's English words.
 */
class ColourExplanationsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final LocalDate SINCE = LocalDate.of(2026, 10, 5);
    private static final Locale CS = Locale.forLanguageTag("cs");
    private static final Locale HU = Locale.forLanguageTag("hu");
    private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final List<String> ENGLISH = List.of("since", "contract", "valid", "reason", "plan ", "yet",
            "no status", "but", "waiting", "service user", "applicant", "terminated", "rejected", "suspended");

    private final MessageSource messages = new PageConfiguration().messageSource();
    private final Formats formats = new Formats(messages, Clock.fixed(TODAY.atStartOfDay(ZoneId.of("UTC"))
            .toInstant(), ZoneId.of("UTC")));
    private final ColourExplanations explanations = new ColourExplanations(messages, formats);

    @AfterEach
    void resetLanguage() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void everyCaseOfTheColourTableReadsInCzechAndHungarianWithTheLanguagesDays() {
        int checked = 0;
        for (Colour colour : Colour.values()) {
            List<Colouring.Case> cases = Colouring.casesOf(colour);
            assertThat(cases).as("cases of %s", colour).isNotEmpty();
            for (Colouring.Case table : cases) {
                for (ColourFacts facts : factsOf(table)) {
                    Colouring.Result result = Colouring.of(facts, TODAY);
                    assertThat(result.colour()).as("facts %s", facts).isEqualTo(colour);
                    for (Locale language : List.of(CS, HU)) {
                        assertReads(result.explanation(), language);
                    }
                    assertDaysIn(result.explanation(), Locale.ENGLISH);
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(40);
    }

    @Test
    void theStatusAndTheReasonAreTheCodeListsNames() {
        ColourFacts rejected = new ColourFacts(Status.REJECTED, SINCE, StatusReason.DID_NOT_COME, null, null, null,
                null);
        String english = Colouring.of(rejected, TODAY).explanation();
        assertThat(in(CS, english)).isEqualTo("Odmítnutý dne 5. 10. 2026, důvod: Nepřišel");
        assertThat(in(HU, english)).contains("Elutasított", "Nem jelent meg", formatted(SINCE, HU));

        ColourFacts green = new ColourFacts(Status.SERVICE_USER, SINCE, null, null,
                new ColourFacts.Contract("S-7", LocalDate.of(2026, 1, 1), null), null, LocalDate.of(2027, 3, 31));
        assertThat(in(CS, Colouring.of(green, TODAY).explanation())).isEqualTo("Uživatel služby od 5. 10. 2026,"
                + " smlouva S-7 platná na dobu neurčitou, plán v pořádku (revize do 31. 3. 2027)");
    }

    @Test
    void wordsNotFromTheColourTableAreShownAsTheApiGaveThem() {
        assertThat(in(CS, "something else entirely")).isEqualTo("something else entirely");
        assertThat(in(CS, "applicant since 2026-10-05, and then some")).isEqualTo(
                "applicant since 2026-10-05, and then some");
    }

    private void assertReads(String english, Locale language) {
        String translated = in(language, english);
        assertThat(translated).as("%s of \"%s\"", language, english).isNotEqualTo(english).isNotBlank();
        for (String word : ENGLISH) {
            assertThat(translated.toLowerCase(Locale.ROOT)).as("%s of \"%s\": %s", language, english, translated)
                    .doesNotContain(word);
        }
        assertDaysIn(english, language);
    }

    /** Every day the English explanation names is in the translation, as the language writes it; no ISO day is. */
    private void assertDaysIn(String english, Locale language) {
        String translated = in(language, english);
        Matcher day = ISO_DAY.matcher(english);
        while (day.find()) {
            assertThat(translated).as("%s of \"%s\"", language, english)
                    .contains(formatted(LocalDate.parse(day.group()), language));
        }
        assertThat(ISO_DAY.matcher(translated).find()).as("%s still has an ISO day", translated).isFalse();
    }

    private String in(Locale language, String english) {
        LocaleContextHolder.setLocale(language);
        return explanations.translate(english);
    }

    private String formatted(LocalDate day, Locale language) {
        LocaleContextHolder.setLocale(language);
        return formats.date(day.toString());
    }

    /** Facts giving this case of the table: each shape of contract and reason the explanation words differently. */
    private static List<ColourFacts> factsOf(Colouring.Case table) {
        LocalDate review = switch (table.plan()) {
            case NONE -> null;
            case IN_ORDER -> LocalDate.of(2027, 3, 31);
            case OVERDUE -> LocalDate.of(2026, 11, 20);
        };
        List<ColourFacts.Contract[]> contracts = table.contractValid()
                ? List.of(new ColourFacts.Contract[] {new ColourFacts.Contract("S-1", LocalDate.of(2026, 1, 1),
                        LocalDate.of(2027, 6, 30)), null},
                new ColourFacts.Contract[] {new ColourFacts.Contract("S-2", LocalDate.of(2026, 1, 1), null), null})
                : List.of(new ColourFacts.Contract[] {null, null},
                new ColourFacts.Contract[] {null, new ColourFacts.Contract("S-3", LocalDate.of(2027, 1, 15), null)},
                new ColourFacts.Contract[] {null, new ColourFacts.Contract("S-4", LocalDate.of(2025, 2, 1),
                        LocalDate.of(2026, 10, 31))});
        List<StatusReason> reasons = table.status() != null && table.status().takesReason()
                ? Arrays.stream(StatusReason.values()).filter(r -> r.appliesTo(table.status())).toList()
                : Arrays.asList((StatusReason) null);
        List<ColourFacts> facts = new ArrayList<>();
        for (ColourFacts.Contract[] contract : contracts) {
            for (StatusReason reason : reasons) {
                for (String note : reason == null ? Arrays.asList((String) null) : Arrays.asList(null, "moved")) {
                    facts.add(new ColourFacts(table.status(), table.status() == null ? null : SINCE, reason, note,
                            contract[0], contract[1], review));
                }
            }
        }
        return facts;
    }
}
