import { parseArgs } from 'node:util';
import { decodeShareLink } from '../../core/share';
import type { CliCommand, CliIo } from '../cli-io';

export const OPEN_USAGE = `Usage: k8s-config-studio open LINK [options]

Write the dagster_cloud.yaml text carried by a K8s Config Studio share link to stdout,
byte for byte (no newline is added). LINK may be the whole link or just its #fragment.

Options:
  --helm-values-out FILE   also write the agent's Helm values carried by the link to FILE
  --link-file FILE         read the link from FILE instead of LINK (for links longer than a
                           command line allows)
  -h, --help               show this help

Exit codes: 0 written, 1 the link is damaged or not a share link, 2 usage or file error.
`;

const OPTIONS = {
  'helm-values-out': { type: 'string' },
  'link-file': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

function usageError(io: CliIo, message: string): number {
  io.stderr(`k8s-config-studio open: ${message}\n\n${OPEN_USAGE}`);
  return 2;
}

/** `k8s-config-studio open LINK …`: the config text on stdout exactly as it was shared. */
export const run: CliCommand = (args, io) => {
  let parsed;
  try {
    parsed = parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    return usageError(io, error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(OPEN_USAGE);
    return 0;
  }
  const linkFile = values['link-file'];
  if (positionals.length !== (linkFile === undefined ? 1 : 0)) {
    return usageError(io, 'expected exactly one LINK, or --link-file FILE');
  }
  const link = linkFile === undefined ? positionals[0]! : io.readFile(linkFile);
  const decoded = decodeShareLink(link);
  if (!decoded.ok) {
    io.stderr(`k8s-config-studio open: ${decoded.error.message}\n`);
    return 1;
  }
  const helmOut = values['helm-values-out'];
  if (helmOut !== undefined) {
    if (decoded.state.helmValuesText === undefined) {
      io.stderr(
        `k8s-config-studio open: the link carries no Helm values; ${helmOut} not written\n`,
      );
    } else {
      io.writeFile(helmOut, decoded.state.helmValuesText);
    }
  }
  io.stdout(decoded.state.configText);
  return 0;
};
