import { describe, expect, it } from 'vitest';
import { checkEnvVarName, formatEnvVarEntry, parseEnvVarEntry } from './env-var-entry';

describe('parseEnvVarEntry / formatEnvVarEntry', () => {
  it('splits KEY=VALUE at the first "=" only, so values with "=" round-trip', () => {
    expect(parseEnvVarEntry('A=b=c')).toEqual({ name: 'A', value: 'b=c', inherit: false });
    expect(formatEnvVarEntry(parseEnvVarEntry('A=b=c'))).toBe('A=b=c');
    expect(formatEnvVarEntry(parseEnvVarEntry('URL=postgres://u:p@h/db?x=1&y=2'))).toBe(
      'URL=postgres://u:p@h/db?x=1&y=2',
    );
  });

  it('reads a bare KEY as inherited from the agent', () => {
    expect(parseEnvVarEntry('SNOWFLAKE_ACCOUNT')).toEqual({
      name: 'SNOWFLAKE_ACCOUNT',
      value: '',
      inherit: true,
    });
    expect(formatEnvVarEntry({ name: 'SNOWFLAKE_ACCOUNT', value: 'ignored', inherit: true })).toBe(
      'SNOWFLAKE_ACCOUNT',
    );
  });

  it('keeps KEY= (an empty value) distinct from a bare KEY', () => {
    expect(parseEnvVarEntry('EMPTY=')).toEqual({ name: 'EMPTY', value: '', inherit: false });
    expect(formatEnvVarEntry({ name: 'EMPTY', value: '', inherit: false })).toBe('EMPTY=');
  });
});

describe('checkEnvVarName', () => {
  it('accepts shell-style names and explains what is wrong otherwise', () => {
    expect(checkEnvVarName('DBT_TARGET')).toBeUndefined();
    expect(checkEnvVarName('')).toBe('Enter a name.');
    expect(checkEnvVarName('A=B')).toBe('A name cannot contain "=".');
    expect(checkEnvVarName('1ABC')).toBe(
      'Use letters, digits and "_" (not starting with a digit).',
    );
  });
});
