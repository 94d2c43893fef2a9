package org.accord.ui.chair;

import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import org.accord.ui.i18n.Language;
import org.accord.ui.i18n.UserTime;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;

/** Moments as the console shows and takes them, in the reader's zone. */
final class ConsoleTime {

    private ConsoleTime() {
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
