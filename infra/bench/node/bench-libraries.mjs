// node bench-libraries.mjs LIBRARY RUNS FILE
// The comparison half of infra/bin/bench-coediting: applies a sequential editing trace
// (josephg/editing-traces format, gzipped or plain JSON) patch by patch with one library, RUNS
// times, each from the start text, checks every run's final text against endContent and prints
// the best time as `<library>_<trace>_seconds=S` on standard output (every time on standard error).
// LIBRARY is yjs (Y.Text, the ES module build that `import` and bundlers load), yjs-cjs (the same
// through `require`, Yjs's CommonJS build, which is several times slower on Node), loro (LoroText)
// or ot-text-unicode (type.apply on a string snapshot). Only the chosen library is loaded.
// Exit status: 0 all texts matched, 1 a text differed, 2 bad usage or an unreadable trace.
//
// Positions in a trace count code points. Y.Text and LoroText.insert/delete count UTF-16 code
// units; ot-text-unicode counts code points. The patches are converted once, before any run, so
// the conversion is not timed (it is the identity on a trace without characters above U+FFFF).
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { createRequire } from 'node:module';

const fail = (status, message) => {
  process.stderr.write(`bench-libraries: ${message}\n`);
  process.exit(status);
};

const readTrace = (file) => {
  let bytes;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    fail(2, `${file}: cannot read: ${e.message}`);
  }
  const json = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
  const trace = JSON.parse(json.toString('utf8'));
  if (trace.kind !== undefined && trace.kind !== 'sequential') {
    fail(2, `${file}: only sequential traces can be benchmarked`);
  }
  const patches = [];
  for (const txn of trace.txns) {
    for (const [pos, del, ins] of txn.patches) patches.push([pos, del, ins]);
  }
  return { start: trace.startContent ?? '', end: trace.endContent, patches };
};

const isAstral = (codePoint) => codePoint > 0xffff;

/**
 * The same patches with positions and delete counts in UTF-16 code units. Keeps the sorted
 * code-point positions of the characters above U+FFFF in the text: a code-point position p is
 * UTF-16 position p + (how many of them lie before p).
 */
const toUtf16 = (start, patches) => {
  let astral = [];
  let p = 0;
  for (const ch of start) {
    if (isAstral(ch.codePointAt(0))) astral.push(p);
    p++;
  }
  const before = (pos) => {
    let n = 0;
    while (n < astral.length && astral[n] < pos) n++;
    return n;
  };
  return patches.map(([pos, del, ins]) => {
    const at = before(pos);
    const upTo = before(pos + del);
    const converted = [pos + at, del + (upTo - at), ins];
    const inserted = [];
    let length = 0;
    for (const ch of ins) {
      if (isAstral(ch.codePointAt(0))) inserted.push(pos + length);
      length++;
    }
    astral = [
      ...astral.slice(0, at),
      ...inserted,
      ...astral.slice(upTo).map((q) => q - del + length),
    ];
    return converted;
  });
};

const require = createRequire(import.meta.url);

// Each loads its library and returns a function from (start text, patches) to the final text.
// One library call per patch part, as an editor would make them.
const yjs = (Y) => (start, patches) => {
  const doc = new Y.Doc();
  const text = doc.getText('text');
  if (start) text.insert(0, start);
  for (const [pos, del, ins] of patches) {
    if (del > 0 && ins) {
      doc.transact(() => {
        text.delete(pos, del);
        text.insert(pos, ins);
      });
    } else if (del > 0) {
      text.delete(pos, del);
    } else {
      text.insert(pos, ins);
    }
  }
  const result = text.toString();
  doc.destroy();
  return result;
};

const loro = ({ LoroDoc }) => (start, patches) => {
  const doc = new LoroDoc();
  const text = doc.getText('text');
  if (start) text.insert(0, start);
  for (const [pos, del, ins] of patches) {
    if (del > 0) text.delete(pos, del);
    if (ins) text.insert(pos, ins);
  }
  doc.commit();
  const result = text.toString();
  doc.free();
  return result;
};

const otTextUnicode = ({ type }) => (start, patches) => {
  let snapshot = type.create(start);
  for (const [pos, del, ins] of patches) {
    const op = [];
    if (pos > 0) op.push(pos);
    if (del > 0) op.push({ d: del });
    if (ins) op.push(ins);
    snapshot = type.apply(snapshot, op);
  }
  return snapshot;
};

const runners = {
  yjs: async () => yjs(await import('yjs')),
  'yjs-cjs': async () => yjs(require('yjs')),
  loro: async () => loro(await import('loro-crdt')),
  'ot-text-unicode': async () => otTextUnicode((await import('ot-text-unicode')).default),
};

const [library, runsArg, file] = process.argv.slice(2);
const runs = Number(runsArg);
if (!(library in runners) || !Number.isInteger(runs) || runs < 1 || !file) {
  fail(2, `usage: node bench-libraries.mjs ${Object.keys(runners).join('|')} RUNS FILE`);
}

const trace = readTrace(file);
const patches = library === 'ot-text-unicode' ? trace.patches : toUtf16(trace.start, trace.patches);
const name = basename(file).replace(/\.json(\.gz)?$/, '').replace(/[^A-Za-z0-9]+/g, '_');
const figure = library.replace(/[^A-Za-z0-9]+/g, '_');

const apply = await runners[library]();
const times = [];
for (let run = 1; run <= runs; run++) {
  globalThis.gc?.();
  const started = performance.now();
  const result = apply(trace.start, patches);
  const seconds = (performance.now() - started) / 1000;
  if (result !== trace.end) fail(1, `${library} ${name}: run ${run} did not end in endContent`);
  times.push(seconds);
}
process.stderr.write(`bench-libraries: ${library} ${name}: ${runs} runs (s): ${times.map((t) => t.toFixed(4)).join(' ')}\n`);
process.stdout.write(`${figure}_${name}_seconds=${Math.min(...times).toFixed(4)}\n`);
