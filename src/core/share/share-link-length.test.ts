import { describe, expect, it } from 'vitest';
import { shareLinkLength } from './share-link-length';

describe('shareLinkLength', () => {
  it('has no warning up to 2,000 characters', () => {
    expect(shareLinkLength('x'.repeat(2_000))).toEqual({ length: 2_000, warnings: [] });
  });

  it('warns past 2,000 characters', () => {
    expect(shareLinkLength('x'.repeat(12_345))).toEqual({
      length: 12_345,
      warnings: [
        {
          code: 'long-for-chat',
          message:
            'This link is 12,345 characters long. Chat tools and issue trackers often cut links longer than 2,000 characters; attach the file instead if the link does not open.',
        },
      ],
    });
  });
});
