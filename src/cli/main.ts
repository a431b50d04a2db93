/**
 * Entry of the `k8s-config-studio` command-line tool. Commands are added by their issues;
 * this returns the process exit code instead of exiting, so tests can call it directly.
 */
export async function main(argv: readonly string[]): Promise<number> {
  const [command] = argv;
  if (!command || command === '--help' || command === '-h') {
    process.stdout.write(USAGE);
    return 0;
  }
  process.stderr.write(`k8s-config-studio: unknown command "${command}"\n${USAGE}`);
  return 2;
}

const USAGE = `Usage: k8s-config-studio <command> [options]

Commands:
  validate FILE...   check dagster_cloud.yaml files; prints FILE:LINE:COL: severity: message
  render FILE        print the Kubernetes manifests the Dagster+ agent would create
  schema             print the JSON Schema of dagster_cloud.yaml
  share FILE         print a share link that opens FILE in K8s Config Studio
  open LINK          print the config text carried by a share link
`;
