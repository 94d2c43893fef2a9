import { OtClient, type OutgoingBatch } from '../ot/ot-client.js';
import {
  apply, codePointLength, operationFromJson, Selection, type TextOperation, transformSelection,
} from '../ot/text-operation.js';
import { Authorship } from './authorship.js';
import { type Author, RecentOperations, RemoteCursors } from './remote-cursors.js';
import { Backoff, type Clock, Throttle } from './scheduling.js';
import { diffTexts } from './text-diff.js';
import { UndoManager } from './undo-manager.js';

/*
 * One editor's side of the co-editing of one clause, without the DOM: it speaks the WebSocket
 * protocol of docs/co-editing.md §5 through an injected connection, drives the Jupiter state
 * machine of ../ot/ot-client.ts, and keeps the local document with its authorship, the other
 * editors' cursors and this user's undo history. The web component <accord-clause-editor> only
 * wires a <textarea> and a WebSocket to it.
 *
 * Sending. The OT client makes at most one batch in flight and composes later edits into its
 * buffer until the ack. On top of that, batches go on the wire at most once every SEND_INTERVAL_MS:
 * the first edit goes at once, a batch made sooner (the buffer released by a quick ack) waits.
 *
 * Connections. status is `syncing` from the handshake until the snapshot (joined with revision 0)
 * or until the resent batch is acknowledged (joined with the current revision), then `connected`;
 * `offline` while there is no connection. A lost connection is retried after an exponential backoff
 * (250 ms doubling to 5 s); the new one joins with the current revision and resends the batch in
 * flight with the same clientSeq (OtClient.reconnect), so nothing is lost or applied twice. Local
 * typing continues offline: the OT client buffers it. A `resync` or `error` message, or a message
 * this client cannot integrate, reloads the clause: a new connection joins with revision 0 and the
 * snapshot replaces the local document, dropping any edit the server did not acknowledge (the
 * status message says so).
 */

/** The shortest time between two batches put on the wire, in milliseconds. */
export const SEND_INTERVAL_MS = 50;
/** The shortest time between two presence messages, in milliseconds. */
export const PRESENCE_INTERVAL_MS = 100;

export type SessionStatus = 'connected' | 'offline' | 'syncing';

/**
 * Refusals of a `join` that trying again cannot change (the person may not edit this clause, or
 * it does not exist): the session stops instead of reconnecting.
 */
export const FINAL_JOIN_REFUSALS: ReadonlySet<string> = new Set([
  'NOT_AUTHENTICATED', 'NOT_A_MEMBER', 'OBSERVERS_CANNOT_ACT', 'UNKNOWN_CLAUSE',
]);

/** One WebSocket, as the session uses it. */
export interface Connection {
  send(text: string): void;
  close(): void;
}

/** What a connection reports. Calls from a connection the session has dropped are ignored. */
export interface ConnectionListener {
  opened(): void;
  received(text: string): void;
  /** Closed or failed, by either side. */
  closed(): void;
}

/** Opens a connection to the co-editing endpoint. */
export type Connector = (listener: ConnectionListener) => Connection;

/** The text area, as the session sees it. Positions are code points. */
export interface SessionView {
  /** The user's current selection. */
  readSelection(): Selection;
  /** Shows a new text (a remote edit, an undo, a snapshot) with the selection to restore. */
  showText(text: string, selection: Selection): void;
  /** Something else changed: status, revision, cursors, authorship, pending. */
  refresh(): void;
}

/**
 * The sentences a session shows about itself, with `{0}`, `{1}` for the server's reason and
 * message; the page passes them in the user's language (English by default).
 */
export interface SessionTexts {
  /** The server will not let this person edit the clause: {0} its message. */
  readonly cannotEdit: string;
  readonly cannotEditDefault: string;
  /** A batch was refused: {0} the reason, {1} the message. */
  readonly refusedReloaded: string;
  /** The server asked for a resync: {0} its message. */
  readonly resyncReloaded: string;
  readonly resyncDefault: string;
  /** {0} what was unexpected. */
  readonly unexpectedReloaded: string;
  readonly unsavedDropped: string;
}

export const DEFAULT_SESSION_TEXTS: SessionTexts = Object.freeze({
  cannotEdit: '{0}.',
  cannotEditDefault: 'This clause cannot be edited here',
  refusedReloaded: 'Refused by the server ({0}: {1}); the clause was reloaded.',
  resyncReloaded: 'The clause was reloaded: {0}.',
  resyncDefault: 'it changed too much meanwhile',
  unexpectedReloaded: 'The clause was reloaded after an unexpected message ({0}).',
  unsavedDropped: 'Changes not yet saved were dropped.',
});

