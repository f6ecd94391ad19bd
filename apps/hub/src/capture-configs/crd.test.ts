// The CRD as the chart and `trawl tap` will apply it (dumped through client-node, as they dump
// every object): a structural schema the API server accepts, the spec's fields with the
// controller's limits, a status subresource, the Phase and Age columns; and the RBAC rules.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dumpYaml } from '@kubernetes/client-node';
import { PACKET_CAPTURE_CONFIG_CRD, PACKET_CAPTURE_CONFIG_RBAC_RULES } from './crd.js';
import { LIMITS, PCC, PCC_PATH } from './types.js';

// Checked in client-node's model (`_default`, `_enum`), and in the YAML it dumps (`default`, `enum`).
const dumped: any = PACKET_CAPTURE_CONFIG_CRD;
const yaml = dumpYaml(PACKET_CAPTURE_CONFIG_CRD);
const version = dumped.spec.versions[0];
const schema = version.schema.openAPIV3Schema;

/** apiextensions/v1's structural rule: a type on every node, items for arrays, properties only on objects. */
function structural(node: any, path: string, problems: string[]): void {
  if (typeof node.type !== 'string') problems.push(`${path}: no type`);
  if (node.type === 'array' && !node.items) problems.push(`${path}: an array without items`);
  if (node.properties && node.type !== 'object') problems.push(`${path}: properties on a ${node.type}`);
  for (const [k, v] of Object.entries(node.properties ?? {})) structural(v, `${path}.${k}`, problems);
  if (node.items) structural(node.items, `${path}[]`, problems);
  if (typeof node.additionalProperties === 'object') structural(node.additionalProperties, `${path}.*`, problems);
}

test('names, scope, version, status subresource and printer columns', () => {
  assert.equal(dumped.apiVersion, 'apiextensions.k8s.io/v1');
  assert.equal(dumped.kind, 'CustomResourceDefinition');
  assert.equal(dumped.metadata.name, 'packetcaptureconfigs.trawl.dev');
  assert.equal(dumped.spec.group, 'trawl.dev');
  assert.equal(dumped.spec.scope, 'Cluster');
  assert.deepEqual(dumped.spec.names, { kind: 'PacketCaptureConfig', listKind: 'PacketCaptureConfigList', plural: 'packetcaptureconfigs', singular: 'packetcaptureconfig', shortNames: ['pcc'] });
  assert.equal(PCC_PATH, '/apis/trawl.dev/v1/packetcaptureconfigs');
  assert.deepEqual([version.name, version.served, version.storage], ['v1', true, true]);
  assert.deepEqual(version.subresources, { status: {} });
  assert.deepEqual(version.additionalPrinterColumns, [
    { name: 'Phase', type: 'string', jsonPath: '.status.phase' },
    { name: 'Age', type: 'date', jsonPath: '.metadata.creationTimestamp' },
  ]);
});

test('a structural schema: the spec fields with the controller\'s limits and defaults', () => {
  const problems: string[] = [];
  structural(schema, 'openAPIV3Schema', problems);
  assert.deepEqual(problems, []);
  const s = schema.properties.spec.properties;
  assert.deepEqual(Object.keys(s).sort(), ['duration', 'filter', 'maxPackets', 'outputFormat', 'podSelector', 'targetIPs', 'targetPorts']);
  assert.deepEqual([s.duration.minimum, s.duration.maximum, s.duration._default], [LIMITS.minDuration, LIMITS.maxDuration, 60]);
  assert.deepEqual([s.maxPackets.minimum, s.maxPackets._default], [0, 1000]);
  assert.deepEqual([s.targetPorts.items.minimum, s.targetPorts.items.maximum], [1, 65_535]);
  assert.deepEqual([s.outputFormat._enum, s.outputFormat._default], [['pcap', 'text', 'stdout'], 'pcap']);
  assert.equal(s.filter.maxLength, LIMITS.filterChars);
  assert.deepEqual(s.podSelector.properties.pods.items.required, ['podName']);
  assert.deepEqual(Object.keys(s.podSelector.properties.pods.items.properties), ['podName', 'namespace']);
  const st = schema.properties.status.properties;
  assert.deepEqual(st.phase._enum, ['Starting', 'Running', 'Completed', 'Failed']);
  assert.deepEqual(Object.keys(st.captureFiles.additionalProperties.properties).sort(), ['file_size', 'files', 'output_file', 'packets', 'reason', 'status']);
});

test('the YAML says default and enum, as the API server reads them', () => {
  assert.doesNotMatch(yaml, /^\s*_\w+:/m);
  assert.match(yaml, /\n {16}duration:\n(?: {18}.*\n)*? {18}default: 60\n/);
  assert.match(yaml, /\n {16}outputFormat:\n(?: {18}.*\n)*? {18}enum:\n {20}- pcap\n {20}- text\n {20}- stdout\n/);
  assert.match(yaml, /\n {16}phase:\n(?: {18}.*\n)*? {18}enum:\n {20}- Starting\n/);
  assert.match(yaml, /subresources:\n {8}status: \{\}/);
});

test('the RBAC rules: the configs read and watched, their status patched, pods read, events created', () => {
  assert.deepEqual(PACKET_CAPTURE_CONFIG_RBAC_RULES, [
    { apiGroups: ['trawl.dev'], resources: ['packetcaptureconfigs'], verbs: ['get', 'list', 'watch'] },
    { apiGroups: ['trawl.dev'], resources: ['packetcaptureconfigs/status'], verbs: ['get', 'patch'] },
    { apiGroups: [''], resources: ['pods'], verbs: ['get'] },
    { apiGroups: [''], resources: ['events'], verbs: ['create'] },
  ]);
  assert.equal(PCC.plural, PACKET_CAPTURE_CONFIG_CRD.spec.names.plural);
});
