package org.accord.api.procedure;

/** How agreement on a clause is reached (shared/DOMAIN.md, "Positions and decision rules"). */
public enum DecisionRule {
    /** Agreed when no member delegation objects; silence and abstention are not objections. */
    CONSENSUS,
    /** Agreed only when every member delegation endorses the wording (a reservation may accompany it). */
    UNANIMITY,
    /** Agreed unless two or more member delegations object. */
    CONSENSUS_MINUS_ONE
}
