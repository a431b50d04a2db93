import { describe, expect, it } from 'vitest';
import { applyTextEdits, parseYamlText } from '../../../core/yaml';
import {
  editCheckbox,
  editCodeSourceKind,
  editEnvVarRow,
  editScalarField,
  editSelect,
  editVolumeSourceKind,
  editYamlBlock,
  type FieldEditResult,
} from './field-edits';
import type { FormEdit } from './form-edit';
import { planDuplicateLocation } from './location-names';
import { diffTextsAsEdit, planFormEdits } from './plan-form-edits';

const TEXT = `# dagster_cloud.yaml
locations:
  - location_name: analytics # the main one
    code_source:
      package_name: analytics
    container_context:
      k8s:
        image_pull_policy: IfNotPresent # pull once
        env_vars:
          - DBT_TARGET=prod
          - SNOWFLAKE_ACCOUNT # from the agent
        volumes:
          - name: profiles
            config_map:
              name: dbt-profiles # keep me
  - location_name: ml
    code_source:
      module_name: ml.defs
`;

const K8S = ['locations', 0, 'container_context', 'k8s'];

/** The text after the form edits, planned and applied the way the form pane does it. */
function applyFormEdits(edits: readonly FormEdit[], text = TEXT): string {
  return applyTextEdits(text, planFormEdits(text, parseYamlText(text), edits));
}

function editsOf(result: FieldEditResult): FormEdit[] {
  if ('error' in result) throw new Error(result.error);
  return result.edits;
}

