package org.accord.ui.history;

import org.accord.api.history.TimelineEntry;
import org.accord.api.negotiation.ArticleView;
import org.accord.api.negotiation.DelegationView;
import org.accord.api.negotiation.NegotiationView;
import org.accord.api.shared.ArticleId;
import org.accord.ui.i18n.Translations;
import org.accord.ui.i18n.UserTime;
import org.accord.ui.negotiation.ClauseBadges;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An act of the timeline as a sentence in the reader's language, e.g. "Uzbekistan (A. Karimov)
 * tabled an amendment to Article 4. Response: substitution". The message of an act is
 * {@code history.act.<EventName>}; its places {@code {0}}, {@code {1}}, {@code {2}} are filled from
 * the {@link Slot}s listed here for that act: who acted, the clause (its number and heading in the
 * charter as it stands now), or one of the event's parameters, translated when it is an enum or
 * a time. An act not listed is told by {@code history.act.unknown}.
 */
final class TimelineSentences {

    /** Where a place of the sentence comes from. */
    record Slot(Source source, String param) {
        enum Source { WHO, CLAUSE, TEXT, LABEL, TIME, CLAUSE_PARAM }

        static final Slot WHO = new Slot(Source.WHO, null);
        static final Slot CLAUSE = new Slot(Source.CLAUSE, null);

        static Slot text(String param) {
            return new Slot(Source.TEXT, param);
        }

        /** An enum constant, translated by the key {@code prefix + value}; the param is "name:prefix". */
        static Slot label(String param, String prefix) {
            return new Slot(Source.LABEL, param + ":" + prefix);
        }

        static Slot time(String param) {
            return new Slot(Source.TIME, param);
        }

        static Slot clause(String param) {
            return new Slot(Source.CLAUSE_PARAM, param);
        }
    }

    static final String PREFIX = "history.act.";
    static final String UNKNOWN = PREFIX + "unknown";

    /** The places of every act's sentence; the keys are exactly the events the timeline records. */
    static final Map<String, List<Slot>> SLOTS = Map.ofEntries(
            Map.entry("NegotiationOpened", List.of(Slot.WHO, Slot.text("title"))),
            Map.entry("RulesOfProcedureChanged", List.of(Slot.WHO)),
            Map.entry("RoundScheduled", List.of(Slot.WHO, Slot.text("number"), Slot.text("title"))),
            Map.entry("MemberAccredited", List.of(Slot.WHO, Slot.text("name"))),
            Map.entry("ObserverAccredited", List.of(Slot.WHO, Slot.text("name"))),
            Map.entry("ArticleAdded", List.of(Slot.WHO, Slot.CLAUSE)),
            Map.entry("PreambleParagraphAdded", List.of(Slot.WHO, Slot.CLAUSE)),
            Map.entry("ParagraphAdded", List.of(Slot.WHO, Slot.CLAUSE, Slot.clause("articleId"))),
            Map.entry("ClauseRevised", List.of(Slot.WHO, Slot.CLAUSE, Slot.text("revision"))),
            Map.entry("ClauseEdited", List.of(Slot.WHO, Slot.CLAUSE, Slot.text("revision"))),
            Map.entry("ClauseSplit", List.of(Slot.WHO, Slot.CLAUSE, Slot.clause("newClauseId"))),
            Map.entry("ClausesMerged", List.of(Slot.WHO, Slot.clause("mergedClauseId"), Slot.CLAUSE)),
            Map.entry("ArticleMoved", List.of(Slot.WHO, Slot.CLAUSE)),
            Map.entry("PositionDeclared", List.of(Slot.WHO, Slot.CLAUSE, Slot.label("kind", "PositionKind."))),
            Map.entry("ClauseReopened", List.of(Slot.WHO, Slot.CLAUSE, Slot.text("reason"))),
            Map.entry("AmendmentTabled", List.of(Slot.WHO, Slot.CLAUSE, Slot.label("kind", "AmendmentKind."))),
            Map.entry("AmendmentRevised", List.of(Slot.WHO, Slot.text("amendmentId"), Slot.label("kind", "AmendmentKind."))),
            Map.entry("AmendmentRebased", List.of(Slot.WHO, Slot.text("amendmentId"), Slot.text("revision"))),
            Map.entry("AmendmentNeedsRevision", List.of(Slot.WHO, Slot.text("amendmentId"), Slot.text("revision"))),
            Map.entry("AmendmentCosponsorJoined", List.of(Slot.WHO, Slot.text("amendmentId"))),
            Map.entry("AmendmentCosponsorLeft", List.of(Slot.WHO, Slot.text("amendmentId"))),
            Map.entry("AmendmentWithdrawn", List.of(Slot.WHO, Slot.text("amendmentId"))),
            Map.entry("AmendmentRejected", List.of(Slot.WHO, Slot.text("amendmentId"), Slot.text("reason"))),
            Map.entry("AmendmentIncorporated", List.of(Slot.WHO, Slot.text("amendmentId"), Slot.CLAUSE)),
            Map.entry("AmendmentSuperseded", List.of(Slot.WHO, Slot.text("amendmentId"), Slot.text("by"))),
            Map.entry("AmendmentsCombinedIntoOptions", List.of(Slot.WHO, Slot.CLAUSE, Slot.text("amendments"))),
            Map.entry("ClauseCommented", List.of(Slot.WHO, Slot.CLAUSE)),
            Map.entry("MilestoneIssued", List.of(Slot.WHO, Slot.text("documentSymbol"),
                    Slot.label("kind", "console.milestone-kind."))),
            Map.entry("CharterAdopted", List.of(Slot.WHO)),
            Map.entry("CharterAuthenticated", List.of(Slot.WHO, Slot.label("act", "console.attachment."))),
            Map.entry("StatementAttached", List.of(Slot.WHO, Slot.label("kind", "console.attachment."))),
            Map.entry("SilenceProcedureOpened", List.of(Slot.WHO, Slot.time("expiresAt"))),
            Map.entry("SilenceBroken", List.of(Slot.WHO, Slot.text("act"))),
            Map.entry("SilenceHeld", List.of(Slot.WHO, Slot.time("expiredAt"))),
            Map.entry("LateObjectionRecorded", List.of(Slot.WHO, Slot.text("act"))));

