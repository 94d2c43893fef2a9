import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { overlaySegments } from '../../../main/frontend/editor/overlay-segments.js';
import { RecentOperations, RemoteCursors } from '../../../main/frontend/editor/remote-cursors.js';
import { Authorship } from '../../../main/frontend/editor/authorship.js';
import { OtClient } from '../../../main/frontend/ot/ot-client.js';
import { parseOperation, Selection } from '../../../main/frontend/ot/text-operation.js';

const ANNA = { delegation: 'KAZ', name: 'Anna' };
const BEK = { delegation: 'KGZ', name: 'Bek' };

describe('RemoteCursors', () => {
  test('a presence on the current revision goes through the pending local edit', () => {
    const client = new OtClient('me', 5);
    client.applyLocal(parseOperation('["Hello ",10]')); // local, unacknowledged
    const cursors = new RemoteCursors();
    cursors.place('anna', ANNA, new Selection(2, 6), 5, client, new RecentOperations(), 16);
    assert.deepEqual(cursors.all().map((c) => [c.selection.anchor, c.selection.head]), [[8, 12]]);
  });

  test('a presence on an older revision is brought forward through the recorded operations', () => {
    const history = new RecentOperations();
    history.record(6, parseOperation('["abc",10]'));
    history.record(7, parseOperation('[13,"!"]'));
    const client = new OtClient('me', 7);
    const cursors = new RemoteCursors();
    cursors.place('anna', ANNA, Selection.caret(4), 5, client, history, 14);
    assert.equal(cursors.all()[0]?.selection.head, 7);
  });

  test('older than an own batch (operation unknown) it is clamped into the document', () => {
    const history = new RecentOperations();
    history.record(6, null);
    const cursors = new RemoteCursors();
    cursors.place('anna', ANNA, new Selection(3, 40), 5, new OtClient('me', 6), history, 12);
    assert.ok(cursors.all()[0]?.selection.equals(new Selection(3, 12)));
  });

  test('follows every later operation: an insert before moves it, one at the caret pushes it on', () => {
    const cursors = new RemoteCursors();
    cursors.place('anna', ANNA, Selection.caret(4), 1, new OtClient('me', 1), new RecentOperations(), 10);
    cursors.place('bek', BEK, new Selection(6, 8), 1, new OtClient('me', 1), new RecentOperations(), 10);
    cursors.transform(parseOperation('["ab",10]'));
    cursors.transform(parseOperation('[6,"X",6]'));
    assert.deepEqual(cursors.all().map((c) => [c.clientId, c.selection.anchor, c.selection.head]),
      [['anna', 7, 7], ['bek', 9, 11]]);
    cursors.remove('anna');
    assert.deepEqual(cursors.all().map((c) => c.clientId), ['bek']);
  });

  test('the history keeps only the last revisions', () => {
    const history = new RecentOperations(2);
    history.record(1, parseOperation('["a"]'));
    history.record(2, parseOperation('[1,"b"]'));
    history.record(3, parseOperation('[2,"c"]'));
    assert.equal(history.between(0, 3), null);
    assert.equal(history.between(1, 3)?.length, 2);
  });
});

describe('overlaySegments', () => {
  test('cuts the text at author changes and remote selections, carets before their place', () => {
    const text = 'ab𝒜cd';
    const authorship = Authorship.fromJson([[2, 'KAZ'], [3, 'UZB']], 5);
    const cursors = new RemoteCursors();
    cursors.place('bek', BEK, new Selection(1, 3), 1, new OtClient('me', 1), new RecentOperations(), 5);
    cursors.place('anna', ANNA, Selection.caret(5), 1, new OtClient('me', 1), new RecentOperations(), 5);
    const segments = overlaySegments(text, authorship, cursors.all());
    assert.deepEqual(segments.map((s) => [s.text, s.author, s.selectedBy?.name ?? null, s.carets.map((c) => c.clientId)]), [
      ['a', 'KAZ', null, []],
      ['b', 'KAZ', 'Bek', []],
      ['𝒜', 'UZB', 'Bek', []],
      ['cd', 'UZB', null, ['bek']],
      ['', null, null, ['anna']],
    ]);
    assert.equal(segments.map((s) => s.text).join(''), text);
  });

  test('without authorship and cursors the text is one piece', () => {
    assert.deepEqual(overlaySegments('plain', null, []).map((s) => [s.text, s.author]), [['plain', null]]);
  });
});
