// The same load as Accord's load clients, against ShareDB (sharedb-server.mjs): EDITORS clients
// over WebSockets on DOCS documents, each typing KEYS_PER_SECOND random one-character inserts;
// latency = from an op's submission to its receipt by each other client of the document (one
// sample per receiver, matched by the op's src and seq); then every client submits its next op
// the moment the previous one is acknowledged, and acknowledged ops per second are counted. The
// phases, pacing and percentile are load-phases.mjs, shared with Accord's Node client
// (accord-load.mjs).
//   node sharedb-load.mjs URL EDITORS DOCS KEYS_PER_SECOND WARM_UP_S PACED_S SATURATED_S
// Prints name=value lines; exits 1 if, at the end, a document's replicas differ from each other
// or from the server's.
import ShareDBClient from 'sharedb/lib/client/index.js';
import otText from 'ot-text-unicode';
import WebSocket from 'ws';
import { percentile, runPhases, sleep } from './load-phases.mjs';

const [url, editorCount, docCount, keysPerSecond, warmUp, paced, saturated] = process.argv.slice(2).map((v, i) => (i === 0 ? v : Number(v)));
ShareDBClient.types.register(otText.type);
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz ';
const sentAt = new Map();
const samples = [];
let recording = false;

const codePoints = (text) => Array.from(text).length;

async function openEditor(index) {
  const socket = new WebSocket(url);
  const connection = new ShareDBClient.Connection(socket);
  connection.on('send', (message) => {
    // the first send of an op names no src: the server takes the connection's id
    if (message.a === 'op') sentAt.set(`${message.src ?? connection.id}:${message.seq}`, performance.now());
  });
  connection.on('receive', (request) => {
    const data = request.data;
    if (data && data.a === 'op' && data.src !== connection.id && recording) {
      const sent = sentAt.get(`${data.src}:${data.seq}`);
      if (sent !== undefined) samples.push(performance.now() - sent);
    }
  });
  const doc = connection.get('clauses', `clause-${index % docCount}`);
  await new Promise((resolve, reject) => doc.subscribe((error) => (error ? reject(error) : resolve())));
  const editor = { doc, acknowledged: 0, saturating: false, inFlight: 0 };
  editor.idle = () => editor.inFlight === 0 && !doc.hasWritePending();
  editor.type = () => {
    const at = Math.floor(Math.random() * (codePoints(doc.data) + 1));
    const key = ALPHABET[Math.floor(Math.random() * ALPHABET.length)];
    editor.inFlight++;
    doc.submitOp([at, key], (error) => {
      editor.inFlight--;
      if (error) throw error;
      editor.acknowledged++;
      if (editor.saturating && editor.inFlight === 0) editor.type();
    });
  };
  return editor;
}

const editors = [];
for (let i = 0; i < editorCount; i++) editors.push(await openEditor(i));

// ShareDB's client composes a keystroke typed while an op is in flight into its pending op
const sustained = await runPhases({
  editors,
  saturate: (editor, on) => { editor.saturating = on; if (on) editor.type(); },
  recording: (on) => { recording = on; },
  keysPerSecond, warmUp, paced, saturated,
});
let versionsSettled = false;
for (let tries = 0; tries < 300 && !versionsSettled; tries++) {
  const latest = new Map();
  editors.forEach((e) => latest.set(e.doc.id, Math.max(latest.get(e.doc.id) ?? 0, e.doc.version)));
  versionsSettled = editors.every((e) => e.doc.version === latest.get(e.doc.id));
  if (!versionsSettled) await sleep(20);
}
const texts = new Map();
let converged = versionsSettled;
for (const editor of editors) {
  const seen = texts.get(editor.doc.id);
  if (seen === undefined) texts.set(editor.doc.id, editor.doc.data);
  else if (seen !== editor.doc.data) converged = false;
}
// and the editors' text is the server's: what a new connection fetches
const reader = new ShareDBClient.Connection(new WebSocket(url));
for (const [id, text] of texts) {
  const doc = reader.get('clauses', id);
  await new Promise((resolve, reject) => doc.fetch((error) => (error ? reject(error) : resolve())));
  if (doc.data !== text) converged = false;
}
console.log(`sharedb_latency_samples=${samples.length}`);
console.log(`sharedb_latency_p50_ms=${percentile(samples, 50).toFixed(2)}`);
console.log(`sharedb_latency_p99_ms=${percentile(samples, 99).toFixed(2)}`);
console.log(`sharedb_sustained_ops_per_s=${sustained.toFixed(1)}`);
console.log(`sharedb_converged=${converged}`);
process.exit(converged ? 0 : 1);
