import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { diffTexts, selectionInCodePoints, toCodePoint, toUtf16 } from '../../../main/frontend/editor/text-diff.js';
import { apply, Selection } from '../../../main/frontend/ot/text-operation.js';

/* Turning a textarea's old and new values into one operation in code points. */

function diff(before: string, after: string, caret?: number): string {
  const operation = diffTexts(before, after, caret);
  assert.equal(apply(operation, before), after, 'the operation must reproduce the new value');
  return operation.toJson();
}

describe('diffTexts', () => {
  test('an insert, a delete and a replacement in the middle', () => {
    assert.equal(diff('Security is indivisible.', 'Security is not indivisible.'), '[12,"not ",12]');
    assert.equal(diff('Security is indivisible.', 'Security indivisible.', 9), '[9,-3,12]');
    assert.equal(diff('common good', 'common wealth'), '[7,"wealth",-4]');
  });

  test('no change is the identity and an empty document works both ways', () => {
    assert.equal(diff('same', 'same'), '[4]');
    assert.equal(diff('', 'abc'), '["abc"]');
    assert.equal(diff('abc', ''), '[-3]');
  });

  test('counts astral characters as one code point each', () => {
    assert.equal(diff('𝒜𝒜 law', '𝒜𝒜 new law'), '[3,"new ",3]');
    assert.equal(diff('a😀b', 'a😀😀b'), '[2,"😀",1]');
    assert.equal(diff('🌏 peace 🌏', '🌏 peace'), '[7,-2]');
  });

  test('never splits a surrogate pair when two astral characters share a half', () => {
    // 𝒜 (U+1D49C) and 𝒝 (U+1D49D) share their high surrogate; 😀 (U+1F600) and 🙀 (U+1F640) too.
    assert.equal(diff('x𝒜y', 'x𝒝y'), '[1,"𝒝",-1,1]');
    assert.equal(diff('😀', '🙀'), '["🙀",-1]');
    // U+1D49C and U+1F49C share their low surrogate (DC9C).
    assert.equal(diff('a\u{1D49C}', 'a\u{1F49C}'), '[1,"\u{1F49C}",-1]');
  });

  test('the caret tells which of repeated characters was typed or deleted', () => {
    assert.equal(diff('aa', 'aaa'), '[2,"a"]', 'without a caret the insert goes last');
    assert.equal(diff('is indivisible', 'indivisible'), '[1,-3,10]', 'without a caret: the longest prefix');
    assert.equal(diff('is indivisible', 'indivisible', 0), '[-3,11]', 'backspace of "is " at 3');
    assert.equal(diff('aa', 'aaa', 2), '[1,"a",1]', 'typed after the first a: the caret is at 2');
    assert.equal(diff('aa', 'a', 1), '[1,-1]', 'backspace at 2');
    assert.equal(diff('aa', 'a', 0), '[-1,1]', 'forward delete at 0');
    assert.equal(diff('😀😀', '😀😀😀', 4), '[1,"😀",1]', 'caret in UTF-16 units after the second emoji');
  });
});

describe('textarea positions', () => {
  const text = 'a𝒜b😀';

  test('UTF-16 offsets become code points and back', () => {
    assert.deepEqual([0, 1, 3, 4, 6].map((offset) => toCodePoint(text, offset)), [0, 1, 2, 3, 4]);
    assert.deepEqual([0, 1, 2, 3, 4].map((position) => toUtf16(text, position)), [0, 1, 3, 4, 6]);
  });

  test('an offset inside a pair rounds down and stale positions are clamped', () => {
    assert.equal(toCodePoint(text, 2), 1);
    assert.equal(toCodePoint(text, 99), 4);
    assert.equal(toUtf16(text, 99), 6);
  });

  test('a backward selection has its head first', () => {
    assert.ok(selectionInCodePoints(text, 1, 4, false).equals(new Selection(1, 3)));
    assert.ok(selectionInCodePoints(text, 1, 4, true).equals(new Selection(3, 1)));
  });
});
