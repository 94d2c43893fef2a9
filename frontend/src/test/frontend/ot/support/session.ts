import { OtClient, type OutgoingBatch } from '../../../../main/frontend/ot/ot-client.js';
import {
  apply, codePointLength, invert, operationFromJson, type TextOperation, TextOperation as Operation,
} from '../../../../main/frontend/ot/text-operation.js';
import { Connection, type Downlink, TestServer, type Uplink } from './test-server.js';

/*
 * A co-editing session of several OtClients and a TestServer over lossy connections, driven one
 * random step at a time: a local edit, delivering one message up or down, a disconnect (the
 * messages in flight are partly delivered, partly delayed, partly lost), a reconnect with resend,
 * or the delivery of a delayed message from a dead connection.
 *
 * Every inserted "token" is a unique code point from Supplementary Private Use Area-A (so every
 * token is a surrogate pair in UTF-16); filler text adds emoji and combining marks. Because OT
 * never duplicates an insert and never resurrects deleted text, a token that no client deleted
 * must be in the final document exactly once and a deleted token not at all: that is how the
 * test sees a lost or doubled edit.
 */

/** A tiny seeded PRNG (mulberry32), so that fast-check's seeds and shrinking stay in charge. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FILLER = ['a', 'e\u0301', '\u{1F600}', ' ', '中', '\u0301'];
const FIRST_TOKEN = 0xf0000;

export interface Step {
  /** 0-99: which kind of step, by the ranges in {@link Session.step}. */
  readonly action: number;
  readonly client: number;
  readonly seed: number;
}

interface Member {
  readonly ot: OtClient;
  document: string;
  connection: Connection;
  lastIssuedSeq: number;
}

interface Straggler {
  readonly connection: Connection;
  readonly message: string;
}

export class Session {
  readonly server: TestServer;
  readonly members: Member[] = [];
  private readonly stragglers: Straggler[] = [];
  private readonly resentOn = new WeakMap<Connection, Set<string>>();
  private nextToken = FIRST_TOKEN;
  readonly insertedTokens = new Set<string>();
  readonly deletedTokens = new Set<string>();
  stats = { disconnects: 0, resends: 0, resendsApplied: 0, stragglersDelivered: 0 };

  constructor(clientCount: number, initialTokens: number) {
    const initial = Array.from({ length: initialTokens }, () => this.token()).join('e\u0301');
    this.server = new TestServer(initial);
    for (let i = 0; i < clientCount; i++) {
      const ot = new OtClient(`client-${i}`, 0);
      const member: Member = { ot, document: initial, connection: new Connection(ot.clientId), lastIssuedSeq: 0 };
      this.members.push(member);
      this.sendUp(member, { kind: 'hello', clientId: ot.clientId, revision: 0 });
    }
  }

  step({ action, client, seed }: Step): void {
    const member = this.members[client % this.members.length]!;
    const next = random(seed);
    if (action < 35) {
      this.editLocally(member, next);
    } else if (action < 60) {
      this.deliverUp(member);
    } else if (action < 85) {
      this.deliverDown(member);
    } else if (action < 90) {
      this.disconnect(member, next);
    } else if (action < 96) {
      this.reconnect(member);
    } else {
      this.deliverStraggler();
    }
  }

  /** Reconnects everyone and delivers every message, until nothing moves. */
  settle(): void {
    this.members.forEach((member) => this.reconnect(member));
    while (this.stragglers.length > 0) {
      this.deliverStraggler();
    }
    let moved = true;
    while (moved) {
      moved = false;
      for (const member of this.members) {
        moved = this.deliverUp(member) || moved;
        moved = this.deliverDown(member) || moved;
      }
    }
  }

  private editLocally(member: Member, next: () => number): void {
    const operation = this.randomOperation(member.document, next);
    for (const token of tokensIn(invert(operation, member.document))) {
      this.deletedTokens.add(token);
    }
    member.document = apply(operation, member.document);
    const batch = member.ot.applyLocal(operation);
    if (batch !== null) {
      this.sendBatch(member, batch);
    }
  }

  private deliverUp(member: Member): boolean {
    const message = member.connection.up.shift();
    if (message === undefined) {
      return false;
    }
    this.toServer(member.connection, message);
    return true;
  }