describe('form field -> text edits', () => {
  it('image_pull_policy select: only that scalar changes, its comment stays', () => {
    const edits = editSelect([...K8S, 'image_pull_policy'], 'IfNotPresent', 'Always');
    expect(applyFormEdits(edits)).toBe(`# dagster_cloud.yaml
locations:
  - location_name: analytics # the main one
    code_source:
      package_name: analytics
    container_context:
      k8s:
        image_pull_policy: Always # pull once
        env_vars:
          - DBT_TARGET=prod
          - SNOWFLAKE_ACCOUNT # from the agent
        volumes:
          - name: profiles
            config_map:
              name: dbt-profiles # keep me
  - location_name: ml
    code_source:
      module_name: ml.defs
`);
  });

  it('the empty select choice removes the key with its line', () => {
    const edits = editSelect([...K8S, 'image_pull_policy'], 'IfNotPresent', '');
    expect(applyFormEdits(edits)).toBe(`# dagster_cloud.yaml
locations:
  - location_name: analytics # the main one
    code_source:
      package_name: analytics
    container_context:
      k8s:
        env_vars:
          - DBT_TARGET=prod
          - SNOWFLAKE_ACCOUNT # from the agent
        volumes:
          - name: profiles
            config_map:
              name: dbt-profiles # keep me
  - location_name: ml
    code_source:
      module_name: ml.defs
`);
  });

  it('an env var row turned from "inherit" into a value with "=" keeps its comment', () => {
    const edits = editEnvVarRow([...K8S, 'env_vars', 1], 'SNOWFLAKE_ACCOUNT', {
      name: 'SNOWFLAKE_ACCOUNT',
      value: 'acct=eu-1',
      inherit: false,
    });
    expect(applyFormEdits(edits)).toBe(`# dagster_cloud.yaml
locations:
  - location_name: analytics # the main one
    code_source:
      package_name: analytics
    container_context:
      k8s:
        image_pull_policy: IfNotPresent # pull once
        env_vars:
          - DBT_TARGET=prod
          - SNOWFLAKE_ACCOUNT=acct=eu-1 # from the agent
        volumes:
          - name: profiles
            config_map:
              name: dbt-profiles # keep me
  - location_name: ml
    code_source:
      module_name: ml.defs
`);
  });

  it('adding an env var appends a row in the list style', () => {
    const edits: FormEdit[] = [
      {
        kind: 'insert',
        listPath: [...K8S, 'env_vars'],
        index: undefined,
        value: 'LOG_LEVEL=debug',
      },
    ];
    expect(applyFormEdits(edits)).toBe(`# dagster_cloud.yaml
locations:
  - location_name: analytics # the main one
    code_source:
      package_name: analytics
    container_context:
      k8s:
        image_pull_policy: IfNotPresent # pull once
        env_vars:
          - DBT_TARGET=prod
          - SNOWFLAKE_ACCOUNT # from the agent
          - LOG_LEVEL=debug
        volumes:
          - name: profiles
            config_map:
              name: dbt-profiles # keep me
  - location_name: ml
    code_source:
      module_name: ml.defs
`);
  });

  it('switching a volume source replaces only that source, as one splice', () => {
    const volume = { name: 'profiles', config_map: { name: 'dbt-profiles' } };
    const edits = editVolumeSourceKind([...K8S, 'volumes', 0], volume, 'secret', 'snake');
    const planned = planFormEdits(TEXT, parseYamlText(TEXT), edits);
    expect(planned).toHaveLength(1);
    expect(applyTextEdits(TEXT, planned)).toBe(`# dagster_cloud.yaml
locations:
  - location_name: analytics # the main one
    code_source:
      package_name: analytics
    container_context:
      k8s:
        image_pull_policy: IfNotPresent # pull once
        env_vars:
          - DBT_TARGET=prod
          - SNOWFLAKE_ACCOUNT # from the agent
        volumes:
          - name: profiles
            secret:
              secret_name: profiles
  - location_name: ml
    code_source:
      module_name: ml.defs
`);
  });

  it('switching code_source renames the key in place', () => {
    const path = ['locations', 1, 'code_source'];
    const edits = editCodeSourceKind(
      path,
      { module_name: 'ml.defs' },
      'module_name',
      'python_file',
      'ml',
    );
    expect(applyFormEdits(edits)).toBe(`# dagster_cloud.yaml
locations:
  - location_name: analytics # the main one
    code_source:
      package_name: analytics
    container_context:
      k8s:
        image_pull_policy: IfNotPresent # pull once
        env_vars:
          - DBT_TARGET=prod
          - SNOWFLAKE_ACCOUNT # from the agent
        volumes:
          - name: profiles
            config_map:
              name: dbt-profiles # keep me
  - location_name: ml
    code_source:
      python_file: ml.defs
`);
  });

  it('a new k8s field creates the missing parents in the file indentation', () => {
    const path = ['locations', 1, 'container_context', 'k8s', 'server_replica_count'];
    const edits = editsOf(editScalarField(path, undefined, '2', 'integer'));
    expect(applyFormEdits(edits)).toBe(`# dagster_cloud.yaml
locations:
  - location_name: analytics # the main one
    code_source:
      package_name: analytics
    container_context:
      k8s:
        image_pull_policy: IfNotPresent # pull once
        env_vars:
          - DBT_TARGET=prod
          - SNOWFLAKE_ACCOUNT # from the agent
        volumes:
          - name: profiles
            config_map:
              name: dbt-profiles # keep me
  - location_name: ml
    code_source:
      module_name: ml.defs
    container_context:
      k8s:
        server_replica_count: 2
`);
  });

  it('a raw YAML block adds its keys one by one under the existing map', () => {
    const text = `locations:
  - location_name: a
    container_context:
      k8s:
        run_k8s_config:
          container_config:
            # sized for dbt
            resources: {limits: {memory: 2Gi}}
            tty: true
`;
    const path = ['locations', 0, 'container_context', 'k8s', 'run_k8s_config', 'container_config'];
    const raw = { resources: { limits: { memory: '2Gi' } }, tty: true };
    const edits = editsOf(
      editYamlBlock(path, raw, 'tty: true\nworking_dir: /opt/app\n', new Set(['resources', 'env'])),
    );
    expect(edits).toEqual([{ kind: 'set', path: [...path, 'working_dir'], value: '/opt/app' }]);
    expect(applyFormEdits(edits, text)).toBe(`locations:
  - location_name: a
    container_context:
      k8s:
        run_k8s_config:
          container_config:
            # sized for dbt
            resources: {limits: {memory: 2Gi}}
            tty: true
            working_dir: /opt/app
`);
    expect(editYamlBlock(path, raw, 'resources: {}\n', new Set(['resources']))).toEqual({
      error: 'Edit resources in its own field.',
    });
  });

  it('checkboxes write true, then false only where the key exists', () => {
    const path = [...K8S, 'volumes', 0, 'config_map', 'optional'];
    expect(editCheckbox(path, undefined, false)).toEqual([]);
    expect(applyFormEdits(editCheckbox(path, undefined, true))).toBe(`# dagster_cloud.yaml
locations:
  - location_name: analytics # the main one
    code_source:
      package_name: analytics
    container_context:
      k8s:
        image_pull_policy: IfNotPresent # pull once
        env_vars:
          - DBT_TARGET=prod
          - SNOWFLAKE_ACCOUNT # from the agent
        volumes:
          - name: profiles
            config_map:
              name: dbt-profiles # keep me
              optional: true
  - location_name: ml
    code_source:
      module_name: ml.defs
`);
  });

  it('a string that YAML 1.1 would read as a boolean is quoted', () => {
    const path = ['locations', 1, 'location_name'];
    const edits = editsOf(editScalarField(path, 'ml', 'yes', 'string'));
    expect(applyFormEdits(edits)).toBe(TEXT.replace('location_name: ml', 'location_name: "yes"'));
  });

  it('locations: duplicate keeps the comments and layout of the copied text, only the name changes', () => {
    const location = parseYamlText(TEXT).value as { locations: unknown[] };
    const edits = planDuplicateLocation(location.locations[0], 0, ['analytics', 'ml']);
    expect(applyFormEdits(edits)).toBe(`# dagster_cloud.yaml
locations:
  - location_name: analytics # the main one
    code_source:
      package_name: analytics
    container_context:
      k8s:
        image_pull_policy: IfNotPresent # pull once
        env_vars:
          - DBT_TARGET=prod
          - SNOWFLAKE_ACCOUNT # from the agent
        volumes:
          - name: profiles
            config_map:
              name: dbt-profiles # keep me
  - location_name: analytics-copy # the main one
    code_source:
      package_name: analytics
    container_context:
      k8s:
        image_pull_policy: IfNotPresent # pull once
        env_vars:
          - DBT_TARGET=prod
          - SNOWFLAKE_ACCOUNT # from the agent
        volumes:
          - name: profiles
            config_map:
              name: dbt-profiles # keep me
  - location_name: ml
    code_source:
      module_name: ml.defs
`);
  });

  it('locations: duplicate the last, move, remove', () => {
    const duplicated = applyFormEdits(
      planDuplicateLocation({ location_name: 'ml' }, 1, ['analytics', 'ml']),
    );
    expect(duplicated).toBe(`${TEXT}  - location_name: ml-copy
    code_source:
      module_name: ml.defs
`);
    expect(applyFormEdits([{ kind: 'move', listPath: ['locations'], from: 1, to: 0 }])).toBe(
      `# dagster_cloud.yaml
locations:
  - location_name: ml
    code_source:
      module_name: ml.defs
  - location_name: analytics # the main one
    code_source:
      package_name: analytics
    container_context:
      k8s:
        image_pull_policy: IfNotPresent # pull once
        env_vars:
          - DBT_TARGET=prod
          - SNOWFLAKE_ACCOUNT # from the agent
        volumes:
          - name: profiles
            config_map:
              name: dbt-profiles # keep me
`,
    );
    expect(applyFormEdits([{ kind: 'remove', path: ['locations', 0] }])).toBe(`# dagster_cloud.yaml
locations:
  - location_name: ml
    code_source:
      module_name: ml.defs
`);
  });
});

describe('diffTextsAsEdit', () => {
  it('is the one splice between the common prefix and suffix', () => {
    expect(diffTextsAsEdit('a: 1\nb: 2\n', 'a: 1\nb: 3\nc: 4\n')).toEqual([
      { offset: 8, deleteCount: 1, insert: '3\nc: 4' },
    ]);
    expect(diffTextsAsEdit('same', 'same')).toEqual([]);
  });
});
