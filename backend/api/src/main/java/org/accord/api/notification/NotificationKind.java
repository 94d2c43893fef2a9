package org.accord.api.notification;

/** Why somebody is told. */
public enum NotificationKind {
    /** An amendment was tabled on a clause the delegation endorses at its current wording. */
    AMENDMENT_TABLED,
    /** A clause the delegation endorsed changed wording (revised, co-edited, amendment incorporated). */
    WORDING_CHANGED,
    /** A member broke a silence procedure: the text is not adopted. */
    SILENCE_BROKEN,
    /** A numbered text (compilation, chair's text, …) was issued. */
    MILESTONE_ISSUED
}
