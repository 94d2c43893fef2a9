package org.accord.api.procedure;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The rules a negotiation runs by.
 *
 * @param decisionRule          how a clause is agreed
 * @param confidentiality       what observers see
 * @param workingLanguages      ISO 639-1 codes, the first being the working language (e.g. ru, en)
 * @param minimumSilenceHours   the shortest silence procedure the chair may open (UN practice: 72)
 * @param timeZone              the negotiation's time zone (the venue's), in which its deadlines are
 *                              set and announced; UTC when not given (and in rules recorded before it existed)
 */
public record RulesOfProcedure(DecisionRule decisionRule,
                               Confidentiality confidentiality,
                               List<String> workingLanguages,
                               int minimumSilenceHours,
                               ZoneId timeZone) {

    public static final int DEFAULT_SILENCE_HOURS = 72;

    /** Rules whose deadlines are announced in UTC. */
    public RulesOfProcedure(DecisionRule decisionRule, Confidentiality confidentiality, List<String> workingLanguages,
                            int minimumSilenceHours) {
        this(decisionRule, confidentiality, workingLanguages, minimumSilenceHours, ZoneOffset.UTC);
    }

    public RulesOfProcedure {
        timeZone = timeZone == null ? ZoneOffset.UTC : timeZone;
        Objects.requireNonNull(decisionRule, "decisionRule");
        Objects.requireNonNull(confidentiality, "confidentiality");
        workingLanguages = List.copyOf(workingLanguages).stream().map(l -> l.toLowerCase(Locale.ROOT)).toList();
        if (workingLanguages.isEmpty()) {
            throw new IllegalArgumentException("At least one working language is needed");
        }
        workingLanguages.forEach(language -> {
            if (!language.matches("[a-z]{2}")) {
                throw new IllegalArgumentException("A working language is a two-letter ISO 639-1 code, got '" + language + "'");
            }
        });
        if (workingLanguages.stream().distinct().count() != workingLanguages.size()) {
            throw new IllegalArgumentException("Working languages must not repeat");
        }
        if (minimumSilenceHours < 1 || minimumSilenceHours > 24 * 90) {
            throw new IllegalArgumentException("The minimum silence must be between 1 hour and 90 days");
        }
    }

    /** Consensus, live observers, Russian and English, 72 hours of silence. */
    public static RulesOfProcedure standard() {
        return new RulesOfProcedure(DecisionRule.CONSENSUS, Confidentiality.LIVE, List.of("ru", "en"), DEFAULT_SILENCE_HOURS);
    }
}
