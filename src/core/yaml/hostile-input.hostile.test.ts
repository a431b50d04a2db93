import { describe, expect, it } from 'vitest';
import { MAX_ALIASES, MAX_EXPANDED_NODES, parseYamlText } from '.';
import type { YamlProblem } from './types';

/** `L:C-L:C severity CODE: message`, for exact comparisons. */
function formatProblem(problem: YamlProblem): string {
  const { start, end } = problem.range;
  return `${start.line}:${start.column}-${end.line}:${end.column} ${problem.severity} ${problem.code}: ${problem.message}`;
}

/** Parses, failing the test if it takes long enough to look like a hang. */
function parseTimed(text: string, boundMs = 5_000) {
  const started = performance.now();
  const parsed = parseYamlText(text);
  // A hang guard only (real timings belong to the benchmark).
  expect(performance.now() - started).toBeLessThan(boundMs);
  return parsed;
}

function buildLocations(count: number, extra: (i: number) => string = () => ''): string {
  let text = 'locations:\n';
  for (let i = 0; i < count; i++) {
    text += `  - location_name: loc-${i}\n    image: reg/app:${i}\n${extra(i)}`;
  }
  return text;
}

const ALIAS_BOMB_SIZE =
  `Aliases expand this document to more than ${MAX_EXPANDED_NODES} values (an alias bomb, as ` +
  "in 'billion laughs'); its value is not built. Reduce the use of *aliases.";

describe('aliases: bombs are refused, real reuse is not', () => {
  it('does not count the document’s own nodes: a big file with one alias is no bomb', () => {
    const text =
      buildLocations(
        6_000,
        (i) =>
          `    code_source: {package_name: p}\n` +
          `    container_context: {k8s: {labels: &l${i} {team: t}}}\n`,
      ) + 'defaults:\n  container_context: {k8s: {labels: *l0}}\n';
    const parsed = parseTimed(text, 60_000);
    expect(parsed.problems).toEqual([]);
    expect((parsed.value as { locations: unknown[] }).locations).toHaveLength(6_000);
    expect((parsed.value as { defaults: unknown }).defaults).toEqual({
      container_context: { k8s: { labels: { team: 't' } } },
    });
  }, 120_000);

  it('builds 2,000 locations that share one anchor through <<: merge keys', () => {
    let text = 'x-common: &common\n  image: reg/app:1\n  code_source: {package_name: app}\n';
    text += 'locations:\n';
    for (let i = 0; i < 2_000; i++) text += `  - <<: *common\n    location_name: loc-${i}\n`;
    const parsed = parseTimed(text, 30_000);
    expect(parsed.problems).toEqual([]);
    const locations = (parsed.value as { locations: unknown[] }).locations;
    expect(locations).toHaveLength(2_000);
    expect(locations[1_999]).toEqual({
      image: 'reg/app:1',
      code_source: { package_name: 'app' },
      location_name: 'loc-1999',
    });
  }, 60_000);

  it('refuses aliases of a long string that would expand to half a gigabyte', () => {
    const long = 'x'.repeat(600_000);
    const text = `a: &s "${long}"\n` + `b: [${Array(900).fill('*s').join(', ')}]\n`;
    const parsed = parseTimed(text);
    expect(parsed.value).toBeNull();
    // 600,000 characters count as 6,001 values: the 17th alias passes 100,000.
    expect(parsed.problems.map(formatProblem)).toEqual([
      `2:69-2:71 error ALIAS_LIMIT: ${ALIAS_BOMB_SIZE}`,
    ]);
  });

  it('refuses more aliases than yaml resolves in reasonable time, whatever they expand to', () => {
    let text = '';
    for (let a = 0; a < 11; a++) text += `a${a}: &a${a} 1\n`;
    for (let a = 0; a < 11; a++) text += `l${a}: [${Array(990).fill(`*a${a}`).join(',')}]\n`;
    const parsed = parseTimed(text);
    expect(parsed.value).toBeNull();
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0]).toMatchObject({
      severity: 'error',
      code: 'ALIAS_LIMIT',
      message:
        `This document uses more than ${MAX_ALIASES} aliases; its value is not built ` +
        '(resolving them would take too long). Reduce the use of *aliases.',
      // Alias number 10,001 is the 101st of the 11th list (990 * 10 before it).
      range: { start: { line: 22, column: 6 + 100 * 5 + 1 } },
    });
  });
});

