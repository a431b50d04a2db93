import { describe, expect, it } from 'vitest';
import {
  formatPythonRepr,
  formatPythonSet,
  formatPythonStr,
  formatPythonType,
} from './python-repr';

describe('Python renderings', () => {
  it('prints str() and repr() as Python does', () => {
    expect(formatPythonStr('abc')).toBe('abc');
    expect(formatPythonStr(true)).toBe('True');
    expect(formatPythonStr(null)).toBe('None');
    expect(formatPythonStr(1.5)).toBe('1.5');
    expect(formatPythonRepr({ env: 'A', list: [1, false, null], q: "it's" })).toBe(
      `{'env': 'A', 'list': [1, False, None], 'q': "it's"}`,
    );
    expect(formatPythonRepr('both \' and "')).toBe(`'both \\' and "'`);
  });

  it('names Python types', () => {
    expect([1, 1.5, 'a', true, null, [], {}].map(formatPythonType)).toEqual([
      "<class 'int'>",
      "<class 'float'>",
      "<class 'str'>",
      "<class 'bool'>",
      "<class 'NoneType'>",
      "<class 'list'>",
      "<class 'dict'>",
    ]);
  });

  it('prints a set of strings', () => {
    expect(formatPythonSet(['invalidKey', 'other'])).toBe("{'invalidKey', 'other'}");
  });
});
