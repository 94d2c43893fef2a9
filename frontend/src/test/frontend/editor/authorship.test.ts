import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { Authorship } from '../../../main/frontend/editor/authorship.js';
import { parseOperation } from '../../../main/frontend/ot/text-operation.js';

describe('Authorship', () => {
  const snapshot = (): Authorship => Authorship.fromJson([[9, 'KAZ'], [15, 'UZB']], 24);

  test('reads the snapshot runs, merging neighbours by the same author', () => {
    assert.deepEqual(Authorship.fromJson([[3, 'KAZ'], [0, 'TJK'], [2, 'KAZ']], 5).toJSON(), [[5, 'KAZ']]);
    assert.throws(() => Authorship.fromJson([[3, 'KAZ']], 4), RangeError);
    assert.throws(() => Authorship.fromJson([[-1, 'KAZ']], 0), RangeError);
    assert.throws(() => Authorship.fromJson('KAZ', 3), RangeError);
  });

  test('inserted text belongs to the author of the operation, in the middle of a run too', () => {
    const after = snapshot().apply(parseOperation('[4,"TJK",20]'), 'TJK');
    assert.deepEqual(after.toJSON(), [[4, 'KAZ'], [3, 'TJK'], [5, 'KAZ'], [15, 'UZB']]);
    assert.equal(after.length, 27);
  });

  test('deleted text disappears across run boundaries and equal neighbours merge', () => {
    const after = snapshot().apply(parseOperation('[2,-12,10]'), 'KGZ');
    assert.deepEqual(after.toJSON(), [[2, 'KAZ'], [10, 'UZB']]);
    const replaced = snapshot().apply(parseOperation('[9,"x",-15]'), 'KAZ');
    assert.deepEqual(replaced.toJSON(), [[10, 'KAZ']]);
  });

  test('counts code points: an emoji inserted is one', () => {
    const after = Authorship.uniform(2, 'CHAIR').apply(parseOperation('[1,"🌏",1]'), 'KGZ');
    assert.deepEqual(after.toJSON(), [[1, 'CHAIR'], [1, 'KGZ'], [1, 'CHAIR']]);
  });

  test('refuses an operation for another length', () => {
    assert.throws(() => snapshot().apply(parseOperation('[3]'), 'KAZ'), RangeError);
  });
});
