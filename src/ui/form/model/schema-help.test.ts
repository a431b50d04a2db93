import { describe, expect, it } from 'vitest';
import { describeConfigPath } from './schema-help';

describe('describeConfigPath', () => {
  it('finds the description of a k8s key through locations, wrappers and indices', () => {
    expect(
      describeConfigPath(['locations', 3, 'container_context', 'k8s', 'image_pull_policy']),
    ).toBe(
      'Container imagePullPolicy: Always, IfNotPresent or Never. Dagster does not check the value; Kubernetes rejects anything else. Applies to: both the code server and every run.',
    );
  });

  it('has nothing to say for keys the schema does not model', () => {
    expect(describeConfigPath(['locations', 0, 'no_such_key'])).toBeUndefined();
  });
});
