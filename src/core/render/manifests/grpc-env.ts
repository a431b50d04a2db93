import type { JsonObject } from '../merge/types';

/** The location fields the agent turns into a code server's command line and env. */
export interface CodeServerLocation {
  readonly locationName: string;
  readonly image: string | null;
  readonly codeSource?: {
    readonly python_file?: string | null;
    readonly module_name?: string | null;
    readonly package_name?: string | null;
    readonly autoload_defs_module_name?: string | null;
  } | null;
  readonly workingDirectory?: string | null;
  readonly executablePath?: string | null;
  readonly attribute?: string | null;
}

/** The launch-time values of a code server's system env (placeholders P6 by default). */
export interface GrpcEnvValues {
  /** `DAGSTER_CONTAINER_CONTEXT`: Python `json.dumps` of the location's raw container context. */
  readonly containerContextJson: string;
  readonly instanceRef: string;
  readonly port: number;
}

/**
 * `get_grpc_server_command` (render-server.md §9.3): `[<executable_path>, -m]`, then
 * `dagster api grpc`, then `--enable-metrics` when the agent has code-server metrics on.
 */
export function buildGrpcServerArgs(
  location: CodeServerLocation,
  metricsEnabled: boolean,
): string[] {
  const args = location.executablePath ? [location.executablePath, '-m'] : [];
  args.push('dagster', 'api', 'grpc');
  if (metricsEnabled) args.push('--enable-metrics');
  return args;
}

/**
 * `get_grpc_server_env` (render-server.md §9.4), in its exact order; conditional entries are
 * left out when empty. The code source is checked python_file → module_name → package_name.
 */
export function buildGrpcServerEnv(
  location: CodeServerLocation,
  values: GrpcEnvValues,
): JsonObject[] {
  const env: [string, string][] = [
    ['DAGSTER_LOCATION_NAME', location.locationName],
    ['DAGSTER_INJECT_ENV_VARS_FROM_INSTANCE', '1'],
    ['DAGSTER_CLI_API_GRPC_LAZY_LOAD_USER_CODE', '1'],
    ['DAGSTER_CLI_API_GRPC_HOST', '0.0.0.0'],
    ['DAGSTER_CONTAINER_CONTEXT', values.containerContextJson],
    ['DAGSTER_INSTANCE_REF', values.instanceRef],
    ['DAGSTER_CLI_API_GRPC_PORT', String(values.port)],
  ];
  if (location.image) env.push(['DAGSTER_CURRENT_IMAGE', location.image]);
  const source = location.codeSource ?? {};
  if (source.python_file) env.push(['DAGSTER_CLI_API_GRPC_PYTHON_FILE', source.python_file]);
  else if (source.module_name) env.push(['DAGSTER_CLI_API_GRPC_MODULE_NAME', source.module_name]);
  else if (source.package_name)
    env.push(['DAGSTER_CLI_API_GRPC_PACKAGE_NAME', source.package_name]);
  if (location.workingDirectory) {
    env.push(['DAGSTER_CLI_API_GRPC_WORKING_DIRECTORY', location.workingDirectory]);
  }
  if (location.attribute) env.push(['DAGSTER_CLI_API_GRPC_ATTRIBUTE', location.attribute]);
  if (location.executablePath) {
    env.push(['DAGSTER_CLI_API_GRPC_USE_PYTHON_ENVIRONMENT_ENTRY_POINT', '1']);
  }
  if (source.autoload_defs_module_name) {
    env.push(['DAGSTER_CLI_API_GRPC_AUTOLOAD_DEFS_MODULE_NAME', source.autoload_defs_module_name]);
  }
  return env.map(([name, value]) => ({ name, value }));
}
