import { describe, expect, it } from 'vitest';
import { checkK8sModelValue, formatPythonRepr, formatPythonStr } from '.';

/** `{a: {a: … 1 …}}`, `depth` maps deep, built without recursion. */
function nest(depth: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

describe('Python repr of values nested thousands of levels deep', () => {
  it('stops at 500 levels with {...} instead of overflowing the stack', () => {
    const expected = "{'a': ".repeat(500) + '{...}' + '}'.repeat(500);
    expect(formatPythonRepr(nest(10_000))).toBe(expected);
    expect(formatPythonStr(nest(10_000))).toBe(expected);
    expect(formatPythonRepr([[[[nest(1_000)]]]])).toBe(
      '[[[[' + "{'a': ".repeat(496) + '{...}' + '}'.repeat(496) + ']]]]',
    );
  });

  it('prints values within the limit in full', () => {
    expect(formatPythonRepr(nest(3))).toBe("{'a': {'a': {'a': 1}}}");
    expect(formatPythonRepr(nest(499))).toBe("{'a': ".repeat(499) + '1' + '}'.repeat(499));
    expect(formatPythonRepr({ list: [true, null, 'x'] })).toBe("{'list': [True, None, 'x']}");
  });

  it('lets the model check report a deep label value', () => {
    const issues = checkK8sModelValue('V1ObjectMeta', { labels: { deep: nest(10_000) } }, []);
    expect(issues).toEqual([
      {
        path: ['labels', 'deep'],
        message:
          'labels[deep] is a string: the agent sends ' +
          JSON.stringify("{'a': ".repeat(500) + '{...}' + '}'.repeat(500)) +
          ` (Python str(${"{'a': ".repeat(500)}{...}${'}'.repeat(500)}))`,
        code: 'k8s-coerced-scalar',
        severity: 'warning',
      },
    ]);
  });
});
