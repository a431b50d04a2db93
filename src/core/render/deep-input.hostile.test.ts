import { describe, expect, it } from 'vitest';
import { renderLocation, type RenderLocationInput } from '.';
import type { JsonObject } from './merge/types';

const CONFIG = 'locations:\n  - location_name: etl\n    image: ghcr.io/acme/etl:1.0\n';

/** `{"a": {"a": … 1 …}}`, `depth` maps deep, as JSON text. */
function nestJson(depth: number): string {
  return '{"a": '.repeat(depth) + '1' + '}'.repeat(depth);
}

/** The same, as a value (built iteratively: the point is that nothing recurses on it). */
function nestValue(depth: number): JsonObject {
  let value: JsonObject = { a: 1 };
  for (let i = 1; i < depth; i++) value = { a: value };
  return value;
}

const A12 = Array(12).fill('a').join('.');

function tooDeep(where: string): string {
  return (
    `This value is nested more than 100 levels deep (at ${where}…): K8s Config Studio does ` +
    'not render values that deep, and no Kubernetes object needs it.'
  );
}

/** Renders, and fails the test if it takes long enough to look like a hang. */
function renderTimed(input: RenderLocationInput) {
  const started = performance.now();
  const result = renderLocation(input);
  // A hang guard only: these inputs are refused at the 101st level, in milliseconds.
  expect(performance.now() - started).toBeLessThan(5_000);
  return result;
}

describe('renderLocation on input nested 10,000 levels deep', () => {
  it('refuses a deep run tag with a clear error instead of overflowing the stack', () => {
    const result = renderTimed({
      configText: CONFIG,
      runTag: `{"pod_spec_config": {"affinity": ${nestJson(10_000)}}}`,
      kind: 'run',
    });
    expect(result.manifests).toEqual([]);
    expect(result.error).toEqual({
      kind: 'dagster-config-error',
      errorType: 'Exception',
      message: tooDeep(`pod_spec_config.affinity.${Array(10).fill('a').join('.')}`),
      stage: 'run-launch',
      origin: {
        layer: 'run-tag',
        document: 'run-tag',
        path: ['pod_spec_config', 'affinity', ...Array(99).fill('a')],
      },
    });
  });

  it('refuses deep op tags the same way', () => {
    const result = renderTimed({
      configText: CONFIG,
      opTags: `{"container_config": {"env": [{"name": "X", "value_from": ${nestJson(10_000)}}]}}`,
      kind: 'step',
    });
    expect(result.error?.message).toBe(
      tooDeep(`container_config.env.0.value_from.${Array(8).fill('a').join('.')}`),
    );
    expect(result.error?.stage).toBe('step-launch');
  });

  it('refuses a deep executor config (it used to exhaust memory, not the stack)', () => {
    const result = renderTimed({
      configText: CONFIG,
      executorConfig: nestValue(10_000),
      kind: 'step',
    });
    expect(result.error?.message).toBe(tooDeep(A12));
    expect(result.error?.origin?.document).toBe('executor-config');
    expect(result.error?.stage).toBe('step-launch');
  });

  it('refuses deep Helm values given as a value', () => {
    const result = renderTimed({
      configText: CONFIG,
      helmValues: { workspace: { labels: nestValue(10_000) } },
      kind: 'run',
    });
    expect(result.error?.message).toBe(
      tooDeep(`workspace.labels.${Array(10).fill('a').join('.')}`),
    );
    expect(result.error?.stage).toBe('run-launch');
  });

  it('refuses a deep config given as a value', () => {
    const location = {
      location_name: 'etl',
      image: 'ghcr.io/acme/etl:1.0',
      container_context: { k8s: { labels: nestValue(10_000) } },
    };
    const result = renderTimed({ config: { locations: [location] }, kind: 'run' });
    expect(result.error).toEqual({
      kind: 'dagster-config-error',
      errorType: 'Exception',
      message: tooDeep('locations.0.container_context.k8s.labels.a.a.a.a.a.a.a'),
      stage: 'ci-template',
      origin: {
        layer: 'location',
        document: 'dagster-cloud-yaml',
        path: ['locations', 0, 'container_context', 'k8s', 'labels', ...Array(98).fill('a')],
      },
    });
  });

  it('still renders values nested deeply but within the limit', () => {
    const result = renderTimed({
      configText: CONFIG,
      runTag: `{"pod_template_spec_metadata": {"annotations": {"deep": ${nestJson(90)}}}}`,
      kind: 'run',
    });
    expect(result.error).toBeUndefined();
    const annotations = (
      result.manifests[0]!.body as {
        spec: { template: { metadata: { annotations: Record<string, string> } } };
      }
    ).spec.template.metadata.annotations;
    // The agent sends Python's str() of a dict written where Kubernetes expects a string.
    expect(annotations.deep).toBe("{'a': ".repeat(90) + '1' + '}'.repeat(90));
  });
});

describe('renderLocation never throws', () => {
  it('turns an unexpected exception into an error result', () => {
    const config = {
      get locations(): never {
        throw new Error('boom');
      },
    };
    expect(renderLocation({ config })).toEqual({
      locationName: null,
      manifests: [],
      yaml: '',
      notes: [],
      error: {
        kind: 'dagster-config-error',
        errorType: 'Exception',
        message: 'K8s Config Studio could not render this input (internal error: boom).',
        stage: 'ci-template',
      },
    });
  });
});
