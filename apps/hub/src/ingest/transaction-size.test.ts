import assert from 'node:assert/strict';
import { test } from 'node:test';
import { transactionMessages } from './consumer.js';

const queue = (...sizes: number[]) => sizes.map((n) => ({ data: new Uint8Array(n) }));

test('a transaction takes queued messages up to the message limit', () => {
  assert.equal(transactionMessages(queue(10, 10, 10, 10, 10), 3, 1_000), 3);
  assert.equal(transactionMessages(queue(10, 10), 64, 1_000), 2);
});

test('a transaction stops before the message that would pass the byte limit', () => {
  assert.equal(transactionMessages(queue(400, 400, 400, 400), 64, 1_000), 2);
  assert.equal(transactionMessages(queue(400, 600, 1), 64, 1_000), 2);
  assert.equal(transactionMessages(queue(400, 601, 1), 64, 1_000), 1);
});

test('a transaction always takes at least one message, even one larger than the byte limit', () => {
  assert.equal(transactionMessages(queue(5_000, 10), 64, 1_000), 1);
  assert.equal(transactionMessages(queue(), 64, 1_000), 1);
});
