import { z } from 'zod';
import { documentField } from './field-doc';

/** The code-source keys, in the order Dagster's messages list them. */
export const CODE_SOURCE_KEYS = [
  'package_name',
  'module_name',
  'python_file',
  'autoload_defs_module_name',
] as const;

const codeSourceShapeSchema = z.strictObject({
  package_name: documentField(z.string().nullable(), {
    text: 'Load definitions from this installed Python package (its top-level `defs`). Code-server env DAGSTER_CLI_API_GRPC_PACKAGE_NAME.',
    example: '`package_name: my_project`',
  }).optional(),
  module_name: documentField(z.string().nullable(), {
    text: 'Load definitions from this Python module. Code-server env DAGSTER_CLI_API_GRPC_MODULE_NAME.',
    example: '`module_name: my_project.definitions`',
  }).optional(),
  python_file: documentField(z.string().nullable(), {
    text: 'Load definitions from this Python file, relative to working_directory. Code-server env DAGSTER_CLI_API_GRPC_PYTHON_FILE.',
    example: '`python_file: definitions.py`',
  }).optional(),
  autoload_defs_module_name: documentField(z.string().nullable(), {
    text: 'Load definitions by autoloading this module (newest dagster-cloud CLI only). Code-server env DAGSTER_CLI_API_GRPC_AUTOLOAD_DEFS_MODULE_NAME.',
    example: '`autoload_defs_module_name: my_project.defs`',
  }).optional(),
});

/**
 * Dagster's `CodeSource` "before" validator: it runs on the raw map, before field validation,
 * and counts every truthy value (unknown keys included) in input order. When it fails, no field
 * errors are reported for code_source.
 */
function checkExactlyOneSource(value: unknown, ctx: z.RefinementCtx): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return;
  const defined = Object.entries(value)
    .filter(([, v]) => isPythonTruthy(v))
    .map(([k]) => k);
  if (defined.length === 1) return;
  ctx.addIssue({
    code: 'custom',
    message:
      defined.length > 1
        ? `only one of the following fields should be defined: ${defined.join(', ')}`
        : `one of ${CODE_SOURCE_KEYS.slice(0, -1).join(', ')}, or ${CODE_SOURCE_KEYS.at(-1)} must be specified`,
    params: { pydanticType: 'value_error' },
  });
}

/** Python truthiness of a parsed YAML value. */
export function isPythonTruthy(value: unknown): boolean {
  if (value === null || value === undefined || value === false || value === 0 || value === '')
    return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.keys(value).length > 0;
  return true;
}

export const codeSourceSchema = documentField(
  z.unknown().superRefine(checkExactlyOneSource).pipe(codeSourceShapeSchema),
  {
    text: 'Where the code server finds your Dagster definitions: exactly one of package_name, module_name, python_file or autoload_defs_module_name. Required by Dagster+.',
    appliesTo: 'server',
    example: '`code_source: {package_name: my_project}`',
  },
);

export type CodeSource = z.infer<typeof codeSourceSchema>;
