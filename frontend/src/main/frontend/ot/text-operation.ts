/**
 * Operational transformation (OT) for plain text: the TypeScript port of the Java library
 * `backend/ot` (package `org.accord.ot`, ADR 0009), for the browser side of co-editing.
 *
 * A {@link TextOperation} is a canonical sequence of retain / insert / delete components counted
 * in Unicode code points (never UTF-16 units), so that Java, TypeScript and stored JSON agree on
 * every length and position even for emoji; convert to and from an editor's UTF-16 offsets at the
 * edge with {@link utf16OffsetOf} and {@link codePointIndexOf}. The algebra is {@link apply},
 * {@link compose}, {@link transform} with an explicit {@link Priority} tie-break, {@link invert},
 * {@link transformPosition} and {@link transformSelection}; the JSON form is the ot.js array
 * (`[3, "abc", -2, 5]`: retain 3, insert "abc", delete 2, retain 5), read strictly by
 * {@link parseOperation} or {@link operationFromJson} and written by `op.toJson()`.
 *
 * Both implementations must agree exactly: `backend/ot/src/test/resources/ot-vectors.json` is the
 * executable contract, run by Java's `VectorsTest` and by
 * `frontend/src/test/frontend/ot/vectors.test.ts`. Misuse throws {@link InvalidOperationError}
 * wherever Java throws `InvalidOperationException`.
 *
 * This module is the public entry point; its siblings are implementation detail.
 */
export { apply } from './apply.js';
export { codePointIndexOf, codePointLength, utf16OffsetOf } from './code-points.js';
export type { Component, Delete, Insert, Retain } from './component.js';
export { compose } from './compose.js';
export { InvalidOperationError } from './invalid-operation-error.js';
export { invert } from './invert.js';
export { type JsonComponent, MAX_COUNT, TextOperation, TextOperationBuilder } from './operation.js';
export { operationFromJson, parseOperation } from './operation-json.js';
export { Selection, transformPosition, transformSelection } from './position.js';
export { Priority, type Transformed, transform } from './transform.js';
