/**
 * Thrown when an operation is malformed (bad JSON, zero or negative counts, invalid insert text)
 * or does not fit the document or operation it is combined with: the TypeScript counterpart of
 * Java's `org.accord.ot.InvalidOperationException`. Every shared test vector marked
 * `"error": true` must fail with this error in TypeScript and with that exception in Java.
 */
export class InvalidOperationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidOperationError';
  }
}
