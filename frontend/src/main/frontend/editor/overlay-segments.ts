import { advanceByCodePoints, codePointLength } from '../ot/code-points.js';
import type { Authorship } from './authorship.js';
import type { Author, RemoteCursor } from './remote-cursors.js';

/*
 * What the editor's mirror layer shows, computed without the DOM: the document cut wherever the
 * author changes (when the authorship view is on) or a remote selection starts or ends, each piece
 * with its author and the remote selection covering it, and the remote carets standing before it.
 */

export interface OverlaySegment {
  /** The piece of the document (UTF-16, as the DOM wants it); empty only for the carets at the end. */
  readonly text: string;
  /** Who wrote it, or `null` when the authorship view is off. */
  readonly author: string | null;
  /** Whose remote selection covers it (the latest placed when several do), or `null`. */
  readonly selectedBy: Author | null;
  /** The remote carets (selection heads) just before the piece. */
  readonly carets: readonly RemoteCursor[];
}

/**
 * Cuts `text` for the mirror layer.
 *
 * @param authorship the runs of `text`, or `null` to show no authorship
 * @param cursors the other editors' selections in code points of `text`
 */
export function overlaySegments(text: string, authorship: Authorship | null,
                                cursors: readonly RemoteCursor[]): OverlaySegment[] {
  const runs = authorship?.runs ?? [];
  const cuts = new Set<number>([0, codePointLength(text)]);
  let runEnd = 0;
  for (const run of runs) {
    runEnd += run.length;
    cuts.add(runEnd);
  }
  for (const cursor of cursors) {
    cuts.add(cursor.selection.anchor);
    cuts.add(cursor.selection.head);
  }
  const positions = [...cuts].sort((a, b) => a - b);

  const segments: OverlaySegment[] = [];
  let offset = 0; // UTF-16 offset of `positions[i]`
  let runIndex = 0;
  let runStart = 0;
  for (let i = 0; i < positions.length; i++) {
    const from = positions[i] as number;
    const to = positions[i + 1];
    const end = to === undefined ? offset : advanceByCodePoints(text, offset, to - from);
    while (runIndex < runs.length && runStart + (runs[runIndex]?.length ?? 0) <= from) {
      runStart += runs[runIndex]?.length ?? 0;
      runIndex++;
    }
    const selectedBy = cursors.reduce<Author | null>((covering, cursor) => {
      const { anchor, head } = cursor.selection;
      return to !== undefined && Math.min(anchor, head) <= from && to <= Math.max(anchor, head) ? cursor.author : covering;
    }, null);
    const carets = cursors.filter((cursor) => cursor.selection.head === from);
    const piece = text.slice(offset, end);
    if (piece !== '' || carets.length > 0) {
      segments.push({
        text: piece,
        author: authorship === null || piece === '' ? null : runs[runIndex]?.who ?? null,
        selectedBy: piece === '' ? null : selectedBy,
        carets,
      });
    }
    offset = end;
  }
  return segments;
}

