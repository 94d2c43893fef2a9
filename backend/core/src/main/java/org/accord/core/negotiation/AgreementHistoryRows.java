package org.accord.core.negotiation;

import org.accord.api.position.AgreementHistory;
import org.accord.api.position.ClauseStatus;
import org.accord.api.shared.NegotiationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The table {@code agreement_history}: after each event the projection records the clauses per
 * status, and a row is added only when they differ from the last one. One statement per event
 * (a count over the negotiation's clauses against its last row), so the chart never needs a
 * fold of the event history.
 */
@Component
class AgreementHistoryRows {

    private static final String COUNTS = """
            count(*) filter (where status = 'PROPOSED'),
            count(*) filter (where status = 'BRACKETED'),
            count(*) filter (where status = 'OPTIONS'),
            count(*) filter (where status = 'AGREED_AD_REFERENDUM'),
            count(*) filter (where status = 'AGREED'),
            count(*) filter (where status = 'ADOPTED')""";

    private final JdbcClient jdbc;

    AgreementHistoryRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the counts as of {@code at} when they changed since the last row. */
    void record(NegotiationId id, Instant at) {
        jdbc.sql("""
                        insert into agreement_history (negotiation_id, occurred_at, proposed, bracketed, options,
                                                       agreed_ad_referendum, agreed, adopted)
                        select :id, :at, cur.* from (select %s from article_view where negotiation_id = :id) cur
                        where exists (select 1 from negotiation_view where negotiation_id = :id)
                          and not exists (
                              select 1 from (select proposed, bracketed, options, agreed_ad_referendum, agreed, adopted
                                             from agreement_history where negotiation_id = :id
                                             order by seq desc limit 1) prev
                              where row(prev.*) = row(cur.*))
                        """.formatted(COUNTS))
                .param("id", id.value()).param("at", Timestamp.from(at))
                .update();
    }

    /** Every point of the negotiation, oldest first. */
    List<AgreementHistory.Point> all(NegotiationId id) {
        return until(id, null);
    }

    /** The points up to and including {@code until} (all when {@code null}), oldest first. */
    List<AgreementHistory.Point> until(NegotiationId id, Instant until) {
        return jdbc.sql("""
                        select occurred_at, proposed, bracketed, options, agreed_ad_referendum, agreed, adopted
                        from agreement_history
                        where negotiation_id = :id and (cast(:until as timestamptz) is null or occurred_at <= :until)
                        order by seq""")
                .param("id", id.value()).param("until", until == null ? null : Timestamp.from(until))
                .query((rs, row) -> {
                    Map<ClauseStatus, Integer> counts = new EnumMap<>(ClauseStatus.class);
                    ClauseStatus[] statuses = {ClauseStatus.PROPOSED, ClauseStatus.BRACKETED, ClauseStatus.OPTIONS,
                            ClauseStatus.AGREED_AD_REFERENDUM, ClauseStatus.AGREED, ClauseStatus.ADOPTED};
                    for (int i = 0; i < statuses.length; i++) {
                        int count = rs.getInt(i + 2);
                        if (count > 0) {
                            counts.put(statuses[i], count);
                        }
                    }
                    return new AgreementHistory.Point(rs.getTimestamp(1).toInstant(), counts);
                })
                .list();
    }

    void clear() {
        jdbc.sql("delete from agreement_history").update();
    }
}
