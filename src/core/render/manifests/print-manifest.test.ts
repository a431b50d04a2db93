import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../merge/types';
import { listLeafPointers } from './origins';
import { printManifestYaml } from './print-manifest';
import { printManifestWithYaml } from './serialize';
import type { ManifestMark } from './types';

/** Strings YAML 1.1 and `yaml`'s printer treat specially, and ordinary ones. */
const TRICKY_STRINGS = [
  '',
  'a',
  'loc-1',
  'registry.example.com/data/loc-1:v1.1',
  'yes',
  'No',
  'on',
  'OFF',
  'y',
  'true',
  'null',
  'Null',
  '~',
  '1',
  '-1',
  '0x1F',
  '0o17',
  '017',
  '0b101',
  '1_000',
  '1:30',
  '1.5',
  '.5',
  '1e3',
  '.inf',
  '-.Inf',
  '.nan',
  '2001-12-14',
  '2001-12-14t21:59:43.10-05:00',
  '1715790000.0',
  '<run-id>',
  '<serialized InstanceRef JSON>',
  '{"a": 1}',
  '[x]',
  'a: b',
  'a:b',
  'a #b',
  'a#b',
  '#x',
  ' lead',
  'trail ',
  'ends:',
  '-',
  '- x',
  '-x',
  '?',
  '? x',
  "it's",
  '"quoted"',
  `both ' and "`,
  '%x',
  '---',
  '--- x',
  '...',
  'a\nb',
  'tab\there',
  '\ttab',
  'ctl\u0007',
  'é ü 漢字',
  '@x',
  '`x',
  '!tag',
  '&anchor',
  '*alias',
  '|',
  '>',
  'x'.repeat(1030),
];

const stringArb = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...TRICKY_STRINGS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
);

const scalarArb = fc.oneof(
  { weight: 4, arbitrary: stringArb },
  {
    weight: 1,
    arbitrary: fc.constantFrom(0, -0, 1, -7, 0.5, 1e21, 1.5e-7, 123456789, NaN, Infinity),
  },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.constantFrom(true, false, null) },
);

const { value: valueArb } = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 3, arbitrary: scalarArb },
    { weight: 1, arbitrary: fc.array(tie('value'), { maxLength: 3 }) },
    { weight: 1, arbitrary: tie('map') },
  ),
  map: fc.dictionary(stringArb, tie('value'), { maxKeys: 4 }),
}));

const manifestArb = fc.dictionary(stringArb, valueArb, { minKeys: 1, maxKeys: 5 });

/** Marks on some leaves (repeated ones join), plus now and then a pointer that is no leaf. */
function pickMarks(manifest: JsonObject, picks: readonly number[], extra: string): ManifestMark[] {
  const leaves = listLeafPointers(manifest);
  const marks = picks.map((pick, index) => ({
    pointer: leaves[pick % leaves.length] ?? '',
    comment: index % 2 === 0 ? 'display' : 'placeholder: "xxxxxx" = random suffix',
  }));
  return extra === '' ? marks : [...marks, { pointer: extra, comment: 'display' }];
}

