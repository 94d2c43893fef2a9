import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { Authorship } from '../../../main/frontend/editor/authorship.js';
import { CoEditingSession, format, SEND_INTERVAL_MS } from '../../../main/frontend/editor/coediting-session.js';
import { Selection } from '../../../main/frontend/ot/text-operation.js';
import { FakeClock } from './support/fake-clock.js';
import { FakeView } from './support/fake-view.js';
import { type Person, WireServer } from './support/wire-server.js';

/*
 * The session against an in-memory server speaking the wire protocol (§5): message formats, the
 * send throttle, caret preservation, undo among remote edits, reconnection and reloads.
 */

const ANNA: Person = { delegation: 'KAZ', name: 'Anna' };
const BEK: Person = { delegation: 'KGZ', name: 'Bek' };
const TEXT = 'peace and security';

interface Editor {
  readonly session: CoEditingSession;
  readonly view: FakeView;
}

function setUp(text = TEXT): { server: WireServer; clock: FakeClock; editor: (clientId: string, person: Person) => Editor } {
  const server = new WireServer(text, Authorship.uniform(Array.from(text).length, 'CHAIR'), 3);
  const clock = new FakeClock();
  const editor = (clientId: string, person: Person): Editor => {
    const view = new FakeView();
    const session = new CoEditingSession({
      negotiationId: 'n-1', clauseId: 'art-2', clientId, clock, view, connect: server.connector(person),
    });
    view.onInput = (value, caret) => session.localInput(value, caret);
    session.start();
    server.latest();
    server.pump();
    return { session, view };
  };
  return { server, clock, editor };
}

