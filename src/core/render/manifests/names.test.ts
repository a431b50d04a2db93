import { describe, expect, it } from 'vitest';
import {
  buildCodeServerResourceName,
  buildRunJobName,
  buildStepJobName,
  checkJobNameLengths,
} from './names';

describe('buildCodeServerResourceName (agent unique_k8s_resource_name)', () => {
  it.each([
    ['my_location', 'prod', 'mylocation-prod-xxxxxx'],
    ['Sales Forecast', 'staging', 'salesforecast-staging-xxxxxx'],
    ['33-iscompany', '22fast2furious', 'iscompany-22fast2furious-xxxxxx'],
    ['___', '---', 'k8s-xxxxxx'],
    ['foo.bar', 'prod', 'foobar-prod-xxxxxx'],
    ['data_eng_pipeline', 'prod', 'dataengpipeline-prod-xxxxxx'],
  ])('%s in %s -> %s', (location, deployment, name) => {
    expect(buildCodeServerResourceName(deployment, location, 'xxxxxx')).toBe(name);
  });

  it('truncates to 56 characters without re-stripping a trailing dash', () => {
    const location = `${'a'.repeat(55)}-b`;
    expect(buildCodeServerResourceName('prod', location, '3f9a1c')).toBe(
      `${'a'.repeat(55)}--3f9a1c`,
    );
    expect(buildCodeServerResourceName('prod', 'x'.repeat(80), 'xxxxxx')).toHaveLength(63);
  });
});

describe('run and step Job names', () => {
  it('prefixes the run id', () => {
    expect(buildRunJobName('8f9e6a2e-7d1b-4c3a-9f5e-2b1d0c9a8e7f')).toBe(
      'dagster-run-8f9e6a2e-7d1b-4c3a-9f5e-2b1d0c9a8e7f',
    );
  });

  it('hashes run id + step key with MD5 and appends a retry attempt', () => {
    expect(buildStepJobName('8f9e6a2e-7d1b-4c3a-9f5e-2b1d0c9a8e7f', 'my_op')).toBe(
      'dagster-step-ff32b8131707f8b3b4258915e09cc413',
    );
    expect(buildStepJobName('r', 'op', { attempt: 2, hash: '<hash>' })).toBe(
      'dagster-step-<hash>-2',
    );
  });

  it("reports Dagster's CheckError texts for names over 63 characters", () => {
    expect(checkJobNameLengths('a'.repeat(63), 'b'.repeat(63))).toBeNull();
    expect(checkJobNameLengths('a'.repeat(64), 'b')).toBe(
      'Invariant failed. Description: job_name is 64 in length; Kubernetes Jobs cannot be longer than 63 characters.',
    );
    expect(checkJobNameLengths('a', 'b'.repeat(70))).toBe(
      'Invariant failed. Description: job_name is 70 in length; Kubernetes Pods cannot be longer than 63 characters.',
    );
  });
});
