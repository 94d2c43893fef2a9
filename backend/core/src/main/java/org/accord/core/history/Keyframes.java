package org.accord.core.history;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.accord.api.shared.NegotiationId;
import org.accord.core.infrastructure.DerivedWrites;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Keyframes of the derived state (table {@code negotiation_keyframe}, ADR 0021): the state of a
 * {@link CharterFold} after the events 0..k of a negotiation, for every k with
 * {@code (k + 1) % interval == 0}, as gzipped JSON. Written in a transaction of its own, never in a
 * command's; a keyframe already there is left as it is.
 */
@Component
public class Keyframes {

    /**
     * The semantics of the fold the keyframes hold. Raise it whenever what an event does to the
     * folded read model changes ({@code ReadModelUpdates}, {@code FoldedReadModel}): keyframes of
     * another version are ignored and written again.
     */
    static final int FOLD_VERSION = 2; // 2: the negotiation's time zone in the header

    /** One keyframe read back: the fold after the event {@code sequence}, and the latest event time up to it. */
    record Keyframe(long sequence, Instant prefixMaxTime, FoldState state) {
    }

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .build();

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final int interval;
    private final DerivedWrites derived;

    Keyframes(JdbcClient jdbc, PlatformTransactionManager transactions, DerivedWrites derived,
              @Value("${accord.history.keyframe-interval:1000}") int interval) {
        if (interval < 1) {
            throw new IllegalArgumentException("accord.history.keyframe-interval must be at least 1, not " + interval);
        }
        this.jdbc = jdbc;
        this.derived = derived;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.interval = interval;
    }

    /** How many events lie between two keyframes. */
    public int interval() {
        return interval;
    }

    /** Whether the fold after the event {@code sequence} is one to keep. */
    boolean isKeyframe(long sequence) {
        return (sequence + 1) % interval == 0;
    }

    /** The latest keyframe at or before the event {@code sequence}. */
    Optional<Keyframe> atOrBefore(NegotiationId id, long sequence) {
        return jdbc.sql("""
                        select sequence_number, prefix_max_time, state from negotiation_keyframe
                        where negotiation_id = :id and fold_version = :version and sequence_number <= :sequence
                        order by sequence_number desc limit 1""")
                .param("id", id.value()).param("version", FOLD_VERSION).param("sequence", sequence)
                .query((rs, row) -> new Keyframe(rs.getLong(1), rs.getTimestamp(2).toInstant(), read(rs.getBytes(3))))
                .optional();
    }

    /** The latest keyframe whose events were all recorded at or before {@code at}. */
    Optional<Keyframe> within(NegotiationId id, Instant at) {
        return jdbc.sql("""
                        select sequence_number, prefix_max_time, state from negotiation_keyframe
                        where negotiation_id = :id and fold_version = :version and prefix_max_time <= :at
                        order by sequence_number desc limit 1""")
                .param("id", id.value()).param("version", FOLD_VERSION)
                .param("at", Timestamp.from(at.truncatedTo(ChronoUnit.MICROS)))
                .query((rs, row) -> new Keyframe(rs.getLong(1), rs.getTimestamp(2).toInstant(), read(rs.getBytes(3))))
                .optional();
    }

    void save(NegotiationId id, long sequence, Instant prefixMaxTime, FoldState state) {
        byte[] bytes = write(state);
        derived.inOwnTransaction(() -> jdbc.sql("""
                        insert into negotiation_keyframe (negotiation_id, fold_version, sequence_number, prefix_max_time, state)
                        values (:id, :version, :sequence, :time, :state) on conflict do nothing""")
                .param("id", id.value()).param("version", FOLD_VERSION).param("sequence", sequence)
                .param("time", Timestamp.from(prefixMaxTime)).param("state", bytes).update());
    }

    /** How many keyframes of the current fold a negotiation has. */
    public long count(NegotiationId id) {
        return jdbc.sql("select count(*) from negotiation_keyframe where negotiation_id = :id and fold_version = :v")
                .param("id", id.value()).param("v", FOLD_VERSION).query(Long.class).single();
    }

    /** Forgets every keyframe of a negotiation (they are written again on demand). */
    public void forget(NegotiationId id) {
        ownTransaction.executeWithoutResult(status -> jdbc.sql("delete from negotiation_keyframe where negotiation_id = :id")
                .param("id", id.value()).update());
    }

    static byte[] write(FoldState state) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(bytes)) {
            JSON.writeValue(zip, state);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static FoldState read(byte[] stored) {
        try (GZIPInputStream zip = new GZIPInputStream(new ByteArrayInputStream(stored))) {
            return JSON.readValue(zip, FoldState.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
