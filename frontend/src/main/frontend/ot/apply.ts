import { advanceByCodePoints, codePointLength, isBmpOnly } from './code-points.js';
import { InvalidOperationError } from './invalid-operation-error.js';
import type { TextOperation } from './operation.js';

/**
 * Applies `operation` to `document`. Retained text is sliced, not copied character by character,
 * and the pieces are joined once, so the cost is one scan of the document for surrogates plus
 * O(components) slices and a single join. In a document without characters above U+FFFF every
 * code-point index is a UTF-16 index and retains cost O(1); otherwise they walk the retained text.
 *
 * @throws InvalidOperationError if the document's length is not the operation's base length
 */
export function apply(operation: TextOperation, document: string): string {
  const walk = new DocumentWalk(operation, document);
  const pieces: string[] = [];
  for (const component of operation.components) {
    switch (component.kind) {
      case 'retain':
        pieces.push(walk.take(component.length));
        break;
      case 'insert':
        pieces.push(component.text);
        break;
      case 'delete':
        walk.skip(component.length);
        break;
    }
  }
  walk.requireEnd();
  return pieces.join('');
}

/**
 * Steps through a document in code points on behalf of {@link apply} and `invert`, failing with
 * the same message as Java's `OperationApplier.requireBaseLength` when the operation does not
 * fit the document.
 */
export class DocumentWalk {
  private readonly bmpOnly: boolean;
  private offset = 0;

  constructor(private readonly operation: TextOperation, private readonly document: string) {
    this.bmpOnly = isBmpOnly(document);
    if (this.bmpOnly && document.length !== operation.baseLength) {
      this.fail();
    }
  }

  /** The next `codePoints` code points, consumed. */
  take(codePoints: number): string {
    const start = this.offset;
    this.skip(codePoints);
    return this.document.slice(start, this.offset);
  }

  skip(codePoints: number): void {
    const end = this.bmpOnly
      ? this.offset + codePoints
      : advanceByCodePoints(this.document, this.offset, codePoints);
    if (end < 0 || end > this.document.length) {
      this.fail();
    }
    this.offset = end;
  }

  /** Fails unless the whole document was walked. */
  requireEnd(): void {
    if (this.offset !== this.document.length) {
      this.fail();
    }
  }

  private fail(): never {
    throw new InvalidOperationError(`operation expects a document of ${this.operation.baseLength} code points `
      + `but the document has ${codePointLength(this.document)}`);
  }
}
