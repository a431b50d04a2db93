import { describe, expect, it } from 'vitest';
import { dagsterCloudConfigSchema } from './dagster-cloud-config';
import { buildFieldHelpTree } from './field-help-build';
import { DAGSTER_CLOUD_FIELD_HELP } from './field-help-data';
import { findFieldDescription } from './field-help-tree';

const IMAGE_PULL_POLICY =
  'Container imagePullPolicy: Always, IfNotPresent or Never. Dagster does not check the value; ' +
  'Kubernetes rejects anything else.\nApplies to: both the code server and every run.\n' +
  'Example: `image_pull_policy: IfNotPresent`';

describe('DAGSTER_CLOUD_FIELD_HELP', () => {
  const built = buildFieldHelpTree(dagsterCloudConfigSchema);

  it('is what the zod schema gives (regenerate it when the schema changes)', () => {
    expect(DAGSTER_CLOUD_FIELD_HELP).toEqual(built);
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
