import { describe, expect, it } from 'vitest';
import { agentEnvPlaceholder, missingEnvVarMessage, parseEnvVar } from './env-vars';

describe('parseEnvVar (merge.md §8)', () => {
  it('splits KEY=VALUE at the first =', () => {
    expect(parseEnvVar('A=b=c')).toEqual({ name: 'A', value: 'b=c' });
    expect(parseEnvVar('KEY=')).toEqual({ name: 'KEY', value: '' });
    expect(parseEnvVar('=v')).toEqual({ name: '', value: 'v' });
  });

  it('reads a bare KEY from the agent environment, or shows placeholder P8', () => {
    expect(parseEnvVar('TOKEN', { TOKEN: 's3cret' })).toEqual({
      name: 'TOKEN',
      value: 's3cret',
      fromEnvironment: { key: 'TOKEN', resolved: true },
    });
    expect(parseEnvVar('TOKEN', {})).toEqual({
      name: 'TOKEN',
      value: '<agent env: TOKEN>',
      fromEnvironment: { key: 'TOKEN', resolved: false },
    });
    expect(agentEnvPlaceholder('X')).toBe('<agent env: X>');
    expect(missingEnvVarMessage('X')).toBe(
      'Tried to load environment variable X, but it was not set',
    );
  });

  it('does not read inherited object properties as environment entries', () => {
    expect(parseEnvVar('toString', {}).value).toBe('<agent env: toString>');
  });
});
