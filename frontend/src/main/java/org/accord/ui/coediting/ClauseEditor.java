package org.accord.ui.coediting;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.shared.Registration;
import elemental.json.Json;
import elemental.json.JsonObject;
import org.accord.ui.i18n.Translations;

import java.util.Map;

/**
 * The real-time co-editor of one clause: the server-side handle of the web component
 * {@code <accord-clause-editor>} ({@code frontend/src/main/frontend/editor/accord-clause-editor.ts}).
 * The component talks to the co-editing WebSocket ({@code /coediting}, docs/co-editing.md §5)
 * directly from the browser; this class only configures it. The browser reports its state with the
 * DOM events {@code accord-editor-status} and {@code accord-editor-revision} and the attribute
 * {@code status} ({@code connected}, {@code offline} or {@code syncing}).
 */
@Tag("accord-clause-editor")
@JsModule("./editor/accord-clause-editor.ts")
public class ClauseEditor extends Component implements HasSize {

    /** The component's sentences without parameters: its property name, then the bundle key. */
    private static final Map<String, String> TEXTS = Map.of(
            "connected", "editor.live.connected",
            "offline", "editor.live.offline",
            "syncing", "editor.live.syncing",
            "cannotEditDefault", "editor.live.cannot-edit-default",
            "resyncDefault", "editor.live.resync-default",
            "unsavedDropped", "editor.live.unsaved-dropped");
    /** Its sentences with places ({@code {0}}, {@code {1}}) that the browser fills. */
    private static final Map<String, String> TEMPLATES = Map.of(
            "revision", "editor.live.revision",
            "cannotEdit", "editor.live.cannot-edit",
            "refusedReloaded", "editor.live.refused-reloaded",
            "resyncReloaded", "editor.live.resync-reloaded",
            "unexpectedReloaded", "editor.live.unexpected-reloaded");

    /** An editor not yet bound to a clause; set the negotiation and the clause before attaching it. */
    public ClauseEditor() {
        addAttachListener(event -> localise());
    }

    public ClauseEditor(String negotiationId, String clauseId) {
        this();
        setNegotiationId(negotiationId);
        setClauseId(clauseId);
    }

    /** The negotiation of the clause, as in the {@code join} message. */
    public void setNegotiationId(String negotiationId) {
        getElement().setProperty("negotiationId", negotiationId);
    }

    /** The clause to edit, as in the {@code join} message. */
    public void setClauseId(String clauseId) {
        getElement().setProperty("clauseId", clauseId);
    }

    /** When true the wording is shown live but cannot be edited (observers, adopted charters). */
    public void setReadonly(boolean readonly) {
        getElement().setProperty("readonly", readonly);
    }

    /** When true every run of text is tinted with the colour of the delegation that wrote it. */
    public void setShowAuthorship(boolean showAuthorship) {
        getElement().setProperty("showAuthorship", showAuthorship);
    }

    /** The accessible name of the text area ({@code aria-label}). */
    public void setLabel(String label) {
        getElement().setProperty("label", label);
    }

    /**
     * The WebSocket URL; by default {@code ws(s)://<host>/coediting} on the page's origin, which is
     * what the server expects (a cross-origin handshake is refused).
     */
    public void setEndpoint(String endpoint) {
        getElement().setProperty("endpoint", endpoint);
    }

    /** Gives the browser the editor's sentences in the UI's language (the component's own are English). */
    private void localise() {
        JsonObject texts = Json.createObject();
        TEXTS.forEach((property, key) -> texts.put(property, Translations.text(key)));
        TEMPLATES.forEach((property, key) -> texts.put(property, Translations.text(key, "{0}", "{1}")));
        getElement().setPropertyJson("texts", texts);
    }

    /** Undoes the signed-in person's latest step in the browser (never another person's edit). */
    public void undo() {
        getElement().callJsFunction("undo");
    }

    /** Redoes the person's latest undone step. */
    public void redo() {
        getElement().callJsFunction("redo");
    }

    /** The browser's connection state changed ({@code connected}, {@code offline}, {@code syncing}). */
    public Registration addStatusChangeListener(ComponentEventListener<StatusChangeEvent> listener) {
        return addListener(StatusChangeEvent.class, listener);
    }

    /** The browser integrated a new revision of the clause (its own batch or someone else's). */
    public Registration addRevisionChangeListener(ComponentEventListener<RevisionChangeEvent> listener) {
        return addListener(RevisionChangeEvent.class, listener);
    }

    /** {@code accord-editor-status}: the editor is now {@code connected}, {@code offline} or {@code syncing}. */
    @DomEvent("accord-editor-status")
    public static class StatusChangeEvent extends ComponentEvent<ClauseEditor> {
        private final String status;

        public StatusChangeEvent(ClauseEditor source, boolean fromClient, @EventData("event.detail") String status) {
            super(source, fromClient);
            this.status = status;
        }

        public String getStatus() {
            return status;
        }
    }

    /** {@code accord-editor-revision}: the last revision the editor integrated. */
    @DomEvent("accord-editor-revision")
    public static class RevisionChangeEvent extends ComponentEvent<ClauseEditor> {
        private final int revision;

        public RevisionChangeEvent(ClauseEditor source, boolean fromClient, @EventData("event.detail") int revision) {
            super(source, fromClient);
            this.revision = revision;
        }

        public int getRevision() {
            return revision;
        }
    }
}
