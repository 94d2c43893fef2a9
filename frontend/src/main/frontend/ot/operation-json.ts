import { hex4 } from './code-points.js';
import { InvalidOperationError } from './invalid-operation-error.js';
import { MAX_COUNT, TextOperation, type TextOperationBuilder } from './operation.js';

/**
 * Parses the ot.js JSON text of an operation, e.g. `[3, "abc", -2, 5]`: a positive integer
 * retains, a negative integer deletes, a string inserts. A strict, hand-written port of Java's
 * `OperationJsonReader` (RFC 8259 syntax restricted to one array of integers and strings), with
 * the same rules and messages: operations arrive from untrusted peers, so anything a well-behaved
 * client never sends (fractions, exponents even in `2.0`, zero, counts beyond ±2147483647, empty
 * or invalid insert text) is rejected rather than guessed at. `JSON.parse` cannot be used because
 * it cannot tell `2.0` from `2`. Adjacent components of the same kind are accepted and normalised.
 *
 * @throws InvalidOperationError on malformed JSON or an invalid component
 */
export function parseOperation(json: string): TextOperation {
  if (typeof json !== 'string') {
    throw new InvalidOperationError('operation JSON must be a string');
  }
  const reader = new JsonReader(json);
  try {
    return reader.readOperation();
  } catch (error) {
    if (error instanceof InvalidOperationError) {
      throw new InvalidOperationError(`invalid operation JSON at offset ${reader.offset}: ${error.message}`);
    }
    throw error;
  }
}

/**
 * Reads an operation from an already parsed JSON value (for example a field of a message that
 * went through `JSON.parse`), with the same rules as {@link parseOperation} as far as a parsed
 * value can show them: an array of non-zero integers within ±2147483647 and non-empty strings.
 *
 * @throws InvalidOperationError if the value is not such an array or a component is invalid
 */
export function operationFromJson(value: unknown): TextOperation {
  if (!Array.isArray(value)) {
    throw new InvalidOperationError(`an operation must be a JSON array but was ${describeValue(value)}`);
  }
  const builder = TextOperation.builder();
  value.forEach((element: unknown, index) => {
    try {
      addComponent(builder, element);
    } catch (error) {
      if (error instanceof InvalidOperationError) {
        throw new InvalidOperationError(`invalid operation component at index ${index}: ${error.message}`);
      }
      throw error;
    }
  });
  return builder.build();
}

function addComponent(builder: TextOperationBuilder, element: unknown): void {
  if (typeof element === 'string') {
    if (element.length === 0) {
      throw new InvalidOperationError('insert text must not be empty');
    }
    builder.insert(element);
  } else if (typeof element === 'number') {
    if (!Number.isInteger(element)) {
      throw new InvalidOperationError('counts must be integers, without fraction or exponent');
    }
    if (Math.abs(element) > MAX_COUNT) {
      throw new InvalidOperationError(`count ${element} is out of range (at most ${MAX_COUNT} in absolute value)`);
    }
    if (element === 0) {
      throw new InvalidOperationError('zero is not a valid component (use a positive retain or negative delete)');
    }
    if (element > 0) {
      builder.retain(element);
    } else {
      builder.delete(-element);
    }
  } else {
    throw new InvalidOperationError(`expected an integer or a string but found ${describeValue(element)}`);
  }
}

function describeValue(value: unknown): string {
  if (value === null) {
    return 'null';
  }
  return Array.isArray(value) ? 'an array' : typeof value;
}

const WHITESPACE = ' \t\n\r';

/** The cursor over the JSON text; `offset` is reported in error messages. */
class JsonReader {
  offset = 0;

  constructor(private readonly json: string) {
  }

  readOperation(): TextOperation {
    const builder = TextOperation.builder();
    this.skipWhitespace();
    this.expect('[');
    this.skipWhitespace();
    if (this.peek() === ']') {
      this.offset++;
    } else {
      this.readComponents(builder);
    }
    this.skipWhitespace();
    if (this.offset !== this.json.length) {
      throw new InvalidOperationError('unexpected content after the array');
    }
    return builder.build();
  }

  private readComponents(builder: TextOperationBuilder): void {
    for (;;) {
      this.skipWhitespace();
      this.readComponent(builder);
      this.skipWhitespace();
      const next = this.next("',' or ']'");
      if (next === ']') {
        return;
      }
      if (next !== ',') {
        this.offset--;
        throw new InvalidOperationError("expected ',' or ']'");
      }
    }
  }

