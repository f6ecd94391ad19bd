#!/usr/bin/env node
// Records the gRPC captures beside this script: a real @grpc/grpc-js server and client (shop.proto)
// on 127.0.0.1:31390 (no dissector maps that port), captured with tcpdump on lo, plus
// shop.desc, the binary FileDescriptorSet of shop.proto (made with protobufjs) for schema tests.
// Usage (root, tcpdump installed, run from packages/protocols so the packages resolve):
//   node src/grpc/captures/record.mjs [scenario...]
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import grpc from '@grpc/grpc-js';
import protoLoader from '@grpc/proto-loader';
import protobuf from 'protobufjs';
import descriptor from 'protobufjs/ext/descriptor.js';
import { recordPcap, selectedScenarios } from '../../capture/test-support/recorder.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const PROTO = join(here, 'shop.proto');
const PORT = 31390;

// The descriptor set, for the schema-decoding tests.
const root = protobuf.loadSync(PROTO);
const set = root.toDescriptor('proto3');
writeFileSync(join(here, 'shop.desc'), descriptor.FileDescriptorSet.encode(set).finish());

const def = protoLoader.loadSync(PROTO, { keepCase: true, longs: String, enums: String, defaults: false });
const shop = grpc.loadPackageDefinition(def).trawl.shop;

const item = (id, n) => ({
  id,
  name: `item ${n}`,
  kind: n % 2 ? 'BOOK' : 'TOOL',
  price: { currency: 'EUR', units: '12345678901', ratio: 0.25 },
  tags: ['a', `t${n}`],
  stock: { paris: n, lyon: 2 },
  blob: Buffer.from([0, 1, 2, 255]),
  available: true,
  delta: -n,
});

const service = {
  GetItem(call, cb) {
    if (call.request.id === 'missing') {
      cb({ code: grpc.status.NOT_FOUND, details: 'item missing: not in the catalogue (100%)' });
      return;
    }
    cb(null, item(call.request.id, 1));
  },
  ListItems(call) {
    for (let i = 0; i < (call.request.limit || 3); i++) call.write(item(`list-${i}`, i));
    call.end();
  },
  UploadItems(call, cb) {
    const ids = [];
    call.on('data', (m) => ids.push(m.id));
    call.on('end', () => cb(null, { count: ids.length, ids }));
  },
  Chat(call) {
    let seq = 0;
    call.on('data', (m) => call.write({ from: 'server', text: `echo: ${m.text}`, seq: String(++seq) }));
    call.on('end', () => call.end());
  },
};

const target = `127.0.0.1:${PORT}`;
const unary = (client, method, req) => new Promise((resolve) => client[method](req, (err, res) => resolve(err ?? res)));

const scenarios = {
  'unary': async () => {
    const client = new shop.Shop(target, grpc.credentials.createInsecure());
    await unary(client, 'GetItem', { id: 'book-1' });
    await unary(client, 'GetItem', { id: 'missing' });
    client.close();
  },
  'streaming': async () => {
    const client = new shop.Shop(target, grpc.credentials.createInsecure());
    await new Promise((resolve) => {
      const s = client.ListItems({ kind: 'BOOK', limit: 3 });
      s.on('data', () => {});
      s.on('end', resolve);
      s.on('error', resolve);
    });
    await new Promise((resolve) => {
      const s = client.UploadItems((err, res) => resolve(err ?? res));
      for (let i = 0; i < 3; i++) s.write(item(`up-${i}`, i));
      s.end();
    });
    await new Promise((resolve) => {
      const s = client.Chat();
      s.on('data', () => {});
      s.on('end', resolve);
      s.on('error', resolve);
      s.write({ from: 'client', text: 'hello', seq: '1' });
      s.write({ from: 'client', text: 'how are you?', seq: '2' });
      setTimeout(() => s.end(), 50);
    });
    client.close();
  },
  'gzip': async () => {
    const client = new shop.Shop(target, grpc.credentials.createInsecure(), { 'grpc.default_compression_algorithm': 2, 'grpc.default_compression_level': 2 });
    await unary(client, 'GetItem', { id: 'compressed-'.repeat(20) });
    client.close();
  },
};

const server = new grpc.Server({ 'grpc.default_compression_algorithm': 2 });
server.addService(shop.Shop.service, service);
await new Promise((resolve, reject) => server.bindAsync(target, grpc.ServerCredentials.createInsecure(), (e) => (e ? reject(e) : resolve())));
for (const [name, run] of selectedScenarios(scenarios)) {
  await recordPcap(join(here, `${name}.pcap`), `tcp port ${PORT}`, run);
}
server.forceShutdown();
