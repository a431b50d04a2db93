import { describe, expect, it } from 'vitest';
import {
  PythonCoercionError,
  PythonFloat,
  coercePythonBool,
  coercePythonDatetime,
  coercePythonFloat,
  coercePythonInt,
  coercePythonStr,
  formatPythonFloat,
  formatPythonRepr,
  formatPythonSet,
  getPythonTypeName,
} from './python-scalars';

function raised(fn: () => unknown): { pythonType: string; message: string } | undefined {
  try {
    fn();
    return undefined;
  } catch (error) {
    if (!(error instanceof PythonCoercionError)) throw error;
    return { pythonType: error.pythonType, message: error.message };
  }
}

describe('merge.md §13 coercions', () => {
  it.each([
    [true, 'True'],
    [false, 'False'],
    [1, '1'],
    [0.5, '0.5'],
    [new PythonFloat(1), '1.0'],
    ['already', 'already'],
    [['a', 1], "['a', 1]"],
    [{ k: 'v' }, "{'k': 'v'}"],
  ])('str(%o) is %o', (value, expected) => {
    expect(coercePythonStr(value)).toBe(expected);
  });

  it.each([
    ['3', 3],
    [10.9, 10],
    [-10.9, -10],
    [true, 1],
    [' 42 ', 42],
    ['1_000', 1000],
    ['+7', 7],
  ])('int(%o) is %o', (value, expected) => {
    expect(coercePythonInt(value)).toBe(expected);
  });

  it('int() raises what Python raises', () => {
    expect(raised(() => coercePythonInt('abc'))).toEqual({
      pythonType: 'ValueError',
      message: "invalid literal for int() with base 10: 'abc'",
    });
    expect(raised(() => coercePythonInt('3.0'))).toEqual({
      pythonType: 'ValueError',
      message: "invalid literal for int() with base 10: '3.0'",
    });
    expect(raised(() => coercePythonInt(['1']))).toEqual({
      pythonType: 'TypeError',
      message: "int() argument must be a string, a bytes-like object or a real number, not 'list'",
    });
    expect(raised(() => coercePythonInt(Infinity))).toEqual({
      pythonType: 'OverflowError',
      message: 'cannot convert float infinity to integer',
    });
  });

  it.each([
    ['False', true],
    ['', false],
    [0, false],
    [2, true],
    [[], false],
    [{}, false],
    [{ a: 1 }, true],
    [new PythonFloat(0), false],
  ])('bool(%o) is %o', (value, expected) => {
    expect(coercePythonBool(value)).toBe(expected);
  });

  it.each([
    ['1e3', 1000],
    [' .5 ', 0.5],
    ['-inf', -Infinity],
    [true, 1],
    [3, 3],
    [new PythonFloat(2), 2],
  ])('float(%o) is %o', (value, expected) => {
    expect(coercePythonFloat(value)).toBe(expected);
  });

  it('float() raises what Python raises', () => {
    expect(raised(() => coercePythonFloat('1.2.3'))).toEqual({
      pythonType: 'ValueError',
      message: "could not convert string to float: '1.2.3'",
    });
    expect(raised(() => coercePythonFloat({}))).toEqual({
      pythonType: 'TypeError',
      message: "float() argument must be a string or a real number, not 'dict'",
    });
  });

  it('parses datetime fields as dateutil and prints isoformat()', () => {
    expect(coercePythonDatetime('2024-05-15T16:20:00Z')).toBe('2024-05-15T16:20:00+00:00');
    expect(coercePythonDatetime('2024-05-15T16:20:00.5-0530')).toBe(
      '2024-05-15T16:20:00.500000-05:30',
    );
    expect(coercePythonDatetime('2024-05-15')).toBe('2024-05-15T00:00:00');
    expect(raised(() => coercePythonDatetime(5))).toEqual({
      pythonType: 'TypeError',
      message: 'Parser must be a string or character stream, not int',
    });
  });
});

describe('Python formatting', () => {
  it.each([
    [1e16, '1e+16'],
    [1.5e16, '1.5e+16'],
    [1e15, '1000000000000000.0'],
    [0.0001, '0.0001'],
    [0.00001, '1e-05'],
    [123.456, '123.456'],
    [-2.5, '-2.5'],
    [1e22, '1e+22'],
    [1.5e-7, '1.5e-07'],
    [NaN, 'nan'],
    [-Infinity, '-inf'],
  ])('repr(float %d) is %s', (value, expected) => {
    expect(formatPythonFloat(value)).toBe(expected);
  });

  it('quotes strings as repr() does', () => {
    expect(formatPythonRepr("it's")).toBe('"it\'s"');
    expect(formatPythonRepr('say "hi"')).toBe('\'say "hi"\'');
    expect(formatPythonRepr('both \' and "')).toBe("'both \\' and \"'");
    expect(formatPythonRepr('a\\b\n\u0001')).toBe("'a\\\\b\\n\\x01'");
    expect(formatPythonRepr([null, true, 1.5, { a: [] }])).toBe("[None, True, 1.5, {'a': []}]");
  });

  it('prints sets of keys', () => {
    expect(formatPythonSet(['invalidKey'])).toBe("{'invalidKey'}");
    expect(formatPythonSet(['a', 'b'])).toBe("{'a', 'b'}");
  });

  it('names Python types', () => {
    expect([null, true, 1, 1.5, new PythonFloat(1), 's', [], {}].map(getPythonTypeName)).toEqual([
      'NoneType',
      'bool',
      'int',
      'float',
      'float',
      'str',
      'list',
      'dict',
    ]);
  });
});
