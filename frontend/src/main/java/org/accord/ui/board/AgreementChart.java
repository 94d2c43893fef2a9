package org.accord.ui.board;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;
import org.accord.api.position.AgreementHistory;
import org.accord.api.position.ClauseStatus;
import org.accord.ui.i18n.Translations;
import org.accord.ui.negotiation.ClauseBadges;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * The chart of agreement over time: the server-side handle of {@code <accord-agreement-chart>}
 * ({@code frontend/src/main/frontend/board/accord-agreement-chart.ts}, Chart.js). It is given the
 * points exactly as the server disclosed them, the status labels in the user's language, and the
 * user's locale and time zone for the time axis. The attribute {@code data-points} (how many
 * points) and {@code data-latest} (the last point's counts) let tests see it change.
 */
@Tag("accord-agreement-chart")
@JsModule("./board/accord-agreement-chart.ts")
@NpmPackage(value = "chart.js", version = "4.6.1")
public class AgreementChart extends Component implements HasSize {

    /** The statuses drawn, from the least to the most agreed (the order of the stacked areas). */
    static final List<ClauseStatus> SERIES = List.of(ClauseStatus.ADOPTED, ClauseStatus.AGREED,
            ClauseStatus.AGREED_AD_REFERENDUM, ClauseStatus.OPTIONS, ClauseStatus.BRACKETED, ClauseStatus.PROPOSED);

    private AgreementHistory shown;

    public AgreementChart() {
        setId("agreement-chart");
        setWidthFull();
        getElement().setAttribute("role", "img");
    }

    public void show(AgreementHistory history, Locale locale, ZoneId zone) {
        shown = history;
        JsonArray series = Json.createArray();
        for (ClauseStatus status : SERIES) {
            JsonObject one = Json.createObject();
            one.put("status", status.name());
            one.put("label", ClauseBadges.label(status));
            one.put("colour", colourOf(status));
            series.set(series.length(), one);
        }
        JsonArray points = Json.createArray();
        for (AgreementHistory.Point point : history.points()) {
            JsonObject one = Json.createObject();
            one.put("at", point.at().toEpochMilli());
            JsonObject counts = Json.createObject();
            point.counts().forEach((status, count) -> counts.put(status.name(), count));
            one.put("counts", counts);
            points.set(points.length(), one);
        }
        getElement().setPropertyJson("series", series);
        getElement().setPropertyJson("points", points);
        getElement().setProperty("locale", locale.toLanguageTag());
        getElement().setProperty("timeZone", zone.getId());
        getElement().setProperty("emptyText", Translations.text("board.chart.empty"));
        getElement().setAttribute("data-points", String.valueOf(history.points().size()));
        getElement().setAttribute("data-latest", latest(history));
        getElement().setAttribute("aria-label", Translations.text("board.chart.label", latestText(history)));
    }

    /** The history shown, as the server disclosed it; {@code null} before the first answer. */
    public AgreementHistory shown() {
        return shown;
    }

    private static String latest(AgreementHistory history) {
        if (history.points().isEmpty()) {
            return "";
        }
        AgreementHistory.Point last = history.points().get(history.points().size() - 1);
        StringBuilder text = new StringBuilder();
        for (ClauseStatus status : SERIES) {
            text.append(text.isEmpty() ? "" : " ").append(status.name()).append('=').append(last.count(status));
        }
        return text.toString();
    }

    private static String latestText(AgreementHistory history) {
        if (history.points().isEmpty()) {
            return Translations.text("board.chart.empty");
        }
        AgreementHistory.Point last = history.points().get(history.points().size() - 1);
        StringBuilder text = new StringBuilder();
        for (ClauseStatus status : SERIES) {
            if (last.count(status) > 0) {
                text.append(text.isEmpty() ? "" : ", ").append(ClauseBadges.label(status)).append(": ")
                        .append(last.count(status));
            }
        }
        return text.toString();
    }

    /** Canvas needs real colours, not CSS variables: the same hues as the status badges. */
    static String colourOf(ClauseStatus status) {
        return switch (status) {
            case PROPOSED -> "hsl(214, 10%, 60%)";
            case BRACKETED -> "hsl(3, 70%, 50%)";
            case OPTIONS -> "hsl(35, 85%, 42%)";
            case AGREED_AD_REFERENDUM -> "hsl(150, 40%, 40%)";
            case AGREED -> "hsl(145, 65%, 32%)";
            case ADOPTED -> "hsl(145, 80%, 22%)";
        };
    }
}
