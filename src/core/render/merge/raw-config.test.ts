import { describe, expect, it } from 'vitest';
import { runDagsterStage } from './errors';
import {
  deepMergeMaps,
  mergeRawConfigs,
  pythonHashKey,
  rawConfigFromTraced,
  type TracedRawConfig,
} from './raw-config';
import { traceValue, untraceMap, type TracedMap } from './traced';
import type { FragmentName, JsonObject } from './types';

const origin = (path: readonly (string | number)[]) => ({
  layer: 'run-tag' as const,
  document: 'run-tag' as const,
  path,
});

function raw(value: JsonObject): TracedRawConfig {
  return rawConfigFromTraced(traceValue(value, origin, []) as TracedMap);
}

function fragment(config: TracedRawConfig, name: FragmentName): JsonObject {
  return untraceMap(config.fragments[name]);
}

describe('DEEP merge (merge.md §4.2)', () => {
  it('concatenates lists with exact duplicates removed, replaces command/args at any depth', () => {
    const merged = mergeRawConfigs(
      raw({
        container_config: {
          command: ['a'],
          args: ['x'],
          env: [{ name: 'A', value: '1' }],
          readinessProbe: { exec: { command: ['old'] } },
        },
        pod_spec_config: {
          tolerations: [{ key: 'k', operator: 'Exists' }],
          containers: [{ name: 'side', command: ['s1'] }],
        },
      }),
      raw({
        container_config: {
          command: ['b'],
          args: ['y'],
          env: [
            { value: '1', name: 'A' },
            { name: 'B', value: '2' },
          ],
          readinessProbe: { exec: { command: ['new'] } },
        },
        pod_spec_config: {
          tolerations: [{ operator: 'Exists', key: 'k' }],
          containers: [{ name: 'side', command: ['s2'] }],
        },
      }),
    );
    expect(fragment(merged, 'container_config')).toEqual({
      command: ['b'],
      args: ['y'],
      env: [
        { name: 'A', value: '1' },
        { name: 'B', value: '2' },
      ],
      readinessProbe: { exec: { command: ['new'] } },
    });
    // Lists are never merged element by element: two `containers` are concatenated.
    expect(fragment(merged, 'pod_spec_config')).toEqual({
      tolerations: [{ key: 'k', operator: 'Exists' }],
      containers: [
        { name: 'side', command: ['s1'] },
        { name: 'side', command: ['s2'] },
      ],
    });
  });

  it('lets a null replace a value and keeps keys only the first side has, in place', () => {
    const merged = mergeRawConfigs(
      raw({ container_config: { image: 'a', tty: true, workingDir: '/w' } }),
      raw({ container_config: { image: null, stdin: true } }),
    );
    const container = fragment(merged, 'container_config');
    expect(container).toEqual({ image: null, tty: true, workingDir: '/w', stdin: true });
    expect(Object.keys(container)).toEqual(['image', 'tty', 'workingDir', 'stdin']);
  });

  // The model tables reject most shape mismatches before merging; the invariant still guards
  // the merge itself (e.g. free-form `object` fields), so it is tested on the merge function.
  it('raises CheckError "Invariant failed." when a list meets a non-list', () => {
    const result = runDagsterStage('run-launch', () =>
      deepMergeMaps(
        traceValue({ extra: { a: 'b' } }, origin, []) as TracedMap,
        traceValue({ extra: ['a'] }, origin, []) as TracedMap,
      ),
    );
    expect(result).toEqual({
      ok: false,
      error: {
        kind: 'dagster-config-error',
        errorType: 'CheckError',
        message: 'Invariant failed.',
        stage: 'run-launch',
        origin: { layer: 'run-tag', document: 'run-tag', path: ['extra'] },
      },
    });
  });

  it('raises CheckError when a map meets a scalar', () => {
    const result = runDagsterStage('run-launch', () =>
      deepMergeMaps(
        traceValue({ extra: 'lots' }, origin, []) as TracedMap,
        traceValue({ extra: { cpu: '1' } }, origin, []) as TracedMap,
      ),
    );
    expect(result.ok ? null : result.error.message).toBe('Invariant failed.');
  });

  it('lets a scalar replace a map (no invariant on that side)', () => {
    const merged = deepMergeMaps(
      traceValue({ extra: { cpu: '1' } }, origin, []) as TracedMap,
      traceValue({ extra: 'lots' }, origin, []) as TracedMap,
    );
    expect(untraceMap(merged)).toEqual({ extra: 'lots' });
  });

  it('dedupes Python-equal values: 1, 1.0 and true; maps regardless of key order', () => {
    expect(pythonHashKey(1)).toBe(pythonHashKey(true));
    expect(pythonHashKey(1.0)).toBe(pythonHashKey(1));
    expect(pythonHashKey('1')).not.toBe(pythonHashKey(1));
    expect(pythonHashKey({ a: 1, b: [1, 2] })).toBe(pythonHashKey({ b: [1, 2], a: 1 }));
    expect(pythonHashKey([1, 2])).not.toBe(pythonHashKey([2, 1]));
    // CPython: hash(-1) == hash(-2), so Dagster's hash-based dedupe drops -2 after -1.
    expect(pythonHashKey(-1)).toBe(pythonHashKey(-2));
    const merged = mergeRawConfigs(
      raw({ pod_spec_config: { securityContext: { supplementalGroups: [1, 2] } } }),
      raw({ pod_spec_config: { securityContext: { supplementalGroups: [true, 3] } } }),
    );
    expect(fragment(merged, 'pod_spec_config')).toEqual({
      securityContext: { supplementalGroups: [1, 2, 3] },
    });
  });

  it('keeps duplicates within one list when no later layer sets that key', () => {
    const merged = mergeRawConfigs(raw({ container_config: { args: ['x', 'x'] } }), raw({}));
    expect(fragment(merged, 'container_config')).toEqual({ args: ['x', 'x'] });
  });
});

