import type { z } from 'zod';

/** A zod issue as parsed with `reportInput: true`, custom params included. */
export type Issue = z.core.$ZodIssue & {
  readonly input?: unknown;
  readonly params?: Record<string, unknown>;
};
