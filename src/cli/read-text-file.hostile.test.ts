import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createProcessIo, type CliIo } from './cli-io';
import { main } from './main';
import { findInvalidUtf8, MAX_INPUT_BYTES, readTextFile } from './read-text-file';

const dir = mkdtempSync(join(tmpdir(), 'k8s-config-studio-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function writeBytes(name: string, bytes: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

/** The real file system, with stdout and stderr collected. */
function runWithFiles(argv: string[]) {
  const out = { stdout: '', stderr: '' };
  const io: CliIo = {
    ...createProcessIo(),
    stdout: (text) => void (out.stdout += text),
    stderr: (text) => void (out.stderr += text),
  };
  return main(argv, io).then((code) => ({ code, ...out }));
}

describe('findInvalidUtf8', () => {
  it.each([
    ['ASCII', [0x61, 0x0a], -1],
    ['two, three and four byte forms', [0xc3, 0xa9, 0xe6, 0x9d, 0xb1, 0xf0, 0x9f, 0x9a, 0x80], -1],
    ['a lone continuation byte', [0x61, 0x80], 1],
    ['0xff', [0xff], 0],
    ['an overlong "/"', [0xc0, 0xaf], 0],
    ['an overlong three-byte form', [0xe0, 0x80, 0xaf], 0],
    ['a UTF-16 surrogate', [0x61, 0xed, 0xa0, 0x80], 1],
    ['a code point past U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['a sequence cut by the end', [0x61, 0x62, 0xe6, 0x9d], 2],
    ['a sequence cut by ASCII', [0xe6, 0x61, 0x62], 0],
    ['Latin-1 text', [0x5a, 0xfc, 0x72, 0x69, 0x63, 0x68], 1],
  ])('%s', (_name, bytes, expected) => {
    expect(findInvalidUtf8(Uint8Array.from(bytes))).toBe(expected);
  });
});

describe('readTextFile', () => {
  it('keeps the text byte for byte, BOM and CRLF included', () => {
    const path = writeBytes('bom.yaml', '\ufeffa: Zürich\r\n');
    expect(readTextFile(path)).toBe('\ufeffa: Zürich\r\n');
  });

  it('says which byte is not UTF-8', () => {
    const path = writeBytes('latin1.yaml', Uint8Array.from([0x61, 0x3a, 0x20, 0x5a, 0xfc, 0x0a]));
    expect(() => readTextFile(path)).toThrow(
      `${path} is not UTF-8 text: byte 0xfc at offset 4 cannot be decoded ` +
        '(dagster-cloud reads the file as UTF-8). Save it as UTF-8.',
    );
  });

  it('refuses a directory and a file past the size limit without reading it', () => {
    expect(() => readTextFile(dir)).toThrow(`${dir} is a directory, not a file`);
    const path = writeBytes('huge.yaml', new Uint8Array(MAX_INPUT_BYTES + 1).fill(0x20));
    expect(() => readTextFile(path)).toThrow(
      `${path} is 10.0 MB: too large to check (the limit is 10.0 MB; a dagster_cloud.yaml is a few KB)`,
    );
  });

  it('reads a file of exactly the limit', () => {
    const path = writeBytes('limit.yaml', new Uint8Array(MAX_INPUT_BYTES).fill(0x0a));
    expect(readTextFile(path)).toHaveLength(MAX_INPUT_BYTES);
  });
});

describe('the CLI on files that are not text', () => {
  it('validate: binary junk is not UTF-8 text, exit 2', async () => {
    const path = writeBytes('image.png', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]));
    expect(await runWithFiles(['validate', path])).toEqual({
      code: 2,
      stdout: '',
      stderr:
        `${path} is not UTF-8 text: byte 0x89 at offset 0 cannot be decoded (dagster-cloud ` +
        'reads the file as UTF-8). Save it as UTF-8.\n0 files checked, 1 not checked: 0 errors, 0 warnings\n',
    });
  });

  it('validate: UTF-8 with control characters is checked, and refused as PyYAML does', async () => {
    const path = writeBytes('nul.yaml', 'locations:\n  - location_name: a\u0000\n');
    expect(await runWithFiles(['validate', path])).toEqual({
      code: 1,
      stdout:
        `${path}:2:21: error: Non-printable character U+0000 here: Dagster's loader (PyYAML) ` +
        'refuses the file with "unacceptable character #x0000: special characters are not allowed"\n',
      stderr: '1 file checked: 1 error, 0 warnings\n',
    });
  });

  it('render and share: the same messages, exit 2', async () => {
    const path = writeBytes('latin1-2.yaml', Uint8Array.from([0xe9, 0x0a]));
    const message =
      `${path} is not UTF-8 text: byte 0xe9 at offset 0 cannot be decoded (dagster-cloud reads ` +
      'the file as UTF-8). Save it as UTF-8.';
    expect(await runWithFiles(['render', path])).toEqual({
      code: 2,
      stdout: '',
      stderr: `k8s-config-studio render: ${message}\n`,
    });
    expect(await runWithFiles(['share', path])).toEqual({
      code: 2,
      stdout: '',
      stderr: `k8s-config-studio share: ${message}\n`,
    });
  });
});
