import type { TextOperation } from '../ot/text-operation.js';

/*
 * Who wrote which part of a clause: the document as runs of code points, each with the delegation
 * code (or "CHAIR") of its author, as in the snapshot's `authorship` field (docs/co-editing.md §5).
 * Kept up to date by every operation applied to the document, local or remote: retained text keeps
 * its author, deleted text disappears, inserted text belongs to the operation's author.
 */

/** `length` code points written by `who`. */
export interface AuthorshipRun {
  readonly length: number;
  readonly who: string;
}

export class Authorship {
  private constructor(readonly runs: readonly AuthorshipRun[], readonly length: number) {
    Object.freeze(this);
  }

  /** A document of `length` code points written by `who` alone (an empty document has no run). */
  static uniform(length: number, who: string): Authorship {
    return Authorship.of([{ length, who }]);
  }

  /**
   * The snapshot's runs, `[[length, who], …]`.
   *
   * @throws RangeError if a run is malformed or they do not cover `documentLength` code points
   */
  static fromJson(value: unknown, documentLength: number): Authorship {
    if (!Array.isArray(value)) {
      throw new RangeError('authorship must be an array of [length, who] runs');
    }
    const runs = value.map((run: unknown) => {
      if (!Array.isArray(run) || run.length !== 2 || !Number.isSafeInteger(run[0]) || run[0] < 0
        || typeof run[1] !== 'string') {
        throw new RangeError(`malformed authorship run ${JSON.stringify(run)}`);
      }
      return { length: run[0] as number, who: run[1] as string };
    });
    const authorship = Authorship.of(runs);
    if (authorship.length !== documentLength) {
      throw new RangeError(`authorship covers ${authorship.length} code points but the text has ${documentLength}`);
    }
    return authorship;
  }

  /** Normalised runs: no empty run, no two adjacent runs by the same author. */
  private static of(runs: readonly AuthorshipRun[]): Authorship {
    const merged: AuthorshipRun[] = [];
    let length = 0;
    for (const run of runs) {
      if (run.length === 0) {
        continue;
      }
      length += run.length;
      const last = merged[merged.length - 1];
      if (last !== undefined && last.who === run.who) {
        merged[merged.length - 1] = { length: last.length + run.length, who: run.who };
      } else {
        merged.push({ length: run.length, who: run.who });
      }
    }
    return new Authorship(Object.freeze(merged.map((run) => Object.freeze(run))), length);
  }

  /**
   * The authorship after `operation`, whose inserts were written by `who`.
   *
   * @throws RangeError if the operation does not apply to a document of this length
   */
  apply(operation: TextOperation, who: string): Authorship {
    if (operation.baseLength !== this.length) {
      throw new RangeError(`operation expects ${operation.baseLength} code points but the authorship covers ${this.length}`);
    }
    const result: AuthorshipRun[] = [];
    let runIndex = 0;
    let usedOfRun = 0; // code points of runs[runIndex] already retained or deleted
    const take = (count: number, keep: boolean): void => {
      let remaining = count;
      while (remaining > 0) {
        const run = this.runs[runIndex] as AuthorshipRun;
        const step = Math.min(remaining, run.length - usedOfRun);
        if (keep) {
          result.push({ length: step, who: run.who });
        }
        remaining -= step;
        usedOfRun += step;
        if (usedOfRun === run.length) {
          runIndex++;
          usedOfRun = 0;
        }
      }
    };
    for (const component of operation.components) {
      switch (component.kind) {
        case 'retain':
          take(component.length, true);
          break;
        case 'delete':
          take(component.length, false);
          break;
        case 'insert':
          result.push({ length: component.length, who });
          break;
      }
    }
    return Authorship.of(result);
  }

  /** The runs in the snapshot's JSON form. */
  toJSON(): [number, string][] {
    return this.runs.map((run) => [run.length, run.who]);
  }
}
