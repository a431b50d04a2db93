import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../diagnostics/diagnostic';
import { parseYamlText, rangeFromOffsets } from '../../yaml';
import { renderLocation } from '../index';
import { checkRenderedManifests } from './check-manifests';
import { toManifestDiagnostics } from './to-diagnostics';

const TEXT = `locations:
  - location_name: etl
    image: repo/etl:1
    code_source:
      package_name: etl
    container_context:
      k8s:
        labels:
          team: data science
        run_k8s_config:
          container_config:
            resources:
              limits: {cpu: lots}
`;
const HELM = 'workspace:\n  envSecrets:\n    - name: Shared_Secret\n';
const LABEL_VALUE =
  "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";
const SUBDOMAIN =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";

function rangeOf(needle: string) {
  const start = TEXT.indexOf(needle);
  return rangeFromOffsets(parseYamlText(TEXT).lineIndex, start, start + needle.length);
}

describe('toManifestDiagnostics', () => {
  const parsed = parseYamlText(TEXT);
  const result = renderLocation({ configText: TEXT, helmValues: HELM });
  const problems = checkRenderedManifests(result.manifests);
  const k8s = ['locations', 0, 'container_context', 'k8s'];

  it('places problems on their source value, one per place naming every object', () => {
    const diagnostics = toManifestDiagnostics(problems, parsed, { fallbackPath: ['locations', 0] });
    const common = { severity: 'error', source: 'kubernetes', stage: 'kubernetes-api' } as const;
    expect(diagnostics).toEqual<Diagnostic[]>([
      {
        ...common,
        message: `metadata.labels: Invalid value: "data science": ${LABEL_VALUE}`,
        path: [...k8s, 'labels', 'team'],
        range: rangeOf('data science'),
        code: 'invalid-label-value',
        hint: 'The API server rejects the rendered code-server Deployment, code-server Service and run Job.',
      },
      {
        ...common,
        message: `spec.template.metadata.labels: Invalid value: "data science": ${LABEL_VALUE}`,
        path: [...k8s, 'labels', 'team'],
        range: rangeOf('data science'),
        code: 'invalid-label-value',
        hint: 'The API server rejects the rendered code-server Deployment and run Job.',
      },
      {
        ...common,
        message: `spec.template.spec.containers[0].envFrom[1].secretRef.name: Invalid value: "Shared_Secret": ${SUBDOMAIN} (value from Helm value workspace.envSecrets.0.name)`,
        path: ['locations', 0],
        // The location's first line: the value came from the Helm values.
        range: rangeOf('location_name: etl'),
        code: 'invalid-reference-name',
        hint: 'The API server rejects the rendered code-server Deployment and run Job.',
      },
      {
        ...common,
        message: `spec.template.spec.containers[0].resources.limits[cpu]: Invalid value: "lots": quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'`,
        path: [...k8s, 'run_k8s_config', 'container_config', 'resources', 'limits', 'cpu'],
        range: rangeOf('lots'),
        code: 'invalid-quantity',
        hint: 'The API server rejects the rendered run Job.',
      },
    ]);
  });

  it('drops problems an existing diagnostic already reports at the same place', () => {
    const existing: Diagnostic = {
      severity: 'warning',
      message: 'quantities must match …',
      path: [...k8s, 'run_k8s_config', 'container_config', 'resources', 'limits', 'cpu'],
      range: rangeOf('lots'),
      source: 'lint',
      code: 'invalid-quantity',
    };
    const diagnostics = toManifestDiagnostics(problems, parsed, {
      fallbackPath: ['locations', 0],
      existing: [existing],
    });
    expect(diagnostics.map((d) => d.code)).toEqual([
      'invalid-label-value',
      'invalid-label-value',
      'invalid-reference-name',
    ]);
  });
});
