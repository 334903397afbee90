package org.casework.api.page;

import org.springframework.context.MessageSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A field path the API names in a refusal, in the page's words, part by part: {@code members[2].incomes[0].kind}
 * reads "Person 3 › Income 1 › Kind of income" (bundle {@code messages/fields}).
 * <ul>
 *     <li>a name is {@code field.<parent>.<name>} where the name means another thing under its parent (an income's
 *     {@code kind}, a day of {@code slots}), else {@code field.<name>}, else the name as the API wrote it;</li>
 *     <li>an index makes the list before it one item, numbered from 1: {@code field.<list>.item} ("Person {0}"),
 *     else {@code field.item} ("{0}, item {1}");</li>
 *     <li>a map key ({@code slots[MONDAY]}, as Bean Validation writes it, or {@code slots.MONDAY}) is a name; an
 *     empty index ({@code roles[]}, an element of a set) adds nothing.</li>
 * </ul>
 */
final class FieldLabels {

    static final String SEPARATOR = " › ";

    /** A name between dots, or what a pair of brackets holds. */
    private static final Pattern PART = Pattern.compile("([^.\\[\\]]+)|\\[([^\\]]*)]");
    private static final Pattern INDEX = Pattern.compile("\\d{1,9}");

    private FieldLabels() {
    }

    /** The words of {@code path}; empty for a refusal that names no field. */
    static String of(String path, MessageSource messages, Locale locale) {
        if (path == null || path.isBlank()) {
            return "";
        }
        List<String> labels = new ArrayList<>();
        String parent = null;
        String list = null; // the name the last label is of, while no index has made it an item
        Matcher part = PART.matcher(path);
        while (part.find()) {
            String name = part.group(1) != null ? part.group(1) : part.group(2);
            if (name.isEmpty()) {
                continue;
            }
            if (part.group(1) == null && INDEX.matcher(name).matches()) {
                String number = String.valueOf(Integer.parseInt(name) + 1);
                int last = labels.size() - 1;
                if (last < 0) {
                    labels.add(part.group());
                } else {
                    labels.set(last, item(list, labels.get(last), number, messages, locale));
                }
                list = null;
                continue;
            }
            labels.add(name(parent, name, messages, locale));
            parent = name;
            list = name;
        }
        return labels.isEmpty() ? path : String.join(SEPARATOR, labels);
    }

    private static String name(String parent, String name, MessageSource messages, Locale locale) {
        String label = parent == null ? null : text("field." + parent + "." + name, null, messages, locale);
        if (label == null) {
            label = text("field." + name, null, messages, locale);
        }
        return label != null ? label : name;
    }

    private static String item(String list, String label, String number, MessageSource messages, Locale locale) {
        String item = list == null ? null : text("field." + list + ".item", new Object[]{number}, messages, locale);
        if (item == null) {
            item = text("field.item", new Object[]{label, number}, messages, locale);
        }
        return item != null ? item : label + " " + number;
    }

    /** The text of {@code key}, or null when no bundle has it. */
    private static String text(String key, Object[] arguments, MessageSource messages, Locale locale) {
        String text = messages.getMessage(key, arguments, null, locale);
        return text == null || text.equals(key) ? null : text;
    }
}
