import { deflateSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeShareLink } from '../core/share';
import { encodeBase64Url } from '../core/share/base64url';
import { SHARE_DICTIONARY_V1 } from '../core/share/share-dictionary';
import type { CliIo } from './cli-io';
import { main } from './main';

/**
 * The CLI on hostile and huge input behaves as the core does: one clear message per problem,
 * the documented exit code, bounded time, and nothing leaks into Object.prototype.
 */

function createMemoryIo(files: Record<string, string>) {
  const out = { stdout: '', stderr: '' };
  const written: Record<string, string> = {};
  const io: CliIo = {
    stdout: (text) => void (out.stdout += text),
    stderr: (text) => void (out.stderr += text),
    readFile(path) {
      if (!Object.hasOwn(files, path)) throw new Error(`No such file ${path}`);
      return files[path]!;
    },
    writeFile: (path, text) => void (written[path] = text),
  };
  return { io, out, written };
}

async function run(argv: string[], files: Record<string, string> = {}, boundMs = 10_000) {
  const { io, out } = createMemoryIo(files);
  const started = performance.now();
  const code = await main(argv, io);
  expect(performance.now() - started).toBeLessThan(boundMs); // a hang guard only
  return { code, ...out };
}

const LOCATION = 'locations:\n  - location_name: etl\n    image: ghcr.io/acme/etl:1.0\n';
const LAUGHS = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  ...'bcdefghi'
    .split('')
    .map((name, i) => `${name}: &${name} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`),
];
const BOMB = `${LOCATION}    container_context:\n      k8s:\n        labels:\n${LAUGHS.map((line) => `          ${line}`).join('\n')}\n`;
const ALIAS_BOMB =
  "Aliases expand this document to more than 100000 values (an alias bomb, as in 'billion " +
  "laughs'); its value is not built. Reduce the use of *aliases.";
const TOO_DEEP =
  'Collections are nested more than 200 levels deep here: K8s Config Studio does not read the ' +
  "file (Dagster's loader fails at about 500 levels; a real config needs fewer than 20). Flatten it.";
const DEEP = `${LOCATION}    container_context:\n      k8s:\n        volumes:\n          ${'- '.repeat(10_000)}x\n`;
const PROTO = [
  'x-evil: &evil {__proto__: {polluted: yes}, constructor: {prototype: {polluted: yes}}}',
  'locations:',
  '  - location_name: etl',
  '    image: ghcr.io/acme/etl:1.0',
  '    code_source: {package_name: etl}',
  '    container_context:',
  '      k8s:',
  '        labels: {<<: *evil, __proto__: own}',
  '        run_k8s_config:',
  '          pod_spec_config: {node_selector: {__proto__: ssd}}',
  '',
].join('\n');

function buildLocations(count: number): string {
  let text = 'locations:\n';
  for (let i = 0; i < count; i++) {
    text += `  - location_name: loc-${i}\n    image: reg.example.com/loc-${i}:1\n    code_source: {package_name: p${i}}\n`;
  }
  return text;
}

const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype).sort();
afterAll(() => {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_NAMES);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

describe('validate', () => {
  it('an alias bomb: one error at the alias, exit 1', async () => {
    expect(await run(['validate', 'bomb.yaml'], { 'bomb.yaml': BOMB })).toEqual({
      code: 1,
      stdout: `bomb.yaml:12:18: error: ${ALIAS_BOMB}\n`,
      stderr: '1 file checked: 1 error, 0 warnings\n',
    });
  });

  it('10,000 levels of nesting: one error, exit 1', async () => {
    expect(await run(['validate', 'deep.yaml'], { 'deep.yaml': DEEP })).toEqual({
      code: 1,
      stdout: `deep.yaml:7:401: error: ${TOO_DEEP}\n`,
      stderr: '1 file checked: 1 error, 0 warnings\n',
    });
  });

  it('__proto__ keys: reported like any key, nothing polluted', async () => {
    const result = await run(['validate', 'proto.yaml'], { 'proto.yaml': PROTO });
    expect(result).toEqual({
      code: 1,
      stdout:
        "proto.yaml:1:1: error: extra_forbidden at 'x-evil': Extra inputs are not permitted\n" +
        '    hint: Expected one of: locations, defaults.\n' +
        "proto.yaml:8:9: warning: labels[constructor] is a string: the agent sends \"{'prototype': " +
        "{'polluted': True}}\" (Python str({'prototype': {'polluted': True}}))\n" +
        'proto.yaml:8:29: warning: Invalid label key "__proto__": a name of at most 63 letters, ' +
        "digits, '-', '_' or '.' (starting and ending with a letter or digit), optionally after " +
        "a DNS subdomain prefix and '/'\n",
      stderr: '1 file checked: 1 error, 2 warnings\n',
    });
  });

  it('2,000 locations: clean, exit 0', async () => {
    const text = buildLocations(2_000);
    expect(await run(['validate', 'many.yaml'], { 'many.yaml': text }, 60_000)).toEqual({
      code: 0,
      stdout: '',
      stderr: '1 file checked: 0 errors, 0 warnings\n',
    });
  }, 120_000);
});

describe('render', () => {
  it('an alias bomb: Dagster-style error on stderr, exit 1', async () => {
    expect(await run(['render', 'bomb.yaml'], { 'bomb.yaml': BOMB })).toEqual({
      code: 1,
      stdout: '',
      stderr: `Exception: ${ALIAS_BOMB} (line 12, column 18)\n`,
    });
  });

  it('10,000 levels of nesting: the reader’s message, exit 1', async () => {
    expect(await run(['render', 'deep.yaml'], { 'deep.yaml': DEEP })).toEqual({
      code: 1,
      stdout: '',
      stderr: `Exception: ${TOO_DEEP} (line 7, column 401)\n`,
    });
  });

  it('a run tag nested 10,000 levels deep: the depth limit, exit 1', async () => {
    const tag = `{"pod_spec_config": {"affinity": ${'{"a": '.repeat(10_000)}1${'}'.repeat(10_000)}}}`;
    const result = await run(['render', 'cfg.yaml', '--tags', 'tag.json', '--kind', 'run'], {
      'cfg.yaml': LOCATION,
      'tag.json': tag,
    });
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'Exception: This value is nested more than 100 levels deep (at pod_spec_config.affinity.' +
        'a.a.a.a.a.a.a.a.a.a…): K8s Config Studio does not render values that deep, and no ' +
        'Kubernetes object needs it.\n',
    });
  });

  it('__proto__ keys are printed as data', async () => {
    const result = await run(['render', 'proto.yaml', '--kind', 'run'], { 'proto.yaml': PROTO });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      "    __proto__: own\n    constructor: \"{'prototype': {'polluted': True}}\"\n",
    );
    expect(result.stdout).toContain('      nodeSelector:\n        __proto__: ssd\n');
  });

  it('2,000 locations: the last one renders', async () => {
    const result = await run(
      ['render', 'many.yaml', '--location', 'loc-1999', '--kind', 'service'],
      { 'many.yaml': buildLocations(2_000) },
      60_000,
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('  name: loc-1999-prod-xxxxxx');
  }, 120_000);
});

