import { createProcessIo, type CliCommand, type CliIo } from './cli-io';

/**
 * Each command lives in its own module under ./commands and exports `run: CliCommand`.
 * Loaded lazily so `validate` does not pay for the renderer and vice versa.
 */
const COMMANDS: Record<string, () => Promise<{ run: CliCommand }>> = {
  share: () => import('./commands/share'),
  open: () => import('./commands/open'),
  render: () => import('./commands/render'),
  validate: () => import('./commands/validate'),
  schema: () => import('./commands/schema'),
};

export const USAGE = `Usage: k8s-config-studio <command> [options]

Commands:
  validate FILE...   check dagster_cloud.yaml files; prints FILE:LINE:COL: severity: message
  render FILE        print the Kubernetes manifests the Dagster+ agent would create
  schema             print the JSON Schema of dagster_cloud.yaml
  share FILE         print a share link that opens FILE in K8s Config Studio
  open LINK          print the config text carried by a share link

Run "k8s-config-studio <command> --help" for a command's options.
`;

/** Runs the CLI and returns the exit code instead of exiting, so tests can call it directly. */
export async function main(
  argv: readonly string[],
  io: CliIo = createProcessIo(),
): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h') {
    io.stdout(USAGE);
    return 0;
  }
  const load = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (!load) {
    io.stderr(`k8s-config-studio: unknown command "${command}"\n\n${USAGE}`);
    return 2;
  }
  try {
    const { run } = await load();
    return await run(rest, io);
  } catch (error) {
    io.stderr(
      `k8s-config-studio ${command}: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return 2;
  }
}
