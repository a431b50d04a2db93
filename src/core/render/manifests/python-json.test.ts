import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { dumpPythonJson, PythonFloat, PythonJsonError, toPythonJsonData } from './python-json';

describe('dumpPythonJson (Python json.dumps defaults)', () => {
  it('uses Python separators, escapes non-ASCII and prints floats the Python way', () => {
    const value = {
      k8s: {
        a: new PythonFloat(1),
        b: new PythonFloat(1e16),
        c: new PythonFloat(1e-5),
        d: 'é"\\\n\u007f漢🎉',
        e: null,
        f: true,
        g: [1, 2.5, 'None'],
      },
    };
    expect(dumpPythonJson(value)).toBe(
      '{"k8s": {"a": 1.0, "b": 1e+16, "c": 1e-05, "d": "\\u00e9\\"\\\\\\n\\u007f\\u6f22\\ud83c\\udf89", "e": null, "f": true, "g": [1, 2.5, "None"]}}',
    );
  });

  it('writes non-string keys as Python does and refuses dates', () => {
    expect(
      dumpPythonJson(
        new Map<unknown, unknown>([
          [1, 'a'],
          [true, 'b'],
          [null, 'c'],
        ]),
      ),
    ).toBe('{"1": "a", "true": "b", "null": "c"}');
    expect(() => dumpPythonJson({ when: new Date(0) })).toThrow(
      new PythonJsonError('Object of type date is not JSON serializable'),
    );
  });
});

describe('toPythonJsonData', () => {
  it('keeps YAML 1.1 floats as floats and ints as ints', () => {
    const doc = parseDocument(
      'k8s: {a: 1.0, b: 3, c: 0x1E, d: "1.0", e: .5, f: 2.50, g: {1: x}}\n',
      { version: '1.1' },
    );
    expect(dumpPythonJson(toPythonJsonData(doc.contents))).toBe(
      '{"k8s": {"a": 1.0, "b": 3, "c": 30, "d": "1.0", "e": 0.5, "f": 2.5, "g": {"1": "x"}}}',
    );
  });
});
