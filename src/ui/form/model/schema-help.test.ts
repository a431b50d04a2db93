import { describe, expect, it } from 'vitest';
import { describeConfigPath, parseFieldHelp } from './schema-help';

describe('describeConfigPath', () => {
  it('finds the description of a k8s key through locations, wrappers and indices', () => {
    expect(
      describeConfigPath(['locations', 3, 'container_context', 'k8s', 'image_pull_policy']),
    ).toEqual({
      text: 'Container imagePullPolicy: Always, IfNotPresent or Never. Dagster does not check the value; Kubernetes rejects anything else.',
      appliesTo: 'both',
    });
  });

  it('has nothing to say for keys the schema does not model', () => {
    expect(describeConfigPath(['locations', 0, 'no_such_key'])).toBeUndefined();
  });
});

describe('parseFieldHelp', () => {
  it('keeps the text, turns "Applies to" into a target and drops the example', () => {
    expect(
      parseFieldHelp(
        'Raw config for the run.\nApplies to: runs only (the run worker Job and its pod).\nExample: `x: 1`',
      ),
    ).toEqual({ text: 'Raw config for the run.', appliesTo: 'run' });
    expect(parseFieldHelp('Server.\nApplies to: the code server only (its Deployment).')).toEqual({
      text: 'Server.',
      appliesTo: 'server',
    });
    expect(parseFieldHelp('Just text.')).toEqual({ text: 'Just text.' });
  });
});
