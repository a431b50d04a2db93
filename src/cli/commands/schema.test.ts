import { describe, expect, it } from 'vitest';
import {
  agentHelmValuesJsonSchema,
  dagsterCloudYamlJsonSchema,
  k8sConfigTagJsonSchema,
} from '../../core/schema';
import type { CliIo } from '../cli-io';
import { main } from '../main';

async function schema(args: string[]) {
  const out = { stdout: '', stderr: '' };
  const io: CliIo = {
    stdout: (text) => void (out.stdout += text),
    stderr: (text) => void (out.stderr += text),
    readFile: () => {
      throw new Error('unexpected read');
    },
    writeFile: () => undefined,
  };
  const code = await main(['schema', ...args], io);
  return { code, ...out };
}

describe('k8s-config-studio schema', () => {
  it('prints the dagster_cloud.yaml JSON Schema, pretty, by default', async () => {
    const result = await schema([]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(`${JSON.stringify(dagsterCloudYamlJsonSchema(), null, 2)}\n`);
    expect(
      result.stdout.startsWith('{\n  "$schema": "http://json-schema.org/draft-07/schema#",\n'),
    ).toBe(true);
  });

  it('prints the tag and Helm values schemas with --target', async () => {
    expect((await schema(['--target', 'tag'])).stdout).toBe(
      `${JSON.stringify(k8sConfigTagJsonSchema(), null, 2)}\n`,
    );
    expect((await schema(['--target', 'helm-values'])).stdout).toBe(
      `${JSON.stringify(agentHelmValuesJsonSchema(), null, 2)}\n`,
    );
  });

  it('rejects an unknown target with exit code 2', async () => {
    const result = await schema(['--target', 'docker']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')[0]).toBe(
      'k8s-config-studio schema: unknown --target "docker"',
    );
  });
});