const TOO_DEEP =
  'Collections are nested more than 200 levels deep here: K8s Config Studio does not read the ' +
  "file (Dagster's loader fails at about 500 levels; a real config needs fewer than 20). Flatten it.";

describe('nesting 10,000 levels deep', () => {
  // Refused from the syntax tree, before anything recursive runs: `yaml`'s composer used to
  // overflow the stack here, and near the stack's end V8 can abort the whole process.
  it.each([
    ['flow sequences', '['.repeat(10_000) + ']'.repeat(10_000), '1:201-1:202'],
    ['flow maps', 'a: ' + '{a: '.repeat(10_000) + '1' + '}'.repeat(10_000), '1:800-1:801'],
    ['block sequences', '- '.repeat(10_000) + 'x\n', '1:401-1:402'],
    [
      'block sequences under a location',
      `${buildLocations(1)}    volumes:\n      ${'- '.repeat(10_000)}x\n`,
      '5:401-5:402',
    ],
  ])('refuses %s at level 201, once, and builds no value', (_name, text, range) => {
    const parsed = parseTimed(text);
    expect(parsed.problems.map(formatProblem)).toEqual([
      `${range} error NESTING_LIMIT: ${TOO_DEEP}`,
    ]);
    expect(parsed.value).toBeNull();
  });

  it('reads 200 levels, refuses 201', () => {
    expect(parseYamlText('- '.repeat(200) + 'x\n').problems).toEqual([]);
    expect(parseYamlText('- '.repeat(201) + 'x\n').problems.map((p) => p.code)).toEqual([
      'NESTING_LIMIT',
    ]);
  });

  it('refuses block maps 1,000 levels deep (half a million characters of indentation)', () => {
    let text = '';
    for (let i = 0; i < 1_000; i++) text += `${' '.repeat(i)}k:\n`;
    const parsed = parseTimed(text, 30_000);
    expect(parsed.problems.map(formatProblem)).toEqual([
      `201:201-201:202 error NESTING_LIMIT: ${TOO_DEEP}`,
    ]);
  }, 60_000);
});

describe('characters PyYAML refuses', () => {
  it.each([
    ['NUL', 'a: "\u0000"\n', '1:5-1:6', '0000'],
    ['ESC in a comment', 'a: 1 # \u001b[31m\n', '1:8-1:9', '001b'],
    ['DEL', 'a: x\u007f\n', '1:5-1:6', '007f'],
    ['a C1 control', 'a: \u0090\n', '1:4-1:5', '0090'],
    ['U+FFFE', 'a: \ufffe\n', '1:4-1:5', 'fffe'],
    ['a lone surrogate', 'a: \ud800x\n', '1:4-1:5', 'd800'],
  ])('reports %s at the first one, in PyYAML’s words', (_name, text, range, hex) => {
    const parsed = parseYamlText(text);
    expect(parsed.problems.map(formatProblem)).toEqual([
      `${range} error UNPRINTABLE_CHARACTER: Non-printable character U+${hex.toUpperCase()} here: ` +
        `Dagster's loader (PyYAML) refuses the file with "unacceptable character #x${hex}: ` +
        'special characters are not allowed"',
    ]);
  });

  it('accepts tab, CR, LF, NEL, a BOM, non-Latin text and astral characters', () => {
    const text = '\ufeffa: "\t"\r\nb: "\u0085"\nc: Zürich 東京 🚀\n';
    const parsed = parseYamlText(text);
    expect(parsed.problems).toEqual([]);
    expect(parsed.value).toEqual({ a: '\t', b: '\u0085', c: 'Zürich 東京 🚀' });
  });

  it('reports binary junk instead of reading it as a string', () => {
    // PNG-like bytes as a Latin-1 decoding would give them.
    const junk = '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR\u0000\u0000\u0001\u0000';
    const parsed = parseYamlText(junk);
    expect(parsed.problems.map((p) => p.code)).toContain('UNPRINTABLE_CHARACTER');
    expect(parsed.problems.find((p) => p.code === 'UNPRINTABLE_CHARACTER')?.range.start).toEqual({
      line: 1,
      column: 1,
      offset: 0,
    });
  });
});
