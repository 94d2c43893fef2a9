import { advanceByCodePoints } from '../ot/code-points.js';
import { codePointIndexOf, codePointLength, Selection, TextOperation } from '../ot/text-operation.js';

/*
 * The boundary between a <textarea> and the OT model: the textarea reports its whole new value
 * after each `input` event and counts UTF-16 units, the protocol wants an operation and counts code
 * points (docs/co-editing.md §1). Pure functions, no DOM.
 */

/**
 * The operation that turns `before` into `after`: keep the longest common prefix and suffix, replace
 * what lies between (one delete and one insert at most), all counted in code points. Never splits a
 * surrogate pair, so astral characters (𝒜, emoji) are kept or replaced whole.
 *
 * @param caret where the caret is in `after`, in UTF-16 units, if known. It resolves the ambiguity
 *        of repeated characters: typing "a" after the first "a" of "aa" inserts at 1, not at 2,
 *        so that concurrent edits and remote carets around the change land where the user expects.
 */
export function diffTexts(before: string, after: string, caret?: number): TextOperation {
  const shorter = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < shorter && before.charCodeAt(prefix) === after.charCodeAt(prefix)) {
    prefix++;
  }
  if (caret !== undefined) {
    // The changed region of `after` ends at the caret for typing and pasting: the prefix cannot
    // reach past the caret minus what was inserted.
    prefix = Math.min(prefix, Math.max(0, caret - Math.max(0, after.length - before.length)));
  }
  prefix = backOffPair(after, prefix);
  let suffix = 0;
  while (suffix < shorter - prefix
    && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) {
    suffix++;
  }
  suffix = after.length - backOffPairFromEnd(after, after.length - suffix);
  suffix = Math.min(suffix, before.length - backOffPairFromEnd(before, before.length - suffix));

  const kept = before.slice(0, prefix);
  const removed = before.slice(prefix, before.length - suffix);
  const inserted = after.slice(prefix, after.length - suffix);
  return TextOperation.builder()
    .retain(codePointLength(kept))
    .delete(codePointLength(removed))
    .insert(inserted)
    .retain(codePointLength(before.slice(before.length - suffix)))
    .build();
}

/**
 * A textarea selection (UTF-16 `selectionStart`, `selectionEnd` and `selectionDirection`) as a
 * code-point selection with anchor and head.
 */
export function selectionInCodePoints(text: string, start: number, end: number, backward: boolean): Selection {
  const from = toCodePoint(text, start);
  const to = toCodePoint(text, end);
  return backward ? new Selection(to, from) : new Selection(from, to);
}

/** The UTF-16 offset of a code-point position, clamped into `text` (for positions gone stale). */
export function toUtf16(text: string, codePoint: number): number {
  const offset = advanceByCodePoints(text, 0, codePoint);
  return offset < 0 ? text.length : offset;
}

/** The code-point index of a UTF-16 offset, rounded down out of a surrogate pair and into `text`. */
export function toCodePoint(text: string, utf16: number): number {
  return codePointIndexOf(text, backOffPair(text, Math.max(0, Math.min(utf16, text.length))));
}

/** `index`, moved one unit left if it falls between the halves of a surrogate pair. */
function backOffPair(text: string, index: number): number {
  return index > 0 && index < text.length && isPairAt(text, index - 1) ? index - 1 : index;
}

/** `index` (the start of a suffix), moved one unit right if it falls inside a surrogate pair. */
function backOffPairFromEnd(text: string, index: number): number {
  return index > 0 && index < text.length && isPairAt(text, index - 1) ? index + 1 : index;
}

function isPairAt(text: string, index: number): boolean {
  const high = text.charCodeAt(index);
  const low = text.charCodeAt(index + 1);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}
