package org.accord.core.notification;

import org.accord.api.procedure.Confidentiality;
import org.accord.api.position.PositionKind;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.DelegationCode;
import org.accord.api.shared.NegotiationId;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * What {@link NotificationProcessor} decides on and what it records: the tables
 * ({@link NotificationStore}), or the same rows in memory while the read models are rebuilt in bulk
 * ({@link ReplayedNotifications}). Each method has the meaning of its SQL statement in
 * {@link NotificationStore}.
 */
interface NotificationState {

    /** Empties everything derived from events; the reading marks stay. */
    void clearDerived();

    void negotiation(NegotiationId id, String title, Confidentiality.Mode confidentiality);

    void confidentiality(NegotiationId id, Confidentiality.Mode confidentiality);

    Optional<Confidentiality.Mode> confidentiality(NegotiationId id);

    void delegation(NegotiationId id, DelegationCode code, boolean member);

    /** The member (or observer) delegations, by code. */
    List<DelegationCode> delegations(NegotiationId id, boolean members);

    void clause(NegotiationId id, ArticleId clause, String label, long revision);

    void revision(NegotiationId id, ArticleId clause, long revision);

    Optional<String> label(NegotiationId id, ArticleId clause);

    /** A new position: the delegation has not yet been told of any change since. */
    void position(NegotiationId id, ArticleId clause, DelegationCode delegation, PositionKind kind, long revision);

    /** The delegations endorsing the clause's current wording, by code. */
    List<DelegationCode> endorsingNow(NegotiationId id, ArticleId clause);

    /** The delegations whose latest position on the clause is an endorsement, not yet told of a change since, by code. */
    List<DelegationCode> endorsedUntold(NegotiationId id, ArticleId clause);

    void told(NegotiationId id, ArticleId clause, Collection<DelegationCode> delegations);

    /** Addresses {@code notice} to every recipient once; a notice already there (same event) is kept. */
    void add(Notice notice, Collection<Recipient> recipients);
}
