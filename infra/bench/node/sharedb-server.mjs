// The reference the full-stack benchmark compares Accord with: ShareDB 7 (the established
// open-source OT server) with sharedb-postgres on the same PostgreSQL and the OT text type
// ot-text-unicode, over real WebSockets. Started by infra/bin/bench-fullstack:
//   node sharedb-server.mjs PORT POSTGRES_URL DOCS INITIAL_TEXT
// Creates DOCS documents (clause-0 …) holding INITIAL_TEXT, then serves; prints "ready".
import http from 'node:http';
import ShareDB from 'sharedb';
import ShareDBPostgres from 'sharedb-postgres';
import otText from 'ot-text-unicode';
import WebSocketJSONStream from '@teamwork/websocket-json-stream';
import { WebSocketServer } from 'ws';

const [port, url, docs, initial] = process.argv.slice(2);
ShareDB.types.register(otText.type);
const backend = new ShareDB({ db: new ShareDBPostgres({ connectionString: url, max: 32 }) });

const connection = backend.connect();
for (let i = 0; i < Number(docs); i++) {
  const doc = connection.get('clauses', `clause-${i}`);
  await new Promise((resolve, reject) => doc.fetch((error) => (error ? reject(error) : resolve())));
  if (doc.type === null) {
    await new Promise((resolve, reject) => doc.create(initial, otText.type.uri, (error) => (error ? reject(error) : resolve())));
  }
}

const server = http.createServer();
const sockets = new WebSocketServer({ server });
sockets.on('connection', (socket) => backend.listen(new WebSocketJSONStream(socket)));
server.listen(Number(port), '127.0.0.1', () => console.log('ready'));