/** `template` with `{0}`, `{1}`, … replaced by `values` in order. */
export function format(template: string, ...values: string[]): string {
  return template.replace(/\{(\d+)\}/g, (whole, index: string) => values[Number(index)] ?? whole);
}

export interface SessionOptions {
  readonly negotiationId: string;
  readonly clauseId: string;
  /** This editor session, 1–64 of [A-Za-z0-9_-]. */
  readonly clientId: string;
  readonly connect: Connector;
  readonly view: SessionView;
  readonly clock: Clock;
  /** The sentences in the user's language; English when absent. */
  readonly texts?: Partial<SessionTexts>;
}

export class CoEditingSession {
  private text = '';
  private authorshipRuns = Authorship.uniform(0, '');
  private client: OtClient | null = null;
  private lastClientSeq = 0;
  private you: Author = { delegation: '', name: '' };
  private currentStatus: SessionStatus = 'offline';
  private statusMessage = '';
  private connection: Connection | null = null;
  /** The listener of `connection`: reports from older connections are ignored. */
  private currentListener: ConnectionListener | null = null;
  private reconnectTimer: unknown = null;
  private stopped = false;
  /** The selection the user's own edit left; another one means the caret moved: a new undo step. */
  private selectionAfterEdit: Selection | null = null;
  private lastPresence: { revision: number; selection: Selection } | null = null;
  /** Server messages held while the user composes text with an input method; null when not held. */
  private held: string[] | null = null;
  private readonly cursors = new RemoteCursors();
  private readonly history = new RecentOperations();
  private readonly undoManager = new UndoManager();
  private readonly backoff = new Backoff();
  private readonly batches: Throttle<OutgoingBatch>;
  /** Carries no value: the selection is read when the presence is sent, so it is the latest. */
  private readonly presences: Throttle<null>;

  private readonly texts: SessionTexts;

  constructor(private readonly options: SessionOptions) {
    this.texts = { ...DEFAULT_SESSION_TEXTS, ...options.texts };
    this.batches = new Throttle(SEND_INTERVAL_MS, options.clock, (batch) => this.submit(batch));
    this.presences = new Throttle(PRESENCE_INTERVAL_MS, options.clock, () => this.sendPresence());
  }

  /** The local document: the server's at `revision` plus the pending local edits. */
  get document(): string {
    return this.text;
  }

  get revision(): number {
    return this.client?.revision ?? 0;
  }

  get status(): SessionStatus {
    return this.currentStatus;
  }

  /** A sentence for the status line about the last notable event, or empty. */
  get message(): string {
    return this.statusMessage;
  }

  /** True while a local edit is not yet acknowledged by the server. */
  get pending(): boolean {
    return this.client !== null && this.client.state !== 'synchronized';
  }

  /** True once a snapshot arrived: before, there is nothing to edit. */
  get loaded(): boolean {
    return this.client !== null;
  }

  get authorship(): Authorship {
    return this.authorshipRuns;
  }

  get remoteCursors(): RemoteCursors {
    return this.cursors;
  }

  /** This user as the server named them in the snapshot. */
  get author(): Author {
    return this.you;
  }

  start(): void {
    this.stopped = false;
    this.connectNow();
  }

  /** Closes the connection for good (the component left the page). */
  stop(): void {
    this.stopped = true;
    this.options.clock.clearTimeout(this.reconnectTimer);
    this.reconnectTimer = null;
    this.dropConnection();
  }

  /**
   * The user starts composing text with an input method (IME): the text area's value is in flux
   * until `compositionEnded`, so server messages wait (changing the value would break the
   * composition) and no input is reported in between.
   */
  compositionStarted(): void {
    this.held ??= [];
  }

  /** The composition is over: report the final value with `localInput` first, then call this. */
  compositionEnded(): void {
    const held = this.held ?? [];
    this.held = null;
    held.forEach((text) => this.received(text));
  }

  /**
   * The user changed the text area's value to `newText`, the caret now at UTF-16 offset `caret`
   * (typing, pasting, cutting, dropping).
   */
  localInput(newText: string, caret: number): void {
    if (this.client === null || newText === this.text) {
      return;
    }
    this.localEdit(diffTexts(this.text, newText, caret), true);
    this.selectionAfterEdit = this.options.view.readSelection();
  }

  /** The user's selection may have changed: a new undo step if the caret moved; tell the others. */
  selectionChanged(): void {
    const selection = this.options.view.readSelection();
    if (this.selectionAfterEdit !== null && !selection.equals(this.selectionAfterEdit)) {
      this.undoManager.closeGroup();
      this.selectionAfterEdit = null;
    }
    this.offerPresence();
  }

  /** Undoes this user's latest step (never another user's edit). True if there was one. */
  undo(): boolean {
    return this.client !== null && this.applyHistoryStep(this.undoManager.undo(this.text, this.options.clock.now()));
  }

