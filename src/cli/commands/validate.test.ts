import { describe, expect, it } from 'vitest';
import type { CliIo } from '../cli-io';
import { main } from '../main';

/** An in-memory CliIo: files in a map, stdout and stderr collected. */
function createMemoryIo(files: Record<string, string>) {
  const out = { stdout: '', stderr: '' };
  const io: CliIo = {
    stdout: (text) => void (out.stdout += text),
    stderr: (text) => void (out.stderr += text),
    readFile(path) {
      const text = files[path];
      if (text === undefined) throw new Error(`No such file ${path}`);
      return text;
    },
    writeFile: () => undefined,
  };
  return { io, out };
}

async function validate(args: string[], files: Record<string, string>) {
  const { io, out } = createMemoryIo(files);
  const code = await main(['validate', ...args], io);
  return { code, ...out };
}

const VALID =
  'locations:\n  - location_name: a\n    code_source:\n      package_name: a\n    image: ghcr.io/acme/a:1\n';
const INVALID = [
  'locations:',
  '  - location_name: a',
  '    image: x',
  '    imgae: y',
  '    container_context:',
  '      k8s:',
  '        image_pull_policy: Sometimes',
  '        env_vars: [TOKEN]',
  '    code_source: {package_name: a}',
  '',
].join('\n');

describe('k8s-config-studio validate', () => {
  it('exits 0 on a valid file, with only the summary on stderr', async () => {
    expect(await validate(['dagster_cloud.yaml'], { 'dagster_cloud.yaml': VALID })).toEqual({
      code: 0,
      stdout: '',
      stderr: '1 file checked: 0 errors, 0 warnings\n',
    });
  });

  it('prints FILE:LINE:COL: severity: message and exits 1 on errors', async () => {
    expect(await validate(['cfg.yaml'], { 'cfg.yaml': INVALID })).toEqual({
      code: 1,
      stdout:
        "cfg.yaml:4:5: error: extra_forbidden at 'locations.0.imgae': Extra inputs are not permitted\n" +
        '    hint: Did you mean "image"?\n' +
        'cfg.yaml:7:28: warning: Unsupported value: "Sometimes": supported values: "Always", "IfNotPresent", "Never"\n' +
        '    hint: Dagster accepts any string here; the Kubernetes API server rejects the pod.\n',
      stderr: '1 file checked: 1 error, 1 warning\n',
    });
  });

  it('adds notes with --verbose', async () => {
    const result = await validate(['cfg.yaml', '--verbose'], { 'cfg.yaml': INVALID });
    expect(result.stdout).toBe(
      "cfg.yaml:4:5: error: extra_forbidden at 'locations.0.imgae': Extra inputs are not permitted\n" +
        '    hint: Did you mean "image"?\n' +
        'cfg.yaml:7:28: warning: Unsupported value: "Sometimes": supported values: "Always", "IfNotPresent", "Never"\n' +
        '    hint: Dagster accepts any string here; the Kubernetes API server rejects the pod.\n' +
        'cfg.yaml:8:20: info: TOKEN has no value here: the agent copies it from its own environment when it launches the code server or run.\n' +
        '    hint: If the agent does not have TOKEN, the launch fails with "Tried to load environment variable TOKEN, but it was not set". Write TOKEN=<value> to set it here.\n',
    );
    expect(result.stderr).toBe('1 file checked: 1 error, 1 warning, 1 note\n');
  });

  it('checks several files and exits 2 when one cannot be read or is blank', async () => {
    const result = await validate(['a.yaml', 'missing.yaml', 'blank.yaml'], {
      'a.yaml': INVALID,
      'blank.yaml': '\n  \n',
    });
    expect(result).toEqual({
      code: 2,
      stdout:
        "a.yaml:4:5: error: extra_forbidden at 'locations.0.imgae': Extra inputs are not permitted\n" +
        '    hint: Did you mean "image"?\n' +
        'a.yaml:7:28: warning: Unsupported value: "Sometimes": supported values: "Always", "IfNotPresent", "Never"\n' +
        '    hint: Dagster accepts any string here; the Kubernetes API server rejects the pod.\n',
      stderr:
        'No such file missing.yaml\nUnexpected blank file blank.yaml\n1 file checked, 2 not checked: 1 error, 1 warning\n',
    });
  });

  it('prints the diagnostics as JSON with --format json', async () => {
    const text =
      'locations:\n  - location_name: a\n    image: x\n    foo: 1\n    code_source: {package_name: a}\n';
    const result = await validate(['--format', 'json', 'c.yaml'], { 'c.yaml': text });
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toEqual([
      {
        file: 'c.yaml',
        line: 4,
        column: 5,
        endLine: 4,
        endColumn: 8,
        severity: 'error',
        message: "extra_forbidden at 'locations.0.foo': Extra inputs are not permitted",
        path: 'locations.0.foo',
        source: 'schema',
        stage: 'ci-check',
        code: 'extra_forbidden',
        hint: 'Expected one of: location_name, code_source, build, working_directory, image, executable_path, container_context, agent_queue, attribute.',
      },
    ]);
  });

  it('validates tag values and Helm values with --kind', async () => {
    const tag = await validate(['--kind', 'tag', 'tag.json'], {
      'tag.json': '{"pod_spec_config": {"merge_behavior": "DEEP"}}',
    });
    expect(tag).toEqual({
      code: 1,
      stdout:
        "tag.json:1:22: error: Unexpected keys in model class V1PodSpec: {'merge_behavior'}\n" +
        '    hint: merge_behavior goes beside the fragments (run_k8s_config.merge_behavior or server_k8s_config.merge_behavior), not inside one\n',
      stderr: '1 file checked: 1 error, 0 warnings\n',
    });
    const helm = await validate(['--kind', 'helm-values', 'values.yaml'], {
      'values.yaml': 'workspace:\n  pullPolicy: Always\n',
    });
    expect(helm).toEqual({ code: 0, stdout: '', stderr: '1 file checked: 0 errors, 0 warnings\n' });
  });

  it('rejects bad usage with exit code 2', async () => {
    const none = await validate([], {});
    expect(none.code).toBe(2);
    expect(none.stderr.split('\n')[0]).toBe(
      'k8s-config-studio validate: expected at least one FILE',
    );
    const kind = await validate(['--kind', 'docker', 'a.yaml'], {});
    expect(kind.stderr.split('\n')[0]).toBe('k8s-config-studio validate: unknown --kind "docker"');
    const format = await validate(['--format', 'xml', 'a.yaml'], {});
    expect(format.stderr.split('\n')[0]).toBe('k8s-config-studio validate: unknown --format "xml"');
  });
});
