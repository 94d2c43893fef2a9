import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import {
  apply, compose, InvalidOperationError, invert, parseOperation, type Priority, type TextOperation, transform,
  transformPosition,
} from '../../../main/frontend/ot/text-operation.js';
import { readRepoFile, VECTORS_PATH } from './support/repo-files.js';

/*
 * Executes the shared vectors in ot-vectors.json, the contract between the Java library and this
 * port, exactly as Java's VectorsTest does: the same kinds, the same extra checks (compose against
 * sequential application, transform convergence and the converged `result`, invert undoing), and
 * `"error": true` must fail with InvalidOperationError, the counterpart of Java's
 * InvalidOperationException. An unknown kind fails.
 */

interface Vector {
  readonly name: string;
  readonly kind: string;
  readonly error?: boolean;
  readonly expected?: unknown;
  readonly [field: string]: unknown;
}

const KINDS = ['apply', 'compose', 'transform', 'invert', 'position', 'parse'];

const rawFile = readRepoFile(VECTORS_PATH);
const vectors = JSON.parse(rawFile) as Vector[];

describe('ot-vectors.json', () => {
  test('vectors are numerous, uniquely named and cover every kind', () => {
    const names = new Set<string>();
    const kinds = new Set<string>();
    for (const vector of vectors) {
      assert.ok(!names.has(vector.name), `unique name ${vector.name}`);
      names.add(vector.name);
      kinds.add(vector.kind);
      assert.ok(('expected' in vector) !== (vector.error === true), `${vector.name} has either expected or error`);
    }
    assert.ok(vectors.length >= 40, `${vectors.length} vectors`);
    assert.deepEqual([...kinds].sort(), [...KINDS].sort());
  });

  test('every number in the file is a plain integer literal, read alike by Jackson and JSON.parse', () => {
    // Java re-serialises operation fields with Jackson and parses them strictly; here JSON.parse
    // has already turned 2.0 into 2. Plain integer literals mean both runners see the same input.
    const tokens = rawFile.match(/"(?:[^"\\]|\\.)*"|-?\d[\d.eE+-]*/g) ?? [];
    const numbers = tokens.filter((token) => !token.startsWith('"'));
    assert.ok(numbers.length > 0);
    for (const number of numbers) {
      assert.match(number, /^-?(0|[1-9]\d*)$/);
      assert.ok(Math.abs(Number(number)) <= Number.MAX_SAFE_INTEGER, number);
    }
  });

  for (const vector of vectors) {
    test(`${vector.kind}: ${vector.name}`, () => check(vector));
  }
});

function check(vector: Vector): void {
  if (vector.error === true) {
    assert.throws(() => execute(vector), InvalidOperationError);
  } else {
    assert.deepStrictEqual(execute(vector), vector.expected);
  }
}

/** Runs one vector and returns its result in the vector file's JSON shape. */
function execute(vector: Vector): unknown {
  switch (vector.kind) {
    case 'apply':
      return apply(operation(vector, 'a'), text(vector, 'doc'));
    case 'compose':
      return composeVector(vector);
    case 'transform':
      return transformVector(vector);
    case 'invert':
      return invertVector(vector);
    case 'position':
      return transformPosition(integer(vector, 'index'), operation(vector, 'a'), flag(vector, 'stickToInsertBefore'));
    case 'parse':
      return json(parseOperation(text(vector, 'json')));
    default:
      throw new assert.AssertionError({ message: `unknown vector kind ${vector.kind}` });
  }
}

function composeVector(vector: Vector): unknown {
  const a = operation(vector, 'a');
  const b = operation(vector, 'b');
  const composed = compose(a, b);
  if ('doc' in vector) {
    const document = text(vector, 'doc');
    assert.equal(apply(composed, document), apply(b, apply(a, document)));
  }
  return json(composed);
}

function transformVector(vector: Vector): unknown {
  const a = operation(vector, 'a');
  const b = operation(vector, 'b');
  const { aPrime, bPrime } = transform(a, b, text(vector, 'priority') as Priority);
  if ('doc' in vector) {
    const document = text(vector, 'doc');
    const viaA = apply(bPrime, apply(a, document));
    assert.equal(apply(aPrime, apply(b, document)), viaA);
    assert.equal(viaA, text(vector, 'result'));
  }
  return { aPrime: json(aPrime), bPrime: json(bPrime) };
}

function invertVector(vector: Vector): unknown {
  const op = operation(vector, 'a');
  const document = text(vector, 'doc');
  const inverse = invert(op, document);
  assert.equal(apply(inverse, apply(op, document)), document);
  return json(inverse);
}

/** As Java: the field re-serialised and read by the strict parser. */
function operation(vector: Vector, field: string): TextOperation {
  return parseOperation(JSON.stringify(present(vector, field)));
}

function json(op: TextOperation): unknown {
  return JSON.parse(op.toJson());
}

function text(vector: Vector, field: string): string {
  const value = present(vector, field);
  assert.equal(typeof value, 'string', `${vector.name}: ${field} is a string`);
  return value as string;
}

function integer(vector: Vector, field: string): number {
  const value = present(vector, field);
  assert.ok(Number.isInteger(value), `${vector.name}: ${field} is an integer`);
  return value as number;
}

function flag(vector: Vector, field: string): boolean {
  const value = present(vector, field);
  assert.equal(typeof value, 'boolean', `${vector.name}: ${field} is a boolean`);
  return value as boolean;
}

/** A missing field is a broken vector, never the expected InvalidOperationError. */
function present(vector: Vector, field: string): unknown {
  const value = vector[field];
  if (value === undefined) {
    throw new assert.AssertionError({ message: `${vector.name}: no field ${field}` });
  }
  return value;
}
