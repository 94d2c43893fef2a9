import { compose, invert, TextOperation, transform } from '../ot/text-operation.js';

/*
 * Per-user undo and redo in a shared document. The undo stack holds the inverses of this user's own
 * operations, newest on top; each applies to the document as it is now after undoing every entry
 * above it. When another user's operation arrives, every entry is transformed past it (newest first,
 * the operation being transformed past each entry in turn), so an undo only ever removes what this
 * user did and never another user's edit, and positions stay right (the ot.js / CodeMirror scheme).
 *
 * Typing in quick succession is one undo step: an operation made within `groupingMs` of the previous
 * one is composed into the same entry, unless the group was closed in between (`closeGroup`, e.g.
 * because the caret was moved or an undo happened).
 */

/** How close in time two edits must be to share an undo step, in milliseconds. */
export const DEFAULT_GROUPING_MS = 1000;

interface Entry {
  /** The inverse of the user's operation(s): applies to the document at the top of the stack. */
  readonly operation: TextOperation;
  /** When the last operation of the group was made. */
  readonly at: number;
}

export class UndoManager {
  private undoStack: Entry[] = [];
  private redoStack: Entry[] = [];
  private groupOpen = false;

  constructor(private readonly groupingMs = DEFAULT_GROUPING_MS) {}

  get canUndo(): boolean {
    return this.undoStack.length > 0;
  }

  get canRedo(): boolean {
    return this.redoStack.length > 0;
  }

  /**
   * Records an edit the user made: `operation` turned `before` into the current document, at time
   * `now` (milliseconds). Clears the redo stack, as any new edit does.
   */
  recordLocal(operation: TextOperation, before: string, now: number): void {
    if (operation.isNoop()) {
      return;
    }
    const inverse = invert(operation, before);
    const top = this.undoStack[this.undoStack.length - 1];
    if (top !== undefined && this.groupOpen && now - top.at < this.groupingMs) {
      // Undoing the group undoes the new edit first, then the older ones.
      this.undoStack[this.undoStack.length - 1] = { operation: compose(inverse, top.operation), at: now };
    } else {
      this.undoStack.push({ operation: inverse, at: now });
    }
    this.groupOpen = true;
    this.redoStack = [];
  }

  /** Ends the current group: the next edit starts a new undo step whatever the time. */
  closeGroup(): void {
    this.groupOpen = false;
  }

  /** Another user's `operation` was applied to the document: moves every entry past it. */
  transformRemote(operation: TextOperation): void {
    this.undoStack = transformStack(this.undoStack, operation);
    this.redoStack = transformStack(this.redoStack, operation);
  }

  /**
   * The operation that undoes this user's latest step, to apply to the current document and send as
   * a local edit; its inverse becomes the top of the redo stack. Steps that concurrent edits reduced
   * to nothing (another user deleted the text) are skipped. `null` if there is nothing to undo.
   *
   * @param current the current document (needed to invert the undo for redo)
   */
  undo(current: string, now: number): TextOperation | null {
    return this.move(this.undoStack, this.redoStack, current, now);
  }

  /** The operation that redoes the latest undone step, or `null`; see {@link undo}. */
  redo(current: string, now: number): TextOperation | null {
    return this.move(this.redoStack, this.undoStack, current, now);
  }

  /** Forgets everything (the document was reloaded). */
  clear(): void {
    this.undoStack = [];
    this.redoStack = [];
    this.groupOpen = false;
  }

  private move(from: Entry[], to: Entry[], current: string, now: number): TextOperation | null {
    this.groupOpen = false;
    for (let entry = from.pop(); entry !== undefined; entry = from.pop()) {
      if (!entry.operation.isNoop()) {
        to.push({ operation: invert(entry.operation, current), at: now });
        return entry.operation;
      }
    }
    return null;
  }
}

/** Each entry past `operation`, newest first; the entry is the left side (it wins insert ties). */
function transformStack(stack: readonly Entry[], operation: TextOperation): Entry[] {
  const result = new Array<Entry>(stack.length);
  let remote = operation;
  for (let i = stack.length - 1; i >= 0; i--) {
    const entry = stack[i] as Entry;
    const transformed = transform(entry.operation, remote, 'LEFT');
    result[i] = { operation: transformed.aPrime, at: entry.at };
    remote = transformed.bPrime;
  }
  return result;
}
