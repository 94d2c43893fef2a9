// The same load as sharedb-load.mjs, against Accord's /coediting WebSocket (docs/co-editing.md §5),
// measured by the same client runtime: one Node event loop for all editors, the `ws` package, and
// the same phases, pacing, clock and percentile (load-phases.mjs). Each editor is the browser's own client state machine (OtClient, compiled
// from frontend/src/main/frontend/ot by `npm run build` in frontend/src/test/frontend), signed in
// like a browser; EDITORS editors on the CLAUSES given, each typing KEYS_PER_SECOND random
// one-character inserts; latency = from a batch's submission to its receipt by each other editor
// of the clause (one sample per receiver, matched by clientId and clientSeq); then every editor
// submits its next batch the moment the previous one is acknowledged, and acknowledged batches
// per second are counted.
//   node accord-load.mjs BASE_URL PASSWORD NEGOTIATION CLAUSE,... ACCOUNT,... EDITORS KEYS_PER_SECOND WARM_UP_S PACED_S SATURATED_S
// Prints name=value lines (prefix accord_node_); exits 1 if, at the end, a clause's editors differ
// from each other or from the text a newly joined connection receives.
import { writeFileSync } from 'node:fs';
import WebSocket from 'ws';
import { percentile, runPhases, sleep } from './load-phases.mjs';
import { OtClient } from '../../../frontend/src/test/frontend/build/main/frontend/ot/ot-client.js';
import {
  apply, codePointLength, operationFromJson, TextOperation,
} from '../../../frontend/src/test/frontend/build/main/frontend/ot/text-operation.js';

const [baseUrl, password, negotiation, clauseList, accountList, ...numbers] = process.argv.slice(2);
const [editorCount, keysPerSecond, warmUp, paced, saturated] = numbers.map(Number);
const clauses = clauseList.split(',');
const accounts = accountList.split(',');
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz ';
const run = Date.now().toString(36);
const sentAt = new Map();
const samples = [];
// SAMPLES_FILE=FILE (optional): every paced sample as "arrival_epoch_ms latency_ms", as the Java
// client's -DsamplesFile, to line the tail up with the server's log (GC pauses, lane timings)
const samplesOverTime = process.env.SAMPLES_FILE ? [] : null;
const ackSamples = [];
let recording = false;

