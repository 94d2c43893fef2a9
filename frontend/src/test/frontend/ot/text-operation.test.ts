import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import {
  apply, codePointIndexOf, codePointLength, compose, InvalidOperationError, invert, MAX_COUNT, operationFromJson,
  parseOperation, Priority, Selection, TextOperation, transform, transformPosition, utf16OffsetOf,
} from '../../../main/frontend/ot/text-operation.js';

/* Examples and rejections of the TypeScript API beyond what the shared vectors pin down. */

const op = (json: string): TextOperation => parseOperation(json);

function rejects(action: () => unknown, message: RegExp): void {
  assert.throws(action, (error: unknown) => error instanceof InvalidOperationError && message.test(error.message));
}

describe('TextOperation and its builder', () => {
  test('the builder normalises as Java does', () => {
    const built = TextOperation.builder()
      .retain(1).retain(0).retain(2).delete(1).insert('a').insert('').insert('b').delete(2).insert('😀').build();
    assert.equal(built.toJson(), '[3,"ab😀",-3]');
    assert.equal(built.baseLength, 6);
    assert.equal(built.targetLength, 6);
  });

  test('counts must be non-negative integers within the Java int range', () => {
    rejects(() => TextOperation.builder().retain(-1), /retain count must not be negative but was -1/);
    rejects(() => TextOperation.builder().delete(1.5), /delete count must be an integer but was 1.5/);
    rejects(() => TextOperation.builder().retain(Number.NaN), /must be an integer/);
    rejects(() => TextOperation.builder().retain(MAX_COUNT + 1), /component is longer than 2147483647/);
    rejects(() => TextOperation.builder().retain(MAX_COUNT).retain(1), /component is longer than 2147483647/);
    rejects(() => TextOperation.builder().retain(MAX_COUNT).insert('x').build(), /operation is longer than/);
    assert.equal(TextOperation.builder().retain(MAX_COUNT).build().baseLength, MAX_COUNT);
  });

  test('insert text must be a string without NUL or lone surrogates', () => {
    rejects(() => TextOperation.builder().insert('a\0'), /must not contain NUL \(U\+0000\) at char index 1/);
    rejects(() => TextOperation.builder().insert('x\uD83D'), /lone surrogate \(U\+D83D at char index 1\)/);
    rejects(() => TextOperation.builder().insert('\uDE00\uD83D'), /lone surrogate \(U\+DE00 at char index 0\)/);
    rejects(() => TextOperation.builder().insert(7 as unknown as string), /insert text must be a string/);
    assert.equal(TextOperation.builder().insert('\uD83D\uDE00').build().targetLength, 1);
  });

  test('add validates components that did not come from the builder', () => {
    const forged = { kind: 'insert', text: '\uD800', length: 1 } as const;
    rejects(() => TextOperation.builder().add(forged), /lone surrogate/);
    const miscounted = { kind: 'insert', text: '😀😀', length: 1 } as const;
    assert.equal(TextOperation.builder().add(miscounted).build().targetLength, 2);
    rejects(() => TextOperation.builder().add({ kind: 'move' } as never), /retain, insert or delete/);
  });

  test('operations are frozen values with value equality', () => {
    const a = op('[1,"x",-1]');
    assert.ok(a.equals(op('[1,-1,"x"]')));
    assert.ok(!a.equals(op('[1,"y",-1]')));
    assert.ok(Object.isFrozen(a) && Object.isFrozen(a.components) && Object.isFrozen(a.components[1]));
    assert.ok(TextOperation.identity(3).isNoop());
    assert.ok(op('[]').isNoop());
    assert.ok(!op('["a"]').isNoop());
    assert.equal(String(a), '[1,"x",-1]');
  });
});

