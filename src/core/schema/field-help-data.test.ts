import { describe, expect, it } from 'vitest';
import { dagsterCloudConfigSchema } from './dagster-cloud-config';
import { buildFieldHelpTree } from './field-help-build';
import { DAGSTER_CLOUD_FIELD_HELP } from './field-help-data';
import { findFieldDescription, type FieldHelpNode } from './field-help-tree';

const IMAGE_PULL_POLICY =
  'Container imagePullPolicy: Always, IfNotPresent or Never. Dagster does not check the value; ' +
  'Kubernetes rejects anything else.\nApplies to: both the code server and every run.\n' +
  'Example: `image_pull_policy: IfNotPresent`';

/** The node at `path` (keys and list items only), failing the test where there is none. */
function nodeAt(root: FieldHelpNode, path: readonly (string | number)[]): FieldHelpNode {
  let node = root;
  for (const segment of path) {
    const step = node.s?.[0];
    const next =
      step && 'keys' in step && typeof segment === 'string'
        ? step.keys[segment]
        : step && 'item' in step && typeof segment === 'number'
          ? step.item
          : undefined;
    if (!next) throw new Error(`no field help at ${path.join('.')}`);
    node = next;
  }
  return node;
}

describe('DAGSTER_CLOUD_FIELD_HELP', () => {
  const built = buildFieldHelpTree(dagsterCloudConfigSchema);

  it('is what the zod schema gives (regenerate it when the schema changes)', () => {
    expect(
      DAGSTER_CLOUD_FIELD_HELP,
      'field-help-data.ts differs from the schema: run `npm run generate:field-help`',
    ).toEqual(built);
  });

  it('shares the location fields with defaults instead of repeating them', () => {
    for (const key of ['build', 'image', 'container_context', 'agent_queue']) {
      const inLocation = nodeAt(DAGSTER_CLOUD_FIELD_HELP, ['locations', 0, key]);
      expect(nodeAt(DAGSTER_CLOUD_FIELD_HELP, ['defaults', key])).toBe(inLocation);
    }
  });

  it('finds a description through locations, wrappers and indices', () => {
    const path = ['locations', 3, 'container_context', 'k8s', 'image_pull_policy'];
    expect(findFieldDescription(DAGSTER_CLOUD_FIELD_HELP, path)).toBe(IMAGE_PULL_POLICY);
  });

  it('has nothing for paths the schema does not model', () => {
    expect(findFieldDescription(DAGSTER_CLOUD_FIELD_HELP, ['locations', 0, 'no_such_key'])).toBe(
      undefined,
    );
    expect(findFieldDescription(DAGSTER_CLOUD_FIELD_HELP, ['locations', 'x'])).toBe(undefined);
  });
});
