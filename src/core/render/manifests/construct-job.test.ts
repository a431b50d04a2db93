import { describe, expect, it } from 'vitest';
import type { ValueOrigin } from '../merge/types';
import { constructDagsterK8sJob, type ConstructDagsterK8sJobParams } from './construct-job';

const UNIT: ConstructDagsterK8sJobParams = {
  jobConfig: { jobImage: 'my_image', dagsterHome: null },
  args: [],
  jobName: 'job_name',
  podName: 'pod_name',
  component: 'unit_test',
};

const COMMON = {
  'app.kubernetes.io/name': 'dagster',
  'app.kubernetes.io/instance': 'dagster',
  'app.kubernetes.io/version': '1.13.5',
  'app.kubernetes.io/part-of': 'dagster',
};

function body(params: ConstructDagsterK8sJobParams) {
  const result = constructDagsterK8sJob(params);
  if (!result.ok) throw new Error(result.error.message);
  return result.value.body as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

describe('constructDagsterK8sJob', () => {
  it('renders example R5 (duplicate env names kept, defaults, no serviceAccountName)', () => {
    const labels = { ...COMMON, 'app.kubernetes.io/component': 'unit_test' };
    expect(
      body({
        ...UNIT,
        userDefinedK8sConfig: {
          container_config: {
            env: [
              { name: 'FOO', value: 'outercontainerconfig' },
              { name: 'FOO', value: 'innerenvvars' },
            ],
          },
        },
      }),
    ).toEqual({
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata: { labels, name: 'job_name' },
      spec: {
        backoffLimit: 0,
        template: {
          metadata: { labels, name: 'pod_name' },
          spec: {
            automountServiceAccountToken: true,
            containers: [
              {
                args: [],
                env: [
                  { name: 'FOO', value: 'outercontainerconfig' },
                  { name: 'FOO', value: 'innerenvvars' },
                ],
                envFrom: [],
                image: 'my_image',
                imagePullPolicy: 'Always',
                name: 'dagster',
                resources: {},
                volumeMounts: [],
              },
            ],
            imagePullSecrets: [],
            restartPolicy: 'Never',
            volumes: [],
          },
        },
        ttlSecondsAfterFinished: 86400,
      },
    });
  });

  it('sanitizes and truncates launcher labels (example R8) and omits the component label', () => {
    const job = body({
      jobConfig: { jobImage: 'img', dagsterHome: null },
      args: [],
      jobName: 'job456',
      labels: {
        'dagster/job': 'long_job_name_64____01234567890123456789012345678901234567890123',
        'dagster/op': '-get_f\\o.o[bar-0]-',
        my_label: '_WhatsUP',
      },
    });
    const expected = {
      ...COMMON,
      'dagster/job': 'long_job_name_64____0123456789012345678901234567890123456789012',
      'dagster/op': 'get_f-o.o-bar-0',
      my_label: 'WhatsUP',
    };
    expect(job.metadata.labels).toEqual(expected);
    expect(job.spec.template.metadata).toEqual({ labels: expected, name: 'job456-pod' });
  });

  it('keeps user args when args is null, lets user keys win where Dagster allows it', () => {
    const job = body({
      ...UNIT,
      args: null,
      userDefinedK8sConfig: {
        container_config: { args: ['mine'], image: null, securityContext: { runAsUser: 1 } },
        pod_spec_config: { automountServiceAccountToken: false, restartPolicy: 'OnFailure' },
        job_spec_config: { backoffLimit: '3', template: { spec: {} } },
        job_config: { status: { active: 1 }, kind: 'NotAJob' },
        job_metadata: { name: 'ignored', labels: { 'app.kubernetes.io/name': 'mine' } },
      },
    });
    const container = job.spec.template.spec.containers[0];
    expect(container.args).toEqual(['mine']);
    expect(container).not.toHaveProperty('image');
    expect(container.securityContext).toEqual({ runAsUser: 1 });
    expect(job.spec.template.spec.automountServiceAccountToken).toBe(false);
    expect(job.spec.template.spec.restartPolicy).toBe('OnFailure');
    expect(job.spec.backoffLimit).toBe(3);
    expect(job.kind).toBe('Job');
    expect(job.status).toEqual({ active: 1 });
    expect(job.metadata.name).toBe('job_name');
    expect(job.metadata.labels['app.kubernetes.io/name']).toBe('mine');
  });

  it('adds DAGSTER_HOME and DAGSTER_PG_PASSWORD after the given env vars', () => {
    const job = body({
      ...UNIT,
      jobConfig: { jobImage: 'i', dagsterHome: '/home', postgresPasswordSecret: 'pg' },
      envVars: [{ name: 'DAGSTER_RUN_JOB_NAME', value: 'j' }],
      userDefinedK8sConfig: { container_config: { env: [{ name: 'A', value: 'b' }] } },
    });
    expect(job.spec.template.spec.containers[0].env).toEqual([
      { name: 'DAGSTER_RUN_JOB_NAME', value: 'j' },
      { name: 'DAGSTER_HOME', value: '/home' },
      {
        name: 'DAGSTER_PG_PASSWORD',
        valueFrom: { secretKeyRef: { key: 'postgresql-password', name: 'pg' } },
      },
      { name: 'A', value: 'b' },
    ]);
  });

  it("returns Dagster's CheckError for a name over 63 characters", () => {
    expect(constructDagsterK8sJob({ ...UNIT, jobName: 'x'.repeat(64), podName: 'p' })).toEqual({
      ok: false,
      error: {
        kind: 'dagster-config-error',
        errorType: 'CheckError',
        message:
          'Invariant failed. Description: job_name is 64 in length; Kubernetes Jobs cannot be longer than 63 characters.',
        stage: 'run-launch',
      },
    });
  });

  it('returns the model error of the final conversion', () => {
    const result = constructDagsterK8sJob({
      ...UNIT,
      stage: 'step-launch',
      userDefinedK8sConfig: { job_spec_config: { backoffLimit: 'abc' } },
    });
    expect(result).toEqual({
      ok: false,
      error: {
        kind: 'dagster-config-error',
        errorType: 'ValueError',
        message: "invalid literal for int() with base 10: 'abc'",
        stage: 'step-launch',
      },
    });
  });

  it('traces user values to their fragment origins and the rest to Dagster', () => {
    const location: ValueOrigin = {
      layer: 'location',
      document: 'dagster-cloud-yaml',
      path: ['locations', 0, 'container_context', 'k8s', 'labels', 'team'],
    };
    const image: ValueOrigin = {
      layer: 'location',
      document: 'dagster-cloud-yaml',
      path: ['locations', 0, 'image'],
    };
    const result = constructDagsterK8sJob({
      ...UNIT,
      userDefinedK8sConfig: {
        job_metadata: { labels: { team: 'data' } },
        container_config: { env: [{ name: 'A', value: 'b' }] },
      },
      envVars: [{ name: 'X', value: 'y' }],
      fragmentOrigins: new Map([
        ['/job_metadata/labels/team', location],
        ['/container_config/env/0', location],
      ]),
      jobImageOrigin: image,
    });
    if (!result.ok) throw new Error(result.error.message);
    const { origins } = result.value;
    expect(origins.get('/metadata/labels/team')).toBe(location);
    expect(origins.get('/spec/template/spec/containers/0/env/1/value')).toBe(location);
    expect(origins.get('/spec/template/spec/containers/0/env/0/value')?.layer).toBe('dagster');
    expect(origins.get('/spec/template/spec/containers/0/image')).toBe(image);
    expect(origins.get('/spec/backoffLimit')?.layer).toBe('dagster');
  });
});