    private TimelineSentences() {
    }

    /** The kinds of act a person can filter by. */
    static Set<String> acts() {
        return SLOTS.keySet();
    }

    /** The readable name of a kind of act, e.g. "amendment tabled". */
    static String kind(String act) {
        return SLOTS.containsKey(act) ? Translations.text("history.kind." + act) : act;
    }

    /** The sentence of {@code entry}, without its time. */
    static String sentence(TimelineEntry entry, NegotiationView current) {
        List<Slot> slots = SLOTS.get(entry.act());
        if (slots == null) {
            return Translations.text(UNKNOWN, who(entry, current), entry.act(), clause(entry.clauseId(), current));
        }
        Object[] values = slots.stream().map(slot -> fill(slot, entry, current)).toArray();
        return Translations.text(PREFIX + entry.act(), values);
    }

    /** "13:02 Uzbekistan (A. Karimov) tabled …": the time in the reader's zone, with the date. */
    static String line(TimelineEntry entry, NegotiationView current) {
        return UserTime.dateTime(entry.at()) + " · " + sentence(entry, current);
    }

    private static String fill(Slot slot, TimelineEntry entry, NegotiationView current) {
        return switch (slot.source()) {
            case WHO -> who(entry, current);
            case CLAUSE -> clause(entry.clauseId(), current);
            case TEXT -> entry.params().getOrDefault(slot.param(), "—");
            case CLAUSE_PARAM -> Optional.ofNullable(entry.params().get(slot.param()))
                    .map(id -> clause(ArticleId.of(id), current)).orElse("—");
            case TIME -> time(entry.params().get(slot.param()));
            case LABEL -> {
                String[] parts = slot.param().split(":", 2);
                String value = entry.params().get(parts[0]);
                yield value == null ? "—" : Translations.text(parts[1] + value);
            }
        };
    }

    /** "Uzbekistan (A. Karimov)"; the person alone for the chair; "the system" for a derived act. */
    static String who(TimelineEntry entry, NegotiationView current) {
        if (entry.actorName() == null && entry.actor() == null) {
            return Translations.text("history.who.system");
        }
        String person = entry.actorName() != null ? entry.actorName() : entry.actor();
        if (entry.delegation() == null) {
            return person;
        }
        String delegation = current.delegations().stream().filter(d -> d.code().equals(entry.delegation()))
                .map(DelegationView::name).findFirst().orElse(entry.delegation().value());
        return Translations.text("notification.actor-of", delegation, person);
    }

    /** The clause's number and heading in the charter as it stands now; its id when no longer there. */
    static String clause(ArticleId id, NegotiationView current) {
        if (id == null) {
            return Translations.text("history.no-clause");
        }
        return current.articles().stream().filter(a -> a.articleId().equals(id)).findFirst()
                .map(ClauseBadges::heading).orElse(id.value());
    }

    static Optional<ArticleView> article(ArticleId id, NegotiationView view) {
        return id == null ? Optional.empty()
                : view.articles().stream().filter(a -> a.articleId().equals(id)).findFirst();
    }

    private static String time(String instant) {
        if (instant == null) {
            return "—";
        }
        try {
            return UserTime.dateTime(Instant.parse(instant));
        } catch (DateTimeParseException e) {
            return instant;
        }
    }
}
