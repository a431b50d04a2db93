import { describe, expect, it } from 'vitest';
import type { ConfigPath } from '../source-range';
import { parseYamlText } from './parse-yaml';
import { planSetValue } from './plan-set-value';
import { readAtPath } from './round-trip-checks';
import { applyTextEdits } from './text-edit';

/** Applies `planSetValue` and checks that the result reads back with the value in place. */
function setValue(text: string, path: ConfigPath, value: unknown): string {
  const edited = applyTextEdits(text, planSetValue(parseYamlText(text), path, value));
  const reparsed = parseYamlText(edited);
  expect(reparsed.problems).toEqual([]);
  expect(readAtPath(reparsed.value, path)).toEqual(value);
  return edited;
}

describe('planSetValue: scalars', () => {
  it('replaces a plain scalar, keeping the inline comment and spacing', () => {
    const text = 'k8s:\n  namespace: dev    # where runs go\n  other: 1\n';
    expect(setValue(text, ['k8s', 'namespace'], 'prod')).toBe(
      'k8s:\n  namespace: prod    # where runs go\n  other: 1\n',
    );
  });

  it('keeps double and single quotes', () => {
    const text = `a: "x"\nb: 'y'\n`;
    expect(setValue(text, ['a'], 'new')).toBe(`a: "new"\nb: 'y'\n`);
    expect(setValue(text, ['b'], "it's")).toBe(`a: "x"\nb: 'it''s'\n`);
  });

  it('quotes a plain string that would otherwise change type', () => {
    const text = 'tag: latest\n';
    expect(setValue(text, ['tag'], 'yes')).toBe('tag: "yes"\n');
    expect(setValue(text, ['tag'], '1.0')).toBe('tag: "1.0"\n');
    expect(setValue(text, ['tag'], 'null')).toBe('tag: "null"\n');
    expect(setValue(text, ['tag'], 'a: b')).toBe('tag: "a: b"\n');
    expect(setValue(text, ['tag'], '*x')).toBe('tag: "*x"\n');
  });

  it('writes numbers, booleans (in the file spelling) and null', () => {
    expect(setValue('port: "8080"\n', ['port'], 8080)).toBe('port: 8080\n');
    expect(setValue('enabled: yes\n', ['enabled'], false)).toBe('enabled: no\n');
    expect(setValue('value: 1\n', ['value'], null)).toBe('value: null\n');
  });

  it('plans no edit when the value is already there', () => {
    const parsed = parseYamlText('a: yes\nb: {c: [1, "2"]}\n');
    expect(planSetValue(parsed, ['a'], true)).toEqual([]);
    expect(planSetValue(parsed, ['b'], { c: [1, '2'] })).toEqual([]);
  });

  it('fills an empty value, before a comment if there is one', () => {
    expect(setValue('namespace:\nother: 1\n', ['namespace'], 'prod')).toBe(
      'namespace: prod\nother: 1\n',
    );
    expect(setValue('namespace: # set me\n', ['namespace'], 'prod')).toBe(
      'namespace: prod # set me\n',
    );
    expect(setValue('- \n- b\n', [0], 'a')).toBe('- a\n- b\n');
  });

  it('keeps the anchor of an anchored scalar', () => {
    expect(setValue('a: &img repo:1\nb: *img\n', ['a'], 'repo:2')).toBe(
      'a: &img repo:2\nb: *img\n',
    );
  });

  it('edits inside flow collections with flow quoting', () => {
    const text = 'env_vars: [A=1, B]\nlabels: {team: data, tier: "1"}\n';
    expect(setValue(text, ['env_vars', 1], 'x,y')).toBe(
      'env_vars: [A=1, "x,y"]\nlabels: {team: data, tier: "1"}\n',
    );
    expect(setValue(text, ['labels', 'tier'], '2')).toBe(
      'env_vars: [A=1, B]\nlabels: {team: data, tier: "2"}\n',
    );
  });

  it('keeps CRLF line endings and a missing final newline', () => {
    const text = 'a: 1\r\nb:\r\n  c: old';
    expect(setValue(text, ['b', 'c'], 'new')).toBe('a: 1\r\nb:\r\n  c: new');
  });
});

