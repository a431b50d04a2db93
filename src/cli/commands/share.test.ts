import { describe, expect, it } from 'vitest';
import type { CliIo } from '../cli-io';
import { main } from '../main';

/** An in-memory CliIo: files in a map, stdout and stderr collected. */
function createMemoryIo(files: Record<string, string> = {}) {
  const out = { stdout: '', stderr: '', files: new Map(Object.entries(files)) };
  const io: CliIo = {
    stdout: (text) => void (out.stdout += text),
    stderr: (text) => void (out.stderr += text),
    readFile(path) {
      const text = out.files.get(path);
      if (text === undefined) throw new Error(`No such file ${path}`);
      return text;
    },
    writeFile: (path, text) => void out.files.set(path, text),
  };
  return { io, out };
}

const CONFIG =
  '# café ☕\r\nlocations:\r\n  - location_name: a\r\n    container_context:\r\n      k8s:\r\n        env_vars:\r\n          - TOKEN=s3cret';
const HELM = 'dagsterCloud:\n  agentTokenValue: abc\n';

async function share(args: string[], files: Record<string, string>) {
  const { io, out } = createMemoryIo(files);
  const code = await main(['share', ...args], io);
  return { code, ...out };
}

async function open(args: string[], files: Record<string, string> = {}) {
  const { io, out } = createMemoryIo(files);
  const code = await main(['open', ...args], io);
  return { code, ...out };
}

describe('k8s-config-studio share', () => {
  it('prints a link on the placeholder base', async () => {
    const result = await share(['dagster_cloud.yaml'], {
      'dagster_cloud.yaml': 'locations:\n  - location_name: analytics\n',
    });
    expect(result).toMatchObject({
      code: 0,
      stdout: 'https://k8s-config-studio.example/#v1.I0pRYl5iTmVJZjKwmFWqBQA\n',
      stderr: '',
    });
  });

  it('round-trips through open byte for byte, Helm values included', async () => {
    const shared = await share(
      ['dagster_cloud.yaml', '--helm-values', 'values.yaml', '--base', 'http://localhost:5173/#x'],
      { 'dagster_cloud.yaml': CONFIG, 'values.yaml': HELM },
    );
    expect(shared.code).toBe(0);
    expect(shared.stdout).toMatch(/^http:\/\/localhost:5173\/#v1\.[A-Za-z0-9_-]+\n$/);
    const opened = await open([shared.stdout.trim(), '--helm-values-out', 'out.yaml']);
    expect(opened).toMatchObject({ code: 0, stdout: CONFIG, stderr: '' });
    expect(opened.files.get('out.yaml')).toBe(HELM);
  });

  it('redacts only when asked, and says how much', async () => {
    const shared = await share(['c.yaml', '--helm-values', 'h.yaml', '--redact'], {
      'c.yaml': CONFIG,
      'h.yaml': HELM,
    });
    expect(shared.stderr).toBe('Redacted 2 secret-looking values.\n');
    const opened = await open([shared.stdout, '--helm-values-out', 'out.yaml']);
    expect(opened.stdout).toBe(CONFIG.replace('TOKEN=s3cret', 'TOKEN=<redacted>'));
    expect(opened.files.get('out.yaml')).toBe('dagsterCloud:\n  agentTokenValue: <redacted>\n');
  });

  it('warns when the link is long for chat tools', async () => {
    let config = 'locations:\n';
    for (let index = 0; config.length < 40_000; index += 1) {
      config += `  - location_name: l${index * 7919}\n    image: r/${(index * 104_729).toString(36)}\n`;
    }
    const shared = await share(['c.yaml'], { 'c.yaml': config });
    expect(shared.code).toBe(0);
    expect(shared.stderr).toMatch(
      /^warning: This link is [\d,]+ characters long\. Chat tools and issue trackers often cut links longer than 2,000 characters; attach the file instead if the link does not open\.\n$/,
    );
  });

  it('fails with exit 1 when the file is too large for a link', async () => {
    const shared = await share(['c.yaml'], { 'c.yaml': 'x'.repeat(3 * 1024 * 1024) });
    expect(shared).toMatchObject({
      code: 1,
      stdout: '',
      stderr:
        'k8s-config-studio share: This share link holds more than 2 MiB of text, more than K8s Config Studio opens from a link.\n',
    });
  });

  it('reports a missing file and usage errors with exit 2', async () => {
    expect(await share(['missing.yaml'], {})).toMatchObject({
      code: 2,
      stderr: 'k8s-config-studio share: No such file missing.yaml\n',
    });
    const usage = await share([], {});
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/^k8s-config-studio share: expected exactly one FILE\n\nUsage: /);
  });

  it('documents the placeholder base in --help', async () => {
    const help = await share(['--help'], {});
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('(default: https://k8s-config-studio.example/, a placeholder');
  });
});

describe('k8s-config-studio open', () => {
  it('writes the text without adding a newline', async () => {
    expect(await open(['#v1.I0pRYl5iTmVJZjKwmFWqBQA'])).toMatchObject({
      code: 0,
      stdout: 'locations:\n  - location_name: analytics\n',
    });
  });

  it('reads a link from a file', async () => {
    const opened = await open(['--link-file', 'link.txt'], {
      'link.txt': 'https://k8s-config-studio.example/#v1.I0pRYl5iTmVJZjKwmFWqBQA\n',
    });
    expect(opened).toMatchObject({ code: 0, stdout: 'locations:\n  - location_name: analytics\n' });
  });

  it('exits 1 with the reason on a bad link, writing nothing', async () => {
    expect(
      await open(['https://k8s-config-studio.example/#v1.I0pRYl5iTmVJZjKwmFWq']),
    ).toMatchObject({
      code: 1,
      stdout: '',
      stderr:
        'k8s-config-studio open: This share link is damaged or cut short: its content cannot be decompressed. Copy the whole link again.\n',
    });
    expect(await open(['#v9.abc'])).toMatchObject({
      code: 1,
      stderr:
        'k8s-config-studio open: This share link uses format v9, which this version of K8s Config Studio cannot open (it opens v1 links). It may come from a newer version of the app.\n',
    });
  });

  it('says when the link has no Helm values to write', async () => {
    const opened = await open(['#v1.I0pRYl5iTmVJZjKwmFWqBQA', '--helm-values-out', 'h.yaml']);
    expect(opened).toMatchObject({
      code: 0,
      stderr: 'k8s-config-studio open: the link carries no Helm values; h.yaml not written\n',
    });
    expect(opened.files.has('h.yaml')).toBe(false);
  });

  it('rejects a missing or doubled link as a usage error', async () => {
    const none = await open([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(
      /^k8s-config-studio open: expected exactly one LINK, or --link-file FILE\n\nUsage: /,
    );
    expect((await open(['a', '--link-file', 'f'])).code).toBe(2);
  });
});
