import { describe, expect, it } from 'vitest';
import type { ConfigPath } from '../source-range';
import { parseYamlText } from './parse-yaml';
import { planRenameKey } from './plan-rename-key';
import { applyTextEdits } from './text-edit';

function rename(text: string, path: ConfigPath, newKey: string): string {
  const edited = applyTextEdits(text, planRenameKey(parseYamlText(text), path, newKey));
  expect(parseYamlText(edited).problems).toEqual([]);
  return edited;
}

describe('planRenameKey', () => {
  it('renames a key in place, keeping its value and comments', () => {
    expect(
      rename('k8s:\n  namespce: data # typo\n  z: 1\n', ['k8s', 'namespce'], 'namespace'),
    ).toBe('k8s:\n  namespace: data # typo\n  z: 1\n');
  });

  it('keeps the quoting of a quoted key and quotes keys that need it', () => {
    expect(rename(`"a": 1\n'b': 2\n`, ['a'], 'c')).toBe(`"c": 1\n'b': 2\n`);
    expect(rename('a: 1\n', ['a'], 'yes')).toBe('"yes": 1\n');
    expect(rename('a: 1\n', ['a'], 'x: y')).toBe('"x: y": 1\n');
  });

  it('renames keys of flow maps', () => {
    expect(rename('labels: {a: 1, b: 2}\n', ['labels', 'b'], 'tier,x')).toBe(
      'labels: {a: 1, "tier,x": 2}\n',
    );
  });

  it('plans nothing when the name does not change', () => {
    expect(planRenameKey(parseYamlText('a: 1\n'), ['a'], 'a')).toEqual([]);
  });

  it('refuses a name already used in the map, and paths that are not keys', () => {
    const parsed = parseYamlText('a: 1\nb: [x]\n');
    expect(() => planRenameKey(parsed, ['a'], 'b')).toThrow(
      "Cannot edit 'a': the key 'b' already exists there",
    );
    expect(() => planRenameKey(parsed, ['b', 0], 'c')).toThrow(
      "Cannot edit 'b.0': it is not a map key",
    );
    expect(() => planRenameKey(parsed, ['missing'], 'c')).toThrow(
      "Cannot edit 'missing': it is not a map key",
    );
  });
});