describe('CoEditingSession', () => {
  test('joins with revision 0, shows the snapshot and sends edits as §5 submit messages', () => {
    const { server, editor } = setUp();
    const anna = editor('anna', ANNA);
    const connection = server.latest();
    assert.deepEqual(connection.sentLog[0], { type: 'join', negotiationId: 'n-1', clauseId: 'art-2', clientId: 'anna', revision: 0 });
    assert.equal(anna.view.value, TEXT);
    assert.equal(anna.session.revision, 3);
    assert.equal(anna.session.status, 'connected');
    assert.deepEqual(anna.session.author, ANNA);

    anna.view.moveCaret(5);
    anna.view.type(' 🌏');
    const submit = connection.sentLog.find((m) => m['type'] === 'submit');
    assert.deepEqual(submit, { type: 'submit', clientSeq: 1, baseRevision: 3, operation: [5, ' 🌏', 13] });
    assert.ok(anna.session.pending);
    server.pump();
    assert.ok(!anna.session.pending);
    assert.equal(anna.session.revision, 4);
    assert.equal(server.document, 'peace 🌏 and security');
    assert.deepEqual(anna.session.authorship.toJSON(), [[5, 'CHAIR'], [2, 'KAZ'], [13, 'CHAIR']]);
  });

  test('sends at most one batch every 50 ms while typing, never two unacknowledged', () => {
    assert.equal(SEND_INTERVAL_MS, 50);
    const { server, clock, editor } = setUp('');
    const anna = editor('anna', ANNA);
    const connection = server.latest();
    const sendTimes: number[] = [];
    let unacknowledged = 0;
    let maxUnacknowledged = 0;
    const send = connection.send.bind(connection);
    connection.send = (text: string): void => {
      if ((JSON.parse(text) as { type: string }).type === 'submit') {
        sendTimes.push(clock.now());
        maxUnacknowledged = Math.max(maxUnacknowledged, ++unacknowledged);
      }
      send(text);
    };
    const track = (): void => {
      server.deliverUp(connection);
      unacknowledged -= connection.down.filter((text) => text.includes('"type":"ack"')).length;
      server.deliverDown(connection);
    };
    for (let i = 0; i < 100; i++) { // a key every 7 ms; the server answers within 1 ms
      anna.view.type(String.fromCharCode(97 + (i % 26)));
      track();
      clock.advance(7);
      track();
    }
    clock.advance(200);
    track();
    assert.equal(maxUnacknowledged, 1);
    // 700 ms of typing and the tail: at most one batch per 50 ms from 0 to 750 ms.
    assert.ok(sendTimes.length >= 10 && sendTimes.length <= 1 + 750 / 50,
      `${sendTimes.length} batches`);
    sendTimes.slice(1).forEach((time, i) =>
      assert.ok(time - (sendTimes[i] as number) >= 50, `batches at ${sendTimes[i]} and ${time}`));
    assert.equal(server.document, anna.view.value);
    assert.equal(Array.from(server.document).length, 100);
    assert.ok(!anna.session.pending);
  });

  test('a remote insert before the caret keeps the caret on the same word', () => {
    const { server, editor } = setUp();
    const anna = editor('anna', ANNA);
    const bek = editor('bek', BEK);
    anna.view.moveCaret(12); // peace and se|curity
    bek.view.moveCaret(0);
    bek.view.type('Regional ');
    server.pump();
    assert.equal(anna.view.value, 'Regional peace and security');
    assert.equal(anna.view.selection.head, 21);
    assert.equal(anna.view.value.slice(0, 21), 'Regional peace and se');
  });

  test('concurrent typing converges, each pending edit transformed over the other', () => {
    const { server, editor } = setUp();
    const anna = editor('anna', ANNA);
    const bek = editor('bek', BEK);
    anna.view.moveCaret(18);
    anna.view.type(' for all');
    bek.view.moveCaret(0);
    bek.view.type('Lasting ');
    server.pump();
    assert.equal(anna.view.value, 'Lasting peace and security for all');
    assert.equal(bek.view.value, anna.view.value);
    assert.equal(server.document, anna.view.value);
    assert.deepEqual(bek.session.authorship.toJSON(), [[8, 'KGZ'], [18, 'CHAIR'], [8, 'KAZ']]);
  });

  test('undo removes only this user\'s typing, redo brings it back', () => {
    const { server, clock, editor } = setUp();
    const anna = editor('anna', ANNA);
    const bek = editor('bek', BEK);
    anna.view.moveCaret(9);
    anna.view.type(' lasting');
    server.pump();
    bek.view.moveCaret(0);
    bek.view.type('Regional ');
    server.pump();
    clock.advance(2000);
    assert.ok(anna.session.undo());
    server.pump();
    assert.equal(server.document, 'Regional peace and security');
    assert.equal(bek.view.value, server.document);
    clock.advance(SEND_INTERVAL_MS); // the redo is throttled after the undo
    assert.ok(anna.session.redo());
    server.pump();
    assert.equal(server.document, 'Regional peace and lasting security');
    assert.equal(anna.view.selection.head, 26, 'the caret after the redone text');
  });

  test('moving the caret between edits makes two undo steps even within a second', () => {
    const { server, editor } = setUp();
    const anna = editor('anna', ANNA);
    anna.view.moveCaret(0);
    anna.view.type('A');
    anna.session.selectionChanged(); // the keyup after typing: the caret did not move
    anna.view.moveCaret(19);
    anna.session.selectionChanged();
    anna.view.type('.');
    assert.ok(anna.session.undo());
    server.pump();
    assert.equal(server.document, 'Apeace and security');
  });

  test('while the user composes with an input method, remote edits wait and the composed text is one edit', () => {
    const { server, editor } = setUp();
    const anna = editor('anna', ANNA);
    const bek = editor('bek', BEK);
    anna.view.moveCaret(18);
    anna.session.compositionStarted();
    anna.view.value = 'peace and securityか'; // the input method's provisional text, not reported
    bek.view.moveCaret(0);
    bek.view.type('Lasting ');
    server.pump();
    assert.equal(anna.view.value, 'peace and securityか', 'the remote insert waits');
    anna.view.value = 'peace and security漢字';
    anna.view.selection = Selection.caret(20);
    anna.session.localInput(anna.view.value, 20);
    anna.session.compositionEnded();
    server.pump();
    assert.equal(anna.view.value, 'Lasting peace and security漢字');
    assert.equal(anna.view.selection.head, 28);
    assert.equal(server.document, anna.view.value);
    assert.deepEqual(server.history.map((e) => e.operation.toJson()), ['["Lasting ",18]', '[26,"漢字"]']);
  });

  test('after a lost connection it rejoins with its revision and resends the same clientSeq: nothing lost or doubled', () => {
    const { server, clock, editor } = setUp();
    const anna = editor('anna', ANNA);
    const first = server.latest();
    anna.view.moveCaret(18);
    anna.view.type('!');
    server.deliverUp(first); // the server records the batch ...
    first.fail(); // ... but the ack is lost with the connection
    assert.equal(anna.session.status, 'offline');
    anna.view.type('?'); // typing goes on offline
    clock.advance(249);
    assert.equal(server.connections.length, 1, 'no reconnection before the backoff');
    clock.advance(1);
    const second = server.latest();
    assert.equal(anna.session.status, 'syncing');
    assert.deepEqual(second.sentLog[0], { type: 'join', negotiationId: 'n-1', clauseId: 'art-2', clientId: 'anna', revision: 3 });
    assert.deepEqual(second.sentLog[1], { type: 'submit', clientSeq: 1, baseRevision: 3, operation: [18, '!'] });
    server.pump();
    assert.equal(server.document, 'peace and security!?');
    assert.equal(anna.view.value, server.document);
    assert.equal(server.history.length, 2);
    assert.equal(anna.session.status, 'connected');
    assert.ok(!anna.session.pending);
  });

  test('a batch that never reached the server is applied once after the reconnection', () => {
    const { server, clock, editor } = setUp();
    const anna = editor('anna', ANNA);
    const bek = editor('bek', BEK);
    const first = server.connections[0]!;
    anna.view.moveCaret(0);
    anna.view.type('Real ');
    first.fail(); // lost before delivery
    bek.view.moveCaret(18);
    bek.view.type('.');
    server.pump();
    clock.advance(250);
    server.latest();
    server.pump();
    assert.equal(server.document, 'Real peace and security.');
    assert.equal(anna.view.value, server.document);
    assert.equal(bek.view.value, server.document);
  });

  test('reconnection delays grow 250, 500, 1000 ms while the server is unreachable', () => {
    const { server, clock, editor } = setUp();
    editor('anna', ANNA);
    server.latest().fail();
    const attempts: number[] = [];
    for (let known = server.connections.length; clock.now() < 2000;) {
      clock.advance(1);
      if (server.connections.length > known) {
        known = server.connections.length;
        attempts.push(clock.now());
        server.connections[known - 1]!.listener.closed(); // the handshake fails
      }
    }
    assert.deepEqual(attempts, [250, 250 + 500, 250 + 500 + 1000]);
  });

  test('a refused batch reloads the clause with revision 0 and says so', () => {
    const { server, clock, editor } = setUp();
    const anna = editor('anna', ANNA);
    server.refuseNext = 'TEXT_UNDER_SILENCE';
    anna.view.moveCaret(0);
    anna.view.type('X');
    server.pump();
    assert.equal(anna.session.loaded, false);
    assert.match(anna.session.message, /TEXT_UNDER_SILENCE/);
    clock.advance(250);
    const next = server.latest();
    assert.deepEqual(next.sentLog[0], { type: 'join', negotiationId: 'n-1', clauseId: 'art-2', clientId: 'anna', revision: 0 });
    server.pump();
    assert.equal(anna.view.value, TEXT);
    anna.view.moveCaret(0);
    anna.view.type('Y');
    assert.equal(next.sentLog.find((m) => m['type'] === 'submit')?.['clientSeq'], 2, 'clientSeq continues after the refused one');
    server.pump();
    assert.equal(server.document, `Y${TEXT}`);
  });

  test('a join the server refuses for good (an observer, an unknown clause) stops instead of retrying', () => {
    const clock = new FakeClock();
    const view = new FakeView();
    let connections = 0;
    const session = new CoEditingSession({
      negotiationId: 'n-1', clauseId: 'art-2', clientId: 'obs', clock, view,
      connect: (listener) => {
        connections++;
        const connection = {
          send: (text: string): void => {
            if ((JSON.parse(text) as { type: string }).type === 'join') {
              listener.received(JSON.stringify({ type: 'error', reason: 'NOT_A_MEMBER', message: 'Only members edit' }));
              listener.closed();
            }
          },
          close: (): void => undefined,
        };
        setImmediateOpen(listener);
        return connection;
      },
    });
    const pendingOpens: Array<() => void> = [];
    function setImmediateOpen(listener: { opened(): void }): void {
      pendingOpens.push(() => listener.opened());
    }
    session.start();
    pendingOpens.splice(0).forEach((open) => open());
    assert.equal(session.status, 'offline');
    assert.match(session.message, /Only members edit/);
    clock.advance(60_000);
    pendingOpens.splice(0).forEach((open) => open());
    assert.equal(connections, 1, 'no reconnection after a final refusal');
  });

  test('a resync message reloads the clause', () => {
    const { server, clock, editor } = setUp();
    const anna = editor('anna', ANNA);
    server.latest().down.push(JSON.stringify({ type: 'resync', message: 'the clause was split' }));
    server.pump();
    assert.match(anna.session.message, /split/);
    clock.advance(250);
    server.latest();
    server.pump();
    assert.equal(anna.session.status, 'connected');
  });

  test('the session speaks the language the page gives it, English for any sentence not given', () => {
    const server = new WireServer(TEXT, Authorship.uniform(Array.from(TEXT).length, 'CHAIR'), 3);
    const clock = new FakeClock();
    const view = new FakeView();
    const session = new CoEditingSession({
      negotiationId: 'n-1', clauseId: 'art-2', clientId: 'anna', clock, view, connect: server.connector(ANNA),
      texts: { resyncReloaded: 'Текст статьи перезагружен: {0}.' },
    });
    view.onInput = (value, caret) => session.localInput(value, caret);
    session.start();
    server.latest();
    server.pump();
    server.latest().down.push(JSON.stringify({ type: 'resync' }));
    server.pump();
    assert.equal(session.message, 'Текст статьи перезагружен: it changed too much meanwhile.');
  });

  test('format fills the numbered places and leaves unknown ones', () => {
    assert.equal(format('{1} before {0}', 'a', 'b'), 'b before a');
    assert.equal(format('revision {0} of {2}', '7'), 'revision 7 of {2}');
  });

  test('presence: own selection sent only when synchronized; others\' shown and moved, removed when they leave', () => {
    const { server, clock, editor } = setUp();
    const anna = editor('anna', ANNA);
    const bek = editor('bek', BEK);
    server.pump();
    clock.advance(200);
    bek.view.selection = new Selection(10, 18);
    bek.session.selectionChanged();
    server.pump();
    const bekPresence = server.connections[1]!.sentLog.filter((m) => m['type'] === 'presence').at(-1);
    assert.deepEqual(bekPresence, { type: 'presence', revision: 3, anchor: 10, head: 18 });
    assert.deepEqual(anna.session.remoteCursors.all().map((c) => [c.clientId, c.author.name, c.selection.anchor, c.selection.head]),
      [['bek', 'Bek', 10, 18]]);

    anna.view.moveCaret(0);
    anna.view.type('Real ');
    const before = server.connections[0]!.sentLog.filter((m) => m['type'] === 'presence').length;
    clock.advance(200);
    anna.session.selectionChanged(); // in flight: no presence yet
    assert.equal(server.connections[0]!.sentLog.filter((m) => m['type'] === 'presence').length, before);
    assert.deepEqual(anna.session.remoteCursors.all().map((c) => [c.selection.anchor, c.selection.head]), [[15, 23]]);
    server.pump();
    clock.advance(200);
    assert.deepEqual(server.connections[0]!.sentLog.filter((m) => m['type'] === 'presence').at(-1),
      { type: 'presence', revision: 4, anchor: 5, head: 5 });

    bek.session.stop();
    server.pump();
    assert.deepEqual(anna.session.remoteCursors.all(), []);
  });
});
