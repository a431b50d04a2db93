import { describe, expect, it } from 'vitest';
import { parseYamlText } from './parse-yaml';
import { printYamlTokens } from './print-yaml';
import type { YamlProblem } from './types';

/** One line per problem: `line:col-line:col severity CODE: message`. */
function listProblems(text: string): string[] {
  return parseYamlText(text).problems.map(formatProblem);
}

function formatProblem({ severity, code, message, range }: YamlProblem): string {
  const { start, end } = range;
  return `${start.line}:${start.column}-${end.line}:${end.column} ${severity} ${code}: ${message}`;
}

describe('parseYamlText: YAML 1.1 scalars as PyYAML safe_load reads them', () => {
  it.each([
    ['yes', true],
    ['No', false],
    ['ON', true],
    ['off', false],
    ['True', true],
    ['y', 'y'],
    ['n', 'n'],
    ['1e3', '1e3'],
    ['1.5e+3', 1500],
    ['-.5', '-.5'],
    ['.5', 0.5],
    ['1.', 1],
    ['09', '09'],
    ['017', 15],
    ['0o17', '0o17'],
    ['0x1F', 31],
    ['0b101', 5],
    ['1_000', 1000],
    ['1:30', 90],
    ['-1:30', -90],
    ['1:30.5', 90.5],
    ['.inf', Number.POSITIVE_INFINITY],
    ['-.Inf', Number.NEGATIVE_INFINITY],
    ['~', null],
    ['Null', null],
    ['nil', 'nil'],
    ['2Gi', '2Gi'],
    ['"yes"', 'yes'],
    ["'017'", '017'],
    ['2024-01-02', new Date(Date.UTC(2024, 0, 2))],
    ['2024-01-02 10:20:30.5 +02:00', new Date(Date.UTC(2024, 0, 2, 8, 20, 30, 500))],
  ])('reads %s', (source, expected) => {
    const parsed = parseYamlText(`value: ${source}\n`);
    expect(parsed.value).toEqual({ value: expected });
    expect(parsed.problems).toEqual([]);
  });

  it('reads yes/on keys as booleans, as PyYAML does', () => {
    expect(parseYamlText('on: push\nno: 1\n').value).toEqual({ true: 'push', false: 1 });
  });

  it('rejects a plain "=", which safe_load cannot construct', () => {
    expect(listProblems('a: =\n')).toEqual([
      "1:4-1:5 error TAG_RESOLVE_FAILED: PyYAML's safe_load cannot load a plain '=' (it " +
        "resolves to the unsupported tag:yaml.org,2002:value); quote it: '='",
    ]);
  });

  it('applies merge keys, explicit keys winning', () => {
    const text = 'base: &b {a: 1, b: 2}\nuse:\n  <<: *b\n  b: 3\n';
    expect(parseYamlText(text).value).toEqual({ base: { a: 1, b: 2 }, use: { a: 1, b: 3 } });
  });
});

