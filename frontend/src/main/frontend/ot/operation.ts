import { codePointLength, requireInsertable } from './code-points.js';
import { type Component, deleteOf, type Insert, insertOf, retainOf } from './component.js';
import { InvalidOperationError } from './invalid-operation-error.js';

/** The largest count a component or an operation may have: Java's `Integer.MAX_VALUE`. */
export const MAX_COUNT = 2147483647;

/** A JSON element of an operation: positive integer = retain, negative = delete, string = insert. */
export type JsonComponent = number | string;

let create: (components: readonly Component[], baseLength: number, targetLength: number) => TextOperation;

/**
 * An immutable edit of a plain-text document: a canonical sequence of retain / insert / delete
 * components that walks the whole document from start to end. All lengths are code points.
 *
 * Instances are always canonical (see {@link TextOperationBuilder}), so {@link equals} is equality
 * of effect and {@link toJson} is a stable wire form, identical to what Java's
 * `TextOperation.toJson()` writes for the same operation.
 */
export class TextOperation {
  static {
    create = (components, baseLength, targetLength) => new TextOperation(components, baseLength, targetLength);
  }

  private constructor(
    /** The canonical components, frozen. */
    readonly components: readonly Component[],
    /** Length in code points of the document this operation applies to. */
    readonly baseLength: number,
    /** Length in code points of the document this operation produces. */
    readonly targetLength: number,
  ) {
    Object.freeze(this);
  }

  static builder(): TextOperationBuilder {
    return new TextOperationBuilder();
  }

  /** The operation that leaves a document of `length` code points unchanged. */
  static identity(length: number): TextOperation {
    return TextOperation.builder().retain(length).build();
  }

  /** True if applying this operation changes nothing (only a retain, or no components). */
  isNoop(): boolean {
    return this.components.length === 0
      || (this.components.length === 1 && this.components[0]?.kind === 'retain');
  }

  /** Value equality; canonical form makes it equality of effect. */
  equals(other: TextOperation): boolean {
    return this.components.length === other.components.length
      && this.components.every((component, i) => sameComponent(component, other.components[i]));
  }

  /** The JSON array form, so that `JSON.stringify` of a message embeds the operation correctly. */
  toJSON(): JsonComponent[] {
    return this.components.map(jsonComponent);
  }

  /** The ot.js JSON text, e.g. `[3,"abc",-2,5]`; `[]` for the empty operation. */
  toJson(): string {
    return JSON.stringify(this.toJSON());
  }

  toString(): string {
    return this.toJson();
  }
}

/**
 * Builds a {@link TextOperation} in canonical form while it is assembled, so that two operations
 * with the same effect are equal: zero-length components are dropped, adjacent components of the
 * same kind are merged, and an insert meeting a delete is always placed before it (the
 * normalisation of ot.js and of Java's `TextOperationBuilder`). Counts must be integers and no
 * component or total length may exceed {@link MAX_COUNT}, as in Java.
 */
export class TextOperationBuilder {
  private readonly components: Component[] = [];
  private baseLength = 0;
  private targetLength = 0;

  /** Keeps the next `count` code points; zero is ignored. */
  retain(count: number): this {
    requireCount(count, 'retain');
    if (count === 0) {
      return this;
    }
    this.baseLength += count;
    this.targetLength += count;
    const last = this.last();
    if (last?.kind === 'retain') {
      this.replaceLast(retainOf(mergedLength(last.length, count)));
    } else {
      this.components.push(retainOf(count));
    }
    return this;
  }

  /** Inserts `text` at the current position; the empty string is ignored. */
  insert(text: string): this {
    if (typeof text !== 'string') {
      throw new InvalidOperationError('insert text must be a string');
    }
    if (text.length === 0) {
      return this;
    }
    requireInsertable(text);
    return this.appendInsert(insertOf(text, codePointLength(text)));
  }

  /** Deletes the next `count` code points; zero is ignored. */
  delete(count: number): this {
    requireCount(count, 'delete');
    if (count === 0) {
      return this;
    }
    this.baseLength += count;
    const last = this.last();
    if (last?.kind === 'delete') {
      this.replaceLast(deleteOf(mergedLength(last.length, count)));
    } else {
      this.components.push(deleteOf(count));
    }
    return this;
  }

  /** Appends any component, validating and normalising as the specific methods do. */
  add(component: Component): this {
    switch (component?.kind) {
      case 'retain':
        return this.retain(component.length);
      case 'delete':
        return this.delete(component.length);
      case 'insert':
        return this.insert(component.text);
      default:
        throw new InvalidOperationError('component must be a retain, insert or delete');
    }
  }

  build(): TextOperation {
    if (this.baseLength > MAX_COUNT || this.targetLength > MAX_COUNT) {
      throw new InvalidOperationError(`operation is longer than ${MAX_COUNT} code points`);
    }
    return create(Object.freeze(this.components.slice()), this.baseLength, this.targetLength);
  }

  private appendInsert(insert: Insert): this {
    this.targetLength += insert.length;
    const size = this.components.length;
    const last = this.last();
    const beforeLast = size >= 2 ? this.components[size - 2] : undefined;
    if (last?.kind === 'insert') {
      this.replaceLast(merge(last, insert));
    } else if (last?.kind === 'delete') {
      // Insert-before-delete: [delete, insert] and [insert, delete] mean the same edit.
      if (beforeLast?.kind === 'insert') {
        this.components[size - 2] = merge(beforeLast, insert);
      } else {
        this.components.splice(size - 1, 0, insert);
      }
    } else {
      this.components.push(insert);
    }
    return this;
  }

  private last(): Component | undefined {
    return this.components[this.components.length - 1];
  }

  private replaceLast(component: Component): void {
    this.components[this.components.length - 1] = component;
  }
}

function merge(first: Insert, second: Insert): Insert {
  return insertOf(first.text + second.text, mergedLength(first.length, second.length));
}

function mergedLength(a: number, b: number): number {
  const sum = a + b;
  if (sum > MAX_COUNT) {
    throw new InvalidOperationError(`component is longer than ${MAX_COUNT} code points`);
  }
  return sum;
}

function requireCount(count: number, kind: string): void {
  if (typeof count !== 'number' || !Number.isInteger(count)) {
    throw new InvalidOperationError(`${kind} count must be an integer but was ${String(count)}`);
  }
  if (count < 0) {
    throw new InvalidOperationError(`${kind} count must not be negative but was ${count}`);
  }
  if (count > MAX_COUNT) {
    throw new InvalidOperationError(`component is longer than ${MAX_COUNT} code points`);
  }
}

function jsonComponent(component: Component): JsonComponent {
  switch (component.kind) {
    case 'retain':
      return component.length;
    case 'delete':
      return -component.length;
    case 'insert':
      return component.text;
  }
}

function sameComponent(a: Component, b: Component | undefined): boolean {
  return b !== undefined && a.kind === b.kind && a.length === b.length
    && (a.kind !== 'insert' || (b.kind === 'insert' && a.text === b.text));
}
