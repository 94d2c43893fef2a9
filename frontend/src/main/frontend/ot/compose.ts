import { ComponentCursor } from './component-cursor.js';
import { InvalidOperationError } from './invalid-operation-error.js';
import { TextOperation, type TextOperationBuilder } from './operation.js';

/**
 * The single operation with the effect of `first` followed by `second`. The client uses it to
 * buffer edits made while an earlier one awaits acknowledgement. Port of Java's `Composer`.
 *
 * @throws InvalidOperationError if `first.targetLength !== second.baseLength`
 */
export function compose(first: TextOperation, second: TextOperation): TextOperation {
  if (first.targetLength !== second.baseLength) {
    throw new InvalidOperationError(`cannot compose: first operation produces ${first.targetLength} code points `
      + `but second operation expects ${second.baseLength}`);
  }
  const result = TextOperation.builder();
  const a = new ComponentCursor(first);
  const b = new ComponentCursor(second);
  while (!a.isDone() || !b.isDone()) {
    if (a.current()?.kind === 'delete') {
      result.add(a.takeAll()); // text the second operation never sees
    } else if (b.current()?.kind === 'insert') {
      result.add(b.takeAll()); // text the first operation never saw
    } else {
      combineOverlap(a, b, result);
    }
  }
  return result.build();
}

/** a is at a retain or insert, b at a retain or delete: both cover the same target text. */
function combineOverlap(a: ComponentCursor, b: ComponentCursor, result: TextOperationBuilder): void {
  const count = Math.min(a.currentLength(), b.currentLength());
  const fromFirst = a.take(count);
  const fromSecond = b.take(count);
  if (fromSecond.kind === 'retain') {
    result.add(fromFirst);
  } else if (fromFirst.kind === 'retain') {
    result.add(fromSecond);
  }
  // else: the second operation deletes what the first inserted, so neither survives.
}