describe('parseYamlText: problems', () => {
  it('gives null and no problem for an empty or comment-only text', () => {
    for (const text of ['', '\n\n', '# only a comment\n', '---\n']) {
      const parsed = parseYamlText(text);
      expect(parsed.value).toBeNull();
      expect(parsed.problems).toEqual([]);
    }
  });

  it('reports each repeated key at its later occurrence, and keeps the last value', () => {
    const text = 'k8s:\n  namespace: a\n  labels: {}\n  namespace: b\n  "namespace": c\n';
    const parsed = parseYamlText(text);
    expect(parsed.value).toEqual({ k8s: { namespace: 'c', labels: {} } });
    expect(parsed.problems.map(formatProblem)).toEqual([
      "4:3-4:12 error DUPLICATE_KEY: Duplicate key 'namespace': Dagster's loader (PyYAML) " +
        'would silently keep only the last one and ignore the earlier ones',
      "5:3-5:14 error DUPLICATE_KEY: Duplicate key 'namespace': Dagster's loader (PyYAML) " +
        'would silently keep only the last one and ignore the earlier ones',
    ]);
  });

  it('tells 1 and "1" apart as keys, like PyYAML', () => {
    expect(listProblems('1: a\n"1": b\n')).toEqual([]);
  });

  it('finds repeated keys of every scalar type, dates by their time', () => {
    const text =
      '1: a\n0x1: b\nyes: c\non: d\n2001-12-14: e\n2001-12-14 00:00:00: f\n' +
      '"2001-12-14": g\nnull: h\n~: i\n';
    expect(listProblems(text).map((line) => line.slice(0, 40))).toEqual([
      '2:1-2:4 error DUPLICATE_KEY: Duplicate k',
      '4:1-4:3 error DUPLICATE_KEY: Duplicate k',
      '6:1-6:20 error DUPLICATE_KEY: Duplicate ',
      '9:1-9:2 error DUPLICATE_KEY: Duplicate k',
    ]);
  });

  it('reports a second document at its marker', () => {
    expect(listProblems('a: 1\n---\nb: 2\n')).toEqual([
      '2:1-2:4 error MULTIPLE_DOCUMENTS: A second YAML document starts here, but Dagster reads ' +
        'a single document from this file (PyYAML: "expected a single document in the stream")',
    ]);
    expect(parseYamlText('a: 1\n---\nb: 2\n').value).toEqual({ a: 1 });
  });

  it('accepts one document with start and end markers', () => {
    expect(listProblems('---\na: 1\n...\n')).toEqual([]);
  });

  it('refuses an alias bomb quickly and builds no value', () => {
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    const names = 'abcdefghi';
    for (let i = 1; i < names.length; i++) {
      const previous = `*${names[i - 1]}`;
      lines.push(`${names[i]}: &${names[i]} [${Array(9).fill(previous).join(',')}]`);
    }
    const started = performance.now();
    const parsed = parseYamlText(lines.join('\n') + '\n');
    expect(performance.now() - started).toBeLessThan(5_000); // a hang guard, not a timing
    expect(parsed.value).toBeNull();
    expect(parsed.problems.map(formatProblem)).toEqual([
      '6:8-6:10 error ALIAS_LIMIT: Aliases expand this document to more than 100000 values ' +
        "(an alias bomb, as in 'billion laughs'); its value is not built. Reduce the use of " +
        '*aliases.',
    ]);
  });

  it('keeps ordinary anchors and aliases', () => {
    const text = 'a: &res {cpu: 1}\nb: *res\nc: [*res, *res]\n';
    const parsed = parseYamlText(text);
    expect(parsed.problems).toEqual([]);
    expect(parsed.value).toEqual({ a: { cpu: 1 }, b: { cpu: 1 }, c: [{ cpu: 1 }, { cpu: 1 }] });
  });

  it('keeps __proto__ keys as plain data', () => {
    const parsed = parseYamlText('__proto__:\n  polluted: yes\nplain: {__proto__: 1}\n');
    const value = parsed.value as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value)).toEqual(['__proto__', 'plain']);
    expect(Object.getOwnPropertyDescriptor(value, '__proto__')?.value).toEqual({ polluted: true });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((value as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it('reports tags that safe_load cannot construct', () => {
    expect(listProblems('image: !Ref MyImage\n')).toEqual([
      "1:8-1:12 error UNKNOWN_TAG: Unknown tag !Ref: Dagster's loader (PyYAML safe_load) fails " +
        'with "could not determine a constructor for the tag \'!Ref\'"',
    ]);
  });

  it('reports syntax errors with 1-based ranges, also with CRLF', () => {
    expect(listProblems('a: 1\r\nb: [1, 2\r\nc: 3\r\n')).toEqual([
      '3:1-3:2 error BAD_INDENT: Flow sequence in block collection must be sufficiently ' +
        'indented and end with a ]',
    ]);
    expect(listProblems('a:\n  b: 1\n c: 2\n')).toEqual([
      '3:1-3:2 error BAD_INDENT: All mapping items must start at the same column',
    ]);
  });
});

describe('printYamlTokens', () => {
  it.each([
    'a: 1\r\nb:\r\n- x\r\n',
    'a:   1    # spaced  \n\n\n',
    'no-final-newline: true',
    '\uFEFF# bom\nkey: |\n  text\n\n',
    '%YAML 1.1\n---\na: [1,  2]\n...\n',
    'a: 1\n---\nb: 2\n',
    'bad: [\n',
  ])('prints %j back byte for byte', (text) => {
    expect(printYamlTokens(parseYamlText(text))).toBe(text);
  });
});
