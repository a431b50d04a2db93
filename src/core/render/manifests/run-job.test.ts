import { describe, expect, it } from 'vitest';
import { findDeploymentNameLabel, renderRunJob, type RunJobInput } from './run-job';
import { makeMergedContext } from './test-context';

function input(overrides: Partial<RunJobInput> = {}): RunJobInput {
  return {
    context: makeMergedContext('run', {}, { namespace: 'dagster-cloud' }),
    launcher: {
      dagsterHome: '/opt/dagster/dagster_home',
      postgresPasswordSecret: null,
      jobImage: null,
    },
    jobName: 'my_job',
    locationName: 'my_location',
    locationImage: 'ghcr.io/acme/app:1.0',
    ...overrides,
  };
}

describe('renderRunJob', () => {
  it('marks the run id and serialized args placeholders and the display namespace', () => {
    const result = renderRunJob(input());
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.display).toEqual({ namespace: 'dagster-cloud' });
    expect(result.value.marks).toEqual([
      { pointer: '/metadata/labels/dagster~1run-id', comment: 'placeholder: new UUID per run' },
      { pointer: '/metadata/name', comment: 'placeholder: new UUID per run' },
      {
        pointer: '/spec/template/metadata/labels/dagster~1run-id',
        comment: 'placeholder: new UUID per run',
      },
      { pointer: '/spec/template/metadata/name', comment: 'placeholder: new UUID per run' },
      {
        pointer: '/spec/template/spec/containers/0/args/3',
        comment: 'placeholder: serialized ExecuteRunArgs, built at launch',
      },
      { pointer: '/metadata/namespace', comment: 'display' },
    ]);
  });

  it('adds no placeholder marks for stand-ins, and no display line when the body has a namespace', () => {
    const context = makeMergedContext(
      'run',
      { job_metadata: { namespace: 'mine' } },
      { namespace: 'dagster-cloud' },
    );
    const result = renderRunJob(
      input({
        context,
        runId: 'abc',
        serializedRunArgs: '{}',
        entryPoint: ['/venv/python', '-m', 'dagster'],
      }),
    );
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.marks).toEqual([]);
    expect(result.value.display).toEqual({});
    const spec = result.value.body.spec as {
      template: { spec: { containers: { args: string[] }[] } };
    };
    expect(spec.template.spec.containers[0]!.args).toEqual([
      '/venv/python',
      '-m',
      'dagster',
      'api',
      'execute_run',
      '{}',
    ]);
  });

  it('labels dagster/deployment-name from the first DAGSTER_CLOUD_DEPLOYMENT_NAME env entry', () => {
    const context = makeMergedContext('run', {
      container_config: {
        env: [
          { name: 'A', value: 'b' },
          { name: 'DAGSTER_CLOUD_DEPLOYMENT_NAME', value: 'prod/eu' },
          { name: 'DAGSTER_CLOUD_DEPLOYMENT_NAME', value: 'second' },
        ],
      },
    });
    expect(findDeploymentNameLabel(context)).toBe('prod/eu');
    const result = renderRunJob(input({ context, runId: 'abc' }));
    if (!result.ok) throw new Error(result.error.message);
    expect((result.value.body.metadata as { labels: object }).labels).toMatchObject({
      'dagster/deployment-name': 'prod-eu',
    });
    expect(findDeploymentNameLabel(makeMergedContext('run', {}))).toBeUndefined();
  });
});
