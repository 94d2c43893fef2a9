import { css, html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { Selection } from '../ot/text-operation.js';
import {
  CoEditingSession, type Connection, type ConnectionListener, type SessionStatus,
  DEFAULT_SESSION_TEXTS, format, type SessionTexts,
} from './coediting-session.js';
import { colourOf } from './delegation-colours.js';
import { overlaySegments } from './overlay-segments.js';
import type { Clock } from './scheduling.js';
import { selectionInCodePoints, toUtf16 } from './text-diff.js';

/*
 * <accord-clause-editor>: the real-time co-editor of one clause (docs/co-editing.md §4–5).
 *
 * A plain <textarea> holds the text; behind it, a mirror <div> with the same font, padding and
 * wrapping repeats the text invisibly to place what the textarea cannot show: the other editors'
 * carets and selections in their delegation's colour with their name, and, with `showAuthorship`,
 * every run of text tinted with its author's colour. Everything else (the protocol, the OT client,
 * undo, cursors, authorship) lives in the DOM-free CoEditingSession.
 *
 * Observable from outside: the attribute `status` (`connected`, `offline`, `syncing`), the events
 * `accord-editor-status` (detail: the status) and `accord-editor-revision` (detail: the revision),
 * and the read-only properties `revision`, `text` and `pending`.
 */

const SYSTEM_CLOCK: Clock = Object.freeze({
  now: () => performance.now(),
  setTimeout: (callback: () => void, delayMs: number) => window.setTimeout(callback, delayMs),
  clearTimeout: (handle: unknown) => window.clearTimeout(handle as number | undefined),
});

/** What the editor says about itself; the page sets `texts` in the user's language. */
export interface EditorTexts extends SessionTexts {
  readonly connected: string;
  readonly offline: string;
  readonly syncing: string;
  /** {0}: the revision shown. */
  readonly revision: string;
}

const DEFAULT_TEXTS: EditorTexts = Object.freeze({
  ...DEFAULT_SESSION_TEXTS,
  connected: 'Connected',
  offline: 'Offline: your changes are kept and sent when the connection is back',
  syncing: 'Synchronising…',
  revision: 'revision {0}',
});

/** The default endpoint: /coediting on the page's own origin (the server refuses other origins). */
function defaultEndpoint(): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/coediting`;
}

/** A random client id of 22 characters of [A-Za-z0-9_-] (one per editor instance). */
function newClientId(): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';
  return Array.from(crypto.getRandomValues(new Uint8Array(22)), (byte) => alphabet[byte % 64]).join('');
}

export class AccordClauseEditor extends LitElement {
  static override properties = {
    negotiationId: { type: String },
    clauseId: { type: String },
    readonly: { type: Boolean, reflect: true },
    endpoint: { type: String },
    showAuthorship: { type: Boolean, attribute: 'show-authorship' },
    label: { type: String },
    texts: { type: Object },
    status: { type: String, reflect: true },
  };

  static override styles = css`
    :host {
      display: block;
      --accord-editor-font: 1rem/1.5 var(--lumo-font-family, system-ui, sans-serif);
    }
    .frame {
      position: relative;
    }
    textarea, .mirror {
      box-sizing: border-box;
      width: 100%;
      margin: 0;
      /* room above the first line for the remote carets' name labels */
      padding: 1.1rem 0.75em 0.5em;
      border: 1px solid var(--lumo-contrast-30pct, #999);
      border-radius: 4px;
      font: var(--accord-editor-font);
      letter-spacing: normal;
      tab-size: 4;
      white-space: pre-wrap;
      overflow-wrap: break-word;
      word-break: normal;
      overflow-y: scroll;
    }
    textarea {
      position: relative;
      z-index: 1;
      display: block;
      min-height: 8em;
      resize: vertical;
      background: transparent;
      color: inherit;
    }
    textarea:focus {
      outline: 2px solid var(--lumo-primary-color-50pct, #1e6fd9);
    }
    .mirror {
      position: absolute;
      inset: 0;
      z-index: 0;
      color: transparent;
      border-color: transparent;
      background: var(--lumo-base-color, #fff);
      pointer-events: none;
    }
    .caret {
      position: relative;
      border-left: 2px solid;
      margin: 0 -1px;
    }
    .caret .name {
      position: absolute;
      left: -2px;
      bottom: 100%;
      padding: 0 3px;
      border-radius: 2px 2px 2px 0;
      font: 600 0.7rem/1.3 var(--lumo-font-family, system-ui, sans-serif);
      color: #fff;
      white-space: nowrap;
    }
    .status {
      margin-top: 0.25em;
      font-size: 0.8rem;
      color: var(--lumo-secondary-text-color, #555);
    }
    :host([status='offline']) .status {
      color: var(--lumo-error-text-color, #b00020);
    }
  `;

  declare negotiationId: string;
  declare clauseId: string;
  declare readonly: boolean;
  declare endpoint: string;
  declare showAuthorship: boolean;
  declare label: string;
  /** The editor's sentences in the user's language (any missing one stays English). */
  declare texts: Partial<EditorTexts>;
  /** Reflected as the `status` attribute; set by the editor itself. */
  declare status: SessionStatus;

  private session: CoEditingSession | null = null;
  /** The sessionKey() of `session`, or null. */
  private openedKey: string | null = null;
  private lastRevision = 0;

  constructor() {
    super();
    this.negotiationId = '';
    this.clauseId = '';
    this.readonly = false;
    this.endpoint = '';
    this.showAuthorship = false;
    this.label = 'Clause text';
    this.texts = {};
    this.status = 'offline';
  }

  /** The last server revision integrated. */
  get revision(): number {
    return this.session?.revision ?? 0;
  }

  /** One of the editor's sentences, in the language the page set. */
  private text_(key: keyof EditorTexts): string {
    return this.texts?.[key] ?? DEFAULT_TEXTS[key];
  }

  /** The text as the user sees it. */
  get text(): string {
    return this.session?.document ?? '';
  }

  /** True while a local edit is not yet acknowledged by the server. */
  get pending(): boolean {
    return this.session?.pending ?? false;
  }

  /** Undoes this user's latest step (never another user's edit). */
  undo(): boolean {
    return !this.readonly && (this.session?.undo() ?? false);
  }

  /** Redoes the latest undone step. */
  redo(): boolean {
    return !this.readonly && (this.session?.redo() ?? false);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) {
      this.openSession(); // moved in the page: a new connection
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.closeSession();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (this.sessionKey() !== this.openedKey) {
      this.openSession(); // first rendering, or bound to another clause
    }
    if (changed.has('showAuthorship') || changed.has('status')) {
      this.mirror.scrollTop = this.textarea.scrollTop;
    }
  }

  /** What identifies the session: a change of clause or endpoint needs a new one. */
  private sessionKey(): string {
    return JSON.stringify([this.negotiationId, this.clauseId, this.endpoint]);
  }

  private get textarea(): HTMLTextAreaElement {
    return this.renderRoot.querySelector('textarea') as HTMLTextAreaElement;
  }

  private get mirror(): HTMLElement {
    return this.renderRoot.querySelector('.mirror') as HTMLElement;
  }

  private openSession(): void {
    this.closeSession();
    this.openedKey = this.sessionKey();
    if (this.negotiationId === '' || this.clauseId === '') {
      return;
    }
    const endpoint = this.endpoint === '' ? defaultEndpoint() : this.endpoint;
    this.session = new CoEditingSession({
      negotiationId: this.negotiationId,
      clauseId: this.clauseId,
      clientId: newClientId(),
      clock: SYSTEM_CLOCK,
      texts: { ...this.texts },
      connect: (listener) => openWebSocket(endpoint, listener),
      view: {
        readSelection: () => this.readSelection(),
        showText: (text, selection) => this.showText(text, selection),
        refresh: () => this.sessionChanged(),
      },
    });
    this.session.start();
  }

  private closeSession(): void {
    this.session?.stop();
    this.session = null;
    this.openedKey = null;
  }

  private readSelection(): Selection {
    const textarea = this.textarea;
    return selectionInCodePoints(textarea.value, textarea.selectionStart, textarea.selectionEnd,
      textarea.selectionDirection === 'backward');
  }

  private showText(text: string, selection: Selection): void {
    const textarea = this.textarea;
    const scrollTop = textarea.scrollTop;
    textarea.value = text;
    const anchor = toUtf16(text, selection.anchor);
    const head = toUtf16(text, selection.head);
    textarea.setSelectionRange(Math.min(anchor, head), Math.max(anchor, head), head < anchor ? 'backward' : 'forward');
    textarea.scrollTop = scrollTop;
    this.sessionChanged();
  }

  /** The session's state changed: re-render, reflect the status, tell listeners. */
  private sessionChanged(): void {
    const session = this.session;
    if (session === null) {
      return;
    }
    if (session.status !== this.status) {
      this.status = session.status;
      this.dispatchEvent(new CustomEvent('accord-editor-status', { detail: session.status, bubbles: true, composed: true }));
    }
    if (session.revision !== this.lastRevision) {
      this.lastRevision = session.revision;
      this.dispatchEvent(new CustomEvent('accord-editor-revision', { detail: session.revision, bubbles: true, composed: true }));
    }
    this.requestUpdate();
  }

  private onInput(event: InputEvent): void {
    if (!event.isComposing) {
      const textarea = this.textarea;
      this.session?.localInput(textarea.value, textarea.selectionEnd);
    }
  }

  private onCompositionStart(): void {
    this.session?.compositionStarted();
  }

  /** The composed text is final: one edit, then the server messages that waited. */
  private onCompositionEnd(): void {
    const textarea = this.textarea;
    this.session?.localInput(textarea.value, textarea.selectionEnd);
    this.session?.compositionEnded();
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) {
      return;
    }
    const key = event.key.toLowerCase();
    if (key === 'z' && !event.shiftKey) {
      event.preventDefault();
      this.undo();
    } else if ((key === 'z' && event.shiftKey) || (key === 'y' && !event.shiftKey)) {
      event.preventDefault();
      this.redo();
    }
  }

  /** The browser's own undo (Edit menu, context menu) would undo other users' edits: replaced. */
  private onBeforeInput(event: InputEvent): void {
    if (event.inputType === 'historyUndo' || event.inputType === 'historyRedo') {
      event.preventDefault();
      if (event.inputType === 'historyUndo') {
        this.undo();
      } else {
        this.redo();
      }
    }
  }

  private onSelectionMaybeChanged(): void {
    this.session?.selectionChanged();
  }

  private onScroll(): void {
    this.mirror.scrollTop = this.textarea.scrollTop;
  }

  protected override render(): TemplateResult {
    const session = this.session;
    const loaded = session?.loaded ?? false;
    const message = session?.message ?? '';
    return html`
      <div class="frame">
        <div class="mirror" aria-hidden="true">${this.renderOverlay()}</div>
        <textarea
          aria-label=${this.label}
          spellcheck="true"
          ?readonly=${this.readonly || !loaded}
          @input=${this.onInput}
          @compositionstart=${this.onCompositionStart}
          @compositionend=${this.onCompositionEnd}
          @beforeinput=${this.onBeforeInput}
          @keydown=${this.onKeyDown}
          @keyup=${this.onSelectionMaybeChanged}
          @mouseup=${this.onSelectionMaybeChanged}
          @select=${this.onSelectionMaybeChanged}
          @selectionchange=${this.onSelectionMaybeChanged}
          @focus=${this.onSelectionMaybeChanged}
          @scroll=${this.onScroll}
        ></textarea>
      </div>
      <div class="status" role="status" aria-live="polite">
        ${this.text_(this.status)}${loaded ? ` · ${format(this.text_('revision'), String(session?.revision))}` : ''}${message === '' ? nothing : html` · ${message}`}
      </div>
    `;
  }

  /** The mirror's content: the text in segments, tinted and with the remote carets between them. */
  private renderOverlay(): TemplateResult[] {
    const session = this.session;
    if (session === null) {
      return [];
    }
    const text = session.document;
    const segments = overlaySegments(text, this.showAuthorship ? session.authorship : null, session.remoteCursors.all());
    const parts = segments.map((segment) => {
      const carets = segment.carets.map((cursor) => html`<span class="caret" style="border-color:${colourOf(cursor.author.delegation)}"
        ><span class="name" style="background:${colourOf(cursor.author.delegation)}">${cursor.author.name || cursor.author.delegation}</span></span>`);
      if (segment.text === '') {
        return html`${carets}`;
      }
      const background = segment.selectedBy !== null
        ? `${colourOf(segment.selectedBy.delegation)}40`
        : segment.author !== null ? `${colourOf(segment.author)}26` : 'transparent';
      return html`${carets}<span style="background:${background}">${segment.text}</span>`;
    });
    // A final line break only takes room in the mirror when something follows it.
    return [...parts, html`\u200b`];
  }
}

/** A WebSocket reporting to the session; an error is reported as a close. */
function openWebSocket(endpoint: string, listener: ConnectionListener): Connection {
  const socket = new WebSocket(endpoint);
  let closed = false;
  const close = (): void => {
    if (!closed) {
      closed = true;
      listener.closed();
    }
  };
  socket.onopen = () => listener.opened();
  socket.onmessage = (event) => {
    if (typeof event.data === 'string') {
      listener.received(event.data);
    }
  };
  socket.onclose = close;
  socket.onerror = close;
  return {
    send: (text) => {
      if (socket.readyState === WebSocket.OPEN) {
        socket.send(text);
      }
    },
    close: () => {
      closed = true;
      socket.close();
    },
  };
}

customElements.define('accord-clause-editor', AccordClauseEditor);

declare global {
  interface HTMLElementTagNameMap {
    'accord-clause-editor': AccordClauseEditor;
  }
}
