package org.accord.ui.i18n;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Deadlines in the reader's zone, and in the negotiation's own zone when the two differ. */
class UserTimeTest {

    static final Instant DEADLINE = Instant.parse("2026-12-03T12:00:00Z");

    @BeforeEach
    void ui() {
        MockVaadin.setup();
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    void readerIn(String zone) {
        VaadinSession.getCurrent().setAttribute(UserTime.ZONE, ZoneId.of(zone));
    }

    @Test
    void a_deadline_is_shown_in_the_readers_zone_and_in_the_negotiations() {
        readerIn("Europe/Berlin");
        assertThat(UserTime.deadline(DEADLINE, ZoneId.of("Asia/Tashkent")))
                .isEqualTo("Dec 3, 2026, 1:00 PM (Europe/Berlin) · Dec 3, 2026, 5:00 PM (Asia/Tashkent)");
        assertThat(UserTime.deadline(DEADLINE, ZoneOffset.UTC)).endsWith(" · Dec 3, 2026, 12:00 PM (UTC)");
    }

    @Test
    void once_when_both_zones_show_the_same_time() {
        readerIn("Asia/Samarkand"); // the same offset as Tashkent
        assertThat(UserTime.deadline(DEADLINE, ZoneId.of("Asia/Tashkent")))
                .isEqualTo("Dec 3, 2026, 5:00 PM (Asia/Samarkand)");
    }
}
