import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import fc from 'fast-check';

import {
  apply, codePointIndexOf, codePointLength, compose, InvalidOperationError, invert, operationFromJson, parseOperation,
  type Priority, Selection, TextOperation, transform, transformPosition, transformSelection, utf16OffsetOf,
} from '../../../main/frontend/ot/text-operation.js';
import { applyByCodePointArray, documents, edits, MARKER, text, toOperation } from './support/arbitraries.js';

/*
 * The algebraic laws the collaboration protocol relies on (Java's OperationPropertiesTest), on
 * random documents and edits that include characters above U+FFFF and combining marks.
 */

const RUNS = { numRuns: 400 };
const priorities = fc.constantFrom<Priority>('LEFT', 'RIGHT');

/** A document and two concurrent operations on it. */
const concurrentPair = fc.record({ document: documents(), editsA: edits(), editsB: edits() })
  .map(({ document, editsA, editsB }) => ({
    document, a: toOperation(document, editsA), b: toOperation(document, editsB),
  }));

/** A document and an operation on it. */
const edited = fc.record({ document: documents(), steps: edits() })
  .map(({ document, steps }) => ({ document, operation: toOperation(document, steps) }));

describe('operation properties', () => {
  test('transformed operations converge under both priorities', () => {
    fc.assert(fc.property(concurrentPair, priorities, ({ document, a, b }, priority) => {
      const { aPrime, bPrime } = transform(a, b, priority);
      assert.equal(apply(bPrime, apply(a, document)), apply(aPrime, apply(b, document)));
    }), RUNS);
  });

  test('swapping the arguments and the priority mirrors the result', () => {
    fc.assert(fc.property(concurrentPair, ({ a, b }) => {
      const forward = transform(a, b, 'LEFT');
      const backward = transform(b, a, 'RIGHT');
      assert.ok(backward.aPrime.equals(forward.bPrime));
      assert.ok(backward.bPrime.equals(forward.aPrime));
    }), RUNS);
  });

  test('the priority orders two inserts at the same place', () => {
    fc.assert(fc.property(documents(), text(1, 3), text(1, 3), fc.nat(), (document, x, y, wanted) => {
      const length = codePointLength(document);
      const at = wanted % (length + 1);
      const a = TextOperation.builder().retain(at).insert(x).retain(length - at).build();
      const b = TextOperation.builder().retain(at).insert(y).retain(length - at).build();
      const prefix = [...document].slice(0, at).join('');
      assert.ok(apply(transform(a, b, 'LEFT').bPrime, apply(a, document)).startsWith(prefix + x + y));
      assert.ok(apply(transform(a, b, 'RIGHT').bPrime, apply(a, document)).startsWith(prefix + y + x));
    }), RUNS);
  });

  test('compose equals sequential application', () => {
    fc.assert(fc.property(documents(), edits(), edits(), (document, editsA, editsB) => {
      const a = toOperation(document, editsA);
      const afterA = apply(a, document);
      const b = toOperation(afterA, editsB);
      const composed = compose(a, b);
      assert.equal(apply(composed, document), apply(b, afterA));
      assert.equal(composed.baseLength, a.baseLength);
      assert.equal(composed.targetLength, b.targetLength);
    }), RUNS);
  });

  test('compose is associative', () => {
    fc.assert(fc.property(documents(), edits(), edits(), edits(), (document, editsA, editsB, editsC) => {
      const a = toOperation(document, editsA);
      const b = toOperation(apply(a, document), editsB);
      const c = toOperation(apply(b, apply(a, document)), editsC);
      assert.ok(compose(compose(a, b), c).equals(compose(a, compose(b, c))));
    }), RUNS);
  });

  test('invert undoes, and inverting the inverse gives the operation back', () => {
    fc.assert(fc.property(edited, ({ document, operation }) => {
      const inverse = invert(operation, document);
      const after = apply(operation, document);
      assert.equal(apply(inverse, after), document);
      assert.ok(invert(inverse, after).equals(operation));
    }), RUNS);
  });

  test('a position follows a marker inserted there', () => {
    fc.assert(fc.property(edited, fc.nat(40), fc.boolean(), ({ document, operation }, wanted, stickToInsertBefore) => {
      const length = operation.baseLength;
      const index = Math.min(wanted, length);
      const marker = TextOperation.builder().retain(index).insert(MARKER).retain(length - index).build();
      const markerAfter = transform(marker, operation, stickToInsertBefore ? 'LEFT' : 'RIGHT').aPrime;
      const withMarker = apply(markerAfter, apply(operation, document));
      const markerIndex = codePointLength(withMarker.slice(0, withMarker.indexOf(MARKER)));
      assert.equal(transformPosition(index, operation, stickToInsertBefore), markerIndex);
    }), RUNS);
  });

  test('a transformed selection stays inside the new document', () => {
    fc.assert(fc.property(edited, fc.nat(), fc.nat(), fc.boolean(), ({ operation }, anchor, head, sticky) => {
      const selection = new Selection(anchor % (operation.baseLength + 1), head % (operation.baseLength + 1));
      const moved = transformSelection(selection, operation, sticky);
      for (const position of [moved.anchor, moved.head]) {
        assert.ok(position >= 0 && position <= operation.targetLength, `${position} in 0..${operation.targetLength}`);
      }
      if (selection.isCollapsed()) {
        assert.ok(moved.isCollapsed());
      }
      assert.ok(moved.equals(selection.transform(operation, sticky)));
    }), RUNS);
  });

  test('apply agrees with a code-point-array model', () => {
    fc.assert(fc.property(edited, ({ document, operation }) => {
      assert.equal(apply(operation, document), applyByCodePointArray(operation, document));
    }), RUNS);
  });

  test('lengths are code-point counts', () => {
    fc.assert(fc.property(edited, ({ document, operation }) => {
      assert.equal(operation.baseLength, [...document].length);
      assert.equal(operation.targetLength, [...apply(operation, document)].length);
    }), RUNS);
  });

  test('an operation of the wrong length is rejected', () => {
    fc.assert(fc.property(edited, text(1, 3), ({ document, operation }, extra) => {
      assert.throws(() => apply(operation, document + extra), InvalidOperationError);
      assert.throws(() => invert(operation, document + extra), InvalidOperationError);
    }), RUNS);
  });

  test('JSON round trips through the text and the parsed form', () => {
    fc.assert(fc.property(edited, ({ operation }) => {
      assert.ok(parseOperation(operation.toJson()).equals(operation));
      assert.ok(operationFromJson(JSON.parse(operation.toJson())).equals(operation));
      assert.equal(JSON.stringify({ op: operation }), `{"op":${operation.toJson()}}`);
    }), RUNS);
  });

  test('the strict parser and the parsed-value reader agree on arrays of integers and strings', () => {
    const element = fc.oneof(
      fc.integer({ min: -5, max: 5 }),
      fc.constantFrom(2147483647, -2147483647, 2147483648, -2147483648),
      fc.string({ unit: 'binary', maxLength: 3 }),
      fc.constantFrom('\uD83D', '\uDE00', 'a\0'),
    );
    fc.assert(fc.property(fc.array(element, { maxLength: 6 }), (value) => {
      const fromText = outcome(() => parseOperation(JSON.stringify(value)));
      const fromValue = outcome(() => operationFromJson(value));
      assert.deepEqual(fromText, fromValue);
    }), { numRuns: 1000 });
  });

  test('the parser fails only with InvalidOperationError, whatever the input', () => {
    const jsonish = fc.array(fc.constantFrom('[', ']', ',', '"', '\\', 'u', 'd', '8', '3', '-', '0', '1', '.', 'e',
      ' ', '\u{1F600}', '\uD83D', '\0', 'x', 'n', 't'), { maxLength: 16 }).map((chars) => chars.join(''));
    fc.assert(fc.property(fc.oneof(jsonish, fc.string({ unit: 'binary' })), (json) => {
      outcome(() => parseOperation(json));
    }), { numRuns: 2000 });
  });

  test('UTF-16 offsets and code-point indices convert both ways', () => {
    fc.assert(fc.property(documents(), fc.nat(), (document, wanted) => {
      const index = wanted % (codePointLength(document) + 1);
      const offset = utf16OffsetOf(document, index);
      assert.equal(codePointIndexOf(document, offset), index);
      assert.equal(document.slice(0, offset), [...document].slice(0, index).join(''));
    }), RUNS);
  });
});

/** The JSON of the operation, or 'rejected'; anything but InvalidOperationError fails the test. */
function outcome(parse: () => TextOperation): string {
  try {
    return parse().toJson();
  } catch (error) {
    if (error instanceof InvalidOperationError) {
      return 'rejected';
    }
    throw error;
  }
}
