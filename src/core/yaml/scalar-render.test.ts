import { describe, expect, it } from 'vitest';
import { parseYamlText } from './parse-yaml';
import { canWritePlain, renderScalar, writeDoubleQuoted } from './scalar-render';
import type { ScalarContext, ScalarValue } from './scalar-render';

const BLOCK: ScalarContext = { flow: false };

describe('canWritePlain', () => {
  it.each([
    ['prod', true],
    ['repo/etl:1', true],
    ['-Xmx1g', true],
    ['--flag', true],
    ['a#b', true],
    ["it's", true],
    ['http://host:80/x', true],
    ['yes', false],
    ['Off', false],
    ['1.0', false],
    ['017', false],
    ['1:30', false],
    ['null', false],
    ['~', false],
    ['2024-01-02', false],
    ['<<', false],
    ['=', false],
    ['', false],
    [' lead', false],
    ['trail ', false],
    ['a: b', false],
    ['a #b', false],
    ['end:', false],
    ['*alias', false],
    ['&anchor', false],
    ['!tag', false],
    ['- item', false],
    ['-', false],
    ['? key', false],
    ['[x]', false],
    ['{x}', false],
    ['"q"', false],
    ["'q'", false],
    ['|', false],
    ['>', false],
    ['%x', false],
    ['@x', false],
    ['`x', false],
    ['---', false],
    ['two\nlines', false],
    ['tab\there', false],
    ['bell\u0007', false],
  ])('%j -> %s', (text, expected) => {
    expect(canWritePlain(text, false)).toBe(expected);
  });

  it('is stricter inside flow collections', () => {
    expect(canWritePlain('a,b', false)).toBe(true);
    expect(canWritePlain('a,b', true)).toBe(false);
    expect(canWritePlain('host:80', true)).toBe(false);
    expect(canWritePlain('[x', true)).toBe(false);
    expect(canWritePlain(':x', false)).toBe(true);
    expect(canWritePlain(':x', true)).toBe(false);
  });
});

describe('renderScalar', () => {
  it.each<[ScalarValue, ScalarContext, string]>([
    ['prod', BLOCK, 'prod'],
    ['yes', BLOCK, '"yes"'],
    ['1.0', BLOCK, '"1.0"'],
    ['null', BLOCK, '"null"'],
    ['', BLOCK, '""'],
    ['a: b', BLOCK, '"a: b"'],
    ['*x', BLOCK, '"*x"'],
    ['C:\\work\\$x', BLOCK, 'C:\\work\\$x'],
    ['a: C:\\x', BLOCK, "'a: C:\\x'"],
    ['say "hi"', BLOCK, 'say "hi"'],
    ['"quoted"', BLOCK, `'"quoted"'`],
    ['plain', { flow: false, style: 'QUOTE_DOUBLE' }, '"plain"'],
    ['plain', { flow: false, style: 'QUOTE_SINGLE' }, "'plain'"],
    ["it's", { flow: false, style: 'QUOTE_SINGLE' }, "'it''s'"],
    ['two\nlines', { flow: false, style: 'QUOTE_DOUBLE' }, '"two\\nlines"'],
    ['a,b', { flow: true }, '"a,b"'],
    ['two\nlines', { flow: true }, '"two\\nlines"'],
    ['two\nlines', { flow: false, key: true }, '"two\\nlines"'],
    [true, BLOCK, 'true'],
    [false, { flow: false, source: 'yes' }, 'no'],
    [true, { flow: false, source: 'Off' }, 'On'],
    [false, { flow: false, source: 'TRUE' }, 'FALSE'],
    [null, BLOCK, 'null'],
    [42, BLOCK, '42'],
    [-1.5, BLOCK, '-1.5'],
    [1e-7, BLOCK, '1.0e-7'],
    [1.5e300, BLOCK, '1.5e+300'],
    [1e21, BLOCK, '1.0e+21'],
    [Number.NaN, BLOCK, '.nan'],
    [Number.NEGATIVE_INFINITY, BLOCK, '-.inf'],
    [12n, BLOCK, '12'],
    [new Date(Date.UTC(2024, 0, 2, 3, 4, 5)), BLOCK, '2024-01-02T03:04:05.000Z'],
  ])('writes %s (%o) as %s', (value, context, expected) => {
    expect(renderScalar(value, context)).toEqual({ head: expected });
  });

  it('writes multi-line text as a literal block with the right chomping', () => {
    expect(renderScalar('a\nb', BLOCK)).toEqual({ head: '|-', body: ['a', 'b'] });
    expect(renderScalar('a\nb\n', BLOCK)).toEqual({ head: '|', body: ['a', 'b'] });
    expect(renderScalar('a\n\nb\n', BLOCK)).toEqual({ head: '|', body: ['a', '', 'b'] });
    // Keep chomping would swallow the blank lines after it in the file: quote instead.
    expect(renderScalar('a\nb\n\n', BLOCK)).toEqual({ head: '"a\\nb\\n\\n"' });
  });

  it('keeps block styles for single lines, folded only without inner line breaks', () => {
    expect(renderScalar('one', { flow: false, style: 'BLOCK_FOLDED' })).toEqual({
      head: '>-',
      body: ['one'],
    });
    expect(renderScalar('one\ntwo\n', { flow: false, style: 'BLOCK_FOLDED' })).toEqual({
      head: '|',
      body: ['one', 'two'],
    });
    expect(renderScalar('one', { flow: false, style: 'BLOCK_LITERAL' })).toEqual({
      head: '|-',
      body: ['one'],
    });
  });

  it('falls back to double quotes when a block scalar cannot hold the text', () => {
    expect(renderScalar('  indented\nfirst line', BLOCK)).toEqual({
      head: '"  indented\\nfirst line"',
    });
    expect(renderScalar('\n', BLOCK)).toEqual({ head: '"\\n"' });
  });

  it('escapes what PyYAML would refuse or read as a line break', () => {
    expect(writeDoubleQuoted('a\u0007b\u2028c\u0085d\uFEFF')).toBe(
      '"a\\u0007b\\u2028c\\u0085d\\ufeff"',
    );
  });

  it('round-trips through the parser, whatever the text', () => {
    const samples = [
      'yes',
      '1.0',
      'a: b',
      '- x',
      "'",
      '"',
      '\\',
      '#',
      ' x',
      'x\ty',
      '\u2028',
      'é ü',
    ];
    for (const sample of samples) {
      const { head } = renderScalar(sample, BLOCK);
      expect(parseYamlText(`k: ${head}\n`).value).toEqual({ k: sample });
      const flow = renderScalar(sample, { flow: true }).head;
      expect(parseYamlText(`k: [${flow}]\n`).value).toEqual({ k: [sample] });
    }
  });
});
