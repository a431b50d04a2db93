import { findProblemRange } from '../../diagnostics/problem-range';
import type { Diagnostic } from '../../diagnostics/diagnostic';
import type { ConfigPath } from '../../source-range';
import { findPathRange, type ParsedYaml } from '../../yaml';
import type { ManifestRole } from '../manifests/types';
import { describeValueOrigin } from './describe-origin';
import type { ManifestProblem } from './problem';

const ROLE_NAMES: Readonly<Record<ManifestRole, string>> = {
  run: 'run Job',
  step: 'step Job',
  deployment: 'code-server Deployment',
  service: 'code-server Service',
};

export interface ManifestDiagnosticsOptions {
  /** Where problems whose value did not come from the file go (the location's entry). */
  readonly fallbackPath: ConfigPath;
  /** Diagnostics already shown: a manifest problem with the same code at the same place is dropped. */
  readonly existing?: readonly Diagnostic[];
}

/** `a`, `a and b`, `a, b and c`. */
function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

function placeProblem(problem: ManifestProblem, parsed: ParsedYaml, fallback: ConfigPath) {
  const origin = problem.origin;
  if (origin?.document === 'dagster-cloud-yaml') {
    const target = problem.code.endsWith('-key') ? 'key' : 'value';
    const exists = findPathRange(parsed, origin.path) !== undefined;
    return {
      path: origin.path,
      range: findProblemRange(parsed, origin.path, exists ? target : 'missing'),
      from: null,
    };
  }
  return {
    path: fallback,
    range: findProblemRange(parsed, fallback, 'key'),
    from: origin ? describeValueOrigin(origin) : null,
  };
}

/**
 * The checks' problems as problems-list diagnostics (source `kubernetes`, stage
 * `kubernetes-api`), placed on the value in dagster_cloud.yaml they came from, or on
 * `fallbackPath` (saying where the value came from) when it came from Helm, a tag or Dagster.
 * One diagnostic per message and place, naming every object it affects.
 */
export function toManifestDiagnostics(
  problems: readonly ManifestProblem[],
  parsed: ParsedYaml,
  options: ManifestDiagnosticsOptions,
): Diagnostic[] {
  const byPlace = new Map<string, { diagnostic: Diagnostic; roles: ManifestRole[] }>();
  for (const problem of problems) {
    const { path, range, from } = placeProblem(problem, parsed, options.fallbackPath);
    const duplicate = options.existing?.some(
      (d) => d.code === problem.code && d.range.start.offset === range.start.offset,
    );
    if (duplicate) continue;
    const message = from ? `${problem.message} (value from ${from})` : problem.message;
    const id = `${range.start.offset}\u0000${message}`;
    const entry = byPlace.get(id);
    if (entry) {
      if (!entry.roles.includes(problem.role)) entry.roles.push(problem.role);
      continue;
    }
    byPlace.set(id, {
      roles: [problem.role],
      diagnostic: {
        severity: problem.severity,
        message,
        path,
        range,
        source: 'kubernetes',
        stage: 'kubernetes-api',
        code: problem.code,
      },
    });
  }
  return [...byPlace.values()].map(({ diagnostic, roles }) => ({
    ...diagnostic,
    hint: `The API server rejects the rendered ${joinNames(roles.map((role) => ROLE_NAMES[role]))}.`,
  }));
}
