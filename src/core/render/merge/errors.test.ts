import { describe, expect, it } from 'vitest';
import { parseFixture } from './fixtures/contexts';
import { locationOrigin } from './fixtures/origin';
import { agentFromHelm } from './fixtures/pipeline';
import {
  applyLocationDefaults,
  buildRunLauncherLayer,
  mergeRunContainerContext,
  NOTE_TAG_NOT_JSON,
  type MergeResult,
} from './index';

function failure(result: MergeResult<unknown>): [string, string, string] | null {
  return result.ok ? null : [result.error.errorType, result.error.message, result.error.stage];
}

const launcher = buildRunLauncherLayer({});
const run = (containerContext: unknown) =>
  mergeRunContainerContext({ launcher, location: { containerContext, origin: locationOrigin() } });

describe('Dagster errors raised by the merge engine', () => {
  it('rejects a top-level container_context env_vars that is not a list of strings', () => {
    expect(failure(run({ env_vars: 'A=1' }))).toEqual([
      'DagsterInvalidConfigError',
      'Errors while parsing container context\n    Error 1: Value at path root:env_vars must be list.',
      'run-launch',
    ]);
    expect(failure(run({ env_vars: [1] }))).toEqual([
      'DagsterInvalidConfigError',
      'Errors while parsing container context\n    Error 1: Invalid scalar at path root:env_vars[0]. ' +
        'Value "1" of type "<class \'int\'>" is not valid for expected type "String".',
      'run-launch',
    ]);
  });

  it('lists every k8s config error, with Dagster’s paths', () => {
    expect(
      failure(
        run({
          k8s: {
            labels: ['a'],
            volumes: [{ configMap: { name: 'x' } }],
            run_k8s_config: { containerConfig: {} },
          },
        }),
      ),
    ).toEqual([
      'DagsterInvalidConfigError',
      'Errors while parsing k8s container context' +
        '\n    Error 1: Value at path root:labels must be dict.' +
        '\n    Error 2: Missing required config entry "name" at path root:volumes[0].' +
        '\n    Error 3: Received unexpected config entry "containerConfig" at path root:run_k8s_config.',
      'run-launch',
    ]);
  });

  it('resolves {env: VAR} string sources from the agent environment', () => {
    const result = mergeRunContainerContext({
      launcher,
      location: {
        containerContext: {
          k8s: { namespace: { env: 'NS' }, service_account_name: { env: 'SA' } },
        },
        origin: locationOrigin(),
      },
      agentEnvironment: { NS: 'team-a' },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.namespace).toBe('team-a');
    expect(result.value.fragments.pod_spec_config.serviceAccountName).toBe('<agent env: SA>');
    expect(result.value.origins.get('/pod_spec_config/serviceAccountName')?.agentEnv).toEqual({
      key: 'SA',
      resolved: false,
    });
  });

  it('raises CheckError when a launcher fragment is not a map', () => {
    const agent = agentFromHelm('workspace: {runK8sConfig: {containerConfig: oops}}\n');
    expect(failure(mergeRunContainerContext({ launcher: agent.launcher, location: null }))).toEqual(
      [
        'CheckError',
        "Param \"container_config\" is not a Mapping. Got 'oops' which is type <class 'str'>.",
        'run-launch',
      ],
    );
  });

  it('accepts a YAML tag with a warning, and reports text that is neither JSON nor YAML', () => {
    const yamlTag = mergeRunContainerContext({
      launcher,
      location: null,
      runTag: 'container_config: {tty: true}',
    });
    expect(yamlTag.ok && yamlTag.value.notes.map((n) => n.message)).toEqual([NOTE_TAG_NOT_JSON]);
    const bad = mergeRunContainerContext({ launcher, location: null, runTag: '{"a": [}' });
    expect(bad.ok ? null : bad.error.errorType).toBe('ValueError');
    expect(bad.ok ? '' : bad.error.message).toMatch(
      /^The dagster-k8s\/config tag is not valid JSON: /,
    );
  });

  it('raises the CLI’s KeyError when a keyed list item lacks its key', () => {
    const result = applyLocationDefaults(
      parseFixture(`defaults:
  container_context: {k8s: {volumes: [{name: a, emptyDir: {}}]}}
locations:
  - location_name: x
    container_context: {k8s: {volumes: [{emptyDir: {}}]}}
`),
    );
    expect(failure(result)).toEqual(['Exception', "KeyError: 'name'", 'ci-template']);
  });
});