describe('share and open', () => {
  /** A v1 link around any payload bytes, as a hostile encoder could make one. */
  function linkOf(payload: Uint8Array): string {
    const body = deflateSync(payload, { level: 9, dictionary: SHARE_DICTIONARY_V1 });
    return `https://k8s-config-studio.example/#v1.${encodeBase64Url(body)}`;
  }

  it('a hostile document travels byte for byte (it is only text)', async () => {
    const shared = await run(['share', 'bomb.yaml'], { 'bomb.yaml': BOMB });
    expect(shared.code).toBe(0);
    const opened = await run(['open', shared.stdout.trim()]);
    expect(opened).toEqual({ code: 0, stdout: BOMB, stderr: '' });
  });

  it('a file too large for a link: exit 1 with the limit', async () => {
    const huge = 'a'.repeat(3 * 1024 * 1024);
    expect(await run(['share', 'huge.yaml'], { 'huge.yaml': huge })).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'k8s-config-studio share: This share link holds more than 2 MiB of text, more than ' +
        'K8s Config Studio opens from a link.\n',
    });
  });

  it.each([
    ['garbage', 'https://k8s-config-studio.example/#hello', 'not-a-share-link'],
    ['a newer version', 'https://k8s-config-studio.example/#v2.abcd', 'unknown-version'],
    ['a damaged payload', 'https://k8s-config-studio.example/#v1.AAAA', 'corrupt'],
    ['a foreign character', 'https://k8s-config-studio.example/#v1.ab%cd', 'bad-encoding'],
  ])('%s: exit 1 with the reason the app gives, nothing written', async (_name, link, code) => {
    const decoded = decodeShareLink(link);
    expect(decoded.ok ? 'ok' : decoded.error.code).toBe(code);
    const { io, out, written } = createMemoryIo({});
    expect(await main(['open', link, '--helm-values-out', 'values.yaml'], io)).toBe(1);
    expect(out).toEqual({
      stdout: '',
      stderr: `k8s-config-studio open: ${decoded.ok ? '' : decoded.error.message}\n`,
    });
    expect(written).toEqual({});
  });

  it('a decompression bomb: refused at the size cap, quickly', async () => {
    const bomb = linkOf(new Uint8Array(64 * 1024 * 1024).fill(32));
    expect(bomb.length).toBeLessThan(100_000);
    expect(await run(['open', '--link-file', 'link.txt'], { 'link.txt': bomb })).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'k8s-config-studio open: This share link holds more than 2 MiB of text, more than ' +
        'K8s Config Studio opens from a link.\n',
    });
  });

  it('an oversized link: refused before decoding', async () => {
    const link = `#v1.${'A'.repeat(2_000_000)}`;
    expect(await run(['open', '--link-file', 'link.txt'], { 'link.txt': link })).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'k8s-config-studio open: This share link is too long to open: 2,000,003 characters ' +
        'after "#", more than the limit of 1,048,576.\n',
    });
  });

  it('__proto__ in a link payload: refused, nothing polluted', async () => {
    const link = linkOf(new TextEncoder().encode('{"c":"a: 1\\n","__proto__":{"polluted":true}}'));
    expect(await run(['open', link])).toEqual({
      code: 1,
      stdout: '',
      stderr:
        "k8s-config-studio open: This share link's content is not in the expected form: " +
        'unexpected field "__proto__".\n',
    });
  });
});
