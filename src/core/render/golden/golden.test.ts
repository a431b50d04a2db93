/**
 * Every example of the spec's examples.md (R1–R10, R10b, S1–S6) as an exact golden test: the
 * project's own fixtures in ./fixtures (input + expected objects transcribed from the spec),
 * compared as data (maps order-insensitive, lists order-sensitive, comments ignored).
 */
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { applyLocationDefaults, buildRunLauncherLayer, mergeRunContainerContext } from '../merge';
import { readPointer } from '../manifests/placeholders';
import { renderRunJob } from '../manifests/run-job';
import {
  buildUnitContext,
  constructUnitJob,
  driveAgent,
  driveOssRun,
  driveUnit,
  type GoldenOutput,
} from './drivers';
import { fixtureId, parseGoldenExpected, parseGoldenInput } from './load-fixture';

const inputs = import.meta.glob<string>('./fixtures/*.input.yaml', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const expectations = import.meta.glob<string>('./fixtures/*.expected.yaml', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const byId = (files: Record<string, string>) =>
  new Map(Object.entries(files).map(([path, text]) => [fixtureId(path), text]));
const inputTexts = byId(inputs);
const expectedTexts = byId(expectations);

function listGoldenIds(): string[] {
  return [...inputTexts.keys()].sort();
}

function readGoldenInput(id: string): Record<string, unknown> {
  return parseGoldenInput(inputTexts.get(id) ?? '');
}

function readGoldenExpected(id: string): unknown[] {
  return parseGoldenExpected(expectedTexts.get(id) ?? '');
}

const MANIFEST_DRIVERS: Record<string, (input: Record<string, unknown>) => GoldenOutput> = {
  'oss-run': driveOssRun,
  unit: driveUnit,
  agent: driveAgent,
};

describe('golden examples (examples.md)', () => {
  it('has a fixture for every example of the spec', () => {
    // prettier-ignore
    expect(listGoldenIds()).toEqual([
      'r1', 'r10', 'r10b', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7', 'r8', 'r9',
      's1', 's2', 's3', 's4', 's5', 's6',
    ]);
  });

  const manifestIds = listGoldenIds().filter(
    (id) => (readGoldenInput(id).driver as string) in MANIFEST_DRIVERS,
  );
  it.each(manifestIds)('%s renders exactly the expected objects', (id) => {
    const input = readGoldenInput(id);
    const output = MANIFEST_DRIVERS[input.driver as string]!(input);
    const expected = readGoldenExpected(id);
    expect(output.bodies).toEqual(expected);
    for (const namespace of output.namespaces) expect(namespace).toBe(input.expected_namespace);
  });

  it('r8 sanitizes and truncates launcher labels on the Job and its pod', () => {
    const input = readGoldenInput('r8');
    const cases = input.cases as { labels: Record<string, string>; expected: unknown }[];
    for (const { labels, expected } of cases) {
      const result = constructUnitJob(input, null, labels);
      if (!result.ok) throw new Error(result.error.message);
      const body = result.value.body;
      expect(readPointer(body, '/metadata/labels')).toEqual(expected);
      expect(readPointer(body, '/spec/template/metadata/labels')).toEqual(expected);
    }
    const derived = input.derived as Record<string, unknown>;
    const launcher = buildRunLauncherLayer({ job_image: 'img' });
    const context = mergeRunContainerContext({ launcher, location: null });
    if (!context.ok) throw new Error(context.error.message);
    const job = renderRunJob({
      context: context.value,
      launcher,
      jobName: derived.job_name as string,
      locationName: derived.location_name as string,
    });
    if (!job.ok) throw new Error(job.error.message);
    const labels = readPointer(job.value.body, '/metadata/labels') as Record<string, string>;
    expect(labels).toMatchObject(derived.expected_labels as Record<string, string>);
    expect(readPointer(job.value.body, '/spec/template/spec/containers/0/env/0')).toEqual({
      name: 'DAGSTER_RUN_JOB_NAME',
      value: derived.expected_job_name_env,
    });
  });

  const r9 = readGoldenInput('r9');
  const r9Cases = r9.cases as {
    name: string;
    k8s: unknown;
    expected?: Record<string, unknown>;
    expected_error?: string;
  }[];
  it.each(r9Cases.map((item) => [item.name, item] as const))('r9: %s', (_, item) => {
    let outcome: { error: string } | { body: unknown };
    try {
      const context = buildUnitContext([{ from: 'k8s', value: item.k8s }]);
      const result = constructUnitJob(r9, context);
      outcome = result.ok ? { body: result.value.body } : { error: result.error.message };
    } catch (error) {
      outcome = { error: (error as Error).message };
    }
    if (item.expected_error !== undefined) {
      expect(outcome).toEqual({ error: item.expected_error });
      return;
    }
    if (!('body' in outcome)) throw new Error(outcome.error);
    for (const [pointer, value] of Object.entries(item.expected ?? {})) {
      expect(readPointer(outcome.body, pointer), pointer).toEqual(value);
    }
  });

  it('s6 merges defaults: into every location with the per-path list strategies', () => {
    const input = readGoldenInput('s6');
    const result = applyLocationDefaults(parse(input.dagster_cloud_yaml as string));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.locations.map((location) => location.value)).toEqual(
      readGoldenExpected('s6'),
    );
  });
});