  /** Redoes the latest undone step. True if there was one. */
  redo(): boolean {
    return this.client !== null && this.applyHistoryStep(this.undoManager.redo(this.text, this.options.clock.now()));
  }

  private applyHistoryStep(operation: TextOperation | null): boolean {
    if (operation === null) {
      return false;
    }
    this.localEdit(operation, false);
    this.options.view.showText(this.text, Selection.caret(endOfChange(operation)));
    this.selectionAfterEdit = null;
    return true;
  }

  /** An edit of this user, already visible in the text area when it comes from typing. */
  private localEdit(operation: TextOperation, recordUndo: boolean): void {
    const before = this.text;
    this.text = apply(operation, before);
    if (recordUndo) {
      this.undoManager.recordLocal(operation, before, this.options.clock.now());
    }
    this.authorshipRuns = this.authorshipRuns.apply(operation, this.you.delegation);
    this.cursors.transform(operation);
    const batch = (this.client as OtClient).applyLocal(operation);
    if (batch !== null) {
      this.batches.offer(batch);
    }
    this.options.view.refresh();
  }

  // ---- connection -------------------------------------------------------------------------------

  private connectNow(): void {
    this.reconnectTimer = null;
    if (this.stopped) {
      return;
    }
    const listener: ConnectionListener = {
      opened: () => this.whenCurrent(listener, () => this.opened()),
      received: (text) => this.whenCurrent(listener, () => this.received(text)),
      closed: () => this.whenCurrent(listener, () => this.lost()),
    };
    this.currentListener = listener;
    this.connection = this.options.connect(listener);
  }

  private whenCurrent(listener: ConnectionListener, action: () => void): void {
    if (listener === this.currentListener) {
      action();
    }
  }

  private opened(): void {
    this.setStatus('syncing');
    const resync = this.client?.reconnect();
    this.send({
      type: 'join', negotiationId: this.options.negotiationId, clauseId: this.options.clauseId,
      clientId: this.options.clientId, revision: resync?.revision ?? 0,
    });
    if (resync !== undefined) {
      resync.resend.forEach((batch) => this.submit(batch));
      if (resync.resend.length === 0) {
        this.setStatus('connected');
        this.offerPresence();
      }
    }
  }

  private lost(): void {
    this.dropConnection();
    this.setStatus('offline');
    this.scheduleReconnect();
  }

  private dropConnection(): void {
    const connection = this.connection;
    this.connection = null;
    this.currentListener = null;
    this.held &&= []; // messages of a lost connection: the new one repeats what matters
    this.batches.cancel(); // a batch waiting for the wire is in flight for the OT client: resent on reconnection
    this.presences.cancel();
    this.lastPresence = null;
    this.cursors.clear();
    connection?.close();
  }

  private scheduleReconnect(): void {
    if (!this.stopped && this.reconnectTimer === null) {
      this.reconnectTimer = this.options.clock.setTimeout(() => this.connectNow(), this.backoff.next());
    }
  }

  /** The server will not let this person edit the clause: stop, and say why. */
  private refused(message: string): void {
    this.statusMessage = message;
    this.stopped = true;
    this.dropConnection();
    this.setStatus('offline');
  }

  /** The local document cannot be trusted any more: join again with revision 0. */
  private reload(message: string): void {
    this.statusMessage = this.pending ? `${message} ${this.texts.unsavedDropped}` : message;
    this.client = null;
    this.lost();
  }

  private send(message: object): void {
    this.connection?.send(JSON.stringify(message));
  }

  private submit(batch: OutgoingBatch): void {
    this.lastClientSeq = Math.max(this.lastClientSeq, batch.clientSeq);
    this.send({ type: 'submit', clientSeq: batch.clientSeq, baseRevision: batch.baseRevision, operation: batch.operation });
  }

  // ---- messages from the server -----------------------------------------------------------------

  private received(text: string): void {
    if (this.held !== null) {
      this.held.push(text);
      return;
    }
    try {
      const message = JSON.parse(text) as Record<string, unknown>;
      switch (message['type']) {
        case 'snapshot':
          this.snapshot(message);
          break;
        case 'ack':
          this.ack(requireInteger(message['revision']));
          break;
        case 'op':
          this.remoteOp(operationFromJson(message['operation']), requireInteger(message['revision']),
            readAuthor(message['author']));
          break;
        case 'presence':
          this.presence(message);
          break;
        case 'left':
          this.cursors.remove(String(message['clientId']));
          this.options.view.refresh();
          break;
        case 'error':
          if (this.client === null && FINAL_JOIN_REFUSALS.has(String(message['reason']))) {
            this.refused(format(this.texts.cannotEdit, String(message['message'] ?? this.texts.cannotEditDefault)));
            break;
          }
          this.reload(format(this.texts.refusedReloaded, String(message['reason']), String(message['message'] ?? '')));
          break;
        case 'resync':
          this.reload(format(this.texts.resyncReloaded, String(message['message'] ?? this.texts.resyncDefault)));
          break;
        default:
          break; // a message type of a later protocol version: nothing to do
      }
    } catch (e) {
      this.reload(format(this.texts.unexpectedReloaded, e instanceof Error ? e.message : String(e)));
    }
  }

