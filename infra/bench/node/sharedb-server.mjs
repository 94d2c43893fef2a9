// The reference the full-stack benchmark compares Accord with: ShareDB 7 (the established
// open-source OT server) with sharedb-postgres on the same PostgreSQL and the OT text type
// ot-text-unicode, over real WebSockets. Started by infra/bin/bench-fullstack:
//   node sharedb-server.mjs PORT POSTGRES_URL TEXTS_JSON
// Creates one document per text of the JSON array in the file TEXTS_JSON (clause-0 holding the
// first, …), then serves; prints "ready".
import fs from 'node:fs';
import http from 'node:http';
import ShareDB from 'sharedb';
import ShareDBPostgres from 'sharedb-postgres';
import otText from 'ot-text-unicode';
import WebSocketJSONStream from '@teamwork/websocket-json-stream';
import { WebSocketServer } from 'ws';

const [port, url, textsFile] = process.argv.slice(2);
const texts = JSON.parse(fs.readFileSync(textsFile, 'utf8'));
ShareDB.types.register(otText.type);
const backend = new ShareDB({ db: new ShareDBPostgres({ connectionString: url, max: 32 }) });

const connection = backend.connect();
for (const [i, text] of texts.entries()) {
  const doc = connection.get('clauses', `clause-${i}`);
  await new Promise((resolve, reject) => doc.create(text, otText.type.uri, (error) => (error ? reject(error) : resolve())));
}

const server = http.createServer();
const sockets = new WebSocketServer({ server });
sockets.on('connection', (socket) => backend.listen(new WebSocketJSONStream(socket)));
server.listen(Number(port), '127.0.0.1', () => console.log('ready'));
