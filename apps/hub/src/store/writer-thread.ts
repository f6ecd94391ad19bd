/**
 * The store writer thread (see writer.ts): its own connection to `entries.db`, one transaction per
 * request, answers in request order. The main thread created the tables before starting it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openConnection, RowInserter } from './packed.js';
import type { WriterReply, WriterRequest, WriterSetup } from './writer.js';

const setup = workerData as WriterSetup;
const port = parentPort;
if (!port) throw new Error('writer-thread.ts runs as a worker thread');
const db = openConnection(setup.file, setup.pragmas);
const inserter = new RowInserter(db, setup.inserter);
port.postMessage({ rows: (db.prepare('SELECT count(*) AS n FROM entries').get() as { n: number }).n } satisfies WriterReply);

port.on('message', (m: WriterRequest) => {
  if ('close' in m) {
    db.close();
    port.close();
    return;
  }
  let reply: WriterReply;
  try {
    reply = { id: m.id, inserted: inserter.insert(m.rows) };
  } catch (e) {
    reply = { id: m.id, error: (e as Error).message };
  }
  port.postMessage(reply, 'inserted' in reply ? [reply.inserted.buffer as ArrayBuffer] : []);
});