describe('JSON form', () => {
  test('writes only what JSON requires, like JSON.stringify', () => {
    const text = '"\\\n\r\t\b\f\u0001\u001f\u007f\u2028/😀é';
    const written = TextOperation.builder().insert(text).build().toJson();
    assert.equal(written, JSON.stringify([text]));
    assert.equal(written, '["\\"\\\\\\n\\r\\t\\b\\f\\u0001\\u001f\u007f\u2028/😀é"]');
    assert.ok(parseOperation(written).equals(TextOperation.builder().insert(text).build()));
  });

  test('parse errors name the offset and the reason, as in Java', () => {
    rejects(() => parseOperation('[1,'), /^invalid operation JSON at offset 3: expected an integer or a string but found end of input$/);
    rejects(() => parseOperation('[1 2]'), /^invalid operation JSON at offset 3: expected ',' or '\]'$/);
    rejects(() => parseOperation('[01]'), /numbers must not have leading zeros/);
    rejects(() => parseOperation('[-]'), /expected digits after '-'/);
    rejects(() => parseOperation('["a\nb"]'), /unescaped control character U\+000A in string/);
    rejects(() => parseOperation('["\\x"]'), /invalid escape \\x/);
    rejects(() => parseOperation('["\\u12'), /truncated \\u escape/);
    rejects(() => parseOperation('["\\u00G1"]'), /invalid hex digit in \\u escape/);
    rejects(() => parseOperation('["\\u\u0660\u0660\u0664\u0661"]'), /invalid hex digit in \\u escape/);
    rejects(() => parseOperation('\uFEFF[1]'), /expected '\[' but found/);
    rejects(() => parseOperation(null as unknown as string), /must be a string/);
  });

  test('parse accepts JSON whitespace and every escape', () => {
    assert.equal(parseOperation(' \t\r\n[ 1 ,\n"\\u00e9\\/\\"" ,-2 ] \n').toJson(), '[1,"é/\\"",-2]');
    assert.equal(parseOperation('["\\uD83D\\uDE00"]').toJson(), '["😀"]');
  });

  test('operationFromJson reads parsed values with the same rules', () => {
    assert.equal(operationFromJson([1, 2, -1, 'a', 'b']).toJson(), '[3,"ab",-1]');
    rejects(() => operationFromJson({ ops: [1] }), /must be a JSON array but was object/);
    rejects(() => operationFromJson([1.5]), /at index 0: counts must be integers/);
    rejects(() => operationFromJson([1, -0]), /at index 1: zero is not a valid component/);
    rejects(() => operationFromJson([Number.POSITIVE_INFINITY]), /counts must be integers/);
    rejects(() => operationFromJson([-2147483648]), /out of range/);
    rejects(() => operationFromJson([true]), /expected an integer or a string but found boolean/);
    rejects(() => operationFromJson([null]), /found null/);
    rejects(() => operationFromJson([[1]]), /found an array/);
    rejects(() => operationFromJson(['']), /must not be empty/);
  });
});

describe('apply, compose, transform, invert', () => {
  test('apply counts code points in documents with and without astral characters', () => {
    assert.equal(apply(op('[1,"!",-1,1]'), 'abc'), 'a!c');
    assert.equal(apply(op('[1,"!",-1,1]'), '😀𝄞😀'), '😀!😀');
    assert.equal(apply(op('[2,-1]'), 'e\u0301x'), 'e\u0301');
    rejects(() => apply(op('[2]'), '😀'), /expects a document of 2 code points but the document has 1/);
    rejects(() => apply(op('[1]'), '😀😀'), /expects a document of 1 code points but the document has 2/);
    rejects(() => apply(op('[3]'), 'ab'), /expects a document of 3 code points but the document has 2/);
  });

  test('apply handles a large document with many components', () => {
    const line = 'Article 1: the parties agree 😀 e\u0301 中\n';
    const document = line.repeat(20_000);
    const length = codePointLength(document);
    const builder = TextOperation.builder();
    for (let i = 0; i < 1000; i++) {
      builder.retain(Math.floor(length / 1000) - 1).delete(1).insert('𝄞');
    }
    const edit = builder.retain(length - 1000 * Math.floor(length / 1000)).build();
    const result = apply(edit, document);
    assert.equal(codePointLength(result), length);
    assert.equal(apply(invert(edit, document), result), document);
  });

  test('compose rejects a length mismatch counted in code points', () => {
    rejects(() => compose(op('["😀"]'), op('[2]')), /first operation produces 1 code points but second operation expects 2/);
  });

  test('transform checks its arguments', () => {
    rejects(() => transform(op('[1]'), op('[2]'), Priority.LEFT), /different lengths \(1 and 2 code points\)/);
    rejects(() => transform(op('[1]'), op('[1]'), 'left' as Priority), /priority must be LEFT or RIGHT/);
    const { aPrime, bPrime } = transform(op('["a"]'), op('["b"]'), Priority.RIGHT);
    assert.equal(aPrime.toJson(), '[1,"a"]');
    assert.equal(bPrime.toJson(), '["b",1]');
  });

  test('invert rejects the wrong document', () => {
    rejects(() => invert(op('[1,-1]'), '😀'), /expects a document of 2 code points but the document has 1/);
  });
});

describe('positions and selections', () => {
  test('positions must be integers inside the base document', () => {
    rejects(() => transformPosition(-1, op('[2]'), false), /position -1 is outside the document of 2 code points/);
    rejects(() => transformPosition(0.5, op('[2]'), false), /position 0.5 is outside/);
    assert.equal(transformPosition(2, op('[2,"😀"]'), false), 3);
  });

  test('selections keep their direction and reject negative ends', () => {
    const backwards = new Selection(3, 1).transform(op('["ab",3]'), false);
    assert.deepEqual([backwards.anchor, backwards.head], [5, 3]);
    assert.ok(Selection.caret(2).isCollapsed());
    assert.throws(() => new Selection(-1, 0), RangeError);
    rejects(() => Selection.caret(4).transform(op('[3]'), true), /position 4 is outside/);
  });

  test('UTF-16 offsets convert to code points and back', () => {
    const text = 'a😀e\u0301';
    assert.equal(utf16OffsetOf(text, 2), 3);
    assert.equal(codePointIndexOf(text, 3), 2);
    assert.equal(codePointIndexOf(text, text.length), 4);
    assert.throws(() => codePointIndexOf(text, 2), /splits a surrogate pair/);
    assert.throws(() => utf16OffsetOf(text, 5), RangeError);
    assert.throws(() => codePointIndexOf(text, -1), RangeError);
  });
});
