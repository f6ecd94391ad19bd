#!/usr/bin/env node
// Records the PostgreSQL captures beside this script: a real PostgreSQL 15 server (initdb in a temp
// dir, run as the `postgres` user on 127.0.0.1:5440 / 5441, ports no table maps to PostgreSQL) driven
// by the real `psql` and by a small hand-written extended-protocol client (no Node pg driver is
// installed; psql 15 has no `\bind`). Captured with tcpdump on lo.
// Usage (root; postgresql-15, psql, tcpdump, openssl installed): node record.mjs [scenario...]
// The test (../captures.test.ts) asserts exact entries and compares <name>.golden.jsonl
// (regenerate with TRAWL_UPDATE_GOLDEN=1 after re-recording).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import net from 'node:net';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { recordPcap, selectedScenarios, sleep } from '../../capture/test-support/recorder.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const BIN = '/usr/lib/postgresql/15/bin';
const PORT = 5440;
const SSL_PORT = 5441;

const asPg = (cmd, args, opts = {}) => execFileSync('runuser', ['-u', 'postgres', '--', cmd, ...args], { stdio: ['ignore', 'pipe', 'pipe'], ...opts });

// ---- server --------------------------------------------------------------------------------
const dir = mkdtempSync(join(tmpdir(), 'trawl-pg-'));
chmodSync(dir, 0o777);
const data = join(dir, 'data');
writeFileSync(join(dir, 'pw'), 'postgres-pw\n');
chmodSync(join(dir, 'pw'), 0o644);
asPg(`${BIN}/initdb`, ['-D', data, '-U', 'postgres', '--auth-local=trust', '--auth-host=scram-sha-256', `--pwfile=${join(dir, 'pw')}`]);
// md5 for one role, trust for the hand-written client (it does not implement SCRAM).
writeFileSync(
  join(data, 'pg_hba.conf'),
  ['local all all trust', 'host all md5user 127.0.0.1/32 md5', 'host all ext 127.0.0.1/32 trust', 'host all all 127.0.0.1/32 scram-sha-256', ''].join('\n'),
);
asPg('openssl', ['req', '-new', '-x509', '-days', '2', '-nodes', '-subj', '/CN=localhost', '-keyout', join(data, 'server.key'), '-out', join(data, 'server.crt')]);
chmodSync(join(data, 'server.key'), 0o600);

function start(port, ssl) {
  asPg(`${BIN}/pg_ctl`, ['-D', data, '-w', '-l', join(dir, 'log'), '-o', `-c listen_addresses=127.0.0.1 -c port=${port} -c unix_socket_directories=${dir} -c ssl=${ssl ? 'on' : 'off'}`, 'start']);
}
const stop = () => asPg(`${BIN}/pg_ctl`, ['-D', data, '-w', '-m', 'fast', 'stop']);

function setup() {
  const sql = [
    "CREATE ROLE alice LOGIN PASSWORD 'alice-pw'",
    "SET password_encryption = 'md5'; CREATE ROLE md5user LOGIN PASSWORD 'md5-pw'",
    'CREATE ROLE ext LOGIN',
    'CREATE DATABASE shop OWNER alice',
  ];
  for (const s of sql) asPg(`${BIN}/psql`, ['-h', dir, '-p', String(PORT), '-U', 'postgres', '-d', 'postgres', '-v', 'ON_ERROR_STOP=1', '-c', s]);
  asPg(`${BIN}/psql`, ['-h', dir, '-p', String(PORT), '-U', 'postgres', '-d', 'shop', '-c', 'GRANT ALL ON SCHEMA public TO ext']);
}

// ---- psql ----------------------------------------------------------------------------------
function psql(args, env, input) {
  try {
    return execFileSync(`${BIN}/psql`, ['-X', '-h', '127.0.0.1', ...args], {
      env: { PATH: process.env.PATH, PGAPPNAME: 'trawl-test', ...env },
      input,
      stdio: ['pipe', 'pipe', 'pipe'],
    }).toString();
  } catch (e) {
    return String(e.stderr); // wrong password etc.: expected
  }
}

const SESSION_SQL = `
CREATE TABLE items (id int PRIMARY KEY, name text, price numeric);
INSERT INTO items VALUES (1, 'apple', 1.5), (2, 'pear', 2.25), (3, 'plum', NULL);
SELECT id, name, price FROM items ORDER BY id;
SELECT * FROM missing_table;
SELECT 1 AS one; SELECT 'two' AS two; UPDATE items SET price = 3 WHERE id = 3;
BEGIN;
DELETE FROM items WHERE id = 2;
COMMIT;
COPY items FROM STDIN;
4\tfig\t0.5
5\tkiwi\t0.75
\\.
COPY (SELECT id, name FROM items ORDER BY id) TO STDOUT;
LISTEN events;
NOTIFY events, 'hello';
;
DROP TABLE items;
`;

