import { describe, expect, it } from 'vitest';
import { NO_STEP_IMAGE_MESSAGE, renderStepJob, type StepJobInput } from './step-job';
import { makeMergedContext } from './test-context';

const LAUNCHER = { dagsterHome: null, postgresPasswordSecret: null, jobImage: null };

function input(overrides: Partial<StepJobInput> = {}): StepJobInput {
  return {
    context: makeMergedContext('step', {}, { namespace: 'dagster-cloud' }),
    launcher: LAUNCHER,
    jobName: 'my_job',
    stepKey: 'my_op',
    locationImage: 'img:1',
    ...overrides,
  };
}

describe('renderStepJob', () => {
  it('names the Job after MD5(run id + step key) and adds the retry attempt', () => {
    const result = renderStepJob(
      input({ runId: '8f9e6a2e-7d1b-4c3a-9f5e-2b1d0c9a8e7f', attempt: 2 }),
    );
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.body.metadata).toMatchObject({
      name: 'dagster-step-ff32b8131707f8b3b4258915e09cc413-2',
    });
    expect(result.value.marks).toEqual([
      {
        pointer: '/spec/template/spec/containers/0/env/0/value',
        comment: 'placeholder: compressed ExecuteStepArgs, built by the run worker',
      },
      { pointer: '/metadata/namespace', comment: 'display' },
    ]);
  });

  it('shows placeholders, never a made-up hash, when the run id is a placeholder', () => {
    const result = renderStepJob(input());
    if (!result.ok) throw new Error(result.error.message);
    const metadata = result.value.body.metadata as { name: string; labels: object };
    expect(metadata.name).toBe('dagster-step-<md5(run-id+step-key)>');
    expect(metadata.labels).toMatchObject({ 'dagster/run-id': '<run-id>', 'dagster/op': 'my_op' });
    expect(result.value.marks.slice(0, 2)).toEqual([
      { pointer: '/metadata/labels/dagster~1run-id', comment: 'placeholder: new UUID per run' },
      { pointer: '/metadata/name', comment: 'placeholder: MD5 of run id + step key' },
    ]);
  });

  it('prefers the executor image, then the launcher image, then the location image', () => {
    const image = (overrides: Partial<StepJobInput>) => {
      const result = renderStepJob(input(overrides));
      if (!result.ok) return result.error.message;
      const spec = result.value.body.spec as {
        template: { spec: { containers: { image: string }[] } };
      };
      return spec.template.spec.containers[0]!.image;
    };
    expect(image({ executorJobImage: 'exec:1' })).toBe('exec:1');
    expect(image({ launcher: { ...LAUNCHER, jobImage: 'launcher:1' } })).toBe('launcher:1');
    expect(image({})).toBe('img:1');
    expect(image({ locationImage: null })).toBe(NO_STEP_IMAGE_MESSAGE);
    expect(NO_STEP_IMAGE_MESSAGE).toBe('No image included in either executor config or the job');
  });
});
