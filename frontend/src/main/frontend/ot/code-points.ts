import { InvalidOperationError } from './invalid-operation-error.js';

/*
 * Code-point helpers. Every length and position in this package counts Unicode code points, not
 * UTF-16 code units, because that is the unit Java, TypeScript and the stored JSON agree on. As in
 * Java (`Character.codePointCount`, `String.offsetByCodePoints`), a surrogate pair is one code point
 * and a lone surrogate in a document also counts as one.
 */

const SURROGATE = /[\uD800-\uDFFF]/;
const NUL_OR_SURROGATE = /[\0\uD800-\uDFFF]/;

/** True if the text has no surrogates, so that its UTF-16 indices are also code-point indices. */
export function isBmpOnly(text: string): boolean {
  return !SURROGATE.test(text);
}

/** The number of code points in `text`. */
export function codePointLength(text: string): number {
  if (isBmpOnly(text)) {
    return text.length;
  }
  let count = 0;
  for (let i = 0; i < text.length; i += pairStartsAt(text, i) ? 2 : 1) {
    count++;
  }
  return count;
}

/**
 * The UTF-16 index `codePoints` code points after the UTF-16 index `from`, or -1 if the text ends
 * first. Linear in `codePoints`; callers with BMP-only text can add instead.
 */
export function advanceByCodePoints(text: string, from: number, codePoints: number): number {
  let index = from;
  for (let n = 0; n < codePoints; n++) {
    if (index >= text.length) {
      return -1;
    }
    index += pairStartsAt(text, index) ? 2 : 1;
  }
  return index;
}

/**
 * The UTF-16 offset of code point `codePointIndex` in `text`, for handing positions to an editor
 * or the DOM, which count UTF-16 units.
 *
 * @throws RangeError if the index is not an integer between 0 and the text's code-point length
 */
export function utf16OffsetOf(text: string, codePointIndex: number): number {
  const offset = Number.isInteger(codePointIndex) && codePointIndex >= 0
    ? advanceByCodePoints(text, 0, codePointIndex)
    : -1;
  if (offset < 0) {
    throw new RangeError(`code point index ${codePointIndex} is outside a text of ${codePointLength(text)} code points`);
  }
  return offset;
}

/**
 * The code-point index of the UTF-16 offset `utf16Offset` in `text`, for turning an editor's or
 * the DOM's positions into protocol positions.
 *
 * @throws RangeError if the offset is outside the text or between the two halves of a surrogate pair
 */
export function codePointIndexOf(text: string, utf16Offset: number): number {
  if (!Number.isInteger(utf16Offset) || utf16Offset < 0 || utf16Offset > text.length) {
    throw new RangeError(`UTF-16 offset ${utf16Offset} is outside a text of ${text.length} UTF-16 units`);
  }
  if (utf16Offset > 0 && pairStartsAt(text, utf16Offset - 1)) {
    throw new RangeError(`UTF-16 offset ${utf16Offset} splits a surrogate pair`);
  }
  return codePointLength(text.slice(0, utf16Offset));
}

/**
 * Rejects text that could not travel as JSON and UTF-8 unchanged: a lone surrogate has no UTF-8
 * encoding and NUL is truncated by too many downstream stores (PostgreSQL text). Same rule and
 * messages as Java's `CodePoints.requireInsertable`.
 */
export function requireInsertable(text: string): void {
  if (!NUL_OR_SURROGATE.test(text)) {
    return;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) {
      throw new InvalidOperationError(`insert text must not contain NUL (U+0000) at char index ${i}`);
    }
    if (pairStartsAt(text, i)) {
      i++;
    } else if (isSurrogate(c)) {
      throw new InvalidOperationError(
        `insert text must not contain a lone surrogate (U+${hex4(c)} at char index ${i})`);
    }
  }
}

/** `c` as at least four upper-case hex digits, as Java's `%04X`. */
export function hex4(c: number): string {
  return c.toString(16).toUpperCase().padStart(4, '0');
}

function pairStartsAt(text: string, index: number): boolean {
  return isHighSurrogate(text.charCodeAt(index)) && isLowSurrogate(text.charCodeAt(index + 1));
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

function isSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdfff;
}
