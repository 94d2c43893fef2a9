import {
  apply, codePointLength, operationFromJson, type TextOperation, transform,
} from '../../../../main/frontend/ot/text-operation.js';
import type { Connection, ConnectionListener } from '../../../../main/frontend/editor/coediting-session.js';
import { Authorship } from '../../../../main/frontend/editor/authorship.js';

/*
 * An in-memory server for one clause speaking the WebSocket protocol of docs/co-editing.md §5, for
 * the session tests: join (snapshot or catch-up), submit (duplicates acknowledged again, batches
 * transformed past the history with the history winning ties), presence relayed, left on close.
 * Nothing travels by itself: the test delivers each direction when it wants (`pump`), so latency,
 * reordering across connections and lost connections are in its hands.
 */

interface Entry {
  readonly operation: TextOperation;
  readonly clientId: string;
  readonly clientSeq: number;
  readonly delegation: string;
}

export interface Person {
  readonly delegation: string;
  readonly name: string;
}

/** One connection between a session and the server. */
export class WireConnection implements Connection {
  /** Client → server, not yet delivered. */
  readonly up: string[] = [];
  /** Server → client, not yet delivered. */
  readonly down: string[] = [];
  /** Every message the client sent, parsed, in order. */
  readonly sentLog: Record<string, unknown>[] = [];
  clientId: string | null = null;
  open = false;
  closedByClient = false;

  constructor(readonly server: WireServer, readonly person: Person, readonly listener: ConnectionListener) {}

  send(text: string): void {
    this.up.push(text);
    this.sentLog.push(JSON.parse(text) as Record<string, unknown>);
  }

  close(): void {
    this.closedByClient = true;
    this.drop();
  }

  /** The network fails: both sides see the connection closed; undelivered messages are lost. */
  fail(): void {
    this.drop();
    this.listener.closed();
  }

  private drop(): void {
    if (this.open) {
      this.open = false;
      this.up.length = 0;
      this.down.length = 0;
      this.server.disconnected(this);
    }
  }
}

export class WireServer {
  readonly history: Entry[] = [];
  readonly connections: WireConnection[] = [];
  /** When set, the next submit is refused with this reason. */
  refuseNext: string | null = null;
  private readonly firstRevision: number;

  constructor(public document: string, private authorship: Authorship, firstRevision = 1) {
    this.firstRevision = firstRevision;
  }

  get revision(): number {
    return this.firstRevision + this.history.length;
  }

  /** A connector for `person`: each call opens a new connection (the test then calls `accept`). */
  connector(person: Person): (listener: ConnectionListener) => Connection {
    return (listener) => {
      const connection = new WireConnection(this, person, listener);
      this.connections.push(connection);
      return connection;
    };
  }

  /** The handshake succeeds. */
  accept(connection: WireConnection): void {
    connection.open = true;
    connection.listener.opened();
  }

  /** The latest connection, accepted if not yet. */
  latest(): WireConnection {
    const connection = this.connections[this.connections.length - 1] as WireConnection;
    if (!connection.open && !connection.closedByClient) {
      this.accept(connection);
    }
    return connection;
  }

  /** Delivers everything in both directions on every open connection until nothing moves. */
  pump(): void {
    for (let moved = true; moved;) {
      moved = false;
      for (const connection of this.connections.filter((c) => c.open)) {
        moved = this.deliverUp(connection) || moved;
        moved = this.deliverDown(connection) || moved;
      }
    }
  }

  deliverUp(connection: WireConnection): boolean {
    const messages = connection.up.splice(0);
    messages.forEach((text) => this.handle(connection, JSON.parse(text) as Record<string, unknown>));
    return messages.length > 0;
  }

  deliverDown(connection: WireConnection): boolean {
    const messages = connection.down.splice(0);
    messages.forEach((text) => connection.open && connection.listener.received(text));
    return messages.length > 0;
  }

  disconnected(connection: WireConnection): void {
    if (connection.clientId !== null) {
      this.broadcast(connection, { type: 'left', clientId: connection.clientId });
    }
  }

  private handle(connection: WireConnection, message: Record<string, unknown>): void {
    switch (message['type']) {
      case 'join': {
        connection.clientId = message['clientId'] as string;
        const revision = message['revision'] as number;
        if (revision === 0) {
          this.sendTo(connection, {
            type: 'snapshot', revision: this.revision, text: this.document, authorship: this.authorship.toJSON(),
            you: { clientId: connection.clientId, ...connection.person },
            editors: this.connections.filter((c) => c.open && c !== connection && c.clientId !== null)
              .map((c) => ({ clientId: c.clientId, ...c.person })),
          });
        } else {
          for (let r = revision + 1; r <= this.revision; r++) {
            this.sendEntry(connection, r);
          }
        }
        break;
      }
      case 'submit':
        this.submit(connection, message['clientSeq'] as number, message['baseRevision'] as number,
          operationFromJson(message['operation']));
        break;
      case 'presence':
        this.broadcast(connection, {
          type: 'presence', clientId: connection.clientId, author: connection.person,
          revision: message['revision'], anchor: message['anchor'], head: message['head'],
        });
        break;
    }
  }

  private submit(connection: WireConnection, clientSeq: number, baseRevision: number, operation: TextOperation): void {
    const clientId = connection.clientId as string;
    const previous = this.history.findIndex((e) => e.clientId === clientId && e.clientSeq === clientSeq);
    if (previous >= 0) {
      this.sendTo(connection, { type: 'ack', revision: this.firstRevision + previous + 1, clientSeq });
      return;
    }
    if (this.refuseNext !== null) {
      this.sendTo(connection, { type: 'error', reason: this.refuseNext, message: 'refused', clientSeq });
      this.refuseNext = null;
      return;
    }
    let incoming = operation;
    for (const entry of this.history.slice(baseRevision - this.firstRevision)) {
      incoming = transform(entry.operation, incoming, 'LEFT').bPrime;
    }
    if (incoming.baseLength !== codePointLength(this.document)) {
      throw new Error(`batch ${clientSeq} of ${clientId} does not fit the document`);
    }
    this.document = apply(incoming, this.document);
    this.authorship = this.authorship.apply(incoming, connection.person.delegation);
    this.history.push({ operation: incoming, clientId, clientSeq, delegation: connection.person.delegation });
    for (const other of this.connections.filter((c) => c.open && c.clientId !== null)) {
      this.sendEntry(other, this.revision);
    }
  }

  private sendEntry(connection: WireConnection, revision: number): void {
    const entry = this.history[revision - this.firstRevision - 1] as Entry;
    if (entry.clientId === connection.clientId) {
      this.sendTo(connection, { type: 'ack', revision, clientSeq: entry.clientSeq });
    } else {
      const author = this.connections.find((c) => c.clientId === entry.clientId)?.person;
      this.sendTo(connection, {
        type: 'op', revision, operation: entry.operation, clientId: entry.clientId,
        author: author ?? { delegation: entry.delegation, name: '' },
      });
    }
  }

  private broadcast(from: WireConnection, message: object): void {
    for (const connection of this.connections.filter((c) => c.open && c !== from && c.clientId !== null)) {
      this.sendTo(connection, message);
    }
  }

  private sendTo(connection: WireConnection, message: object): void {
    if (connection.open) {
      connection.down.push(JSON.stringify(message));
    }
  }
}
