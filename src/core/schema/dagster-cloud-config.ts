import { z } from 'zod';
import { documentField } from './field-doc';
import { locationDefaultsSchema, locationSchema, type LocationConfig } from './location';

/**
 * Dagster's `no_duplicate_names` validator on `locations`.
 */
function checkUniqueLocationNames(locations: readonly LocationConfig[], ctx: z.RefinementCtx) {
  const names = new Set<string>();
  for (const [index, location] of locations.entries()) {
    if (names.has(location.location_name)) {
      ctx.addIssue({
        code: 'custom',
        message: `duplicate location name: ${location.location_name}`,
        params: { pydanticType: 'value_error', rangePath: ['locations', index, 'location_name'] },
      });
      // pydantic raises on the first duplicate, so there is exactly one message.
      return;
    }
    names.add(location.location_name);
  }
}

/** The whole `dagster_cloud.yaml` (`DagsterCloudYaml`, config-schema.md §2). */
export const dagsterCloudConfigSchema = z
  .strictObject({
    locations: documentField(
      z.array(locationSchema).superRefine(checkUniqueLocationNames, {
        // pydantic's field validator runs only on a fully valid list (unknown keys included).
        when: (payload) => payload.issues.length === 0,
      }),
      {
        text: 'The code locations of this deployment, as a list (required; may be empty). Each location_name must be unique.',
        example:
          '`locations:\n  - location_name: analytics\n    code_source: {package_name: analytics}`',
      },
    ),
    defaults: locationDefaultsSchema.nullable().optional(),
  })
  .meta({
    title: 'dagster_cloud.yaml',
    description:
      'Dagster+ code locations and how the Kubernetes agent runs them (also build.yaml and its legacy names).',
  });

export type DagsterCloudConfig = z.infer<typeof dagsterCloudConfigSchema>;
