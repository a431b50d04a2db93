import { describe, expect, it } from 'vitest';
import type { ConfigPath } from '../source-range';
import { parseYamlText } from './parse-yaml';
import { planInsertListItem } from './plan-insert';
import { applyTextEdits } from './text-edit';

/** Applies `planInsertListItem` and checks that the result still parses cleanly. */
function insert(text: string, path: ConfigPath, index: number | undefined, value: unknown) {
  const edited = applyTextEdits(text, planInsertListItem(parseYamlText(text), path, index, value));
  expect(parseYamlText(edited).problems).toEqual([]);
  return edited;
}

const ENV = [
  'k8s:',
  '  env_vars:',
  '    # first comment',
  '    - A=1 # inline',
  '    - B=2',
  '      # commented continuation',
  '',
  '  # about secrets',
  '  env_secrets: [db]',
  '',
].join('\n');

describe('planInsertListItem: block lists', () => {
  it('inserts at the front, before the first item and its comment', () => {
    expect(insert(ENV, ['k8s', 'env_vars'], 0, 'Z=0')).toBe(
      ENV.replace('    # first comment', '    - Z=0\n    # first comment'),
    );
  });

  it('inserts in the middle', () => {
    expect(insert(ENV, ['k8s', 'env_vars'], 1, 'M')).toBe(
      ENV.replace('    - B=2', '    - M\n    - B=2'),
    );
  });

  it('appends after the last item and its trailing comment lines, before the blank line', () => {
    const expected = ENV.replace(
      '      # commented continuation\n',
      '      # commented continuation\n    - C=3\n',
    );
    expect(insert(ENV, ['k8s', 'env_vars'], undefined, 'C=3')).toBe(expected);
    expect(insert(ENV, ['k8s', 'env_vars'], 99, 'C=3')).toBe(expected);
  });

  it('writes maps and quoted scalars as items', () => {
    expect(
      insert('volumes:\n  - name: a\n', ['volumes'], undefined, {
        name: 'b',
        secret: { secret_name: 's' },
      }),
    ).toBe('volumes:\n  - name: a\n  - name: b\n    secret:\n      secret_name: s\n');
    expect(insert('args:\n  - run\n', ['args'], 0, 'on')).toBe('args:\n  - "on"\n  - run\n');
  });

  it('follows an unindented list', () => {
    expect(insert('locations:\n- a: 1\n- b: 2\n', ['locations'], 1, { c: 3 })).toBe(
      'locations:\n- a: 1\n- c: 3\n- b: 2\n',
    );
  });

  it('inserts into a compact nested list', () => {
    expect(insert('- - a\n  - b\n', [0], 0, 'z')).toBe('- - z\n  - a\n  - b\n');
    expect(insert('- - a\n  - b\n', [0], undefined, 'z')).toBe('- - a\n  - b\n  - z\n');
  });

  it('keeps CRLF and a missing final newline', () => {
    expect(insert('env:\r\n- A\r\n- B', ['env'], undefined, 'C')).toBe('env:\r\n- A\r\n- B\r\n- C');
    expect(insert('env:\r\n- A\r\n- B', ['env'], 0, 'C')).toBe('env:\r\n- C\r\n- A\r\n- B');
  });
});

describe('planInsertListItem: flow lists', () => {
  it('inserts in flow style', () => {
    const text = 'args: [-c, "echo"]  # command\n';
    expect(insert(text, ['args'], 0, 'sh')).toBe('args: [sh, -c, "echo"]  # command\n');
    expect(insert(text, ['args'], 1, 'x y')).toBe('args: [-c, x y, "echo"]  # command\n');
    expect(insert(text, ['args'], undefined, 'a,b')).toBe('args: [-c, "echo", "a,b"]  # command\n');
  });

  it('inserts into a multi-line flow list', () => {
    const text = 'env_secrets: [\n  a,\n  b,\n]\n';
    expect(insert(text, ['env_secrets'], undefined, 'c')).toBe(
      'env_secrets: [\n  a,\n  b, c,\n]\n',
    );
  });

  it('turns an empty [] in block context into a block list', () => {
    expect(insert('k8s:\n  env_secrets: []\n  z: 1\n', ['k8s', 'env_secrets'], 0, 'db')).toBe(
      'k8s:\n  env_secrets:\n    - db\n  z: 1\n',
    );
  });

  it('fills [] inside a flow collection in flow style', () => {
    expect(insert('k8s: {env: []}\n', ['k8s', 'env'], 0, { name: 'A' })).toBe(
      'k8s: {env: [{name: A}]}\n',
    );
  });
});

describe('planInsertListItem: missing or wrong lists', () => {
  it('creates a missing list, and fills a null one', () => {
    expect(insert('k8s:\n  namespace: a\n', ['k8s', 'env_secrets'], 0, 'db')).toBe(
      'k8s:\n  namespace: a\n  env_secrets:\n    - db\n',
    );
    expect(insert('k8s:\n  env_secrets:\n', ['k8s', 'env_secrets'], 0, 'db')).toBe(
      'k8s:\n  env_secrets:\n    - db\n',
    );
  });

  it('refuses a path that holds something else, and bad indices', () => {
    const parsed = parseYamlText('k8s:\n  namespace: a\n');
    expect(() => planInsertListItem(parsed, ['k8s', 'namespace'], 0, 'x')).toThrow(
      "Cannot edit 'k8s.namespace': it is not a list",
    );
    expect(() => planInsertListItem(parsed, ['k8s', 'x'], -1, 'x')).toThrow(
      "Cannot edit 'k8s.x': invalid list index -1",
    );
  });
});
