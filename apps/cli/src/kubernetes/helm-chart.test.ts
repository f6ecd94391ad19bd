// The Helm chart (helm/trawl) against what `trawl tap` applies. No helm binary can run here, so
// the templates are rendered by test-support/go-template.ts (the subset the chart uses; anything
// else throws) and the documents parsed as Helm's would be: the chart must give exactly
// clusterObjects() minus the Namespace, plus tokensSecret(), for the equivalent settings.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dumpYaml, loadYaml, type KubernetesObject } from '@kubernetes/client-node';
import { clusterObjects, DEFAULT_SETTINGS, describeObject, tokensSecret, type ClusterSettings } from './manifests.js';
import { render, TemplateError, type RenderOptions } from './test-support/go-template.js';

const script = fileURLToPath(new URL('../../scripts/helm-chart.mjs', import.meta.url));
const helmDir = fileURLToPath(new URL('../../../../helm', import.meta.url));
const chartDir = join(helmDir, 'trawl');
const read = (name: string) => readFileSync(join(chartDir, name), 'utf8');
const templateNames = () => readdirSync(join(chartDir, 'templates')).sort();

type Values = Record<string, unknown>;
type Plain = KubernetesObject & Record<string, unknown>;
const isMap = (v: unknown): v is Values => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Helm's coalescing of user values over values.yaml: maps merge key by key, anything else replaces. */
function coalesce(base: Values, over: Values): Values {
  const out: Values = { ...base };
  for (const [k, v] of Object.entries(over)) out[k] = isMap(v) && isMap(base[k]) ? coalesce(base[k], v) : v;
  return out;
}

interface Install {
  namespace?: string;
  values?: Values;
  existing?: RenderOptions['existing'];
}