describe('SHALLOW merge (merge.md §4.3)', () => {
  it('replaces top-level fragment keys whole and keeps the others', () => {
    const merged = mergeRawConfigs(
      raw({
        container_config: {
          resources: { requests: { cpu: '1' } },
          tty: true,
          env: [{ name: 'A', value: 'a' }],
        },
        pod_template_spec_metadata: { labels: { a: 'a' }, annotations: { x: 'y' } },
      }),
      raw({
        merge_behavior: 'SHALLOW',
        container_config: {
          resources: { limits: { memory: '1Gi' } },
          env: [{ name: 'B', value: 'b' }],
        },
        pod_template_spec_metadata: { labels: { b: 'b' } },
      }),
    );
    expect(merged.mergeBehavior).toBe('SHALLOW');
    expect(fragment(merged, 'container_config')).toEqual({
      resources: { limits: { memory: '1Gi' } },
      tty: true,
      env: [{ name: 'B', value: 'b' }],
    });
    expect(fragment(merged, 'pod_template_spec_metadata')).toEqual({
      labels: { b: 'b' },
      annotations: { x: 'y' },
    });
  });

  it('takes the incoming side’s behavior: a DEEP layer on a SHALLOW one merges deeply', () => {
    const merged = mergeRawConfigs(
      raw({ merge_behavior: 'SHALLOW', container_config: { env: [{ name: 'A', value: 'a' }] } }),
      raw({ container_config: { env: [{ name: 'B', value: 'b' }] } }),
    );
    expect(merged.mergeBehavior).toBe('DEEP');
    expect(fragment(merged, 'container_config').env).toEqual([
      { name: 'A', value: 'a' },
      { name: 'B', value: 'b' },
    ]);
  });
});

describe('rawConfigFromTraced', () => {
  it('normalizes every fragment to camelCase and rejects an unknown merge_behavior', () => {
    const config = raw({
      pod_spec_config: { node_selector: { disk_type: 'ssd' }, host_ipc: true },
      job_spec_config: { ttl_seconds_after_finished: 60 },
      service_spec_config: { cluster_ip: 'None' },
    });
    expect(fragment(config, 'pod_spec_config')).toEqual({
      nodeSelector: { disk_type: 'ssd' },
      hostIPC: true,
    });
    expect(fragment(config, 'job_spec_config')).toEqual({ ttlSecondsAfterFinished: 60 });
    expect(fragment(config, 'service_spec_config')).toEqual({ clusterIP: 'None' });
    const bad = runDagsterStage('run-launch', () => raw({ merge_behavior: 'MIXED' }));
    expect(bad.ok ? null : [bad.error.errorType, bad.error.message]).toEqual([
      'ValueError',
      "'MIXED' is not a valid K8sConfigMergeBehavior",
    ]);
  });
});
