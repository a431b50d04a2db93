import { describe, expect, it } from 'vitest';
import { formatRunTagAsPythonSnippet } from './format-run-tag';

describe('formatRunTagAsPythonSnippet', () => {
  it('keeps a short tag on one line', () => {
    expect(formatRunTagAsPythonSnippet({ merge_behavior: 'SHALLOW' })).toBe(
      'tags={"dagster-k8s/config": {"merge_behavior": "SHALLOW"}}',
    );
  });

  it('explodes long values black-style, with Python literals and trailing commas', () => {
    const tag = {
      container_config: {
        resources: {
          requests: { cpu: '250m', memory: '64Mi' },
          limits: { cpu: '500m', memory: '2560Mi' },
        },
        env: [{ name: 'QUOTE', value: 'say "hi"\n' }],
      },
      pod_spec_config: {
        host_network: false,
        enable_service_links: true,
        priority_class_name: null,
        active_deadline_seconds: 3600,
      },
      pod_template_spec_metadata: { annotations: {} },
      job_spec_config: { backoff_limit: 0, completions: 1.5 },
    };
    expect(formatRunTagAsPythonSnippet(tag)).toBe(`tags={
    "dagster-k8s/config": {
        "container_config": {
            "resources": {
                "requests": {"cpu": "250m", "memory": "64Mi"},
                "limits": {"cpu": "500m", "memory": "2560Mi"},
            },
            "env": [{"name": "QUOTE", "value": "say \\"hi\\"\\n"}],
        },
        "pod_spec_config": {
            "host_network": False,
            "enable_service_links": True,
            "priority_class_name": None,
            "active_deadline_seconds": 3600,
        },
        "pod_template_spec_metadata": {"annotations": {}},
        "job_spec_config": {"backoff_limit": 0, "completions": 1.5},
    },
}`);
  });

  it('writes YAML specials as Python values', () => {
    expect(
      formatRunTagAsPythonSnippet({
        a: Number.POSITIVE_INFINITY,
        b: Number.NEGATIVE_INFINITY,
        c: Number.NaN,
        d: new Date('2024-01-02T03:04:05Z'),
        e: [],
      }),
    ).toBe(`tags={
    "dagster-k8s/config": {
        "a": float("inf"),
        "b": float("-inf"),
        "c": float("nan"),
        "d": "2024-01-02T03:04:05.000Z",
        "e": [],
    },
}`);
  });

  it('fills the line to exactly 88 columns before exploding', () => {
    const fits = { k: 'x'.repeat(88 - 'tags={"dagster-k8s/config": {"k": ""}}'.length) };
    expect(formatRunTagAsPythonSnippet(fits)).toHaveLength(88);
    const over = { k: `${fits.k}x` };
    expect(formatRunTagAsPythonSnippet(over)).toBe(
      `tags={\n    "dagster-k8s/config": {"k": "${over.k}"},\n}`,
    );
  });
});
