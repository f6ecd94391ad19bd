#!/usr/bin/env node
// Records the DNS captures beside this script: the real dig querying a real dnsmasq on
// 127.0.0.1:5300 (not 53: trawl must find DNS by content), over UDP and TCP, captured with
// tcpdump on lo. dnsmasq serves only the records given below (no upstream, no /etc/hosts).
// Usage (root; dnsmasq, dig and tcpdump installed): node record.mjs [scenario...]
// Every scenario writes <name>.pcap; ../captures.test.ts asserts exact entries and compares
// <name>.golden.jsonl (regenerate with TRAWL_UPDATE_GOLDEN=1 after re-recording).
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { recordPcap, selectedScenarios, sleep } from '../../capture/test-support/recorder.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const PORT = 5300;

const RECORDS = [
  '--address=/api.trawl.test/10.1.2.3',
  '--host-record=web.trawl.test,10.1.2.4,fd00::4',
  '--txt-record=txt.trawl.test,v=spf1 -all,second string',
  '--srv-host=_http._tcp.trawl.test,web.trawl.test,8080,10,5',
  '--mx-host=trawl.test,mail.trawl.test,10',
  '--host-record=mail.trawl.test,10.1.2.5',
  '--cname=alias.trawl.test,web.trawl.test',
  // Names under trawl.test that are not configured answer NXDOMAIN locally (nothing is forwarded).
  '--local=/trawl.test/',
  '--local=/2.1.10.in-addr.arpa/',
];

/** The queries of one pass: [dig arguments…]. */
const QUERIES = [
  ['api.trawl.test', 'A'],
  ['web.trawl.test', 'AAAA'],
  ['trawl.test', 'MX'],
  ['txt.trawl.test', 'TXT'],
  ['_http._tcp.trawl.test', 'SRV'],
  ['alias.trawl.test', 'A'],
  ['missing.trawl.test', 'A'],
  ['-x', '10.1.2.4'],
];

async function dig(args) {
  const child = spawn('dig', ['@127.0.0.1', '-p', String(PORT), '+tries=1', '+time=2', ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
  await once(child, 'exit');
}

const scenarios = {
  /** One dig per query over UDP: every query from a new source port (one flow each). */
  async udp() {
    for (const q of QUERIES) await dig(q);
  },
  /** The same queries, one TCP connection each (`dig +tcp`). */
  async tcp() {
    for (const q of QUERIES) await dig(['+tcp', ...q]);
  },
  /** Several queries on one kept-open TCP connection (RFC 7766 reuse). */
  async 'tcp-keepopen'() {
    await dig(['+tcp', '+keepopen', 'api.trawl.test', 'A', 'web.trawl.test', 'AAAA', 'missing.trawl.test', 'A']);
  },
};

const dir = mkdtempSync(join(tmpdir(), 'trawl-dnsmasq-'));
const dnsmasq = spawn(
  'dnsmasq',
  ['--keep-in-foreground', '--conf-file=/dev/null', '--no-hosts', '--no-resolv', '--no-poll', '--bind-interfaces', '--listen-address=127.0.0.1', `--port=${PORT}`, `--pid-file=${join(dir, 'pid')}`, '--user=root', ...RECORDS],
  { stdio: ['ignore', 'inherit', 'inherit'] },
);
try {
  await sleep(500);
  if (dnsmasq.exitCode !== null) throw new Error('dnsmasq did not start');
  for (const [name, run] of selectedScenarios(scenarios)) {
    // UDP and TCP: the filter is the port alone; tcpdump's default kernel buffer is enough here.
    await recordPcap(join(here, `${name}.pcap`), `port ${PORT}`, run, { tailMs: 500, bufferKiB: null });
  }
} finally {
  dnsmasq.kill('SIGTERM');
  await once(dnsmasq, 'exit');
  rmSync(dir, { recursive: true, force: true });
}
