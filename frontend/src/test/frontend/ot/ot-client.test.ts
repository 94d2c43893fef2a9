import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { OtClient, OtProtocolError } from '../../../main/frontend/ot/ot-client.js';
import {
  apply, InvalidOperationError, parseOperation, Selection, type TextOperation,
} from '../../../main/frontend/ot/text-operation.js';

/* The client state machine, one transition or rule at a time; sessions are in session-simulation. */

const op = (json: string): TextOperation => parseOperation(json);

describe('OtClient', () => {
  test('sends the first edit at once, numbered from 1, on the current revision', () => {
    const client = new OtClient('c', 7);
    const batch = client.applyLocal(op('[2,"x"]'));
    assert.deepEqual(batch && { ...batch, operation: batch.operation.toJson() },
      { clientId: 'c', clientSeq: 1, baseRevision: 7, operation: '[2,"x"]' });
    assert.equal(client.state, 'awaiting-ack');
  });

  test('composes edits made while a batch is in flight and sends them on the acknowledgement', () => {
    const client = new OtClient('c', 0);
    client.applyLocal(op('["a"]'));
    assert.equal(client.applyLocal(op('[1,"b"]')), null);
    assert.equal(client.state, 'awaiting-with-buffer');
    assert.equal(client.applyLocal(op('[2,"c"]')), null);
    const next = client.serverAck(1);
    assert.equal(next?.clientSeq, 2);
    assert.equal(next?.baseRevision, 1);
    assert.equal(next?.operation.toJson(), '[1,"bc"]');
    assert.equal(client.state, 'awaiting-ack');
    assert.equal(client.serverAck(2), null);
    assert.equal(client.state, 'synchronized');
    assert.equal(client.revision, 2);
    assert.equal(client.applyLocal(op('[3,"d"]'))?.clientSeq, 3);
  });

  test('applies server operations as they are while synchronized', () => {
    const client = new OtClient('c', 0);
    assert.equal(client.serverOp(op('["😀"]'), 1).toJson(), '["😀"]');
    assert.equal(client.revision, 1);
  });

  test('transforms server operations past the in-flight batch and the buffer; the server wins ties', () => {
    const client = new OtClient('c', 0);
    let document = 'ab';
    const local = (json: string): void => {
      document = apply(op(json), document);
      client.applyLocal(op(json));
    };
    local('[1,"X",1]'); // in flight
    local('[3,"Y"]'); // buffered
    const toApply = client.serverOp(op('[1,"😀",1]'), 1); // concurrent insert at the same place
    document = apply(toApply, document);
    assert.equal(document, 'a😀XbY');
    // what the server will hold once it has transformed the in-flight batch and then the buffer
    const next = client.serverAck(2);
    assert.equal(next?.operation.toJson(), '[4,"Y"]');
    assert.equal(next?.baseRevision, 2);
  });

  test('maps a collaborator selection through the pending edits', () => {
    const client = new OtClient('c', 0);
    client.applyLocal(op('["ab",2]'));
    client.applyLocal(op('[4,"!"]'));
    assert.deepEqual(client.transformSelection(new Selection(0, 2), false), new Selection(2, 5));
    assert.deepEqual(client.transformSelection(new Selection(0, 2), true), new Selection(0, 4));
  });

  test('skips no-ops and rejects edits that do not fit the pending ones', () => {
    const client = new OtClient('c', 0);
    assert.equal(client.applyLocal(op('[3]')), null);
    assert.equal(client.state, 'synchronized');
    client.applyLocal(op('[3,"x"]'));
    assert.throws(() => client.applyLocal(op('[3]')), InvalidOperationError);
    assert.equal(client.applyLocal(op('[4]')), null);
    assert.equal(client.state, 'awaiting-ack');
    client.applyLocal(op('[4,"y"]'));
    assert.throws(() => client.applyLocal(op('[4]')), InvalidOperationError);
    assert.equal(client.state, 'awaiting-with-buffer');
  });

  test('resends the in-flight batch unchanged, even after transforming it, and only that', () => {
    const client = new OtClient('c', 3);
    assert.deepEqual(client.reconnect(), { clientId: 'c', revision: 3, resend: [] });
    const sent = client.applyLocal(op('[1,"x"]'));
    client.applyLocal(op('[2,"y"]'));
    client.serverOp(op('["z",1]'), 4);
    const resync = client.reconnect();
    assert.equal(resync.revision, 4);
    assert.deepEqual(resync.resend, [sent]);
    assert.equal(resync.resend[0]?.operation.toJson(), '[1,"x"]');
    assert.equal(resync.resend[0]?.baseRevision, 3);
    assert.deepEqual(client.pendingResend(), [sent]);
  });

  test('ignores a repeated acknowledgement of a resent batch', () => {
    const client = new OtClient('c', 0);
    client.applyLocal(op('["a"]'));
    client.applyLocal(op('[1,"b"]'));
    const second = client.serverAck(1); // catch-up acknowledged the first batch
    assert.equal(second?.clientSeq, 2);
    assert.equal(client.serverAck(1), null); // the server acknowledges the resend again
    assert.equal(client.state, 'awaiting-ack');
    assert.equal(client.revision, 1);
    assert.equal(client.serverAck(2), null);
    assert.equal(client.serverAck(2), null);
    assert.equal(client.state, 'synchronized');
  });

  test('rejects revisions out of order and acknowledgements of nothing', () => {
    const client = new OtClient('c', 5);
    assert.throws(() => client.serverAck(6), OtProtocolError);
    assert.throws(() => client.serverOp(op('[1]'), 7), OtProtocolError);
    assert.throws(() => client.serverOp(op('[]'), 5), OtProtocolError);
    client.applyLocal(op('["a"]'));
    assert.throws(() => client.serverAck(7), /acknowledgement for revision 7 but the client is at revision 5/);
    assert.throws(() => client.serverOp(op('["b",1]'), 6), InvalidOperationError); // does not fit: base 0
    assert.equal(client.revision, 5);
    assert.equal(client.state, 'awaiting-ack');
  });

  test('checks its arguments', () => {
    assert.throws(() => new OtClient('', 0), RangeError);
    assert.throws(() => new OtClient('c', -1), RangeError);
    assert.throws(() => new OtClient('c', 0, 0), RangeError);
    assert.equal(new OtClient('c', 0, 42).applyLocal(op('["a"]'))?.clientSeq, 42);
    assert.throws(() => new OtClient('c', 0).serverAck(1.5), RangeError);
    assert.throws(() => new OtClient('c', 0).applyLocal('["a"]' as unknown as TextOperation), InvalidOperationError);
  });
});
