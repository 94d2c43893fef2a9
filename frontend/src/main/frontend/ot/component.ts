/**
 * One step of a text operation: keep, add or remove text at the current position. Lengths are in
 * code points and always positive; canonical operations never hold two adjacent components of
 * the same kind. Components are frozen values; build operations with `TextOperation.builder()`,
 * which validates them.
 */
export type Component = Retain | Insert | Delete;

/** Keep the next `length` code points. */
export interface Retain {
  readonly kind: 'retain';
  readonly length: number;
}

/** Add `text` (`length` code points, cached because counting is linear) at the current position. */
export interface Insert {
  readonly kind: 'insert';
  readonly text: string;
  readonly length: number;
}

/** Remove the next `length` code points. */
export interface Delete {
  readonly kind: 'delete';
  readonly length: number;
}

/*
 * The factories below trust their arguments: the builder validates before calling them. They are
 * not re-exported by text-operation.ts.
 */

export function retainOf(length: number): Retain {
  return Object.freeze({ kind: 'retain', length });
}

export function insertOf(text: string, length: number): Insert {
  return Object.freeze({ kind: 'insert', text, length });
}

export function deleteOf(length: number): Delete {
  return Object.freeze({ kind: 'delete', length });
}