  private snapshot(message: Record<string, unknown>): void {
    const revision = requireInteger(message['revision']);
    const text = message['text'];
    if (typeof text !== 'string') {
      throw new TypeError('snapshot without text');
    }
    const you = readAuthor(message['you']);
    const length = codePointLength(text);
    this.client = new OtClient(this.options.clientId, revision, this.lastClientSeq + 1);
    this.you = you;
    this.text = text;
    this.authorshipRuns = Authorship.fromJson(message['authorship'] ?? [[length, '']], length);
    this.undoManager.clear();
    this.history.clear();
    this.cursors.clear();
    this.backoff.reset();
    const selection = this.options.view.readSelection();
    this.options.view.showText(text, new Selection(Math.min(selection.anchor, length), Math.min(selection.head, length)));
    this.setStatus('connected');
    this.offerPresence();
  }

  private ack(revision: number): void {
    const client = this.requireClient();
    const before = client.revision;
    const next = client.serverAck(revision);
    if (client.revision === before) {
      return; // an acknowledgement repeated after a resend
    }
    this.history.record(revision, null);
    this.backoff.reset();
    if (next !== null) {
      this.batches.offer(next);
    } else {
      this.setStatus('connected');
      this.offerPresence();
    }
    this.options.view.refresh();
  }

  private remoteOp(operation: TextOperation, revision: number, author: Author): void {
    const toApply = this.requireClient().serverOp(operation, revision);
    this.history.record(revision, operation);
    this.backoff.reset();
    // The user's caret stays on the text it was on; at the very place of an insert it stays before it.
    const selection = transformSelection(this.options.view.readSelection(), toApply, true);
    this.text = apply(toApply, this.text);
    this.authorshipRuns = this.authorshipRuns.apply(toApply, author.delegation);
    this.undoManager.transformRemote(toApply);
    this.cursors.transform(toApply);
    if (this.selectionAfterEdit !== null) {
      this.selectionAfterEdit = selection;
    }
    this.options.view.showText(this.text, selection);
    this.options.view.refresh();
  }

  private presence(message: Record<string, unknown>): void {
    const clientId = String(message['clientId']);
    if (clientId === this.options.clientId || this.client === null) {
      return;
    }
    this.cursors.place(clientId, readAuthor(message['author']),
      new Selection(requireInteger(message['anchor']), requireInteger(message['head'])),
      requireInteger(message['revision']), this.client, this.history, codePointLength(this.text));
    this.options.view.refresh();
  }

  // ---- presence and status ----------------------------------------------------------------------

  private offerPresence(): void {
    if (this.connection !== null && this.client !== null) {
      this.presences.offer(null);
    }
  }

  /** Sent only with nothing in flight, so the selection is on the server's document (§5). */
  private sendPresence(): void {
    const client = this.client;
    if (client === null || client.state !== 'synchronized' || this.currentStatus !== 'connected') {
      return; // offered again when the ack arrives
    }
    const current = this.options.view.readSelection();
    if (this.lastPresence !== null && this.lastPresence.revision === client.revision
      && this.lastPresence.selection.equals(current)) {
      return;
    }
    this.lastPresence = { revision: client.revision, selection: current };
    this.send({ type: 'presence', revision: client.revision, anchor: current.anchor, head: current.head });
  }

  private setStatus(status: SessionStatus): void {
    if (status !== this.currentStatus) {
      this.currentStatus = status;
      this.options.view.refresh();
    }
  }

  private requireClient(): OtClient {
    if (this.client === null) {
      throw new TypeError('an edit before the snapshot');
    }
    return this.client;
  }
}

/** Where the caret goes after an undo or redo: after the last text the operation inserted or removed. */
function endOfChange(operation: TextOperation): number {
  let position = 0;
  let end = 0;
  for (const component of operation.components) {
    switch (component.kind) {
      case 'retain':
        position += component.length;
        break;
      case 'insert':
        position += component.length;
        end = position;
        break;
      case 'delete':
        end = position;
        break;
    }
  }
  return end;
}

function requireInteger(value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    throw new TypeError(`expected an integer but got ${JSON.stringify(value)}`);
  }
  return value;
}

function readAuthor(value: unknown): Author {
  const author = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  return {
    delegation: typeof author['delegation'] === 'string' ? author['delegation'] : '',
    name: typeof author['name'] === 'string' ? author['name'] : '',
  };
}