async function signIn(account) {
  const response = await fetch(`${baseUrl}/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ username: account, password }),
  });
  const location = response.headers.get('location') ?? '';
  if (response.status !== 302 || location.includes('error')) throw new Error(`${account} could not sign in`);
  return response.headers.getSetCookie().map((cookie) => cookie.split(';')[0]).join('; ');
}

/** Opens an editor of `clause` and resolves once its snapshot has arrived. */
function openEditor(cookie, clientId, clause) {
  // like a browser, the client offers permessage-deflate (the server declines it: ADR 0025)
  const socket = new WebSocket(`${baseUrl.replace(/^http/, 'ws')}/coediting`, { headers: { Cookie: cookie } });
  const editor = { clientId, clause, socket, document: null, client: null, acknowledged: 0, saturating: false, failure: null };
  const send = (batch) => {
    const key = `${clientId}:${batch.clientSeq}`;
    sentAt.set(key, performance.now());
    socket.send(`{"type":"submit","clientSeq":${batch.clientSeq},"baseRevision":${batch.baseRevision},`
      + `"operation":${batch.operation.toJson()}}`);
  };
  editor.type = () => {
    const length = codePointLength(editor.document);
    const at = Math.floor(Math.random() * (length + 1));
    const key = ALPHABET[Math.floor(Math.random() * ALPHABET.length)];
    const keystroke = TextOperation.builder().retain(at).insert(key).retain(length - at).build();
    editor.document = apply(keystroke, editor.document);
    const batch = editor.client.applyLocal(keystroke);
    if (batch !== null) send(batch);
  };
  editor.idle = () => editor.client.state === 'synchronized';
  return new Promise((resolve, reject) => {
    socket.on('open', () => socket.send(JSON.stringify({ type: 'join', negotiationId: negotiation, clauseId: clause, clientId, revision: 0 })));
    socket.on('error', (error) => { editor.failure = `${clientId}: ${error}`; reject(error); });
    socket.on('message', (data) => {
      const message = JSON.parse(data.toString());
      switch (message.type) {
        case 'snapshot':
          editor.document = message.text;
          editor.client = new OtClient(clientId, message.revision);
          resolve(editor);
          break;
        case 'ack': {
          if (message.revision <= editor.client.revision) return; // a repeated acknowledgement
          const sent = sentAt.get(`${clientId}:${message.clientSeq}`);
          if (recording && sent !== undefined) ackSamples.push(performance.now() - sent);
          editor.acknowledged++;
          const next = editor.client.serverAck(message.revision);
          if (next !== null) send(next);
          else if (editor.saturating) editor.type();
          break;
        }
        case 'op': {
          const sent = sentAt.get(`${message.clientId}:${message.clientSeq}`);
          if (recording && sent !== undefined) {
            samples.push(performance.now() - sent);
            samplesOverTime?.push(`${(performance.timeOrigin + performance.now()).toFixed(1)} ${(performance.now() - sent).toFixed(3)}`);
          }
          const remote = editor.client.serverOp(operationFromJson(message.operation), message.revision);
          editor.document = apply(remote, editor.document);
          break;
        }
        case 'presence': case 'left':
          break;
        default:
          editor.failure = `${clientId} received ${data}`;
      }
    });
  });
}

const cookies = new Map();
const editors = [];
for (let i = 0; i < editorCount; i++) {
  const account = accounts[i % accounts.length];
  if (!cookies.has(account)) cookies.set(account, await signIn(account));
  editors.push(await openEditor(cookies.get(account), `node-${run}-${i}`, clauses[i % clauses.length]));
}

const failed = () => editors.find((e) => e.failure !== null)?.failure;
// a keystroke typed while a batch is in flight is buffered by OtClient; without pause, an editor
// types again when its batch is acknowledged (see 'ack')
const sustained = await runPhases({
  editors,
  saturate: (editor, on) => { editor.saturating = on; if (on && editor.idle()) editor.type(); },
  recording: (on) => { recording = on; },
  keysPerSecond, warmUp, paced, saturated,
  check: () => { if (failed()) throw new Error(failed()); },
});
let revisionsSettled = false;
for (let tries = 0; tries < 300 && !revisionsSettled; tries++) {
  const latest = new Map();
  editors.forEach((e) => latest.set(e.clause, Math.max(latest.get(e.clause) ?? 0, e.client.revision)));
  revisionsSettled = editors.every((e) => e.client.revision === latest.get(e.clause));
  if (!revisionsSettled) await sleep(20);
}
const texts = new Map();
let converged = revisionsSettled && failed() === undefined;
for (const editor of editors) {
  const seen = texts.get(editor.clause);
  if (seen === undefined) texts.set(editor.clause, editor.document);
  else if (seen !== editor.document) converged = false;
}
// and the editors' text is the server's: what a new connection receives
for (const [clause, text] of texts) {
  const reader = await openEditor(cookies.get(accounts[0]), `node-check-${run}-${clause}`, clause);
  if (reader.document !== text) converged = false;
  reader.socket.close();
}
editors.forEach((editor) => editor.socket.close());
if (failed()) console.error(failed());
if (samplesOverTime) writeFileSync(process.env.SAMPLES_FILE, samplesOverTime.join('\n') + '\n');
console.log(`accord_node_latency_samples=${samples.length}`);
console.log(`accord_node_latency_p50_ms=${percentile(samples, 50).toFixed(2)}`);
console.log(`accord_node_latency_p99_ms=${percentile(samples, 99).toFixed(2)}`);
console.log(`accord_node_ack_latency_p50_ms=${percentile(ackSamples, 50).toFixed(2)}`);
console.log(`accord_node_ack_latency_p99_ms=${percentile(ackSamples, 99).toFixed(2)}`);
console.log(`accord_node_sustained_batches_per_s=${sustained.toFixed(1)}`);
console.log(`accord_node_converged=${converged}`);
process.exit(converged ? 0 : 1);
