import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import { BpfSpecError, jobFilter } from './bpf.js';

test('addresses, ports and a filter of their own become one BPF expression', () => {
  assert.equal(jobFilter({}), '');
  assert.equal(jobFilter({ bpf: ' tcp ' }), 'tcp');
  assert.equal(jobFilter({ targetIPs: ['10.0.0.1', 'fd00::2'] }), '(host 10.0.0.1 or host fd00::2)');
  assert.equal(jobFilter({ targetIPs: ['10.0.0.1'], targetPorts: [80, 443, 80], bpf: 'tcp' }), '(host 10.0.0.1) and (port 80 or port 443) and (tcp)');
});

test('what is not an address or a port is refused, naming the field', () => {
  assert.throws(() => jobFilter({ targetIPs: ['10.0.0.1; reboot'] }), (e) => e instanceof BpfSpecError && e.field === 'targetIPs');
  assert.throws(() => jobFilter({ targetPorts: [70000] }), (e) => e instanceof BpfSpecError && e.field === 'targetPorts');
});

test('libpcap compiles what it makes (tcpdump -d, the same compiler the capture programs use)', { skip: process.getuid?.() !== 0 ? 'needs root' : false }, () => {
  const expr = jobFilter({ targetIPs: ['10.0.0.1', 'fd00::2'], targetPorts: [80, 443], bpf: 'tcp' });
  execFileSync('tcpdump', ['-i', 'lo', '-d', expr], { stdio: 'pipe' });
});