/** Significant lines: not blank, not only a comment. */
const significant = (text: string) => text.split('\n').filter((l) => !/^\s*(#.*)?$/.test(l));

/** Renders every template as `helm install -n NS` would, and parses the documents. */
function install({ namespace = 'trawl', values = {}, existing = [] }: Install = {}): { objects: Plain[]; notes: string } {
  const chart = loadYaml<{ name: string; version: string; appVersion: string }>(read('Chart.yaml'));
  const data = {
    Values: coalesce(loadYaml<Values>(read('values.yaml')), values),
    Release: { Name: 'trawl', Namespace: namespace, Service: 'Helm' },
    Chart: { Name: chart.name, Version: chart.version, AppVersion: chart.appVersion },
  };
  const objects: Plain[] = [];
  // crds/ as it is: Helm installs those files first and never renders them.
  for (const name of readdirSync(join(chartDir, 'crds')).sort()) {
    const text = read(`crds/${name}`);
    assert.doesNotMatch(text, /\{\{/, `crds/${name} must not be a template`);
    for (const doc of text.split(/^---[ \t]*$/m)) if (significant(doc).length > 0) objects.push(JSON.parse(JSON.stringify(loadYaml(doc))) as Plain);
  }
  let notes = '';
  for (const name of templateNames()) {
    const text = render(read(`templates/${name}`), data, { existing });
    if (name === 'NOTES.txt') {
      notes = text;
      continue;
    }
    for (const doc of text.split(/^---[ \t]*$/m)) {
      // Helm's resource builder skips empty documents and documents of comments only.
      if (significant(doc).length === 0) continue;
      const parsed = JSON.parse(JSON.stringify(loadYaml(doc))) as Plain;
      // loadYaml keeps only the fields its model knows: a stray field would vanish unseen.
      assert.equal(significant(dumpYaml(parsed)).length, significant(doc).length, `${name}: a field the parser dropped?\n${doc}`);
      objects.push(parsed);
    }
  }
  return { objects, notes };
}

const byName = (objects: KubernetesObject[]) => [...objects].sort((a, b) => describeObject(a).localeCompare(describeObject(b)));
const plain = (objects: KubernetesObject[]) => JSON.parse(JSON.stringify(byName(objects))) as Plain[];
const secretOf = (objects: Plain[]) => objects.find((o) => o.kind === 'Secret') as Plain & { stringData: Record<string, string> };

describe('the chart is generated', () => {
  test('the committed chart is what scripts/helm-chart.mjs writes', () => {
    const run = spawnSync(process.execPath, [script, '--check'], { encoding: 'utf8' });
    assert.equal(run.status, 0, `${run.stdout}${run.stderr}`);
  });

  test('--check fails on a changed or an extra file, saying which', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'trawl-chart-'));
    try {
      cpSync(chartDir, tmp, { recursive: true });
      const hub = join(tmp, 'templates/hub.yaml');
      writeFileSync(hub, readFileSync(hub, 'utf8').replace('replicas: 1', 'replicas: 2'));
      writeFileSync(join(tmp, 'templates/extra.yaml'), 'kind: ConfigMap\n');
      const run = spawnSync(process.execPath, [script, '--check', '--out', tmp], { encoding: 'utf8' });
      assert.equal(run.status, 1);
      assert.match(run.stderr, /--- templates\/hub\.yaml[\s\S]*-  replicas: 2\n\+  replicas: 1/);
      assert.match(run.stderr, /not generated.*templates\/extra\.yaml/);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});

describe('rendered, the chart is what trawl tap applies', () => {
  const cases: Array<{ name: string; namespace?: string; values: Values; settings: ClusterSettings }> = [
    { name: 'the defaults', values: {}, settings: DEFAULT_SETTINGS },
    {
      name: 'interface prefix, storage with a class, extra flags, other images',
      values: {
        image: { repository: 'registry.example/trawl', tag: 'dev', pullPolicy: 'Always' },
        nats: { image: 'nats:2.11' },
        worker: { interfacePrefix: 'cali|veth', extraArgs: ['--redact-header=x-team', '--body-limit', '1024'] },
        hub: { extraArgs: ['--retention-age', '7d'], storage: { size: '20Gi', storageClass: 'fast-ssd' } },
      },
      settings: {
        ...DEFAULT_SETTINGS,
        image: 'registry.example/trawl:dev',
        natsImage: 'nats:2.11',
        pullPolicy: 'Always',
        interfacePrefix: 'cali|veth',
        storageSize: '20Gi',
        storageClass: 'fast-ssd',
        hubArgs: ['--retention-age', '7d'],
        workerArgs: ['--redact-header=x-team', '--body-limit', '1024'],
      },
    },
    { name: 'another namespace, storage without a class', namespace: 'observability', values: { hub: { storage: { size: '5Gi' } } }, settings: { ...DEFAULT_SETTINGS, namespace: 'observability', storageSize: '5Gi' } },
    {
      name: 'values YAML would misread unquoted',
      namespace: '123',
      values: {
        image: { tag: '1.10' },
        worker: { iface: 'true', extraArgs: ['--a: b', '--c #d', "--e='f'", '--g="h\\i"', '0x1F'] },
        hub: { extraArgs: ['{x}', '[y]', '*z', '&w', '!v', '- u'], storage: { size: '1e3', storageClass: 'null' } },
      },
      settings: {
        ...DEFAULT_SETTINGS,
        namespace: '123',
        image: 'ghcr.io/trawl-dev/trawl:1.10',
        iface: 'true',
        storageSize: '1e3',
        storageClass: 'null',
        hubArgs: ['{x}', '[y]', '*z', '&w', '!v', '- u'],
        workerArgs: ['--a: b', '--c #d', "--e='f'", '--g="h\\i"', '0x1F'],
      },
    },
  ];
  for (const c of cases) {
    test(c.name, () => {
      const { objects } = install({ namespace: c.namespace, values: c.values });
      const { stringData } = secretOf(objects);
      const expected = [...clusterObjects(c.settings).filter((o) => o.kind !== 'Namespace'), tokensSecret(c.settings.namespace, stringData['hub-token']!, stringData['nats-token']!)];
      assert.deepEqual(plain(objects), plain(expected));
    });
  }

  test('NOTES.txt says how to reach the UI in the release namespace', () => {
    const { notes } = install({ namespace: 'observability' });
    assert.match(notes, /kubectl -n observability port-forward svc\/trawl-hub 8898:8898/);
    assert.match(notes, /kubectl -n observability get secret trawl-tokens -o jsonpath='\{\.data\.hub-token\}' \| base64 -d/);
  });
});

describe('the tokens Secret', () => {
  const b64 = (s: string) => Buffer.from(s).toString('base64');
  const existing = (namespace: string) => [
    { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'trawl-tokens', namespace }, type: 'Opaque', data: { 'hub-token': b64('kept-hub-token-0123'), 'nats-token': b64('kept-nats-token-456') } },
  ];
  const tokens = (i: Install) => secretOf(install(i).objects).stringData;

  test('at install: two random 32-character tokens, new each time', () => {
    const first = tokens({});
    const second = tokens({});
    for (const t of [...Object.values(first), ...Object.values(second)]) assert.match(t, /^[A-Za-z0-9]{32}$/);
    assert.notEqual(first['hub-token'], first['nats-token']);
    assert.notEqual(first['hub-token'], second['hub-token']);
  });

  test('on upgrade: the existing Secret’s tokens are kept', () => {
    assert.deepEqual(tokens({ existing: existing('trawl') }), { 'hub-token': 'kept-hub-token-0123', 'nats-token': 'kept-nats-token-456' });
  });

  test('a Secret of the same name in another namespace is not used', () => {
    assert.match(tokens({ namespace: 'other', existing: existing('trawl') })['hub-token']!, /^[A-Za-z0-9]{32}$/);
  });

  test('tokens.hub from the values wins; nats is still kept, or new', () => {
    assert.deepEqual(tokens({ values: { tokens: { hub: 'from-values' } }, existing: existing('trawl') }), { 'hub-token': 'from-values', 'nats-token': 'kept-nats-token-456' });
    const fresh = tokens({ values: { tokens: { hub: 'from-values' } } });
    assert.equal(fresh['hub-token'], 'from-values');
    assert.match(fresh['nats-token']!, /^[A-Za-z0-9]{32}$/);
  });
});

describe('values.yaml', () => {
  /** Paths of the leaves (scalars and lists) of a values map. */
  const leaves = (v: Values, at = ''): string[] => Object.entries(v).flatMap(([k, x]) => (isMap(x) ? leaves(x, `${at}${k}.`) : [`${at}${k}`]));
  const defaults = () => loadYaml<Values>(read('values.yaml'));
  const used = () => new Set(templateNames().flatMap((n) => [...read(`templates/${n}`).matchAll(/\.Values((?:\.\w+)+)/g)].map((m) => m[1]!.slice(1))));

  test('every .Values path the templates use is in values.yaml', () => {
    const known = leaves(defaults());
    for (const path of used()) assert.ok(known.includes(path), `.Values.${path} is not a value of values.yaml`);
  });

  test('every value of values.yaml is used by a template (no dead values), and listed in helm/README.md', () => {
    const paths = used();
    const readme = readFileSync(join(helmDir, 'README.md'), 'utf8');
    for (const leaf of leaves(defaults())) {
      assert.ok(paths.has(leaf), `${leaf} is in values.yaml but no template uses it`);
      assert.ok(readme.includes(`\`${leaf}\``), `${leaf} is not in helm/README.md's table`);
    }
  });
});

describe('the template evaluator', () => {
  const r = (template: string, values: Values = {}) => render(template, { Values: values, Release: { Namespace: 'ns' } });

  test('trims as Go does: {{- eats the spaces and line breaks before, -}} those after', () => {
    assert.equal(r('a \n\t {{- "x" -}} \n b'), 'axb');
    assert.equal(r('a\n  {{- if .Values.on }}\n  yes\n  {{- else }}\n  no\n  {{- end }}\nz', { on: true }), 'a\n  yes\nz');
    assert.equal(r('- a\n  {{- range .Values.l }}\n  - {{ . | quote }}\n  {{- end }}\nz', { l: ['1', 'x y'] }), '- a\n  - "1"\n  - "x y"\nz');
    assert.equal(r('- a\n  {{- range .Values.l }}\n  - {{ . }}\n  {{- end }}\nz', { l: [] }), '- a\nz');
  });

  test('pipelines, defaults, variables and Helm’s nil', () => {
    assert.equal(r('{{ $x := .Values.a | default (.Values.b | default "c") }}{{ $x | quote }}'), '"c"');
    assert.equal(r('{{ .Values.missing }}|{{ .Values.missing | quote }}|{{ quote "a\\"b" }}'), '||"a\\"b"');
    assert.equal(r('{{ dig "data" "k" "none" .Values }}/{{ dig "data" "k" "none" .Values | b64dec }}', { data: { k: 'aGk=' } }), 'aGk=/hi');
    assert.throws(() => r('{{ .Values.a.b }}'), /nil pointer/);
  });

  test('throws on an unknown function and on what it does not implement', () => {
    assert.throws(() => r('{{ .Values.a | upper }}'), (e: unknown) => e instanceof TemplateError && /function "upper" not defined/.test(e.message));
    for (const t of ['{{ include "x" . }}', '{{ with .Values }}{{ end }}', '{{/* c */}}', '{{ if .Values.a }}{{ else if .Values.b }}{{ end }}', '{{ range $k, $v := .Values }}{{ end }}', '{{ range .Values }}{{ end }}', '{{ $x = "a" }}', '{{ `raw` }}', '{{ 3 }}', '{{ if .Values.a }}', '{{ end }}', '{{ (quote "a" }}']) {
      assert.throws(() => r(t, { a: true }), TemplateError, t);
    }
  });
});
