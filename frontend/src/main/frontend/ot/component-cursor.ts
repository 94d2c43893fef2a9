import { advanceByCodePoints } from './code-points.js';
import { type Component, deleteOf, insertOf, retainOf } from './component.js';
import type { TextOperation } from './operation.js';

/**
 * Walks an operation's components while letting the caller consume part of the current one,
 * which is how compose and transform line up two operations whose component boundaries differ.
 */
export class ComponentCursor {
  private index = 0;
  private currentComponent: Component | undefined;

  constructor(private readonly operation: TextOperation) {
    this.currentComponent = operation.components[0];
  }

  isDone(): boolean {
    return this.currentComponent === undefined;
  }

  /** The (possibly partly consumed) current component, or `undefined` when done. */
  current(): Component | undefined {
    return this.currentComponent;
  }

  /** The current component's length; only call while not done. */
  currentLength(): number {
    return this.currentComponent?.length ?? 0;
  }

  takeAll(): Component {
    const taken = this.requireCurrent();
    this.index++;
    this.currentComponent = this.operation.components[this.index];
    return taken;
  }

  /** Consumes the first `count` code points of the current component and returns them. */
  take(count: number): Component {
    const current = this.requireCurrent();
    if (count === current.length) {
      return this.takeAll();
    }
    const rest = current.length - count;
    switch (current.kind) {
      case 'retain':
        this.currentComponent = retainOf(rest);
        return retainOf(count);
      case 'delete':
        this.currentComponent = deleteOf(rest);
        return deleteOf(count);
      case 'insert': {
        const split = advanceByCodePoints(current.text, 0, count);
        this.currentComponent = insertOf(current.text.slice(split), rest);
        return insertOf(current.text.slice(0, split), count);
      }
    }
  }

  private requireCurrent(): Component {
    if (this.currentComponent === undefined) {
      throw new Error('the cursor is past the last component');
    }
    return this.currentComponent;
  }
}
