package org.accord.core.history;

import org.accord.api.adoption.AdoptionView;
import org.accord.api.adoption.CharterAdopted;
import org.accord.api.milestone.MilestoneIssued;
import org.accord.api.milestone.MilestoneView;
import org.accord.api.procedure.RoundScheduled;
import org.accord.api.procedure.RoundView;
import org.accord.api.silence.SilenceId;
import org.accord.api.silence.SilenceProcedureOpened;
import org.accord.api.silence.SilenceView;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The procedural record: rounds, issued texts, silence procedures, the adoption and what is
 * attached to it, kept as the read model's {@code round_view}, {@code milestone_view},
 * {@code silence_view}, {@code adoption_view} and {@code attachment_view} keep them. Rows are
 * immutable: {@link #copy()} copies the maps and the list.
 */
final class FoldedProceedings {

    /** An {@code adoption_view} row; the attachments are kept apart, as in SQL. */
    private record Adoption(String textHash, boolean bySilence, Instant adoptedAt) {
    }

    private Adoption adoption;
    private final Map<Integer, RoundView> rounds;
    private final Map<Integer, MilestoneView> milestones;
    private final Map<SilenceId, SilenceView> silences;
    private final List<AdoptionView.Attachment> attachments;
    private final Set<String> attachedEvents;

    FoldedProceedings() {
        this(null, new HashMap<>(), new HashMap<>(), new HashMap<>(), new ArrayList<>(), new HashSet<>());
    }

    private FoldedProceedings(Adoption adoption, Map<Integer, RoundView> rounds, Map<Integer, MilestoneView> milestones,
                              Map<SilenceId, SilenceView> silences, List<AdoptionView.Attachment> attachments,
                              Set<String> attachedEvents) {
        this.adoption = adoption;
        this.rounds = rounds;
        this.milestones = milestones;
        this.silences = silences;
        this.attachments = attachments;
        this.attachedEvents = attachedEvents;
    }

    FoldedProceedings copy() {
        return new FoldedProceedings(adoption, new HashMap<>(rounds), new HashMap<>(milestones),
                new HashMap<>(silences), new ArrayList<>(attachments), new HashSet<>(attachedEvents));
    }

    void restore(Collection<RoundView> roundRows, Collection<MilestoneView> milestoneRows,
                 Collection<SilenceView> silenceRows, AdoptionView adoptionRow, Set<String> attached) {
        roundRows.forEach(r -> rounds.put(r.number(), r));
        milestoneRows.forEach(m -> milestones.put(m.sequence(), m));
        silenceRows.forEach(s -> silences.put(s.silenceId(), s));
        if (adoptionRow != null) {
            adoption = new Adoption(adoptionRow.textHash(), adoptionRow.bySilence(), adoptionRow.adoptedAt());
            attachments.addAll(adoptionRow.attachments());
        }
        attachedEvents.addAll(attached);
    }

    Set<String> attachedEvents() {
        return Set.copyOf(attachedEvents);
    }

    Collection<RoundView> rounds() {
        return rounds.values();
    }

    Collection<MilestoneView> milestones() {
        return milestones.values();
    }

    Collection<SilenceView> silences() {
        return silences.values();
    }

    boolean adopted() {
        return adoption != null;
    }

    /** The adoption with its attachments in the order they were recorded; {@code null} before adoption. */
    AdoptionView adoption() {
        return adoption == null ? null
                : new AdoptionView(adoption.textHash(), adoption.bySilence(), adoption.adoptedAt(), attachments);
    }

    void round(RoundScheduled e) {
        rounds.putIfAbsent(e.number(), new RoundView(e.number(), e.title(), StoredTime.of(e.opensAt()),
                StoredTime.of(e.closesAt()), StoredTime.of(e.amendmentDeadline())));
    }

    void milestone(MilestoneIssued e, Instant at) {
        milestones.putIfAbsent(e.sequence(), new MilestoneView(e.sequence(), e.kind(), e.documentSymbol(),
                e.textHash(), e.clauses().size(), StoredTime.of(at)));
    }

    void adopted(CharterAdopted event, Instant at) {
        if (adoption == null) {
            adoption = new Adoption(event.textHash(), event.bySilence(), StoredTime.of(at));
        }
    }

    /** Once per event, as the unique {@code event_id} column has it. */
    void attach(String eventId, AdoptionView.Attachment attachment) {
        if (attachedEvents.add(eventId)) {
            attachments.add(attachment);
        }
    }

    void silenceOpened(SilenceProcedureOpened e) {
        silences.putIfAbsent(e.silenceId(), new SilenceView(e.silenceId(), e.clauses(), StoredTime.of(e.expiresAt()),
                SilenceView.State.OPEN, e.by().displayName(), null, null, null, List.of()));
    }

    void silenceClosed(SilenceId silence, SilenceView.State state, String brokenBy, String act, Instant closedAt) {
        silences.computeIfPresent(silence, (id, s) -> new SilenceView(id, s.clauses(), s.expiresAt(), state,
                s.openedBy(), brokenBy, act, StoredTime.of(closedAt), s.lateActs()));
    }

    void lateAct(SilenceId silence, String act) {
        silences.computeIfPresent(silence, (id, s) -> {
            List<String> late = new ArrayList<>(s.lateActs());
            late.add(act);
            return new SilenceView(id, s.clauses(), s.expiresAt(), s.state(), s.openedBy(), s.brokenBy(),
                    s.brokenAct(), s.closedAt(), late);
        });
    }
}
