import { parseArgs } from 'node:util';
import {
  collectDiagnostics,
  collectHelmValuesDiagnostics,
  collectTagDiagnostics,
  type Diagnostic,
} from '../../core/diagnostics';
import { formatConfigPath } from '../../core/source-range';
import type { CliCommand, CliIo } from '../cli-io';

export const VALIDATE_USAGE = `Usage: k8s-config-studio validate FILE... [options]

Check dagster_cloud.yaml files the way \`dagster-cloud ci check\`, the Dagster+ agent and the
Kubernetes API would, before you deploy. Prints one line per problem:
  FILE:LINE:COL: error|warning: message

Options:
  --kind KIND       what the files hold: config (dagster_cloud.yaml, default), tag (the value
                    of a dagster-k8s/config tag) or helm-values (agent Helm values)
  --format FORMAT   text (default) or json
  --verbose         also print notes (info)
  -h, --help        show this help

Exit codes: 0 no errors (warnings allowed), 1 errors found, 2 usage error, unreadable or blank file.
`;

const OPTIONS = {
  kind: { type: 'string', default: 'config' },
  format: { type: 'string', default: 'text' },
  verbose: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const COLLECTORS: Record<string, (text: string) => Diagnostic[]> = {
  config: collectDiagnostics,
  tag: collectTagDiagnostics,
  'helm-values': collectHelmValuesDiagnostics,
};

interface FileResult {
  readonly file: string;
  readonly diagnostics: readonly Diagnostic[];
}

function usageError(io: CliIo, message: string): number {
  io.stderr(`k8s-config-studio validate: ${message}\n\n${VALIDATE_USAGE}`);
  return 2;
}

function formatLine(file: string, d: Diagnostic): string {
  const line = `${file}:${d.range.start.line}:${d.range.start.column}: ${d.severity}: ${d.message}\n`;
  // The hint goes on its own indented line so `grep ': error:'` still sees one line per problem.
  return d.hint ? `${line}    hint: ${d.hint}\n` : line;
}

function toJson(results: readonly FileResult[]): string {
  const rows = results.flatMap(({ file, diagnostics }) =>
    diagnostics.map((d) => ({
      file,
      line: d.range.start.line,
      column: d.range.start.column,
      endLine: d.range.end.line,
      endColumn: d.range.end.column,
      severity: d.severity,
      message: d.message,
      path: formatConfigPath(d.path),
      source: d.source,
      ...(d.stage ? { stage: d.stage } : {}),
      ...(d.code ? { code: d.code } : {}),
      ...(d.hint ? { hint: d.hint } : {}),
    })),
  );
  return `${JSON.stringify(rows, null, 2)}\n`;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** Reads one file; undefined (and a message on stderr) when it cannot be checked at all. */
function readChecked(io: CliIo, file: string, kind: string): string | undefined {
  let text: string;
  try {
    text = io.readFile(file);
  } catch (error) {
    io.stderr(`${error instanceof Error ? error.message : String(error)}\n`);
    return undefined;
  }
  if (kind === 'config' && text.trim() === '') {
    io.stderr(`Unexpected blank file ${file}\n`);
    return undefined;
  }
  return text;
}

/** `k8s-config-studio validate FILE…`: problems on stdout, a summary on stderr. */
export const run: CliCommand = (args, io) => {
  let parsed;
  try {
    parsed = parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    return usageError(io, error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(VALIDATE_USAGE);
    return 0;
  }
  const collect = Object.hasOwn(COLLECTORS, values.kind) ? COLLECTORS[values.kind] : undefined;
  if (!collect) return usageError(io, `unknown --kind "${values.kind}"`);
  if (values.format !== 'text' && values.format !== 'json')
    return usageError(io, `unknown --format "${values.format}"`);
  if (positionals.length === 0) return usageError(io, 'expected at least one FILE');
  const verbose = values.verbose === true;

  const results: FileResult[] = [];
  let unreadable = 0;
  for (const file of positionals) {
    const text = readChecked(io, file, values.kind);
    if (text === undefined) {
      unreadable++;
      continue;
    }
    const diagnostics = collect(text).filter((d) => verbose || d.severity !== 'info');
    results.push({ file, diagnostics });
    if (values.format === 'text') for (const d of diagnostics) io.stdout(formatLine(file, d));
  }
  if (values.format === 'json') io.stdout(toJson(results));

  const all = results.flatMap((r) => r.diagnostics);
  const errors = all.filter((d) => d.severity === 'error').length;
  const warnings = all.filter((d) => d.severity === 'warning').length;
  const notes = verbose ? `, ${plural(all.length - errors - warnings, 'note')}` : '';
  const skipped = unreadable ? `, ${unreadable} not checked` : '';
  io.stderr(
    `${plural(results.length, 'file')} checked${skipped}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}${notes}\n`,
  );
  if (unreadable) return 2;
  return errors > 0 ? 1 : 0;
};