describe('planSetValue: block scalars and multi-line text', () => {
  const text = [
    'run:',
    '  script: |',
    '    set -e',
    '    dagster api grpc',
    '  note: >-',
    '    folded',
    '    text',
    '  after: 1',
    '',
  ].join('\n');

  it('rewrites a literal block at its indentation', () => {
    expect(setValue(text, ['run', 'script'], 'echo one\necho two\n')).toBe(
      text.replace('    set -e\n    dagster api grpc', '    echo one\n    echo two'),
    );
  });

  it('keeps a folded block for a single line, with the right chomping', () => {
    expect(setValue(text, ['run', 'note'], 'one line')).toBe(
      text.replace('  note: >-\n    folded\n    text', '  note: >-\n    one line'),
    );
  });

  it('turns a single-line value into a literal block for multi-line text', () => {
    expect(setValue('a:\n  b: x # c\n  d: 1\n', ['a', 'b'], 'one\ntwo')).toBe(
      'a:\n  b: |- # c\n    one\n    two\n  d: 1\n',
    );
    expect(setValue('- x\n', [0], 'one\ntwo\n')).toBe('- |\n  one\n  two\n');
  });

  it('keeps the literal style for a single line, quoting nothing', () => {
    expect(setValue(text, ['run', 'script'], 'true')).toBe(
      text.replace('script: |\n    set -e\n    dagster api grpc', 'script: |-\n    true'),
    );
  });

  it('keeps CRLF inside new block scalars', () => {
    expect(setValue('a: x\r\nb: 1\r\n', ['a'], 'l1\nl2')).toBe('a: |-\r\n  l1\r\n  l2\r\nb: 1\r\n');
  });
});

describe('planSetValue: maps and lists', () => {
  it('replaces a block map at its own indentation', () => {
    const text =
      'k8s:\n    resources:   # limits\n        cpu: 1\n        memory: 1Gi\n    other: 1\n';
    expect(setValue(text, ['k8s', 'resources'], { limits: { cpu: '500m' } })).toBe(
      'k8s:\n    resources:   # limits\n        limits:\n            cpu: 500m\n    other: 1\n',
    );
  });

  it('replaces a list, keeping an unindented style', () => {
    expect(setValue('env:\n- A\n- B\nnext: 1\n', ['env'], ['C', 'yes'])).toBe(
      'env:\n- C\n- "yes"\nnext: 1\n',
    );
  });

  it('turns a scalar into a block map, keeping the comment on the key line', () => {
    expect(setValue('k: x # note\nz: 1\n', ['k'], { a: 1, b: [true] })).toBe(
      'k: # note\n  a: 1\n  b:\n    - true\nz: 1\n',
    );
  });

  it('turns a list into a map and a map into a scalar', () => {
    expect(setValue('k:\n  - a\nz: 1\n', ['k'], { a: 1 })).toBe('k:\n  a: 1\nz: 1\n');
    expect(setValue('k: # c\n  a: 1\n  b: 2\nz: 1\n', ['k'], 'flat')).toBe('k: flat # c\nz: 1\n');
  });

  it('writes maps in list items compactly', () => {
    const text = '- a: 1\n  b: 2\n-\n- x\n';
    expect(setValue(text, [1], { c: 3, d: 4 })).toBe('- a: 1\n  b: 2\n- c: 3\n  d: 4\n- x\n');
    expect(setValue(text, [0], { e: 5 })).toBe('- e: 5\n-\n- x\n');
    expect(setValue(text, [2], ['p', 'q'])).toBe('- a: 1\n  b: 2\n-\n- - p\n  - q\n');
  });

  it('keeps a non-empty flow collection in flow style', () => {
    expect(setValue('labels: {a: 1}\n', ['labels'], { team: 'data', 'x y': 'a,b' })).toBe(
      'labels: {team: data, x y: "a,b"}\n',
    );
    expect(setValue('args: [a]\n', ['args'], ['-c', 'echo hi', []])).toBe(
      'args: [-c, echo hi, []]\n',
    );
  });

  it('writes empty maps and lists inline', () => {
    expect(setValue('k:\n  a: 1\nz: 1\n', ['k'], {})).toBe('k: {}\nz: 1\n');
    expect(setValue('k: x\n', ['k'], [])).toBe('k: []\n');
  });

  it('replaces the whole document', () => {
    expect(setValue('# head\na: 1\n', [], { b: [1] })).toBe('# head\nb:\n  - 1\n');
  });
});

