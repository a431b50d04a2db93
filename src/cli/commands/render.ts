import { parseArgs } from 'node:util';
import { renderLocation, type RenderKind } from '../../core/render';
import type { CliCommand, CliIo } from '../cli-io';

export const RENDER_USAGE = `Usage: k8s-config-studio render FILE [options]

Print the Kubernetes objects the Dagster+ agent would create for one code location,
as multi-document YAML. Values known only at launch print as <placeholders>.

Options:
  --location NAME          the code location (default: the first one in FILE)
  --image IMAGE            the location's image, as \`dagster-cloud ci deploy --image\` sets it
  --helm-values FILE       the agent's Helm values (default: the chart's defaults)
  --tags FILE              value of the run's dagster-k8s/config tag (YAML or JSON)
  --deployment NAME        the Dagster+ deployment (default: prod)
  --run-id ID              the run id (default: the placeholder <run-id>)
  --job NAME               the job's name in code (default: my_job)
  --kind KIND              run | step | deployment | service | all (default: all)
  --executor-config FILE   k8s_job_executor config, for step Jobs (op isolation)
  --op NAME                the op whose step Job to render (default: my_op)
  --op-tags FILE           value of the op's dagster-k8s/config tag (YAML or JSON)
  -h, --help               show this help

Exit codes: 0 rendered, 1 Dagster would reject the config, 2 usage or file error.
`;

const KINDS: readonly RenderKind[] = ['run', 'step', 'deployment', 'service', 'all'];

const OPTIONS = {
  location: { type: 'string' },
  image: { type: 'string' },
  'helm-values': { type: 'string' },
  tags: { type: 'string' },
  deployment: { type: 'string' },
  'run-id': { type: 'string' },
  job: { type: 'string' },
  kind: { type: 'string' },
  'executor-config': { type: 'string' },
  op: { type: 'string' },
  'op-tags': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

function usageError(io: CliIo, message: string): number {
  io.stderr(`k8s-config-studio render: ${message}\n\n${RENDER_USAGE}`);
  return 2;
}

/** Reads an optional file option; `undefined` when the option is absent. */
function readOptional(io: CliIo, path: string | undefined): string | undefined {
  return path === undefined ? undefined : io.readFile(path);
}

/**
 * `k8s-config-studio render FILE …`: the manifests on stdout; Dagster's rejection as
 * `<ExceptionType>: <message>` on stderr with exit code 1; warnings on stderr.
 */
export const run: CliCommand = (args, io) => {
  let parsed;
  try {
    parsed = parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    return usageError(io, (error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(RENDER_USAGE);
    return 0;
  }
  if (positionals.length !== 1) return usageError(io, 'expected exactly one FILE');
  const kind = (values.kind ?? 'all') as RenderKind;
  if (!KINDS.includes(kind)) {
    return usageError(io, `--kind must be one of ${KINDS.join(', ')}, not "${values.kind}"`);
  }
  const result = renderLocation({
    configText: io.readFile(positionals[0]!),
    locationName: values.location,
    image: values.image,
    helmValues: readOptional(io, values['helm-values']),
    runTag: readOptional(io, values.tags),
    deploymentName: values.deployment,
    runId: values['run-id'],
    jobName: values.job,
    kind,
    executorConfig: readOptional(io, values['executor-config']),
    opName: values.op,
    opTags: readOptional(io, values['op-tags']),
  });
  for (const note of result.notes) {
    if (note.severity === 'warning') io.stderr(`warning: ${note.message}\n`);
  }
  if (result.error) {
    io.stderr(`${result.error.errorType}: ${result.error.message}\n`);
    return 1;
  }
  io.stdout(result.yaml);
  return 0;
};
