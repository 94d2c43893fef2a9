import {
  compose, InvalidOperationError, Selection, TextOperation, transform, transformSelection,
} from './text-operation.js';

/*
 * The browser side of the co-editing protocol for one clause: the classic Jupiter / ot.js client
 * state machine (Java's test double is `SimulatedClient`), extended with batch numbering so that
 * a batch can be resent after a lost connection without being applied twice. It knows nothing of
 * the DOM, the editor or the transport: it is told what happened and answers with what to send
 * and what to apply.
 *
 * Revisions. The server keeps one history of operations per clause; revision r is the document
 * after the first r operations. `revision` is the last revision this client has integrated.
 *
 * States.
 *
 *   synchronized          Nothing unacknowledged. The local document is the server's document
 *                         at `revision`.
 *   awaiting-ack          One batch in flight: sent (or lost, to be resent), not yet acknowledged.
 *                         `inFlight` is its operation transformed past every server operation
 *                         received since it was sent.
 *   awaiting-with-buffer  One batch in flight, and the local edits made since composed into one
 *                         `buffer` operation that applies after `inFlight`. The buffer cannot be
 *                         sent yet: its base revision is the one the server will give `inFlight`.
 *
 *   event             synchronized             awaiting-ack                  awaiting-with-buffer
 *   ---------------   ----------------------   ---------------------------   ------------------------------
 *   applyLocal(op)    send op → awaiting-ack   buffer := op                  buffer := compose(buffer, op)
 *                                              → awaiting-with-buffer        (stays)
 *   serverAck(r)      protocol error           → synchronized                send buffer → awaiting-ack
 *   serverOp(op, r)   apply op as is           transform past inFlight,      transform past inFlight, then
 *                                              apply the result              past buffer, apply the result
 *   reconnect()       nothing to resend        resend the in-flight batch    resend the in-flight batch; the
 *                                              unchanged (same clientSeq)    buffer follows on its ack
 *
 *   A repeated acknowledgement (rule 3 below) is ignored in every state.
 *
 * Every server operation is transformed with the server's operation winning insert ties
 * (`transform(pending, fromServer, 'RIGHT')`), mirroring the server's
 * `transform(historyOp, incoming, 'LEFT')`, so all replicas order concurrent inserts alike.
 *
 * What the client relies on the server for (the server session must implement exactly this):
 *  1. A batch is transformed past every history entry after its `baseRevision`, with the history
 *     winning ties, and appended.
 *  2. On a new connection the client announces (clientId, revision). From then on the connection
 *     receives, in order, every history entry after that revision: the client's own entries as
 *     acknowledgements carrying their revision, everyone else's as operations with theirs. This
 *     includes entries made from batches that reached the server over an older connection.
 *  3. A repeated (clientId, clientSeq) is never applied again but is acknowledged again, on the
 *     connection it came on, with the revision it got the first time. By rule 2 the genuine
 *     acknowledgement came first, so the client ignores an acknowledgement whose revision is not
 *     above its own.
 *  4. Messages on one connection arrive in order.
 *
 * Reconnecting: announce `reconnect().revision`, then send `reconnect().resend`, which is the
 * in-flight batch exactly as first sent (same clientSeq, base revision and operation), or
 * nothing. If the server had applied the batch, the catch-up acknowledges it and the resend is
 * acknowledged again. If not, the server transforms it past the history since its base revision
 * (the same operations the client transformed it past, in the same order) and applies it. The
 * buffer follows as the next batch when the acknowledgement arrives, as always.
 */

export type OtClientState = 'synchronized' | 'awaiting-ack' | 'awaiting-with-buffer';

/** One uplink message: `operation` applies to the server's document at `baseRevision`. */
export interface OutgoingBatch {
  readonly clientId: string;
  /** 1 for the client's first batch (by default), then one more per batch; repeated only on resend. */
  readonly clientSeq: number;
  readonly baseRevision: number;
  readonly operation: TextOperation;
}

/** What to tell the server on a new connection, then what to send on it. */
export interface Resync {
  readonly clientId: string;
  /** The last revision integrated: the server sends every history entry after it. */
  readonly revision: number;
  /** The batches to send again, in order, after announcing the revision. */
  readonly resend: readonly OutgoingBatch[];
}

/** The server broke the protocol (a revision out of order, an acknowledgement of nothing). */
export class OtProtocolError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OtProtocolError';
  }
}

type State =
  | { readonly name: 'synchronized' }
  | { readonly name: 'awaiting-ack'; readonly sent: OutgoingBatch; readonly inFlight: TextOperation }
  | {
    readonly name: 'awaiting-with-buffer'; readonly sent: OutgoingBatch; readonly inFlight: TextOperation;
    readonly buffer: TextOperation;
  };

const SYNCHRONIZED: State = Object.freeze({ name: 'synchronized' });

export class OtClient {
  private current: State = SYNCHRONIZED;
  private integratedRevision: number;
  private nextClientSeq: number;

  /**
   * @param clientId identifies this client (one editor session) to the server; unique per clause
   * @param revision the revision of the document the editor starts from
   * @param firstClientSeq the clientSeq of the first batch; a client resuming an identity
   *        continues after the last one it used
   */
  constructor(readonly clientId: string, revision: number, firstClientSeq = 1) {
    if (typeof clientId !== 'string' || clientId.length === 0) {
      throw new RangeError('clientId must be a non-empty string');
    }
    requireRevision(revision);
    if (!Number.isSafeInteger(firstClientSeq) || firstClientSeq < 1) {
      throw new RangeError(`firstClientSeq must be a positive integer but was ${firstClientSeq}`);
    }
    this.integratedRevision = revision;
    this.nextClientSeq = firstClientSeq;
  }

