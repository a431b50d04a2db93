import { describe, expect, it } from 'vitest';
import { computeMd5Hex, computeSha1Hex } from './hash';

describe('computeSha1Hex', () => {
  it('gives the agent location_hash of the spec examples', () => {
    expect(computeSha1Hex('prod-data_eng_pipeline')).toBe(
      '95970c3ba6b7846e34b0bb08c30cf63c4195f3c6',
    );
    expect(computeSha1Hex('staging-Sales Forecast')).toBe(
      'cd779a02d63ea8f9bfe40cf16da9e9e6aa02fc9e',
    );
  });

  it('matches the standard test vectors, multi-block input and UTF-8', () => {
    expect(computeSha1Hex('')).toBe('da39a3ee5e6b4b0d3255bfef95601890afd80709');
    expect(computeSha1Hex('abc')).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
    expect(computeSha1Hex('a'.repeat(1000))).toBe('291e9a6c66994949b57ba5e650361e98fc36b1ba');
    expect(computeSha1Hex('é')).toBe('bf15be717ac1b080b4f1c456692825891ff5073d');
  });
});

describe('computeMd5Hex', () => {
  it('matches the standard test vectors and UTF-8', () => {
    expect(computeMd5Hex('')).toBe('d41d8cd98f00b204e9800998ecf8427e');
    expect(computeMd5Hex('abc')).toBe('900150983cd24fb0d6963f7d28e17f72');
    expect(computeMd5Hex('a'.repeat(1000))).toBe('cabe45dcc9ae5b66ba86600cca6b8ba8');
    expect(computeMd5Hex('漢字🎉')).toBe('10b4800235c4ebb6fa5f8bde5c39bbcf');
  });
});
