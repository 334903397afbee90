package org.casework.api.page;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A colour's explanation in the page's language. The API explains a colour in English words made by one template
 * per case of R3's colour table (the query side's {@code Colouring}); this reads the facts back out of those words
 * (status, days, contract, plan, reason) and writes them with the language's own template. Words it does not
 * recognise are shown as the API gave them; ColourExplanationsTest covers every case of the table.
 */
@Component("colourExplanations")
public class ColourExplanations {

    private static final String DAY = "(\\d{4}-\\d{2}-\\d{2})";
    private static final Pattern SINCE = Pattern.compile("([a-z ]+) since " + DAY + "(.*)");
    private static final Pattern ENDED_WITH_REASON = Pattern.compile("([a-z ]+) on " + DAY
            + ", reason ([A-Z_]+)(?: \\((.*)\\))?");
    private static final String CONTRACT = "contract (.+) valid (?:until " + DAY + "|with no end date)";
    private static final Pattern IN_ORDER = Pattern.compile(", " + CONTRACT + ", plan in order \\(review due "
            + DAY + "\\)");
    private static final Pattern NO_PLAN = Pattern.compile(", " + CONTRACT + ", but no individual plan");
    private static final Pattern OVERDUE = Pattern.compile(", " + CONTRACT + ", but plan review overdue since " + DAY);
    private static final Pattern VALID_YET = Pattern.compile(", yet " + CONTRACT);
    private static final Pattern NO_VALID = Pattern.compile(", yet no valid contract(?: \\(contract (.+) (starts|ended)"
            + " on " + DAY + "\\))?");

    private final MessageSource messages;
    private final Formats formats;

    ColourExplanations(MessageSource messages, Formats formats) {
        this.messages = messages;
        this.formats = formats;
    }

    public String translate(String explanation) {
        if (explanation == null || explanation.isEmpty()) {
            return "";
        }
        if (explanation.equals("no status recorded yet")) {
            return text("explain.noStatus");
        }
        Matcher ended = ENDED_WITH_REASON.matcher(explanation);
        if (ended.matches()) {
            String reason = formats.code("status-reason", ended.group(3));
            String said = text("explain.endedWithReason", status(ended.group(1)), formats.date(ended.group(2)), reason);
            return ended.group(4) == null ? said : said + " (" + ended.group(4) + ")";
        }
        Matcher since = SINCE.matcher(explanation);
        if (!since.matches()) {
            return explanation;
        }
        String status = text("explain.since", status(since.group(1)), formats.date(since.group(2)));
        String rest = since.group(3);
        String more = rest(rest);
        return more == null ? explanation : more.isEmpty() ? status : status + ", " + more;
    }

    /** What follows "status since day", or null when it is not one of the table's cases. */
    private String rest(String rest) {
        if (rest.isEmpty()) {
            return "";
        }
        if (rest.equals(", not yet an applicant")) {
            return text("explain.notYetApplicant");
        }
        if (rest.equals(", waiting for admission: no valid contract")) {
            return text("explain.waitingForAdmission");
        }
        Matcher m = IN_ORDER.matcher(rest);
        if (m.matches()) {
            return text("explain.planInOrder", contract(m.group(1), m.group(2)), formats.date(m.group(3)));
        }
        m = NO_PLAN.matcher(rest);
        if (m.matches()) {
            return text("explain.noPlan", contract(m.group(1), m.group(2)));
        }
        m = OVERDUE.matcher(rest);
        if (m.matches()) {
            return text("explain.planOverdue", contract(m.group(1), m.group(2)), formats.date(m.group(3)));
        }
        m = VALID_YET.matcher(rest);
        if (m.matches()) {
            return text("explain.yetContract", contract(m.group(1), m.group(2)));
        }
        m = NO_VALID.matcher(rest);
        if (m.matches()) {
            if (m.group(1) == null) {
                return text("explain.noValidContract");
            }
            return text("explain.noValidContract." + m.group(2), m.group(1), formats.date(m.group(3)));
        }
        return null;
    }

    private String contract(String number, String until) {
        return until == null ? text("explain.contractOpenEnded", number)
                : text("explain.contractUntil", number, formats.date(until));
    }

    private String status(String words) {
        return formats.code("status", words.toUpperCase(Locale.ROOT).replace(' ', '_'));
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
