import { describe, expect, it } from 'vitest';
import { collectDiagnostics } from '..';
import type { Diagnostic } from '..';

// Read through Vite (`?raw` keeps the bytes): the core's lint forbids Node built-ins.
const fixtures = import.meta.glob<string>('../fixtures/*.yaml', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const fixture = (name: string) => fixtures[`../fixtures/${name}`] ?? '';

const show = (diagnostics: readonly Diagnostic[]) =>
  diagnostics.map(
    (d) => `${d.range.start.line}:${d.range.start.column} ${d.severity} ${d.code}: ${d.message}`,
  );

describe('lint rules', () => {
  it('finds nothing to say about a correct Kubernetes config beyond notes', () => {
    const diagnostics = collectDiagnostics(fixture('valid-k8s.yaml'));
    expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(show(diagnostics)).toEqual([
      '17:7 info not-in-dagster-plus-schema: container_context.env_vars is not in the Dagster+ location schema, but the agent applies it.',
      '27:9 info not-in-dagster-plus-schema: k8s.env is not in the Dagster+ location schema, but the agent applies it.',
    ]);
  });

  it('reports each pitfall at its own place', () => {
    expect(show(collectDiagnostics(fixture('lint-showcase.yaml')))).toEqual([
      '5:11 warning defaults-env-var-pair: Invalid key-value pair: URL=https://x?a=b',
      '6:7 info defaults-secrets: Secrets in defaults are loaded into the code server and runs of EVERY location.',
      "8:5 warning missing-image: Your agent's configuration requires you to specify an image. Use the `--image` flag when specifying your location to tell the agent which image to use to load your code.",
      "8:20 warning location-name: Location name \"Sales Forecast\" is not a valid Kubernetes-style name: use letters, digits, '-' and '_', starting with a letter.",
      '12:7 warning unknown-container-context-key: The agent ignores container_context.kubernetes: it reads only env_vars, k8s, docker and ecs.',
      '14:28 warning image-pull-policy: Unsupported value: "always": supported values: "Always", "IfNotPresent", "Never"',
      '16:13 info env-var-from-agent: SNOWFLAKE_ACCOUNT has no value here: the agent copies it from its own environment when it launches the code server or run.',
      '17:13 warning duplicate-env-var: SNOWFLAKE_ACCOUNT is already set for the code server and runs (at locations.0.container_context.k8s.env_vars.0): both entries reach the container and Kubernetes uses the last one.',
      '19:19 warning mount-without-volume: No volume named "missing" in this location: the pod fails to start unless the agent\'s Helm values (workspace.volumes) define it.',
      '21:19 warning mount-without-volume: No volume named "other" in this location: the pod fails to start unless the agent\'s Helm values (workspace.volumes) define it.',
      '22:24 warning mount-path-collision: Two volume mounts use the path /data (also locations.0.container_context.k8s.volume_mounts.0); Kubernetes rejects the pod.',
      "24:17 warning invalid-label-value: Invalid label value \"data science\": at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit",
      '25:9 info top-level-resources: Top-level resources apply to the code server AND every run. To size them separately use run_k8s_config.container_config.resources and server_k8s_config.container_config.resources.',
      "26:29 warning invalid-quantity: quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'",
      "28:11 error k8s-unexpected-keys: Unexpected keys in model class V1SecurityContext: {'fsGroup'}",
      '31:13 warning user-args-ignored: Dagster overwrites the args of the run container ([dagster, api, execute_run, …]): this value is ignored.',
      "34:13 warning server-image-ignored: The code server always runs the location's image: this value is ignored.",
    ]);
  });

  it('explains a pod-level key in the container securityContext through the error hint', () => {
    const error = collectDiagnostics(fixture('lint-showcase.yaml')).find(
      (d) => d.code === 'k8s-unexpected-keys',
    );
    expect(error?.hint).toBe(
      "fsGroup is not a setting of this securityContext: it belongs in the POD's securityContext: run_k8s_config.pod_spec_config.security_context and/or server_k8s_config.pod_spec_config.security_context.",
    );
  });

  it('warns about a location without code_source, which Dagster+ requires', () => {
    expect(show(collectDiagnostics('locations:\n  - location_name: a\n    image: x\n'))).toEqual([
      '2:5 warning missing-code-source: No code_source: dagster-cloud ci check accepts this, but Dagster+ requires one of package_name, module_name, python_file or autoload_defs_module_name under code_source.',
    ]);
  });
});
