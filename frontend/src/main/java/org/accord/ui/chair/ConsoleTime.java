package org.accord.ui.chair;

import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import org.accord.ui.i18n.Language;
import org.accord.ui.i18n.UserTime;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * Deadlines as the console shows them: in the reader's zone (named), and in UTC, the reference
 * every delegation shares (a negotiation records no time zone of its own), unless the reader's
 * zone is at UTC's offset at that instant.
 */
final class ConsoleTime {

    private ConsoleTime() {
    }

    static String deadline(Instant at) {
        if (UserTime.zone().getRules().getOffset(at).equals(ZoneOffset.UTC)) {
            return UserTime.dateTimeWithZone(at);
        }
        return UserTime.dateTimeWithZone(at) + " · " + DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(Language.current()).withZone(ZoneOffset.UTC).format(at) + " (UTC)";
    }

    /** A picker of a moment in the reader's zone. */
    static DateTimePicker picker(String label, String id) {
        DateTimePicker picker = new DateTimePicker(label);
        picker.setId(id);
        picker.setLocale(Language.current());
        picker.setHelperText(UserTime.zone().getId());
        picker.setStep(Duration.ofMinutes(15));
        return picker;
    }

    static Instant instant(DateTimePicker picker) {
        LocalDateTime local = picker.getValue();
        return local == null ? null : local.atZone(UserTime.zone()).toInstant();
    }

    static LocalDateTime local(Instant at) {
        return LocalDateTime.ofInstant(at, UserTime.zone());
    }

    /** Remaining time as "2 d 03:04:05" (days only when there are any). */
    static String remaining(Duration left, String dayUnit) {
        long seconds = Math.max(0, left.toSeconds());
        long days = seconds / 86_400;
        String clock = String.format("%02d:%02d:%02d", seconds % 86_400 / 3600, seconds % 3600 / 60, seconds % 60);
        return days > 0 ? days + " " + dayUnit + " " + clock : clock;
    }
}
