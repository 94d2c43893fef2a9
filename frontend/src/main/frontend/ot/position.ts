import { InvalidOperationError } from './invalid-operation-error.js';
import type { TextOperation } from './operation.js';

/**
 * Where a caret at code point `index` ends up after `operation`: the place a zero-width marker
 * inserted there would end up, with `stickToInsertBefore` as the marker's priority. An insert
 * exactly at the caret pushes it to the right unless `stickToInsertBefore` is true; a caret inside
 * deleted text moves to the start of the deletion. Port of Java's `PositionTransformer`.
 *
 * @throws InvalidOperationError if `index` is not an integer in `[0, operation.baseLength]`
 */
export function transformPosition(index: number, operation: TextOperation, stickToInsertBefore: boolean): number {
  if (!Number.isInteger(index) || index < 0 || index > operation.baseLength) {
    throw new InvalidOperationError(`position ${index} is outside the document of ${operation.baseLength} code points`);
  }
  let remaining = index; // base-document code points between the walk and the position
  let result = index;
  for (const component of operation.components) {
    switch (component.kind) {
      case 'retain':
        remaining -= component.length;
        break;
      case 'insert':
        if (remaining > 0 || (remaining === 0 && !stickToInsertBefore)) {
          result += component.length;
        }
        break;
      case 'delete':
        result -= Math.min(Math.max(remaining, 0), component.length);
        remaining -= component.length;
        break;
    }
    if (remaining < 0) {
      break;
    }
  }
  return result;
}

/**
 * A user's selection in code points: `anchor` is where it started, `head` where the caret is
 * (equal for a plain caret; head may be before anchor). Port of Java's `Selection` record.
 */
export class Selection {
  /** @throws RangeError if a position is negative or not an integer */
  constructor(readonly anchor: number, readonly head: number) {
    if (!Number.isInteger(anchor) || !Number.isInteger(head) || anchor < 0 || head < 0) {
      throw new RangeError(`selection positions must be non-negative integers: ${anchor}, ${head}`);
    }
    Object.freeze(this);
  }

  static caret(position: number): Selection {
    return new Selection(position, position);
  }

  isCollapsed(): boolean {
    return this.anchor === this.head;
  }

  equals(other: Selection): boolean {
    return this.anchor === other.anchor && this.head === other.head;
  }

  /** Maps both ends through `operation`; see {@link transformPosition}. */
  transform(operation: TextOperation, stickToInsertBefore: boolean): Selection {
    return transformSelection(this, operation, stickToInsertBefore);
  }
}

/**
 * Maps both ends of `selection` through `operation`, so a collaborator's edit elsewhere does not
 * move the user's selection onto different text; see {@link transformPosition}.
 *
 * @throws InvalidOperationError if an end lies beyond the operation's base length
 */
export function transformSelection(selection: Selection, operation: TextOperation,
                                   stickToInsertBefore: boolean): Selection {
  return new Selection(transformPosition(selection.anchor, operation, stickToInsertBefore),
    transformPosition(selection.head, operation, stickToInsertBefore));
}
