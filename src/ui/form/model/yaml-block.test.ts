import { describe, expect, it } from 'vitest';
import { formatYamlBlock, parseYamlBlock, parseYamlMapBlock } from './yaml-block';

describe('raw YAML blocks', () => {
  it('prints a subtree as YAML 1.1 (strings that 1.1 reads as booleans stay quoted)', () => {
    expect(formatYamlBlock({ runAsUser: 1000, flag: 'yes', caps: ['NET_ADMIN'] })).toBe(
      'runAsUser: 1000\nflag: "yes"\ncaps:\n  - NET_ADMIN\n',
    );
    expect(formatYamlBlock({})).toBe('');
    expect(formatYamlBlock(undefined)).toBe('');
  });

  it('reads YAML 1.1 like Dagster (on/off are booleans)', () => {
    expect(parseYamlBlock('a: on\nb: 010\n')).toEqual({ ok: true, value: { a: true, b: 8 } });
    expect(parseYamlBlock('   \n')).toEqual({ ok: true, value: undefined });
  });

  it('explains text that does not parse or is not a mapping', () => {
    expect(parseYamlBlock('a: [1,\n')).toEqual({
      ok: false,
      message: expect.stringMatching(/^YAML: /) as unknown as string,
    });
    expect(parseYamlMapBlock('- a\n')).toEqual({
      ok: false,
      message: 'Enter keys and values (a YAML mapping).',
    });
    expect(parseYamlMapBlock('')).toEqual({ ok: true, value: {} });
  });
});
