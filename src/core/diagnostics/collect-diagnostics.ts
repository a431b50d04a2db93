import {
  validateAgentHelmValues,
  validateDagsterCloudConfig,
  validateK8sConfigTag,
  type DiagnosticStage,
  type SchemaProblem,
} from '../schema';
import type { ConfigPath, SourceRange } from '../source-range';
import { findPathAtOffset, rangeFromOffsets, takeOrParseYamlText, type ParsedYaml } from '../yaml';
import type { Diagnostic, LintFinding } from './diagnostic';
import {
  lintAgentHelmValues,
  lintDagsterCloudConfig,
  lintK8sConfigTag,
  type ConfigLintOptions,
} from './lint';
import { findProblemRange } from './problem-range';
import { sortDiagnostics } from './sort-diagnostics';

interface CollectOptions {
  /** Who reads the text: where a YAML error would surface. */
  readonly loadStage: DiagnosticStage;
  /** Diagnostics for text that is empty or whitespace only; undefined when that is fine. */
  readonly blank?: () => Diagnostic[];
  readonly validate: (value: unknown) => readonly SchemaProblem[];
  readonly lint: (value: unknown) => readonly LintFinding[];
  /** Extra text-level checks (Jinja). */
  readonly scanText?: (parsed: ParsedYaml) => Diagnostic[];
  /** Turns the parsed YAML value into what is validated (a tag written as a JSON string). */
  readonly prepare?: (value: unknown) => { value: unknown; problem?: string };
}

const START: SourceRange = {
  start: { line: 1, column: 1, offset: 0 },
  end: { line: 1, column: 1, offset: 0 },
};

function internalError(error: unknown, path: ConfigPath = []): Diagnostic {
  const detail = error instanceof Error ? error.message : String(error);
  return {
    severity: 'error',
    message: `Internal error while checking this file: ${detail}`,
    path,
    range: START,
    source: 'lint',
    code: 'internal-error',
  };
}

/** YAML problems that stop Dagster's loader (a duplicate key does not: the last one wins). */
function isFatalYamlProblem(code: string, severity: string): boolean {
  return severity === 'error' && code !== 'DUPLICATE_KEY';
}

function fromYaml(parsed: ParsedYaml, stage: DiagnosticStage): Diagnostic[] {
  return parsed.problems.map((problem) => ({
    severity: problem.severity,
    message: problem.message,
    path: findPathAtOffset(parsed, problem.range.start.offset),
    range: problem.range,
    source: 'yaml',
    stage: problem.code === 'DUPLICATE_KEY' ? 'editor' : stage,
    code: problem.code,
  }));
}

function fromProblem(
  parsed: ParsedYaml,
  problem: SchemaProblem | LintFinding,
  source: Diagnostic['source'],
): Diagnostic {
  const rangePath = 'rangePath' in problem && problem.rangePath ? problem.rangePath : problem.path;
  return {
    severity: problem.severity,
    message: problem.message,
    path: problem.path,
    range: findProblemRange(parsed, rangePath, problem.target),
    source,
    ...(problem.stage ? { stage: problem.stage } : {}),
    code: problem.code,
    ...(problem.hint ? { hint: problem.hint } : {}),
  };
}

/** Lint notes that explain an error on the same key join that error as its hint. */
const EXPLAINING_CODES = new Set(['legacy-locations-hint', 'security-context-level']);

function attachExplanations(diagnostics: Diagnostic[]): Diagnostic[] {
  const out = [...diagnostics];
  for (const note of diagnostics) {
    if (!note.code || !EXPLAINING_CODES.has(note.code)) continue;
    const key = JSON.stringify(note.path);
    const index = out.findIndex((d) => d.severity === 'error' && JSON.stringify(d.path) === key);
    const target = out[index];
    if (!target) continue;
    const text = note.hint ? `${note.message} ${note.hint}` : note.message;
    out[index] = { ...target, hint: target.hint ? `${target.hint} ${text}` : text };
    out.splice(out.indexOf(note), 1);
  }
  return out;
}

