import { parseArgs } from 'node:util';
import {
  buildShareLink,
  findSecretLikeValues,
  redactSecrets,
  shareLinkLength,
  type ShareState,
} from '../../core/share';
import type { CliCommand, CliIo } from '../cli-io';

/** Not a real host (`.example` is reserved): the app is static and has no official address yet. */
export const DEFAULT_SHARE_BASE_URL = 'https://k8s-config-studio.example/';

export const SHARE_USAGE = `Usage: k8s-config-studio share FILE [options]

Print a link that opens FILE (a dagster_cloud.yaml) in K8s Config Studio. The file travels
compressed in the link's #fragment, which browsers never send to a server.

Options:
  --helm-values FILE   also carry the agent's Helm values
  --base URL           where your copy of the app is served
                       (default: ${DEFAULT_SHARE_BASE_URL}, a placeholder: pass
                       your own URL, or replace the part before # when you paste the link)
  --redact             replace secret-looking values (env var values, anything under a key
                       such as password or token) with <redacted> before sharing
  -h, --help           show this help

The same codec as the app: a link made here opens there, and "open" reads the app's links.
Exit codes: 0 printed, 1 the files are too large for a link, 2 usage or file error.
`;

const OPTIONS = {
  'helm-values': { type: 'string' },
  base: { type: 'string' },
  redact: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

function usageError(io: CliIo, message: string): number {
  io.stderr(`k8s-config-studio share: ${message}\n\n${SHARE_USAGE}`);
  return 2;
}

/** Redacts each text when asked, and says on stderr how many values were hidden. */
function prepareState(
  io: CliIo,
  configText: string,
  helmValuesText: string | undefined,
  redact: boolean,
): ShareState {
  if (!redact)
    return helmValuesText === undefined ? { configText } : { configText, helmValuesText };
  const texts = helmValuesText === undefined ? [configText] : [configText, helmValuesText];
  const count = texts.reduce((sum, text) => sum + findSecretLikeValues(text).length, 0);
  io.stderr(`Redacted ${count} secret-looking value${count === 1 ? '' : 's'}.\n`);
  const redactedConfig = redactSecrets(configText);
  return helmValuesText === undefined
    ? { configText: redactedConfig }
    : { configText: redactedConfig, helmValuesText: redactSecrets(helmValuesText) };
}

/** `k8s-config-studio share FILE …`: the link on stdout, notes and warnings on stderr. */
export const run: CliCommand = (args, io) => {
  let parsed;
  try {
    parsed = parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    return usageError(io, error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(SHARE_USAGE);
    return 0;
  }
  if (positionals.length !== 1) return usageError(io, 'expected exactly one FILE');
  const configText = io.readFile(positionals[0]!);
  const helmPath = values['helm-values'];
  const helmValuesText = helmPath === undefined ? undefined : io.readFile(helmPath);
  const state = prepareState(io, configText, helmValuesText, values.redact === true);
  const built = buildShareLink(values.base ?? DEFAULT_SHARE_BASE_URL, state);
  if (!built.ok) {
    io.stderr(`k8s-config-studio share: ${built.error.message}\n`);
    return 1;
  }
  for (const warning of shareLinkLength(built.link).warnings) {
    io.stderr(`warning: ${warning.message}\n`);
  }
  io.stdout(`${built.link}\n`);
  return 0;
};
