import { ComponentCursor } from './component-cursor.js';
import { InvalidOperationError } from './invalid-operation-error.js';
import { TextOperation, type TextOperationBuilder } from './operation.js';

/**
 * Which of two concurrent operations wins a tie, i.e. whose text comes first when both insert at
 * the same position. `transform(a, b, 'LEFT')` puts a's insert first, `'RIGHT'` puts b's first.
 * Protocol convention, as in Java's `Priority`: the operation already in the server's history
 * wins, so the server calls `transform(historyOp, incoming, 'LEFT')` and a client calls
 * `transform(pendingLocalOp, fromServer, 'RIGHT')`.
 */
export type Priority = 'LEFT' | 'RIGHT';

/** The two priorities, for code that prefers `Priority.LEFT` to a string literal. */
export const Priority = Object.freeze({ LEFT: 'LEFT', RIGHT: 'RIGHT' } as const);

/**
 * The result of {@link transform}: `aPrime` applies after `b` and `bPrime` after `a`, and both
 * paths lead to the same document.
 */
export interface Transformed {
  readonly aPrime: TextOperation;
  readonly bPrime: TextOperation;
}

/**
 * Inclusion transformation of two concurrent operations on the same document (the ot.js
 * algorithm with an explicit tie-break; port of Java's `Transformer`): an insert is kept and the
 * other side retains over it; a region both keep stays retained; a region deleted by one side is
 * deleted once by the other side's transformed operation; a region deleted by both disappears
 * from both. Guarantees `apply(apply(d, a), bPrime) === apply(apply(d, b), aPrime)`.
 *
 * @throws InvalidOperationError if the base lengths differ or the priority is neither LEFT nor RIGHT
 */
export function transform(a: TextOperation, b: TextOperation, priority: Priority): Transformed {
  if (priority !== 'LEFT' && priority !== 'RIGHT') {
    throw new InvalidOperationError(`priority must be LEFT or RIGHT but was ${String(priority)}`);
  }
  if (a.baseLength !== b.baseLength) {
    throw new InvalidOperationError('cannot transform: operations apply to documents of different lengths '
      + `(${a.baseLength} and ${b.baseLength} code points)`);
  }
  const aPrime = TextOperation.builder();
  const bPrime = TextOperation.builder();
  const left = new ComponentCursor(a);
  const right = new ComponentCursor(b);
  while (!left.isDone() || !right.isDone()) {
    const leftInserts = left.current()?.kind === 'insert';
    const rightInserts = right.current()?.kind === 'insert';
    if (leftInserts && (!rightInserts || priority === 'LEFT')) {
      const insert = left.takeAll();
      aPrime.add(insert);
      bPrime.retain(insert.length);
    } else if (rightInserts) {
      const insert = right.takeAll();
      aPrime.retain(insert.length);
      bPrime.add(insert);
    } else {
      transformOverlap(left, right, aPrime, bPrime);
    }
  }
  return Object.freeze({ aPrime: aPrime.build(), bPrime: bPrime.build() });
}

/** Both cursors are at a retain or delete covering the same base text. */
function transformOverlap(left: ComponentCursor, right: ComponentCursor,
                          aPrime: TextOperationBuilder, bPrime: TextOperationBuilder): void {
  const count = Math.min(left.currentLength(), right.currentLength());
  const leftDeletes = left.take(count).kind === 'delete';
  const rightDeletes = right.take(count).kind === 'delete';
  if (!leftDeletes && !rightDeletes) {
    aPrime.retain(count);
    bPrime.retain(count);
  } else if (leftDeletes && !rightDeletes) {
    aPrime.delete(count);
  } else if (rightDeletes && !leftDeletes) {
    bPrime.delete(count);
  }
  // both delete: already gone on both sides.
}
