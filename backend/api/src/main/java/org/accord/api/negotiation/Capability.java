package org.accord.api.negotiation;

/**
 * Something a person may do in a negotiation, as the server judges it by the same rules the
 * negotiation applies to the command itself. Views show the controls of the capabilities granted
 * and nothing else; the command is checked again when it arrives.
 */
public enum Capability {
    /** Co-edit and revise the wording (the chair and member delegations). */
    EDIT_TEXT,
    /** Comment on a clause. */
    COMMENT,
    /** Table an amendment and back another delegation's (member delegations; never the chair). */
    TABLE_AMENDMENT,
    /** Declare the state's position on a clause, or reopen an agreed one (heads of delegation). */
    DECLARE_POSITION,
    /** Incorporate, reject or combine amendments into options (the chair). */
    DECIDE_AMENDMENTS,
    /** Add articles, preamble and paragraphs; split, merge and move (the chair). */
    STRUCTURE_TEXT,
    /** Change the rules of procedure and schedule rounds (the chair). */
    RUN_PROCEDURE,
    /** Accredit members and observers (the chair). */
    ACCREDIT,
    /** Issue a milestone text (the chair). */
    ISSUE_MILESTONE,
    /** Open a silence procedure (the chair). */
    OPEN_SILENCE,
    /** Record the adoption of the charter (the chair). */
    ADOPT,
    /** Authenticate the adopted text and attach statements (heads of delegation, once adopted). */
    AUTHENTICATE,
    /** Replay the negotiation's history (the secretariat). */
    REPLAY_HISTORY
}