function collect(text: string, options: CollectOptions): Diagnostic[] {
  let parsed: ParsedYaml;
  try {
    // The store and the pipeline parse the text just before: that parse is reused.
    parsed = takeOrParseYamlText(text);
  } catch (error) {
    return [internalError(error)];
  }
  const diagnostics = fromYaml(parsed, options.loadStage);
  if (text.trim() === '' && options.blank) return [...diagnostics, ...options.blank()];
  const guarded = (run: () => Diagnostic[]) => {
    try {
      diagnostics.push(...run());
    } catch (error) {
      diagnostics.push(internalError(error));
    }
  };
  if (options.scanText) guarded(() => options.scanText!(parsed));
  if (!parsed.problems.some((p) => isFatalYamlProblem(p.code, p.severity))) {
    const prepared = options.prepare ? options.prepare(parsed.value) : { value: parsed.value };
    if (prepared.problem)
      diagnostics.push({
        severity: 'error',
        message: prepared.problem,
        path: [],
        range: findProblemRange(parsed, [], 'value'),
        source: 'schema',
        stage: options.loadStage,
        code: 'invalid-json',
      });
    else {
      guarded(() => options.validate(prepared.value).map((p) => fromProblem(parsed, p, p.source)));
      guarded(() => options.lint(prepared.value).map((f) => fromProblem(parsed, f, 'lint')));
    }
  }
  return sortDiagnostics(attachExplanations(diagnostics));
}

/** Never throws: any failure is reported as an internal-error diagnostic. */
function safely(run: () => Diagnostic[]): Diagnostic[] {
  try {
    return run();
  } catch (error) {
    return [internalError(error)];
  }
}

/** Finds `{{ … }}` / `{% … %}`: the file is a Jinja template that `ci template` renders first. */
function scanJinja(parsed: ParsedYaml): Diagnostic[] {
  const match = /\{\{.*?\}\}|\{%.*?%\}/.exec(parsed.text);
  if (!match) return [];
  return [
    {
      severity: 'info',
      message:
        'This file uses Jinja templating: `dagster-cloud ci template` renders it (with get_env and --value) before parsing. The checks here read the raw text.',
      path: findPathAtOffset(parsed, match.index),
      range: rangeFromOffsets(parsed.lineIndex, match.index, match.index + match[0].length),
      source: 'lint',
      code: 'jinja-template',
    },
  ];
}

/**
 * Everything wrong with a dagster_cloud.yaml text, sorted by position: YAML problems, the
 * CLI's and the agent's schema errors with their exact messages, Kubernetes model errors, and
 * editor warnings. Never throws. `options` are the lint's (see ConfigLintOptions).
 */
export function collectDiagnostics(text: string, options: ConfigLintOptions = {}): Diagnostic[] {
  return safely(() =>
    collect(text, {
      loadStage: 'ci-check',
      blank: () => [
        {
          severity: 'error',
          message: 'Unexpected blank file',
          path: [],
          range: START,
          source: 'schema',
          stage: 'ci-check',
          code: 'blank-file',
        },
      ],
      validate: validateDagsterCloudConfig,
      lint: (value) => lintDagsterCloudConfig(value, options),
      scanText: scanJinja,
    }),
  );
}

/** A tag value may be the JSON string itself, as Dagster stores it. */
function prepareTag(value: unknown): { value: unknown; problem?: string } {
  if (typeof value !== 'string') return { value };
  try {
    return { value: JSON.parse(value) as unknown };
  } catch {
    // The engine's parse message varies between Node versions; Dagster's would be Python's.
    return {
      value,
      problem: "The tag value is not valid JSON: the run launcher's json.loads fails on it.",
    };
  }
}

/** Everything wrong with the value of a `dagster-k8s/config` tag (YAML or JSON text). Never throws. */
export function collectTagDiagnostics(text: string): Diagnostic[] {
  return safely(() =>
    collect(text, {
      loadStage: 'run-launch',
      blank: () => [],
      validate: (value) => (value === null ? [] : validateK8sConfigTag(value)),
      lint: lintK8sConfigTag,
      prepare: prepareTag,
    }),
  );
}

/** Everything wrong with agent Helm values (a values.yaml). Never throws. */
export function collectHelmValuesDiagnostics(text: string): Diagnostic[] {
  return safely(() =>
    collect(text, {
      loadStage: 'helm-install',
      blank: () => [],
      validate: (value) => (value === null ? [] : validateAgentHelmValues(value)),
      lint: lintAgentHelmValues,
    }),
  );
}