  private deliverDown(member: Member): boolean {
    const json = member.connection.down.shift();
    if (json === undefined) {
      return false;
    }
    const message = JSON.parse(json) as Downlink;
    if (message.kind === 'ack') {
      const batch = member.ot.serverAck(message.revision);
      if (batch !== null) {
        this.sendBatch(member, batch);
      }
    } else {
      const toApply = member.ot.serverOp(operationFromJson(message.operation), message.revision);
      member.document = apply(toApply, member.document);
    }
    return true;
  }

  private disconnect(member: Member, next: () => number): void {
    const connection = member.connection;
    if (!connection.open) {
      return;
    }
    this.stats.disconnects++;
    const delivered = Math.floor(next() * (connection.up.length + 1));
    connection.up.splice(0, delivered).forEach((message) => this.toServer(connection, message));
    connection.open = false;
    const delayed = next() < 0.5 ? connection.up.splice(0) : [];
    delayed.forEach((message) => this.stragglers.push({ connection, message }));
    connection.up.length = 0;
    connection.down.length = 0;
  }

  private reconnect(member: Member): void {
    if (member.connection.open) {
      return;
    }
    member.connection = new Connection(member.ot.clientId);
    const resync = member.ot.reconnect();
    this.sendUp(member, { kind: 'hello', clientId: resync.clientId, revision: resync.revision });
    const resent = new Set<string>();
    this.resentOn.set(member.connection, resent);
    for (const batch of resync.resend) {
      this.stats.resends++;
      resent.add(this.sendBatch(member, batch));
    }
  }

  private deliverStraggler(): void {
    const straggler = this.stragglers.shift();
    if (straggler !== undefined) {
      this.stats.stragglersDelivered++;
      this.toServer(straggler.connection, straggler.message);
    }
  }

  private toServer(connection: Connection, message: string): void {
    const duplicatesBefore = this.server.duplicates;
    this.server.receive(connection, message);
    if (this.resentOn.get(connection)?.has(message) === true && this.server.duplicates === duplicatesBefore) {
      this.stats.resendsApplied++;
    }
  }

  private sendBatch(member: Member, batch: OutgoingBatch): string {
    member.lastIssuedSeq = Math.max(member.lastIssuedSeq, batch.clientSeq);
    return this.sendUp(member, { kind: 'batch', ...batch });
  }

  /** Sends on the member's connection; a message sent while disconnected is lost. */
  private sendUp(member: Member, message: Uplink): string {
    const json = JSON.stringify(message);
    if (member.connection.open) {
      member.connection.up.push(json);
    }
    return json;
  }

  private randomOperation(document: string, next: () => number): TextOperation {
    const builder = Operation.builder();
    let remaining = codePointLength(document);
    const steps = Math.floor(next() * 4);
    for (let i = 0; i < steps; i++) {
      const count = 1 + Math.floor(next() * 5);
      const choice = next();
      if (choice < 1 / 3) {
        const retained = Math.min(count, remaining);
        builder.retain(retained);
        remaining -= retained;
      } else if (choice < 2 / 3) {
        const deleted = Math.min(count, remaining);
        builder.delete(deleted);
        remaining -= deleted;
      } else {
        builder.insert(this.randomText(count, next));
      }
    }
    return builder.retain(remaining).build();
  }

  private randomText(count: number, next: () => number): string {
    let text = '';
    for (let i = 0; i < count; i++) {
      text += next() < 0.5 ? this.token() : FILLER[Math.floor(next() * FILLER.length)];
    }
    return text;
  }

  private token(): string {
    const token = String.fromCodePoint(this.nextToken++);
    this.insertedTokens.add(token);
    return token;
  }
}

/** The tokens an operation inserts. */
export function tokensIn(operation: TextOperation): string[] {
  return operation.components.flatMap((component) =>
    component.kind === 'insert' ? [...component.text].filter(isToken) : []);
}

export function isToken(codePoint: string): boolean {
  const value = codePoint.codePointAt(0) ?? 0;
  return value >= FIRST_TOKEN && value <= 0xffffd;
}