// ---- a minimal extended-protocol client (real server, hand-written client) -----------------
class Client {
  constructor(port) {
    this.port = port;
    this.buf = Buffer.alloc(0);
    this.msgs = [];
    this.waiters = [];
  }
  async connect() {
    this.sock = net.connect(this.port, '127.0.0.1');
    this.sock.setNoDelay(true);
    await once(this.sock, 'connect');
    this.sock.on('data', (d) => {
      this.buf = Buffer.concat([this.buf, d]);
      while (this.buf.length >= 1 && this.mode === 'byte') {
        this.msgs.push({ type: String.fromCharCode(this.buf[0]), body: Buffer.alloc(0) });
        this.buf = this.buf.subarray(1);
        this.mode = 'typed';
      }
      while (this.buf.length >= 5 && this.buf.length >= 1 + this.buf.readUInt32BE(1)) {
        const len = this.buf.readUInt32BE(1);
        this.msgs.push({ type: String.fromCharCode(this.buf[0]), body: this.buf.subarray(5, 1 + len) });
        this.buf = this.buf.subarray(1 + len);
      }
      this.wake();
    });
  }
  wake() {
    for (const w of this.waiters.splice(0)) w();
  }
  /** Waits for a server message of one of `types`; returns every message up to it. */
  async until(...types) {
    for (;;) {
      const i = this.msgs.findIndex((m) => types.includes(m.type));
      if (i >= 0) return this.msgs.splice(0, i + 1);
      await new Promise((r) => this.waiters.push(r));
    }
  }
  send(...bufs) {
    this.sock.write(Buffer.concat(bufs));
  }
  async close() {
    this.send(msg('X'));
    this.sock.end();
    await once(this.sock, 'close');
  }
}
const cstr = (s) => Buffer.from(s + '\0');
const i16 = (n) => { const b = Buffer.alloc(2); b.writeInt16BE(n); return b; };
const i32 = (n) => { const b = Buffer.alloc(4); b.writeInt32BE(n); return b; };
const msg = (type, ...parts) => { const body = Buffer.concat(parts); return Buffer.concat([Buffer.from(type), i32(body.length + 4), body]); };
const untyped = (...parts) => { const body = Buffer.concat(parts); return Buffer.concat([i32(body.length + 4), body]); };
const startup = (params) => untyped(i32(196608), ...Object.entries(params).flatMap(([k, v]) => [cstr(k), cstr(v)]), Buffer.from([0]));
const parse = (name, sql, types = []) => msg('P', cstr(name), cstr(sql), i16(types.length), ...types.map(i32));
const bind = (portal, stmt, values, formats = []) =>
  msg('B', cstr(portal), cstr(stmt), i16(formats.length), ...formats.map(i16), i16(values.length),
    ...values.flatMap((v) => (v === null ? [i32(-1)] : [i32(Buffer.byteLength(v)), Buffer.from(v)])), i16(0));
const describe = (kind, name) => msg('D', Buffer.from(kind), cstr(name));
const execute = (portal, maxRows = 0) => msg('E', cstr(portal), i32(maxRows));
const sync = () => msg('S');
const flush = () => msg('H');
const closeStmt = (kind, name) => msg('C', Buffer.from(kind), cstr(name));

async function login(c, extra = {}) {
  c.mode = 'typed';
  c.send(startup({ user: 'ext', database: 'shop', application_name: 'trawl-ext', ...extra }));
  return c.until('Z', 'E');
}

