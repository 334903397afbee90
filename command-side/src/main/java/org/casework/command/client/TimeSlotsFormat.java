package org.casework.command.client;

import org.casework.command.rules.InvalidValue;
import org.casework.domain.client.TimeSlot;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Requested time slots of personal assistance for one weekday (seed 003, rule R7): intervals
 * {@code HH.MM-HH.MM} joined by commas, spaces optional, in any order; each interval starts before it ends and
 * uses valid times. A blank text means no slot that day.
 */
public final class TimeSlotsFormat {

    private static final Pattern INTERVAL =
            Pattern.compile("(\\d{1,2})\\.(\\d{2})\\s*-\\s*(\\d{1,2})\\.(\\d{2})");

    private TimeSlotsFormat() {
    }

    /** The slots in ascending order of start; throws {@link InvalidValue} naming the broken rule. */
    public static List<TimeSlot> parse(String text) {
        List<TimeSlot> slots = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return slots;
        }
        for (String part : text.split(",", -1)) {
            Matcher matcher = INTERVAL.matcher(part.strip());
            if (!matcher.matches()) {
                throw new InvalidValue("time-slot-format",
                        "'" + part.strip() + "' is not an interval HH.MM-HH.MM (intervals are joined by commas)");
            }
            LocalTime start = time(matcher.group(1), matcher.group(2), part);
            LocalTime end = time(matcher.group(3), matcher.group(4), part);
            if (!start.isBefore(end)) {
                throw new InvalidValue("time-slot-start-before-end",
                        "'" + part.strip() + "' must start before it ends");
            }
            slots.add(new TimeSlot(start, end));
        }
        slots.sort(Comparator.comparing(TimeSlot::start));
        return slots;
    }

    private static LocalTime time(String hours, String minutes, String part) {
        int h = Integer.parseInt(hours);
        int m = Integer.parseInt(minutes);
        if (h > 23 || m > 59) {
            throw new InvalidValue("time-slot-valid-time",
                    "'" + part.strip() + "' contains a time that does not exist (hours 0-23, minutes 00-59)");
        }
        return LocalTime.of(h, m);
    }

}
