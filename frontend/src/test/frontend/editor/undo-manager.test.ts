import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { UndoManager } from '../../../main/frontend/editor/undo-manager.js';
import { apply, parseOperation, type TextOperation } from '../../../main/frontend/ot/text-operation.js';

/*
 * A tiny shared document: local edits are recorded, remote ones transformed into the stacks, and
 * undo / redo applied, as the session does.
 */
class Doc {
  readonly undo = new UndoManager(1000);
  constructor(public text: string) {}

  local(json: string, at: number): void {
    const operation = parseOperation(json);
    this.undo.recordLocal(operation, this.text, at);
    this.text = apply(operation, this.text);
  }

  remote(json: string): void {
    const operation = parseOperation(json);
    this.text = apply(operation, this.text);
    this.undo.transformRemote(operation);
  }

  step(operation: TextOperation | null): boolean {
    if (operation === null) {
      return false;
    }
    this.text = apply(operation, this.text);
    return true;
  }

  doUndo(at = 10_000): boolean {
    return this.step(this.undo.undo(this.text, at));
  }

  doRedo(at = 10_000): boolean {
    return this.step(this.undo.redo(this.text, at));
  }
}

describe('UndoManager', () => {
  test('undoes only this user\'s edit, keeping a remote insert before and after it', () => {
    const doc = new Doc('peace and security');
    doc.local('[9," lasting",9]', 0); // peace and lasting security
    doc.remote('["Regional ",26]'); // Regional peace and lasting security
    doc.remote('[35," for all"]');
    assert.equal(doc.text, 'Regional peace and lasting security for all');
    assert.ok(doc.doUndo());
    assert.equal(doc.text, 'Regional peace and security for all');
    assert.ok(doc.doRedo());
    assert.equal(doc.text, 'Regional peace and lasting security for all');
  });

  test('never brings back or removes what another user typed inside the undone text', () => {
    const doc = new Doc('ab');
    doc.local('[1,"xyz",1]', 0); // axyzb
    doc.remote('[2,"R",3]'); // axRyzb: the remote user typed inside my insert
    assert.ok(doc.doUndo());
    assert.equal(doc.text, 'aRb', 'my x, y, z go, the remote R stays');
    assert.ok(doc.doRedo());
    assert.equal(doc.text, 'axRyzb', 'redo puts my text back around the remote R');
  });

  test('undoing a deletion restores the text where it now is', () => {
    const doc = new Doc('one two three');
    doc.local('[4,-4,5]', 0); // one three
    doc.remote('["zero ",9]'); // zero one three
    assert.ok(doc.doUndo());
    assert.equal(doc.text, 'zero one two three');
  });

  test('skips a step that a remote deletion reduced to nothing', () => {
    const doc = new Doc('ab');
    doc.local('[1,"old",1]', 0);
    doc.local('[4,"new",1]', 5000); // a second step: aoldnewb
    doc.remote('[1,-3,4]'); // the remote user deleted my "old"
    assert.ok(doc.doUndo());
    assert.equal(doc.text, 'ab');
    assert.ok(!doc.doUndo(), 'the emptied first step is skipped: nothing left to undo');
    assert.equal(doc.text, 'ab');
  });

  test('groups typing within a second into one step, and a pause starts a new one', () => {
    const doc = new Doc('');
    doc.local('["a"]', 0);
    doc.local('[1,"b"]', 300);
    doc.local('[2,"c"]', 900);
    doc.local('[3," d"]', 2500); // 1.6 s later
    assert.ok(doc.doUndo());
    assert.equal(doc.text, 'abc');
    assert.ok(doc.doUndo());
    assert.equal(doc.text, '');
    assert.ok(!doc.doUndo());
    assert.ok(doc.doRedo());
    assert.ok(doc.doRedo());
    assert.equal(doc.text, 'abc d');
  });

  test('closing the group (the caret moved) starts a new step even within a second', () => {
    const doc = new Doc('');
    doc.local('["a"]', 0);
    doc.undo.closeGroup();
    doc.local('["b",1]', 100);
    assert.ok(doc.doUndo());
    assert.equal(doc.text, 'a');
  });

  test('a new edit clears the redo stack', () => {
    const doc = new Doc('x');
    doc.local('[1,"y"]', 0);
    assert.ok(doc.doUndo());
    doc.local('[1,"z"]', 5000);
    assert.ok(!doc.undo.canRedo);
    assert.ok(!doc.doRedo());
    assert.equal(doc.text, 'xz');
  });

  test('undo and redo are exact inverses over several steps with remote edits between', () => {
    const doc = new Doc('The parties agree.');
    doc.local('[4,"high contracting ",14]', 0);
    doc.remote('[34," to cooperate",1]');
    doc.local('["All ",-4,44]', 5000);
    doc.remote('[47,"!",-1]');
    const afterEdits = doc.text;
    assert.equal(afterEdits, 'All high contracting parties agree to cooperate!');
    assert.ok(doc.doUndo());
    assert.ok(doc.doUndo());
    assert.equal(doc.text, 'The parties agree to cooperate!');
    assert.ok(doc.doRedo());
    assert.ok(doc.doRedo());
    assert.equal(doc.text, afterEdits);
  });
});
