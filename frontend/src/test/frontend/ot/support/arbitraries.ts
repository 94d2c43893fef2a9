import fc from 'fast-check';

import { codePointLength, TextOperation } from '../../../../main/frontend/ot/text-operation.js';

/**
 * Generators shared by the property tests, after Java's `OtArbitraries`. The alphabet mixes ASCII
 * with what breaks UTF-16 indexing (astral emoji and symbols such as U+1F600, a skin-tone
 * modifier, ZWJ) and combining marks, so any code-unit/code-point confusion shows up as a failure;
 * fast-check's grapheme and full-Unicode strings add the rest of Unicode.
 */
export const ALPHABET: readonly string[] = [
  'a', 'b', 'c', ' ', '\n', 'é', '\u0301', '中', '\u{1F600}', '\u{1D11E}', '\u{1F44D}', '\u{1F3FD}', '\u200D',
  '"', '\\', '\u{10FFFF}',
];

/** A private-use code point no generator produces, used to track positions. */
export const MARKER = '\uE000';

const alphabetText = (minCodePoints: number, maxCodePoints: number): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom(...ALPHABET), { minLength: minCodePoints, maxLength: maxCodePoints })
    .map((codePoints) => codePoints.join(''));

const insertable = (text: string): boolean => !text.includes('\0') && !text.includes(MARKER);

/**
 * Text of at least `min` code points: mostly from the alphabet, sometimes arbitrary graphemes
 * (emoji sequences, combining sequences) or arbitrary code points. Never NUL or the marker.
 */
export function text(min: number, max: number): fc.Arbitrary<string> {
  const clip = (value: string): boolean => codePointLength(value) >= min && codePointLength(value) <= 4 * max;
  return fc.oneof(
    { weight: 4, arbitrary: alphabetText(min, max) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: min, maxLength: max }).filter(insertable).filter(clip) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: min, maxLength: max }).filter(insertable).filter(clip) },
  );
}

export const documents = (): fc.Arbitrary<string> => text(0, 40);

/** One step of an operation recipe; counts are clipped to what is left of the document. */
export interface EditStep {
  readonly kind: 'retain' | 'delete' | 'insert';
  readonly count: number;
  readonly text: string;
}

/** A recipe for an operation that fits any document; see {@link toOperation}. */
export const edits = (): fc.Arbitrary<EditStep[]> =>
  fc.array(fc.record({
    kind: fc.constantFrom('retain' as const, 'delete' as const, 'insert' as const),
    count: fc.integer({ min: 1, max: 8 }),
    text: text(1, 4),
  }), { maxLength: 8 });

export function toOperation(document: string, steps: readonly EditStep[]): TextOperation {
  const builder = TextOperation.builder();
  let remaining = codePointLength(document);
  for (const step of steps) {
    const clipped = Math.min(step.count, remaining);
    switch (step.kind) {
      case 'retain':
        builder.retain(clipped);
        remaining -= clipped;
        break;
      case 'delete':
        builder.delete(clipped);
        remaining -= clipped;
        break;
      case 'insert':
        builder.insert(step.text);
        break;
    }
  }
  return builder.retain(remaining).build();
}

/** The obvious model of apply: arrays of code points, one splice at a time. */
export function applyByCodePointArray(operation: TextOperation, document: string): string {
  const source = [...document];
  const result: string[] = [];
  let index = 0;
  for (const component of operation.components) {
    if (component.kind === 'retain') {
      result.push(...source.slice(index, index + component.length));
      index += component.length;
    } else if (component.kind === 'delete') {
      index += component.length;
    } else {
      result.push(component.text);
    }
  }
  if (index !== source.length) {
    throw new Error(`model: operation covers ${index} of ${source.length} code points`);
  }
  return result.join('');
}
