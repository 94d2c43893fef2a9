import type { SessionView } from '../../../../main/frontend/editor/coediting-session.js';
import { toUtf16 } from '../../../../main/frontend/editor/text-diff.js';
import { Selection } from '../../../../main/frontend/ot/text-operation.js';

/** The text area of a session test: a value and a selection in code points, edited like a user would. */
export class FakeView implements SessionView {
  value = '';
  selection = Selection.caret(0);
  refreshes = 0;
  /** Set after construction: the session this view belongs to. */
  onInput: (value: string, caret: number) => void = () => undefined;

  readSelection(): Selection {
    return this.selection;
  }

  showText(text: string, selection: Selection): void {
    this.value = text;
    this.selection = selection;
  }

  refresh(): void {
    this.refreshes++;
  }

  /** Moves the caret (a click), in code points. */
  moveCaret(position: number): void {
    this.selection = Selection.caret(position);
  }

  /** Types `text` at the caret, replacing the selection, as one input event. */
  type(text: string): void {
    const chars = Array.from(this.value);
    const from = Math.min(this.selection.anchor, this.selection.head);
    const to = Math.max(this.selection.anchor, this.selection.head);
    chars.splice(from, to - from, ...Array.from(text));
    this.value = chars.join('');
    this.selection = Selection.caret(from + Array.from(text).length);
    this.onInput(this.value, toUtf16(this.value, this.selection.head));
  }

  /** Deletes the code point before the caret, as Backspace. */
  backspace(): void {
    const chars = Array.from(this.value);
    const at = this.selection.head;
    chars.splice(at - 1, 1);
    this.value = chars.join('');
    this.selection = Selection.caret(at - 1);
    this.onInput(this.value, toUtf16(this.value, at - 1));
  }
}