describe('printManifestYaml: byte for byte what the yaml Document printing gives', () => {
  it('prints a typical manifest itself, with its comments', () => {
    const manifest: JsonObject = {
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata: { name: 'dagster-run-xxxxxx', labels: { 'app.kubernetes.io/name': 'dagster' } },
      spec: {
        backoffLimit: 0,
        template: {
          spec: {
            containers: [
              {
                args: ['dagster', 'api', '<SERIALIZED_EXECUTE_RUN_ARGS>'],
                env: [{ name: 'PORT', value: '4000' }],
                resources: { limits: { cpu: '500m', memory: '1Gi' } },
                volumeMounts: [],
              },
            ],
            restartPolicy: 'Never',
            securityContext: {},
          },
        },
        ttlSecondsAfterFinished: 86400,
      },
    };
    const marks = [
      { pointer: '/metadata/name', comment: 'placeholder: suffix' },
      { pointer: '/spec/template/spec/containers/0/args/2', comment: 'placeholder: args' },
      { pointer: '/spec/template/spec/containers/0/args/2', comment: 'built at launch' },
    ];
    const expected = `apiVersion: batch/v1
kind: Job
metadata:
  name: dagster-run-xxxxxx # placeholder: suffix
  labels:
    app.kubernetes.io/name: dagster
spec:
  backoffLimit: 0
  template:
    spec:
      containers:
      - args:
        - dagster
        - api
        - <SERIALIZED_EXECUTE_RUN_ARGS> # placeholder: args; built at launch
        env:
        - name: PORT
          value: '4000'
        resources:
          limits:
            cpu: 500m
            memory: 1Gi
        volumeMounts: []
      restartPolicy: Never
      securityContext: {}
  ttlSecondsAfterFinished: 86400
`;
    expect(printManifestYaml(manifest, marks)).toBe(expected);
    expect(printManifestWithYaml(manifest, marks)).toBe(expected);
  });

  it('places a comment under a key that needs escaping in the pointer', () => {
    const marks = [{ pointer: '/labels/dagster~1run-id', comment: 'placeholder: run' }];
    const expected = 'labels:\n  dagster/run-id: <run-id> # placeholder: run\n';
    expect(printManifestYaml({ labels: { 'dagster/run-id': '<run-id>' } }, marks)).toBe(expected);
  });

  it('leaves to yaml what it does not print itself', () => {
    const shared = { a: 1 };
    expect(printManifestYaml({ x: 'a\nb' }, [])).toBeUndefined();
    expect(printManifestYaml({ x: "it's" }, [])).toBe("x: it's\n");
    expect(printManifestYaml({ x: "'x" }, [])).toBeUndefined();
    expect(printManifestYaml({ x: shared, y: shared }, [])).toBeUndefined();
    // A key printed longer than 1024 characters becomes an explicit `? key` in yaml.
    expect(printManifestYaml({ ['k'.repeat(1023)]: 1 }, [])).toBe(`${'k'.repeat(1023)}: 1\n`);
    expect(printManifestYaml({ [`'${'k'.repeat(1023)}`]: 1 }, [])).toBeUndefined();
    expect(printManifestYaml({ ['k'.repeat(1025)]: 1 }, [])).toBeUndefined();
    expect(printManifestYaml({ x: { '1': 'a' } }, [{ pointer: '/x/1', comment: 'c' }])).toBe(
      undefined,
    );
    expect(printManifestYaml({ x: [] }, [{ pointer: '/x', comment: 'c' }])).toBeUndefined();
    expect(printManifestYaml({ x: 'a' }, [{ pointer: '/y', comment: 'c' }])).toBeUndefined();
  });

  it('prints a long value on one line, as yaml does with lineWidth 0', () => {
    const manifest = { env: [{ name: 'CONTEXT', value: `{"k8s": ${'x'.repeat(1200)}}` }] };
    const expected = `env:\n- name: CONTEXT\n  value: '{"k8s": ${'x'.repeat(1200)}}'\n`;
    expect(printManifestYaml(manifest, [])).toBe(expected);
    expect(printManifestWithYaml(manifest, [])).toBe(expected);
  });

  it('equals the yaml printing whenever it prints, on random values and marks', () => {
    let printed = 0;
    let runs = 0;
    fc.assert(
      fc.property(
        manifestArb,
        fc.array(fc.nat(), { maxLength: 4 }),
        fc.constantFrom('', '', '', '/nowhere', ''),
        (generated, picks, extra) => {
          // JSON values of every kind (and NaN/Infinity, which the printers must agree on).
          const manifest = generated as JsonObject;
          runs++;
          const marks = pickMarks(manifest, picks, extra);
          const fast = printManifestYaml(manifest, marks);
          if (fast === undefined) return;
          printed++;
          expect(fast).toBe(printManifestWithYaml(manifest, marks));
        },
      ),
      { numRuns: 3000 },
    );
    // The comparison must mostly happen, not be skipped.
    expect(printed / runs).toBeGreaterThan(0.3);
  });
});