// ---- scenarios -----------------------------------------------------------------------------
const scenarios = {
  // psql with SCRAM: DDL, DML, rows, an error, several statements in one Query, a transaction,
  // COPY in and out, LISTEN/NOTIFY, an empty query.
  'psql-session': async () => {
    psql(['-p', String(PORT), '-U', 'alice', '-d', 'shop'], { PGPASSWORD: 'alice-pw', PGSSLMODE: 'disable' }, SESSION_SQL);
    // `-c` sends the whole string as one Query: several results, stopped by the error.
    psql(['-p', String(PORT), '-U', 'alice', '-d', 'shop', '-c', "SELECT 1 AS a; SELECT 'b' AS b, 2 AS c; SELECT * FROM nope; SELECT 3"], { PGPASSWORD: 'alice-pw', PGSSLMODE: 'disable' });
  },
  // Failed logins: wrong SCRAM password, wrong md5 password, a database that does not exist;
  // then a good md5 login.
  'login-failures': async () => {
    const env = { PGSSLMODE: 'disable' };
    psql(['-p', String(PORT), '-U', 'alice', '-d', 'shop', '-c', 'SELECT 1'], { ...env, PGPASSWORD: 'wrong' });
    psql(['-p', String(PORT), '-U', 'md5user', '-d', 'postgres', '-c', 'SELECT 1'], { ...env, PGPASSWORD: 'wrong' });
    psql(['-p', String(PORT), '-U', 'alice', '-d', 'nosuchdb', '-c', 'SELECT 1'], { ...env, PGPASSWORD: 'alice-pw' });
    psql(['-p', String(PORT), '-U', 'md5user', '-d', 'postgres', '-c', 'SELECT current_user'], { ...env, PGPASSWORD: 'md5-pw' });
  },
  // psql's default sslmode=prefer against a server with ssl=off: SSLRequest answered 'N', then cleartext.
  'ssl-refused': async () => {
    psql(['-p', String(PORT), '-U', 'alice', '-d', 'shop', '-c', 'SELECT version() IS NOT NULL AS ok'], { PGPASSWORD: 'alice-pw', PGSSLMODE: 'prefer' });
  },
  // A result larger than the sample: 2000 rows counted, 5 kept.
  'large-result': async () => {
    psql(['-p', String(PORT), '-U', 'alice', '-d', 'shop', '-c', "SELECT g AS n, repeat('x', 50) AS pad FROM generate_series(1, 2000) g"], { PGPASSWORD: 'alice-pw', PGSSLMODE: 'disable' });
  },
  // The extended query protocol, as drivers speak it.
  extended: async () => {
    const c = new Client(PORT);
    await c.connect();
    await login(c);
    c.send(parse('', 'CREATE TABLE t (id int, name text)'), bind('', '', []), execute(''), sync());
    await c.until('Z');
    // Unnamed statement with text parameters and a NULL.
    c.send(parse('', 'INSERT INTO t VALUES ($1, $2), ($3, $4)', [23, 25, 23, 25]), bind('', '', ['1', 'one', '2', null]), execute(''), sync());
    await c.until('Z');
    // A named statement, described, then executed twice with different parameters.
    c.send(parse('sel', 'SELECT id, name FROM t WHERE id >= $1 ORDER BY id', [23]), describe('S', 'sel'), sync());
    await c.until('Z');
    c.send(bind('', 'sel', ['1']), describe('P', ''), execute(''), sync());
    await c.until('Z');
    c.send(bind('', 'sel', ['2']), execute(''), sync());
    await c.until('Z');
    // A binary-format parameter (int4 = 7), shown as hex.
    c.send(bind('', 'sel', ['\x00\x00\x00\x07'], [1]), execute(''), sync());
    await c.until('Z');
    // PortalSuspended: a row limit of 1 on a named portal, then the rest.
    c.send(parse('', 'SELECT generate_series(1, 3) AS n'), bind('p1', '', []), execute('p1', 1), execute('p1', 0), sync());
    await c.until('Z');
    // An error: what follows up to Sync is skipped by the server.
    c.send(parse('', 'SELECT * FROM nope'), bind('', '', []), execute(''), parse('', 'SELECT 42'), bind('', '', []), execute(''), sync());
    await c.until('Z');
    // Flush: the client waits for ParseComplete before binding.
    c.send(parse('two', 'SELECT $1::int + 1 AS r'), flush());
    await c.until('1');
    c.send(bind('', 'two', ['41']), execute(''), sync());
    await c.until('Z');
    // Close the named statements.
    c.send(closeStmt('S', 'sel'), closeStmt('S', 'two'), sync());
    await c.until('Z');
    // An empty query.
    c.send(parse('', ''), bind('', '', []), execute(''), sync());
    await c.until('Z');
    c.send(parse('', 'DROP TABLE t'), bind('', '', []), execute(''), sync());
    await c.until('Z');
    await c.close();
  },
  // GSSENCRequest: this server is built with GSSAPI and answers 'G' (the rest would be GSS-wrapped,
  // so the client hangs up). Then a CancelRequest on a second connection cancels a running pg_sleep.
  'gssenc-cancel': async () => {
    const g = new Client(PORT);
    await g.connect();
    g.mode = 'byte';
    g.send(untyped(i32(80877104)));
    await g.until('N', 'G');
    g.sock.destroy();
    const c = new Client(PORT);
    await c.connect();
    const hello = await login(c);
    const key = hello.find((m) => m.type === 'K').body;
    c.send(msg('Q', cstr('SELECT pg_sleep(5)')));
    await sleep(300);
    const k = new Client(PORT);
    await k.connect();
    k.send(untyped(i32(80877102), key));
    await once(k.sock, 'close');
    await c.until('Z');
    await c.close();
  },
};

const sslScenarios = {
  // sslmode=require against ssl=on: SSLRequest answered 'S', TLS from then on.
  'ssl-accepted': async () => {
    psql(['-p', String(SSL_PORT), '-U', 'alice', '-d', 'shop', '-c', 'SELECT 1'], { PGPASSWORD: 'alice-pw', PGSSLMODE: 'require' });
  },
};

const record = (name, port, run) => recordPcap(join(here, `${name}.pcap`), `tcp port ${port}`, run);

try {
  start(PORT, false);
  setup();
  for (const [name, run] of selectedScenarios(scenarios)) await record(name, PORT, run);
  stop();
  const ssl = selectedScenarios(sslScenarios);
  if (ssl.length > 0) {
    start(SSL_PORT, true);
    for (const [name, run] of ssl) await record(name, SSL_PORT, run);
    stop();
  }
} finally {
  try {
    stop();
  } catch {
    // already stopped
  }
  rmSync(dir, { recursive: true, force: true });
}