  get state(): OtClientState {
    return this.current.name;
  }

  /** The last server revision integrated into the local document. */
  get revision(): number {
    return this.integratedRevision;
  }

  /**
   * Records an edit the user has already made to the local document.
   *
   * @returns the batch to send now, or `null` if the edit was buffered (a batch is in flight) or
   *          changes nothing
   * @throws InvalidOperationError if the operation does not fit the document the pending
   *         operations produce
   */
  applyLocal(operation: TextOperation): OutgoingBatch | null {
    if (!(operation instanceof TextOperation)) {
      throw new InvalidOperationError('a local edit must be a TextOperation');
    }
    const state = this.current;
    switch (state.name) {
      case 'synchronized':
        return operation.isNoop() ? null : this.send(operation);
      case 'awaiting-ack':
        if (operation.baseLength !== state.inFlight.targetLength) {
          throw new InvalidOperationError(`local edit expects a document of ${operation.baseLength} code points `
            + `but the in-flight operation produces ${state.inFlight.targetLength}`);
        }
        if (!operation.isNoop()) {
          this.current = { name: 'awaiting-with-buffer', sent: state.sent, inFlight: state.inFlight, buffer: operation };
        }
        return null;
      case 'awaiting-with-buffer':
        this.current = { ...state, buffer: compose(state.buffer, operation) };
        return null;
    }
  }

  /**
   * The server acknowledged the in-flight batch as `revision`.
   *
   * @returns the next batch to send (the buffer), or `null`; also `null`, with no effect, for a
   *          repeated acknowledgement (`revision` not above the client's)
   * @throws OtProtocolError if revisions were skipped or no batch is in flight
   */
  serverAck(revision: number): OutgoingBatch | null {
    requireRevision(revision);
    if (revision <= this.integratedRevision) {
      return null; // a batch acknowledged again after a resend (rule 3)
    }
    this.requireNext(revision, 'acknowledgement');
    const state = this.current;
    switch (state.name) {
      case 'synchronized':
        throw new OtProtocolError(`acknowledgement of revision ${revision} while no batch is in flight`);
      case 'awaiting-ack':
        this.integratedRevision = revision;
        this.current = SYNCHRONIZED;
        return null;
      case 'awaiting-with-buffer':
        this.integratedRevision = revision;
        return this.send(state.buffer);
    }
  }

  /**
   * Another client's operation, accepted by the server as `revision`.
   *
   * @returns the operation to apply to the local document (which holds the pending local edits)
   * @throws OtProtocolError if `revision` is not the one after the client's
   * @throws InvalidOperationError if the operation does not fit the pending operations
   */
  serverOp(operation: TextOperation, revision: number): TextOperation {
    if (!(operation instanceof TextOperation)) {
      throw new InvalidOperationError('a server operation must be a TextOperation');
    }
    requireRevision(revision);
    this.requireNext(revision, 'operation');
    const state = this.current;
    let toApply: TextOperation;
    switch (state.name) {
      case 'synchronized':
        toApply = operation;
        break;
      case 'awaiting-ack': {
        const pastInFlight = transform(state.inFlight, operation, 'RIGHT');
        this.current = { ...state, inFlight: pastInFlight.aPrime };
        toApply = pastInFlight.bPrime;
        break;
      }
      case 'awaiting-with-buffer': {
        const pastInFlight = transform(state.inFlight, operation, 'RIGHT');
        const pastBuffer = transform(state.buffer, pastInFlight.bPrime, 'RIGHT');
        this.current = { ...state, inFlight: pastInFlight.aPrime, buffer: pastBuffer.aPrime };
        toApply = pastBuffer.bPrime;
        break;
      }
    }
    this.integratedRevision = revision;
    return toApply;
  }

  /**
   * Maps a selection made on the server's document at the client's revision (a collaborator's
   * caret, say) into the local document, through the in-flight operation and the buffer.
   */
  transformSelection(selection: Selection, stickToInsertBefore: boolean): Selection {
    const state = this.current;
    switch (state.name) {
      case 'synchronized':
        return selection;
      case 'awaiting-ack':
        return transformSelection(selection, state.inFlight, stickToInsertBefore);
      case 'awaiting-with-buffer':
        return transformSelection(transformSelection(selection, state.inFlight, stickToInsertBefore),
          state.buffer, stickToInsertBefore);
    }
  }

  /**
   * The batches to send again on a new connection: the unacknowledged in-flight batch exactly as
   * first sent (same clientSeq), or nothing. The buffer is not among them: it is sent, as a new
   * batch, when the in-flight one is acknowledged.
   */
  pendingResend(): readonly OutgoingBatch[] {
    return this.current.name === 'synchronized' ? [] : [this.current.sent];
  }

  /** What to send on a new connection: announce the revision (rule 2), then resend. */
  reconnect(): Resync {
    return Object.freeze({ clientId: this.clientId, revision: this.integratedRevision, resend: this.pendingResend() });
  }

  private send(operation: TextOperation): OutgoingBatch {
    const batch: OutgoingBatch = Object.freeze({
      clientId: this.clientId,
      clientSeq: this.nextClientSeq++,
      baseRevision: this.integratedRevision,
      operation,
    });
    this.current = { name: 'awaiting-ack', sent: batch, inFlight: operation };
    return batch;
  }

  private requireNext(revision: number, what: string): void {
    if (revision !== this.integratedRevision + 1) {
      throw new OtProtocolError(`${what} for revision ${revision} but the client is at revision `
        + `${this.integratedRevision}: expected ${this.integratedRevision + 1}`);
    }
  }
}

function requireRevision(revision: number): void {
  if (!Number.isSafeInteger(revision) || revision < 0) {
    throw new RangeError(`a revision must be a non-negative integer but was ${revision}`);
  }
}
