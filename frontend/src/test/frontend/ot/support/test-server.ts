import {
  apply, operationFromJson, type TextOperation, transform,
} from '../../../../main/frontend/ot/text-operation.js';

/*
 * A minimal authoritative server for one clause, as the protocol in ot-client.ts describes it:
 * one history; a batch is transformed past every entry after its base revision with the history
 * winning ties, then appended; each client's live connection (the last one that said hello and is
 * still open) receives every entry after the revision of its hello, in order, its own as
 * acknowledgements; a repeated (clientId, clientSeq) is never applied twice but acknowledged again,
 * on the connection it came on, with the revision it got. Messages travel as JSON text, so the
 * wire form is exercised too. Connections are plain queues owned by the test.
 */

/** Client → server. */
export type Uplink =
  | { readonly kind: 'hello'; readonly clientId: string; readonly revision: number }
  | {
    readonly kind: 'batch'; readonly clientId: string; readonly clientSeq: number; readonly baseRevision: number;
    readonly operation: unknown;
  };

/** Server → client. */
export type Downlink =
  | { readonly kind: 'ack'; readonly revision: number }
  | { readonly kind: 'op'; readonly revision: number; readonly operation: unknown };

export class Connection {
  readonly up: string[] = [];
  readonly down: string[] = [];
  open = true;

  constructor(readonly clientId: string) {
  }

  send(message: Downlink): void {
    if (this.open) {
      this.down.push(JSON.stringify(message));
    }
  }
}

interface HistoryEntry {
  readonly operation: TextOperation;
  readonly clientId: string;
  readonly clientSeq: number;
}

export class TestServer {
  private readonly history: HistoryEntry[] = [];
  private readonly revisionOfBatch = new Map<string, number>();
  private readonly lastClientSeq = new Map<string, number>();
  private readonly liveConnections = new Map<string, Connection>();
  concurrentTransforms = 0;
  duplicates = 0;

  constructor(public document: string) {
  }

  get revision(): number {
    return this.history.length;
  }

  /** The clientSeqs the server applied for `clientId`, in history order. */
  appliedSeqs(clientId: string): number[] {
    return this.history.filter((entry) => entry.clientId === clientId).map((entry) => entry.clientSeq);
  }

  /** Handles one message that arrived on `connection` (which may have closed since). */
  receive(connection: Connection, json: string): void {
    const message = JSON.parse(json) as Uplink;
    if (message.kind === 'hello') {
      this.hello(connection, message.clientId, message.revision);
    } else {
      this.batch(connection, message.clientId, message.clientSeq, message.baseRevision,
        operationFromJson(message.operation));
    }
  }

  /** Rule 4: everything after the client's revision, its own entries as acknowledgements. */
  private hello(connection: Connection, clientId: string, revision: number): void {
    if (!Number.isInteger(revision) || revision < 0 || revision > this.revision) {
      throw new Error(`hello from ${clientId} at impossible revision ${revision}`);
    }
    if (!connection.open) {
      return; // a late hello from a connection the server has seen close: nothing to register or send
    }
    this.liveConnections.set(clientId, connection);
    this.history.slice(revision).forEach((entry, i) => {
      const entryRevision = revision + i + 1;
      connection.send(entry.clientId === clientId
        ? { kind: 'ack', revision: entryRevision }
        : { kind: 'op', revision: entryRevision, operation: entry.operation });
    });
  }

  private batch(connection: Connection, clientId: string, clientSeq: number, baseRevision: number,
                operation: TextOperation): void {
    const key = `${clientId}#${clientSeq}`;
    const earlier = this.revisionOfBatch.get(key);
    if (earlier !== undefined) {
      this.duplicates++;
      connection.send({ kind: 'ack', revision: earlier });
      return;
    }
    const expectedSeq = (this.lastClientSeq.get(clientId) ?? 0) + 1;
    if (clientSeq !== expectedSeq) {
      throw new Error(`${clientId} sent clientSeq ${clientSeq} but the next one is ${expectedSeq}`);
    }
    if (!Number.isInteger(baseRevision) || baseRevision < 0 || baseRevision > this.revision) {
      throw new Error(`${clientId} sent a batch on impossible revision ${baseRevision}`);
    }
    let transformed = operation;
    for (const concurrent of this.history.slice(baseRevision)) {
      this.concurrentTransforms++;
      transformed = transform(concurrent.operation, transformed, 'LEFT').bPrime;
    }
    this.document = apply(transformed, this.document);
    this.history.push({ operation: transformed, clientId, clientSeq });
    this.revisionOfBatch.set(key, this.revision);
    this.lastClientSeq.set(clientId, clientSeq);
    // To live connections only, the author's included: the batch may have come on a dead one.
    for (const [liveId, live] of this.liveConnections) {
      live.send(liveId === clientId
        ? { kind: 'ack', revision: this.revision }
        : { kind: 'op', revision: this.revision, operation: transformed });
    }
  }
}