  private readComponent(builder: TextOperationBuilder): void {
    const c = this.peek();
    if (c === '"') {
      const text = this.readString();
      if (text.length === 0) {
        throw new InvalidOperationError('insert text must not be empty');
      }
      builder.insert(text);
    } else if (c === '-' || isDigit(c)) {
      const count = this.readInteger();
      if (count > 0) {
        builder.retain(count);
      } else {
        builder.delete(-count);
      }
    } else {
      throw new InvalidOperationError(`expected an integer or a string but found ${this.describe(c)}`);
    }
  }

  /** An integer other than zero, within ±(2^31 - 1) like Java's. */
  private readInteger(): number {
    const start = this.offset;
    const negative = this.peek() === '-';
    if (negative) {
      this.offset++;
    }
    const digitsStart = this.offset;
    while (this.offset < this.json.length && isDigit(this.json.charAt(this.offset))) {
      this.offset++;
    }
    const digits = this.json.slice(digitsStart, this.offset);
    if (digits.length === 0) {
      throw new InvalidOperationError("expected digits after '-'");
    }
    if (this.offset < this.json.length && '.eE'.includes(this.json.charAt(this.offset))) {
      throw new InvalidOperationError('counts must be integers, without fraction or exponent');
    }
    if (digits.length > 1 && digits.charAt(0) === '0') {
      throw new InvalidOperationError('numbers must not have leading zeros');
    }
    if (digits.length > 10 || Number(digits) > MAX_COUNT) {
      throw new InvalidOperationError(`count ${this.json.slice(start, this.offset)} is out of range (at most `
        + `${MAX_COUNT} in absolute value)`);
    }
    const magnitude = Number(digits);
    if (magnitude === 0) {
      throw new InvalidOperationError('zero is not a valid component (use a positive retain or negative delete)');
    }
    return negative ? -magnitude : magnitude;
  }

  private readString(): string {
    this.offset++; // opening quote
    const parts: string[] = [];
    for (;;) {
      const runStart = this.offset;
      while (this.offset < this.json.length && isPlainStringChar(this.json.charCodeAt(this.offset))) {
        this.offset++;
      }
      parts.push(this.json.slice(runStart, this.offset));
      const c = this.next("closing '\"'");
      if (c === '"') {
        return parts.join('');
      }
      if (c === '\\') {
        parts.push(this.readEscape());
      } else {
        throw new InvalidOperationError(`unescaped control character U+${hex4(c.charCodeAt(0))} in string`);
      }
    }
  }

  private readEscape(): string {
    const c = this.next('escape character');
    switch (c) {
      case '"':
        return '"';
      case '\\':
        return '\\';
      case '/':
        return '/';
      case 'b':
        return '\b';
      case 'f':
        return '\f';
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 't':
        return '\t';
      case 'u':
        return this.readUnicodeEscape();
      default:
        throw new InvalidOperationError(`invalid escape \\${c}`);
    }
  }

  /** Exactly four ASCII hex digits, one UTF-16 unit; pairs are two escapes, as in JSON. */
  private readUnicodeEscape(): string {
    if (this.offset + 4 > this.json.length) {
      throw new InvalidOperationError('truncated \\u escape');
    }
    let value = 0;
    for (let i = 0; i < 4; i++) {
      const digit = hexDigitValue(this.json.charCodeAt(this.offset++));
      if (digit < 0) {
        throw new InvalidOperationError('invalid hex digit in \\u escape');
      }
      value = value * 16 + digit;
    }
    return String.fromCharCode(value);
  }

  private skipWhitespace(): void {
    while (this.offset < this.json.length && WHITESPACE.includes(this.json.charAt(this.offset))) {
      this.offset++;
    }
  }

  private expect(expected: string): void {
    if (this.peek() !== expected) {
      throw new InvalidOperationError(`expected '${expected}' but found ${this.describe(this.peek())}`);
    }
    this.offset++;
  }

  /** The current character, or NUL at the end (which no valid token starts with). */
  private peek(): string {
    return this.offset < this.json.length ? this.json.charAt(this.offset) : '\0';
  }

  private next(expected: string): string {
    if (this.offset >= this.json.length) {
      throw new InvalidOperationError(`unexpected end of input, expected ${expected}`);
    }
    return this.json.charAt(this.offset++);
  }

  private describe(c: string): string {
    return this.offset >= this.json.length ? 'end of input' : `'${c}'`;
  }
}

function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}

/** Neither a quote, a backslash nor a control character: copied as is. */
function isPlainStringChar(code: number): boolean {
  return code >= 0x20 && code !== 0x22 && code !== 0x5c;
}

function hexDigitValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) {
    return code - 0x30;
  }
  if (code >= 0x61 && code <= 0x66) {
    return code - 0x61 + 10;
  }
  if (code >= 0x41 && code <= 0x46) {
    return code - 0x41 + 10;
  }
  return -1;
}
