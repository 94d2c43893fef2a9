package org.accord.api.adoption;

import java.time.Instant;
import java.util.List;

/** The adopted charter: its hash, and the authentication acts and statements attached to it. */
public record AdoptionView(String textHash, boolean bySilence, Instant adoptedAt, List<Attachment> attachments) {

    /** A signature, initialling or statement recorded for a delegation. */
    public record Attachment(String delegation, String kind, String text, String recordedBy, Instant recordedAt) {
    }

    public AdoptionView {
        attachments = List.copyOf(attachments);
    }
}
