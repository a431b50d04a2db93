import { z } from 'zod';

/**
 * Dagster's `StringSource`/`BoolSource`/`IntSource`: a literal, or `{env: VAR}` read from the
 * environment of the process that validates the config (for Dagster+, the agent).
 */
const envSelectorSchema = z
  .strictObject({
    env: z.string().meta({
      description:
        'Name of an environment variable of the Dagster+ agent whose value is used here. Example: `{env: RUN_NAMESPACE}`',
    }),
  })
  .meta({
    description:
      "Read the value from an environment variable of the agent process (not the pod's). Example: `namespace: {env: RUN_NAMESPACE}`",
  });

/** A string, or `{env: VAR}`. */
export const stringSourceSchema = z.union([z.string(), envSelectorSchema]);

/** A boolean, or `{env: VAR}`. */
export const boolSourceSchema = z.union([z.boolean(), envSelectorSchema]);

export type StringSource = z.infer<typeof stringSourceSchema>;
export type BoolSource = z.infer<typeof boolSourceSchema>;

/** A Dagster `dict`/`Permissive()`: any map, keys as written. */
export function anyMapSchema(): z.ZodRecord<z.ZodString, z.ZodUnknown> {
  return z.record(z.string(), z.unknown());
}
