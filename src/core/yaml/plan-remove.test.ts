import { describe, expect, it } from 'vitest';
import type { ConfigPath } from '../source-range';
import { parseYamlText } from './parse-yaml';
import { planRemove } from './plan-remove';
import { applyTextEdits } from './text-edit';

/** Applies `planRemove` and checks that the result still parses cleanly. */
function remove(text: string, path: ConfigPath): string {
  const edited = applyTextEdits(text, planRemove(parseYamlText(text), path));
  expect(parseYamlText(edited).problems).toEqual([]);
  return edited;
}

const K8S = [
  '# header',
  'k8s:',
  '  namespace: data # inline',
  '  # about the service account',
  '  service_account_name: runner',
  '  resources:',
  '    limits:',
  '      cpu: 1',
  '    # requests: {}',
  '',
  '  # about labels',
  '  labels: {team: data}',
  'after: 1',
  '',
].join('\n');

describe('planRemove: map keys', () => {
  it('removes a key with its inline comment, not the next key comment', () => {
    expect(remove(K8S, ['k8s', 'namespace'])).toBe(K8S.replace('  namespace: data # inline\n', ''));
  });

  it('removes the comment lines directly above a key', () => {
    expect(remove(K8S, ['k8s', 'service_account_name'])).toBe(
      K8S.replace('  # about the service account\n  service_account_name: runner\n', ''),
    );
  });

  it('removes a subtree with its deeper trailing comments and the blank line after it', () => {
    expect(remove(K8S, ['k8s', 'resources'])).toBe(
      K8S.replace('  resources:\n    limits:\n      cpu: 1\n    # requests: {}\n\n', ''),
    );
  });

  it('removes the last key back to the previous line', () => {
    expect(remove(K8S, ['k8s', 'labels'])).toBe(
      K8S.replace(
        '    # requests: {}\n\n  # about labels\n  labels: {team: data}\n',
        '    # requests: {}\n',
      ),
    );
  });

  it('leaves {} for a nested map that loses its only key, keeping the header', () => {
    expect(remove('a:\n  b: 1\nz: 2\n', ['a', 'b'])).toBe('a: {}\nz: 2\n');
    expect(remove('a: # note\n  b: 1\n', ['a', 'b'])).toBe('a: {} # note\n');
    expect(remove('# head\nonly: 1\n', ['only'])).toBe('# head\n{}\n');
  });

  it('removes keys of a compact map in a list item', () => {
    const text = '- a: 1\n  b: 2\n- c\n';
    expect(remove(text, [0, 'a'])).toBe('- b: 2\n- c\n');
    expect(remove(text, [0, 'b'])).toBe('- a: 1\n- c\n');
    expect(remove('- a: 1\n- c\n', [0, 'a'])).toBe('- {}\n- c\n');
  });

  it('removes pairs of flow maps', () => {
    const text = 'labels: {a: 1, b: 2, c: 3}\n';
    expect(remove(text, ['labels', 'a'])).toBe('labels: {b: 2, c: 3}\n');
    expect(remove(text, ['labels', 'b'])).toBe('labels: {a: 1, c: 3}\n');
    expect(remove(text, ['labels', 'c'])).toBe('labels: {a: 1, b: 2}\n');
    expect(remove('labels: {a: 1}\n', ['labels', 'a'])).toBe('labels: {}\n');
  });

  it('removes a block scalar entirely', () => {
    expect(remove('a: |\n  x\n  y\nb: 1\n', ['a'])).toBe('b: 1\n');
  });
});

describe('planRemove: list items', () => {
  const LIST = [
    'env_vars:',
    '  # first',
    '  - A=1',
    '',
    '  # second',
    '  - B=2',
    '  - C=3 # third',
    'next: 1',
    '',
  ].join('\n');

  it('removes the first, a middle and the last item', () => {
    expect(remove(LIST, ['env_vars', 0])).toBe(LIST.replace('  # first\n  - A=1\n\n', ''));
    expect(remove(LIST, ['env_vars', 1])).toBe(LIST.replace('  # second\n  - B=2\n', ''));
    expect(remove(LIST, ['env_vars', 2])).toBe(LIST.replace('  - C=3 # third\n', ''));
  });

  it('leaves key: [] when the last item of a block list goes', () => {
    expect(remove('k:\n  - only # c\n    # deeper\n  # same column\nz: 1\n', ['k', 0])).toBe(
      'k: []\n  # same column\nz: 1\n',
    );
    expect(remove('k: # keep me\n- only\n', ['k', 0])).toBe('k: [] # keep me\n');
    expect(remove('- - x\n- y\n', [0, 0])).toBe('- []\n- y\n');
  });

  it('removes flow items', () => {
    expect(remove('a: [x, y, z]\n', ['a', 0])).toBe('a: [y, z]\n');
    expect(remove('a: [x, y, z]\n', ['a', 2])).toBe('a: [x, y]\n');
    expect(remove('a: [ x ]\n', ['a', 0])).toBe('a: [  ]\n');
  });

  it('removes items of an unindented list', () => {
    expect(remove('locations:\n- a: 1\n  b: 2\n- c: 3\n', ['locations', 0])).toBe(
      'locations:\n- c: 3\n',
    );
  });

  it('keeps CRLF and a missing final newline', () => {
    expect(remove('a:\r\n- x\r\n- y\r\nb: 1', ['a', 0])).toBe('a:\r\n- y\r\nb: 1');
    expect(remove('a:\r\n- x\r\n- y', ['a', 1])).toBe('a:\r\n- x');
    expect(remove('a: 1\r\nb: 2', ['b'])).toBe('a: 1');
  });
});

describe('planRemove: nothing to remove', () => {
  it('plans nothing for a missing path', () => {
    expect(planRemove(parseYamlText('a: 1\n'), ['b', 'c'])).toEqual([]);
  });

  it('refuses to remove the document', () => {
    expect(() => planRemove(parseYamlText('a: 1\n'), [])).toThrow(
      "Cannot edit '': the document itself cannot be removed",
    );
  });
});
