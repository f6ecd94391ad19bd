#!/usr/bin/env node
// Records the MySQL captures beside this script: a real MariaDB server (Debian's mariadbd, a temp
// datadir, real authentication) on 127.0.0.1:3310 (not MySQL's port: detection is by content),
// driven by the real `mariadb` command-line client and by a small hand-written client below that
// speaks the binary protocol (COM_STMT_PREPARE/EXECUTE/CLOSE…), since no Node driver is installed.
// Captured with tcpdump on lo. Usage (root): node record.mjs [scenario...]
// Then regenerate the goldens: TRAWL_UPDATE_GOLDEN=1 node --import tsx --test ../captures.test.ts
import { spawn, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { recordPcap, selectedScenarios, sleep } from '../../capture/test-support/recorder.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const PORT = 3310;
const tmp = mkdtempSync(join(tmpdir(), 'trawl-mysql-'));
const sock = join(tmp, 'mysqld.sock');

// ---- the server ---------------------------------------------------------------------------------

async function startServer() {
  execFileSync('mariadb-install-db', ['--no-defaults', `--datadir=${tmp}/data`, '--user=root', '--auth-root-authentication-method=normal', '--skip-test-db'], { stdio: 'ignore' });
  const srv = spawn('mariadbd', ['--no-defaults', `--datadir=${tmp}/data`, `--socket=${sock}`, `--port=${PORT}`, '--bind-address=127.0.0.1', '--user=root', `--pid-file=${tmp}/mysqld.pid`, '--skip-log-bin', '--local-infile=1', '--skip-name-resolve'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  srv.stderr.on('data', (d) => (log += d));
  for (let i = 0; i < 200 && !log.includes('ready for connections'); i++) {
    if (srv.exitCode !== null) throw new Error(`mariadbd failed:\n${log}`);
    await sleep(100);
  }
  admin(`CREATE USER 'app'@'%' IDENTIFIED VIA mysql_native_password USING PASSWORD('s3cret');
         CREATE DATABASE shop; GRANT ALL ON shop.* TO 'app'@'%';
         CREATE USER 'other'@'%' IDENTIFIED BY 'pw2'; GRANT ALL ON shop.* TO 'other'@'%';`);
  return srv;
}

/** Setup through the unix socket (not captured). */
function admin(sql) {
  execFileSync('mariadb', ['--no-defaults', `--socket=${sock}`, '-uroot', '-e', sql]);
}

/** The real CLI over TCP, no TLS; `input` is its stdin script. */
function cli(args, input) {
  try {
    execFileSync('mariadb', ['--no-defaults', '-h', '127.0.0.1', '-P', String(PORT), '--protocol=TCP', '--skip-ssl', ...args], { input, stdio: ['pipe', 'ignore', 'ignore'] });
  } catch {
    // Expected for the error scenarios: the server's error is what we record.
  }
}

// ---- a hand-written binary-protocol client -----------------------------------------------------

const CAPS = 0x1 | 0x8 | 0x200 | 0x2000 | 0x8000 | 0x10000 | 0x20000 | 0x40000 | 0x80000; // no DEPRECATE_EOF, no SSL

class Conn {
  constructor(socket) {
    this.socket = socket;
    this.buf = Buffer.alloc(0);
    this.waiters = [];
    socket.on('data', (d) => {
      this.buf = Buffer.concat([this.buf, d]);
      this.pump();
    });
  }
  pump() {
    while (this.waiters.length && this.buf.length >= 4) {
      const len = this.buf.readUIntLE(0, 3);
      if (this.buf.length < 4 + len) return;
      const pkt = { seq: this.buf[3], payload: this.buf.subarray(4, 4 + len) };
      this.buf = this.buf.subarray(4 + len);
      this.waiters.shift()(pkt);
    }
  }
  read() {
    return new Promise((r) => {
      this.waiters.push(r);
      this.pump();
    });
  }
  write(seq, payload) {
    const h = Buffer.alloc(4);
    h.writeUIntLE(payload.length, 0, 3);
    h[3] = seq;
    this.socket.write(Buffer.concat([h, payload]));
  }
  /** Reads packets until the end of one response (OK, ERR, or a result set's final EOF). */
  async response() {
    const first = await this.read();
    if (first.payload[0] === 0x00 || first.payload[0] === 0xff) return [first];
    const out = [first];
    let eofs = 0;
    for (;;) {
      const p = await this.read();
      out.push(p);
      if (p.payload[0] === 0xff) return out;
      if (p.payload[0] === 0xfe && p.payload.length < 9 && ++eofs === 2) return out;
    }
  }
}

const sha1 = (...b) => createHash('sha1').update(Buffer.concat(b)).digest();
function nativeScramble(password, seed) {
  const p1 = sha1(Buffer.from(password));
  const p2 = sha1(p1);
  const p3 = sha1(seed, p2);
  return Buffer.from(p1.map((x, i) => x ^ p3[i]));
}
const cstr = (s) => Buffer.concat([Buffer.from(s), Buffer.of(0)]);
const lenenc = (s) => {
  const b = Buffer.from(s);
  if (b.length >= 251) throw new Error('lenenc: short strings only');
  return Buffer.concat([Buffer.of(b.length), b]);
};

async function connect(user, password, db, caps = CAPS) {
  const socket = net.connect(PORT, '127.0.0.1');
  await once(socket, 'connect');
  const c = new Conn(socket);
  const greeting = (await c.read()).payload;
  const vEnd = greeting.indexOf(0, 1);
  const seed1 = greeting.subarray(vEnd + 5, vEnd + 13);
  const seed2 = greeting.subarray(vEnd + 32, vEnd + 44);
  const seed = Buffer.concat([seed1, seed2]);
  const head = Buffer.alloc(32);
  head.writeUInt32LE(caps, 0);
  head.writeUInt32LE(1 << 24, 4);
  head[8] = 45; // utf8mb4_general_ci
  c.write(1, Buffer.concat([head, cstr(user), lenenc(nativeScramble(password, seed)), cstr(db), cstr('mysql_native_password')]));
  let r = await c.read();
  if (r.payload[0] === 0xfe) {
    const plugin = r.payload.subarray(1, r.payload.indexOf(0, 1));
    const s = r.payload.subarray(plugin.length + 2, plugin.length + 22);
    c.write(r.seq + 1, nativeScramble(password, s));
    r = await c.read();
  }
  c.seed = seed;
  return c;
}

const stmtPrepare = async (c, sql, deprecateEof = false) => {
  c.write(0, Buffer.concat([Buffer.of(0x16), Buffer.from(sql)]));
  const first = await c.read();
  if (first.payload[0] !== 0) return { id: -1 };
  const id = first.payload.readUInt32LE(1);
  const cols = first.payload.readUInt16LE(5);
  const params = first.payload.readUInt16LE(7);
  const n = deprecateEof ? params + cols : (params ? params + 1 : 0) + (cols ? cols + 1 : 0);
  for (let i = 0; i < n; i++) await c.read();
  return { id, params };
};

/** Binary parameters: [type, unsignedFlag, valueBytes | null]. */
function stmtExecute(c, id, params, bind = true) {
  const parts = [Buffer.of(0x17), u32(id), Buffer.of(0), u32(1)];
  if (params.length) {
    const bitmap = Buffer.alloc((params.length + 7) >> 3);
    params.forEach(([, , v], i) => v === null && (bitmap[i >> 3] |= 1 << (i & 7)));
    parts.push(bitmap, Buffer.of(bind ? 1 : 0));
    if (bind) for (const [t, u] of params) parts.push(Buffer.of(t, u));
    for (const [, , v] of params) if (v !== null) parts.push(v);
  }
  c.write(0, Buffer.concat(parts));
  return c.response();
}
const u32 = (n) => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return b;
};
const i64 = (n) => {
  const b = Buffer.alloc(8);
  b.writeBigInt64LE(BigInt(n));
  return b;
};
const f64 = (n) => {
  const b = Buffer.alloc(8);
  b.writeDoubleLE(n);
  return b;
};
const datetime = (y, mo, d, h, mi, s) => Buffer.of(7, y & 0xff, y >> 8, mo, d, h, mi, s);

async function binaryClient() {
  const c = await connect('app', 's3cret', 'shop');
  c.write(0, Buffer.from('\x03CREATE TABLE IF NOT EXISTS items (id INT PRIMARY KEY AUTO_INCREMENT, name VARCHAR(40), price DOUBLE, created DATETIME)'));
  await c.response();
  const ins = await stmtPrepare(c, 'INSERT INTO items (name, price, created) VALUES (?, ?, ?)');
  await stmtExecute(c, ins.id, [[253, 0, lenenc('widget')], [5, 0, f64(9.5)], [12, 0, datetime(2024, 5, 17, 10, 30, 0)]]);
  // Second execution: types not re-sent (new-params-bound 0), one NULL parameter.
  await stmtExecute(c, ins.id, [[253, 0, lenenc('gadget')], [5, 0, f64(12.25)], [12, 0, null]], false);
  const sel = await stmtPrepare(c, 'SELECT id, name, price, created FROM items WHERE id >= ? AND name <> ?');
  await stmtExecute(c, sel.id, [[8, 0, i64(1)], [253, 0, lenenc('none')]]);
  c.write(0, Buffer.concat([Buffer.of(0x1a), u32(sel.id)])); // COM_STMT_RESET
  await c.read();
  c.write(0, Buffer.concat([Buffer.of(0x19), u32(ins.id)])); // COM_STMT_CLOSE: no response
  await stmtExecute(c, ins.id, []); // closed: ERR 1243 unknown prepared statement handler
  await stmtPrepare(c, 'SELECT * FROM missing_table WHERE id = ?'); // ERR 1146 at prepare
  c.write(0, Buffer.of(0x0e)); // COM_PING
  await c.read();
  c.write(0, Buffer.of(0x09)); // COM_STATISTICS
  await c.read();
  c.write(0, Buffer.concat([Buffer.of(0x04), cstr('items')])); // COM_FIELD_LIST
  for (;;) {
    const p = await c.read();
    if (p.payload[0] === 0xfe || p.payload[0] === 0xff) break;
  }
  c.write(0, Buffer.concat([Buffer.of(0x02), Buffer.from('mysql')])); // COM_INIT_DB: no access
  await c.read();
  // COM_CHANGE_USER to another account (the server may ask for an auth switch).
  c.write(0, Buffer.concat([Buffer.of(0x11), cstr('other'), lenenc(nativeScramble('pw2', c.seed)), cstr('shop'), Buffer.of(45, 0), cstr('mysql_native_password')]));
  let r = await c.read();
  if (r.payload[0] === 0xfe) {
    const plugin = r.payload.subarray(1, r.payload.indexOf(0, 1));
    c.write(r.seq + 1, nativeScramble('pw2', r.payload.subarray(plugin.length + 2, plugin.length + 22)));
    r = await c.read();
  }
  c.write(0, Buffer.from('\x03SELECT CURRENT_USER()'));
  await c.response();
  c.write(0, Buffer.of(0x01)); // COM_QUIT
  await sleep(100);
  c.socket.end();
  await sleep(100);
}

/** CLIENT_DEPRECATE_EOF: result sets end with an OK (0xfe) and have no EOF after the columns. */
async function deprecateResponse(c) {
  for (;;) {
    const first = await c.read();
    let status;
    if (first.payload[0] === 0xff) return;
    if (first.payload[0] === 0x00) status = okStatus(first.payload);
    else {
      for (;;) {
        const p = await c.read();
        if (p.payload[0] === 0xff) return;
        if (p.payload[0] === 0xfe && p.payload.length < 0xffffff && p.payload.length >= 7) {
          status = okStatus(p.payload);
          break;
        }
      }
    }
    if (!(status & 0x0008)) return;
  }
}
/** OK status flags: after the header and two length-encoded integers (short ones here). */
const okStatus = (p) => p.readUInt16LE(3);

async function deprecateEofClient() {
  const c = await connect('app', 's3cret', 'shop', CAPS | 0x800000 | 0x1000000);
  const q = async (sql) => {
    c.write(0, Buffer.concat([Buffer.of(0x03), Buffer.from(sql)]));
    await deprecateResponse(c);
  };
  await q('CREATE TABLE IF NOT EXISTS kv (k INT PRIMARY KEY, v VARCHAR(20))');
  await q("INSERT INTO kv VALUES (1, 'one'), (2, 'two'), (3, NULL)");
  await q('SELECT k, v FROM kv ORDER BY k');
  await q('SELECT k FROM kv WHERE 1 = 0');
  await q("SELECT COUNT(*) FROM kv; SELECT v FROM kv WHERE k = 2; DELETE FROM kv WHERE k = 3");
  await q('SET autocommit = 0');
  const sel = await stmtPrepare(c, 'SELECT k, v FROM kv WHERE k > ?', true);
  c.write(0, Buffer.concat([Buffer.of(0x17), u32(sel.id), Buffer.of(0), u32(1), Buffer.of(0, 1, 3, 0), u32(0)]));
  await deprecateResponse(c);
  c.write(0, Buffer.of(0x01));
  await sleep(100);
  c.socket.end();
  await sleep(100);
}

// ---- scenarios ----------------------------------------------------------------------------------

const csv = join(tmp, 'items.csv');
writeFileSync(csv, 'bolt,0.25,2024-01-02 03:04:05\nnut,0.1,2024-01-02 03:04:06\n');

const scenarios = {
  'login-fail': async () => {
    cli(['-uapp', '-pwrong', 'shop', '-e', 'SELECT 1']);
  },
  'cli-session': async () => {
    cli(['-uapp', '-ps3cret', '--force', '--local-infile=1', '--table'], `
CREATE TABLE shop.users (id INT PRIMARY KEY, name VARCHAR(20), email VARCHAR(40), score DECIMAL(5,2), born DATE);
USE shop
INSERT INTO users VALUES (1, 'ann', 'ann@example.com', 12.5, '1990-01-02'), (2, 'bob', NULL, 7.25, '1985-12-31'), (3, 'cy', 'cy@example.com', 99.99, NULL);
SELECT id, name, email FROM users ORDER BY id;
SELECT * FROM nope;
UPDATE users SET score = score + 1 WHERE id < 3;
SELECT seq FROM seq_1_to_50;
DELIMITER //
SELECT COUNT(*) AS n FROM users; UPDATE users SET name = 'anne' WHERE id = 1; SELECT name FROM users WHERE id = 1 //
DELIMITER ;
PREPARE s FROM 'SELECT name FROM users WHERE id = ?';
SET @id = 2;
EXECUTE s USING @id;
DEALLOCATE PREPARE s;
CREATE TABLE items (id INT PRIMARY KEY AUTO_INCREMENT, name VARCHAR(40), price DOUBLE, created DATETIME);
LOAD DATA LOCAL INFILE '${csv}' INTO TABLE items FIELDS TERMINATED BY ',' (name, price, created);
SELECT 1 +;
`);
  },
  'binary-protocol': binaryClient,
  'deprecate-eof': deprecateEofClient,
};

const server = await startServer();
try {
  for (const [name, run] of selectedScenarios(scenarios)) {
    await recordPcap(join(here, `${name}.pcap`), `tcp port ${PORT}`, run, { tailMs: 800 });
  }
} finally {
  server.kill('SIGTERM');
  await once(server, 'exit');
  rmSync(tmp, { recursive: true, force: true });
}
