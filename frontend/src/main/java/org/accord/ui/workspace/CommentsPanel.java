package org.accord.ui.workspace;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import org.accord.api.comment.CommentId;
import org.accord.api.comment.CommentView;
import org.accord.api.negotiation.ArticleView;
import org.accord.api.negotiation.Capabilities;
import org.accord.api.negotiation.Capability;
import org.accord.ui.DelegationColours;
import org.accord.ui.i18n.Translations;
import org.accord.ui.i18n.UserTime;

import java.util.Comparator;
import java.util.List;

/**
 * The comment thread of one clause: threads newest first, replies under the comment they answer
 * in the order written; those who may comment write or reply. What is being typed survives
 * live updates.
 */
class CommentsPanel extends Div {

    interface Commands {
        boolean comment(CommentId inReplyTo, String text);
    }

    private final Div threads = new Div();
    private final Div compose = new Div();
    private final TextArea text = new TextArea();
    private final Span replyingTo = new Span();
    private final Button cancelReply;
    private CommentId inReplyTo;
    private List<CommentView> shown;

    CommentsPanel(Commands commands) {
        setId("comments-panel");
        threads.setId("comments");
        text.setId("comment-text");
        text.setLabel(Translations.text("comments.write"));
        text.setWidthFull();
        replyingTo.setId("replying-to");
        cancelReply = Actions.button("cancel-reply", Translations.text("comments.cancel-reply"), () -> replyTo(null, ""));
        cancelReply.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button post = Actions.button("post-comment", Translations.text("comments.post"), () -> {
            if (commands.comment(inReplyTo, text.getValue())) {
                text.clear();
                replyTo(null, "");
            }
        });
        post.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        compose.add(new Div(replyingTo, cancelReply), text, post);
        replyTo(null, "");
        add(new H4(Translations.text("comments.title")), threads, compose);
    }

    /** The next update re-renders the threads (their times, once the reader's zone is known). */
    void forgetShown() {
        shown = null;
    }

    /** Shown to whoever may comment, and to whoever the server lets read the comments. */
    void show(ArticleView clause, Capabilities granted) {
        boolean writes = granted.may(Capability.COMMENT);
        setVisible(writes || !clause.comments().isEmpty());
        compose.setVisible(writes);
        if (clause.comments().equals(shown)) {
            return;
        }
        shown = clause.comments();
        threads.removeAll();
        List<CommentView> roots = clause.comments().stream().filter(c -> c.inReplyTo() == null
                        || clause.comments().stream().noneMatch(parent -> parent.commentId().equals(c.inReplyTo())))
                .sorted(Comparator.comparing(CommentView::writtenAt).reversed()).toList();
        if (roots.isEmpty()) {
            Paragraph none = new Paragraph(Translations.text("comments.none"));
            none.getStyle().set("color", "var(--lumo-secondary-text-color)");
            threads.add(none);
        }
        for (CommentView root : roots) {
            Div thread = new Div(comment(root, writes));
            thread.addClassName("comment-thread");
            replies(clause.comments(), root.commentId(), thread, writes, 1);
            threads.add(thread);
        }
    }

    private void replies(List<CommentView> all, CommentId parent, Div thread, boolean writes, int depth) {
        all.stream().filter(c -> parent.equals(c.inReplyTo()))
                .sorted(Comparator.comparing(CommentView::writtenAt)).forEach(reply -> {
                    Div shownReply = comment(reply, writes);
                    shownReply.getStyle().set("margin-left", "calc(var(--lumo-space-l) * " + Math.min(depth, 4) + ")");
                    thread.add(shownReply);
                    replies(all, reply.commentId(), thread, writes, depth + 1);
                });
    }

    private Div comment(CommentView comment, boolean writes) {
        Div shown = new Div();
        shown.setId("comment-" + comment.commentId().value());
        shown.addClassName("comment");
        shown.getStyle().set("padding", "var(--lumo-space-xs) var(--lumo-space-s)").set("margin-bottom", "var(--lumo-space-xs)")
                .set("border-left", "3px solid " + DelegationColours.of(comment.delegation()));
        Div head = new Div(DelegationColours.badge(comment.delegation(),
                comment.delegation() == null ? Translations.text("comments.chair") : comment.delegation().value()),
                new Span(" " + comment.author() + " · " + UserTime.dateTime(comment.writtenAt())));
        head.getStyle().set("font-size", "var(--lumo-font-size-s)");
        Paragraph body = new Paragraph(comment.text());
        body.addClassName("comment-text");
        body.getStyle().set("margin", "var(--lumo-space-xs) 0").set("white-space", "pre-wrap");
        shown.add(head, body);
        if (writes) {
            Button reply = Actions.button("reply-" + comment.commentId().value(), Translations.text("comments.reply"),
                    () -> replyTo(comment.commentId(), comment.author()));
            reply.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            reply.getElement().setAttribute("aria-label", Translations.text("comments.reply-to", comment.author()));
            shown.add(reply);
        }
        return shown;
    }

    private void replyTo(CommentId comment, String author) {
        inReplyTo = comment;
        replyingTo.setText(comment == null ? "" : Translations.text("comments.replying-to", author));
        cancelReply.setVisible(comment != null);
        if (comment != null) {
            text.focus();
        }
    }
}