describe('planSetValue: missing keys', () => {
  const config = [
    '# header',
    'locations:',
    '  - location_name: etl # name',
    '    container_context:',
    '      k8s:',
    '        namespace: data',
    '        # labels: {}',
    '  - location_name: other',
    '',
  ].join('\n');

  it('appends a key after the last key of the nearest map, at its indentation', () => {
    expect(
      setValue(config, ['locations', 0, 'container_context', 'k8s', 'service_account_name'], 'sa'),
    ).toBe(config.replace('data\n', 'data\n        service_account_name: sa\n'));
  });

  it("creates every missing map along the path, in the file's sequence style", () => {
    expect(
      setValue(config, ['locations', 1, 'container_context', 'k8s', 'env_vars', 0], 'A=1'),
    ).toBe(config + '    container_context:\n      k8s:\n        env_vars:\n          - A=1\n');
  });

  it('follows an unindented list style and 4-space maps', () => {
    const text = 'locations:\n- location_name: a\n  build:\n      directory: .\n';
    expect(setValue(text, ['locations', 0, 'k8s', 'env'], ['X'])).toBe(
      text + '  k8s:\n      env:\n      - X\n',
    );
  });

  it('appends a list item for the index just past the end', () => {
    expect(setValue(config, ['locations', 2], { location_name: 'new' })).toBe(
      config + '  - location_name: new\n',
    );
  });

  it('adds a top-level key after the last one, keeping the header comment', () => {
    expect(setValue(config, ['defaults', 'k8s', 'namespace'], 'x')).toBe(
      config + 'defaults:\n  k8s:\n    namespace: x\n',
    );
  });

  it('adds to flow maps, and turns an empty {} into a block map', () => {
    expect(setValue('k8s: {namespace: a}\n', ['k8s', 'labels', 'team'], 'data')).toBe(
      'k8s: {namespace: a, labels: {team: data}}\n',
    );
    expect(setValue('k8s: {} # empty\nz: 1\n', ['k8s', 'namespace'], 'a')).toBe(
      'k8s: # empty\n  namespace: a\nz: 1\n',
    );
    expect(setValue('- {}\n', [0, 'name'], 'a')).toBe('- name: a\n');
  });

  it('fills a null value with the missing map', () => {
    expect(setValue('k8s:\nz: 1\n', ['k8s', 'namespace'], 'a')).toBe(
      'k8s:\n  namespace: a\nz: 1\n',
    );
    expect(setValue('k8s: ~ # none\n', ['k8s', 'namespace'], 'a')).toBe(
      'k8s: # none\n  namespace: a\n',
    );
  });

  it('works in an empty file, a comment-only file and a {} document', () => {
    const value = { locations: [{ location_name: 'a' }] };
    expect(setValue('', ['locations', 0, 'location_name'], 'a')).toBe(
      'locations:\n  - location_name: a\n',
    );
    expect(setValue('# nothing yet\n', ['locations'], value.locations)).toBe(
      '# nothing yet\nlocations:\n  - location_name: a\n',
    );
    expect(setValue('# no newline', ['locations'], value.locations)).toBe(
      '# no newline\nlocations:\n  - location_name: a',
    );
    expect(setValue('{}\n', ['locations'], value.locations)).toBe(
      'locations:\n  - location_name: a\n',
    );
  });

  it('keeps CRLF and a missing final newline when appending keys', () => {
    expect(setValue('a:\r\n  b: 1', ['a', 'c', 'd'], 2)).toBe('a:\r\n  b: 1\r\n  c:\r\n    d: 2');
  });

  it('adds a key next to a merge key, where it overrides the merged value', () => {
    const text = 'base: &b {ns: a}\nuse:\n  <<: *b\n';
    expect(setValue(text, ['use', 'ns'], 'b')).toBe(text + '  ns: b\n');
  });

  it('refuses paths it cannot create', () => {
    const parsed = parseYamlText('list: [a]\nbase: &b {x: 1}\nuse: *b\n');
    expect(() => planSetValue(parsed, ['list', 3], 'x')).toThrow(
      "Cannot edit 'list.3': list 'list' has no item 3",
    );
    expect(() => planSetValue(parsed, ['use', 'x'], 2)).toThrow(
      "Cannot edit 'use.x': it goes through the alias *b; edit the anchored node instead",
    );
    expect(() => planSetValue(parsed, ['new', 1], 2)).toThrow(
      "Cannot edit 'new.1': list index 1 does not exist",
    );
    expect(() => planSetValue(parsed, ['list'], undefined)).toThrow(
      "Cannot edit 'list': the value is undefined",
    );
  });
});
