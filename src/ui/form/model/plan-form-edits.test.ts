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

/** The location blocks of TEXT, to state list edits (duplicate, move, remove) exactly. */
const ANALYTICS = TEXT.slice(
  TEXT.indexOf('  - location_name: analytics'),
  TEXT.indexOf('  - location_name: ml'),
);
const ML = TEXT.slice(TEXT.indexOf('  - location_name: ml'));
const HEADER = '# dagster_cloud.yaml\nlocations:\n';

/** TEXT with each `[before, after]` applied; `before` must occur exactly once. */
function changeText(changes: readonly (readonly [string, string])[], text = TEXT): string {
  return changes.reduce((current, [before, after]) => {
    expect(current.split(before)).toHaveLength(2);
    return current.replace(before, () => after);
  }, text);
}

interface EditCase {
  readonly name: string;
  readonly edits: () => readonly FormEdit[];
  /** What changes in TEXT; every other byte stays. */
  readonly changes: readonly (readonly [string, string])[];
  /** The planner must make it one splice (one undo step). */
  readonly oneSplice?: boolean;
}

const EDIT_CASES: readonly EditCase[] = [
  {
    name: 'image_pull_policy select: only that scalar changes, its comment stays',
    edits: () => editSelect([...K8S, 'image_pull_policy'], 'IfNotPresent', 'Always'),
    changes: [['image_pull_policy: IfNotPresent #', 'image_pull_policy: Always #']],
  },
  {
    name: 'the empty select choice removes the key with its line',
    edits: () => editSelect([...K8S, 'image_pull_policy'], 'IfNotPresent', ''),
    changes: [['        image_pull_policy: IfNotPresent # pull once\n', '']],
  },
  {
    name: 'an env var row turned from "inherit" into a value with "=" keeps its comment',
    edits: () =>
      editEnvVarRow([...K8S, 'env_vars', 1], 'SNOWFLAKE_ACCOUNT', {
        name: 'SNOWFLAKE_ACCOUNT',
        value: 'acct=eu-1',
        inherit: false,
      }),
    changes: [['- SNOWFLAKE_ACCOUNT # from', '- SNOWFLAKE_ACCOUNT=acct=eu-1 # from']],
  },
  {
    name: 'adding an env var appends a row in the list style',
    edits: () => [
      {
        kind: 'insert',
        listPath: [...K8S, 'env_vars'],
        index: undefined,
        value: 'LOG_LEVEL=debug',
      },
    ],
    changes: [['# from the agent\n', '# from the agent\n          - LOG_LEVEL=debug\n']],
  },
  {
    name: 'switching a volume source replaces only that source, as one splice',
    edits: () =>
      editVolumeSourceKind(
        [...K8S, 'volumes', 0],
        { name: 'profiles', config_map: { name: 'dbt-profiles' } },
        'secret',
        'snake',
      ),
    changes: [
      [
        '            config_map:\n              name: dbt-profiles # keep me\n',
        '            secret:\n              secret_name: profiles\n',
      ],
    ],
    oneSplice: true,
  },
  {
    name: 'switching code_source renames the key in place',
    edits: () =>
      editCodeSourceKind(
        ['locations', 1, 'code_source'],
        { module_name: 'ml.defs' },
        'module_name',
        'python_file',
        'ml',
      ),
    changes: [['      module_name: ml.defs', '      python_file: ml.defs']],
  },
  {
    name: 'a new k8s field creates the missing parents in the file indentation',
    edits: () =>
      editsOf(
        editScalarField(
          ['locations', 1, 'container_context', 'k8s', 'server_replica_count'],
          undefined,
          '2',
          'integer',
        ),
      ),
    changes: [
      [
        'module_name: ml.defs\n',
        'module_name: ml.defs\n    container_context:\n      k8s:\n        server_replica_count: 2\n',
      ],
    ],
  },
  {
    name: 'a checkbox writes true under the existing map',
    edits: () => editCheckbox([...K8S, 'volumes', 0, 'config_map', 'optional'], undefined, true),
    changes: [['# keep me\n', '# keep me\n              optional: true\n']],
  },
  {
    name: 'a string that YAML 1.1 would read as a boolean is quoted',
    edits: () => editsOf(editScalarField(['locations', 1, 'location_name'], 'ml', 'yes', 'string')),
    changes: [['location_name: ml', 'location_name: "yes"']],
  },
  {
    name: 'locations: duplicate copies the source text (comments, layout), only the name changes',
    edits: () =>
      planDuplicateLocation(
        (parseYamlText(TEXT).value as { locations: unknown[] }).locations[0],
        0,
        ['analytics', 'ml'],
      ),
    changes: [
      [
        ML,
        `${ANALYTICS.replace('location_name: analytics #', 'location_name: analytics-copy #')}${ML}`,
      ],
    ],
  },
  {
    name: 'locations: duplicate the last',
    edits: () => planDuplicateLocation({ location_name: 'ml' }, 1, ['analytics', 'ml']),
    changes: [[ML, `${ML}${ML.replace('location_name: ml', 'location_name: ml-copy')}`]],
  },
  {
    name: 'locations: move moves the whole item text',
    edits: () => [{ kind: 'move', listPath: ['locations'], from: 1, to: 0 }],
    changes: [[`${HEADER}${ANALYTICS}${ML}`, `${HEADER}${ML}${ANALYTICS}`]],
  },
  {
    name: 'locations: remove drops the item with its comments',
    edits: () => [{ kind: 'remove', path: ['locations', 0] }],
    changes: [[ANALYTICS, '']],
  },
];

describe('form field -> text edits', () => {
  it.each(EDIT_CASES)('$name', ({ edits, changes, oneSplice }) => {
    const planned = planFormEdits(TEXT, parseYamlText(TEXT), edits());
    if (oneSplice) expect(planned).toHaveLength(1);
    expect(applyTextEdits(TEXT, planned)).toBe(changeText(changes));
  });

  it('the blocks the list cases are stated with are the exact text', () => {
    expect(`${HEADER}${ANALYTICS}${ML}`).toBe(TEXT);
    expect(ML).toBe('  - location_name: ml\n    code_source:\n      module_name: ml.defs\n');
  });

  it('a checkbox left unticked where the key is missing writes nothing', () => {
    expect(
      editCheckbox([...K8S, 'volumes', 0, 'config_map', 'optional'], undefined, false),
    ).toEqual([]);
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
    expect(applyFormEdits(edits, text)).toBe(
      changeText([['tty: true\n', 'tty: true\n            working_dir: /opt/app\n']], text),
    );
    expect(editYamlBlock(path, raw, 'resources: {}\n', new Set(['resources']))).toEqual({
      error: 'Edit resources in its own field.',
    });
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
