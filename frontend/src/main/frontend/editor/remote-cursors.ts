import { Selection, type TextOperation, transformSelection } from '../ot/text-operation.js';

/*
 * The carets and selections of the other people editing the clause, in the coordinates of the
 * local document (which may hold local edits the server has not acknowledged yet). A `presence`
 * message gives a selection on the server's document at some revision (docs/co-editing.md §5); it
 * is brought forward through the operations recorded after that revision and then through the
 * pending local edits, and from then on moved through every operation applied locally.
 */

export interface Author {
  readonly delegation: string;
  readonly name: string;
}

export interface RemoteCursor {
  readonly clientId: string;
  readonly author: Author;
  /** In code points of the local document. */
  readonly selection: Selection;
}

/** What the cursors need of the OT client: its revision and the pending local edits. */
export interface PendingEdits {
  readonly revision: number;
  /** Maps a selection on the server's document at `revision` into the local document. */
  transformSelection(selection: Selection, stickToInsertBefore: boolean): Selection;
}

/**
 * The server operations of the last few revisions, to bring a selection declared on a slightly older
 * revision forward. An own batch is acknowledged without its transformed operation, so its revision
 * is recorded as unknown and a selection older than it cannot be brought forward exactly.
 */
export class RecentOperations {
  private readonly byRevision = new Map<number, TextOperation | null>();

  constructor(private readonly capacity = 64) {}

  /** The operation recorded as `revision`, or `null` if it is not known (an own batch). */
  record(revision: number, operation: TextOperation | null): void {
    this.byRevision.set(revision, operation);
    this.byRevision.delete(revision - this.capacity);
  }

  /** The operations of the revisions after `from` up to `to`, oldest first; `null` if one is unknown. */
  between(from: number, to: number): TextOperation[] | null {
    const operations: TextOperation[] = [];
    for (let revision = from + 1; revision <= to; revision++) {
      const operation = this.byRevision.get(revision);
      if (operation === undefined || operation === null) {
        return null;
      }
      operations.push(operation);
    }
    return operations;
  }

  clear(): void {
    this.byRevision.clear();
  }
}

export class RemoteCursors {
  private readonly cursors = new Map<string, RemoteCursor>();

  /** Every cursor, in the order their editors first appeared. */
  all(): RemoteCursor[] {
    return [...this.cursors.values()];
  }

  /**
   * Places `clientId`'s selection, declared on the server's document at `revision`, in the local
   * document of `localLength` code points. If it cannot be brought forward exactly (too old, or
   * older than an own batch) it is clamped into the document: a caret a few characters off for the
   * moment until that editor's next presence, rather than none.
   */
  place(clientId: string, author: Author, selection: Selection, revision: number, pending: PendingEdits,
        history: RecentOperations, localLength: number): void {
    const later = revision <= pending.revision ? history.between(revision, pending.revision) : null;
    let moved: Selection | null = selection;
    for (const operation of later ?? []) {
      moved = moved !== null && fits(moved, operation.baseLength) ? transformSelection(moved, operation, false) : null;
    }
    const local = later !== null && moved !== null ? pendingTransform(pending, moved) : null;
    this.cursors.set(clientId, {
      clientId,
      author,
      selection: local !== null && fits(local, localLength)
        ? local
        : new Selection(Math.min(selection.anchor, localLength), Math.min(selection.head, localLength)),
    });
  }

  /** `clientId` closed its connection. */
  remove(clientId: string): void {
    this.cursors.delete(clientId);
  }

  /**
   * An operation was applied to the local document: every cursor follows the text it was on. A caret
   * exactly where text is inserted moves after it, as the caret of the editor who types there does.
   */
  transform(operation: TextOperation): void {
    for (const [clientId, cursor] of this.cursors) {
      this.cursors.set(clientId, { ...cursor, selection: transformSelection(cursor.selection, operation, false) });
    }
  }

  clear(): void {
    this.cursors.clear();
  }
}

function fits(selection: Selection, length: number): boolean {
  return selection.anchor <= length && selection.head <= length;
}

/** The selection through the pending local edits, or `null` if it does not fit them. */
function pendingTransform(pending: PendingEdits, selection: Selection): Selection | null {
  try {
    return pending.transformSelection(selection, false);
  } catch {
    return null; // declared on a document of another length: the server and this editor disagree
  }
}
