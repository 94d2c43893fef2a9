package org.accord.core.history;

import org.accord.api.negotiation.NegotiationView;
import org.accord.core.negotiation.NegotiationRows;
import org.accord.core.negotiation.ReadModelUpdates;
import org.axonframework.eventhandling.EventMessage;

import java.util.Optional;

/**
 * A negotiation as it stood after the events folded into it so far. Starts empty and takes the
 * negotiation's events one by one, in stream order, through the projection's own
 * {@link ReadModelUpdates} into an in-memory copy of the read model; {@link #view()} is then equal
 * to what {@code FindNegotiation} answers once the projection has handled the same events. The
 * event time is the message's timestamp, as the projection's {@code @Timestamp}. No Spring, no
 * database.
 * <p>
 * <b>Copies.</b> {@link #copy()} gives an independent fold at the same point; folding on into one
 * leaves the other as it was. It copies the maps that hold the rows, not the rows, which are
 * immutable records, so it costs one pass over the rows: keep a copy every N events as a
 * keyframe and fold only the events after it.
 * <p>
 * Not thread-safe: one fold, one thread.
 */
public final class CharterFold {

    private final FoldedReadModel readModel;
    private final ReadModelUpdates updates;
    private long folded;

    public CharterFold() {
        this(new FoldedReadModel(), 0);
    }

    private CharterFold(FoldedReadModel readModel, long folded) {
        this.readModel = readModel;
        this.updates = new ReadModelUpdates(readModel);
        this.folded = folded;
    }

    /** Folds in the next event; an event type the projection does not handle changes nothing. */
    public CharterFold apply(EventMessage<?> event) {
        EventRoutes.apply(updates, event);
        folded++;
        return this;
    }

    /** The negotiation as the live query would show it now; empty until it has been opened. */
    public Optional<NegotiationView> view() {
        return readModel.rows().map(NegotiationRows::view);
    }

    /** How many events have been folded in, including those that changed nothing. */
    public long folded() {
        return folded;
    }

    public CharterFold copy() {
        return new CharterFold(readModel.copy(), folded);
    }

    /** The state of this fold, to be stored as a keyframe and folded on from later ({@link #resume}). */
    FoldState state() {
        return new FoldState(readModel.rows().orElse(null), readModel.attachedEvents(), folded);
    }

    /** A fold at the point where {@code state} was taken; folding on gives what the original fold would have given. */
    static CharterFold resume(FoldState state) {
        return new CharterFold(FoldedReadModel.restore(state.rows(), state.attachedEvents()), state.folded());
    }
}
