import { describe, expect, it } from 'vitest';
import { parseScalarInput } from './scalar-input';

describe('parseScalarInput', () => {
  it('removes an optional key when the input is cleared', () => {
    expect(parseScalarInput('  ', 'string')).toEqual({ kind: 'remove' });
    expect(parseScalarInput('', 'string', { required: true })).toEqual({
      kind: 'invalid',
      message: 'Required.',
    });
  });

  it('keeps strings verbatim (the YAML layer decides on quoting)', () => {
    expect(parseScalarInput('yes', 'string')).toEqual({ kind: 'set', value: 'yes' });
    expect(parseScalarInput('1.0', 'string')).toEqual({ kind: 'set', value: '1.0' });
  });

  it('reads whole numbers and rejects anything else', () => {
    expect(parseScalarInput(' 3 ', 'integer')).toEqual({ kind: 'set', value: 3 });
    expect(parseScalarInput('3.5', 'integer')).toEqual({
      kind: 'invalid',
      message: 'Enter a whole number.',
    });
  });

  it('writes quantities as numbers when they are plain numbers', () => {
    expect(parseScalarInput('2', 'quantity')).toEqual({ kind: 'set', value: 2 });
    expect(parseScalarInput('0.5', 'quantity')).toEqual({ kind: 'set', value: 0.5 });
    expect(parseScalarInput('500m', 'quantity')).toEqual({ kind: 'set', value: '500m' });
    expect(parseScalarInput('1Gi', 'quantity')).toEqual({ kind: 'set', value: '1Gi' });
  });
});
