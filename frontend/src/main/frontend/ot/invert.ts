import { DocumentWalk } from './apply.js';
import { TextOperation } from './operation.js';

/**
 * The operation that undoes `operation` on the document it produced from `baseDocument`, for
 * undo. Deleted text is not stored in an operation, so it is read back from the base document.
 * Port of Java's `Inverter`.
 *
 * @throws InvalidOperationError if the document's length is not the operation's base length
 */
export function invert(operation: TextOperation, baseDocument: string): TextOperation {
  const walk = new DocumentWalk(operation, baseDocument);
  const inverse = TextOperation.builder();
  for (const component of operation.components) {
    switch (component.kind) {
      case 'retain':
        walk.skip(component.length);
        inverse.retain(component.length);
        break;
      case 'insert':
        inverse.delete(component.length);
        break;
      case 'delete':
        inverse.insert(walk.take(component.length));
        break;
    }
  }
  walk.requireEnd();
  return inverse.build();
}
