import type { z } from 'zod';

/** Which Kubernetes objects a `container_context.k8s` setting ends up in. */
export type AppliesTo = 'run' | 'server' | 'both' | 'none';

const APPLIES_TO_TEXT: Record<AppliesTo, string> = {
  run: 'Applies to: runs only (the run worker Job and its pod).',
  server: 'Applies to: the code server only (its Deployment and Service).',
  both: 'Applies to: both the code server and every run.',
  none: '',
};

export interface FieldDoc {
  /** What the field does, in a sentence or two. */
  readonly text: string;
  readonly appliesTo?: AppliesTo;
  /** A YAML snippet showing the field in use. */
  readonly example?: string;
  /**
   * The usual values of a field that accepts any string (Kubernetes, not Dagster, checks them):
   * JSON Schema `examples`, which the editor offers as completions without validating them.
   */
  readonly values?: readonly string[];
}

/** Builds the user-facing description shown in editor hovers and form help. */
export function formatFieldDoc(doc: FieldDoc): string {
  const parts = [doc.text];
  if (doc.appliesTo && doc.appliesTo !== 'none') parts.push(APPLIES_TO_TEXT[doc.appliesTo]);
  if (doc.example) parts.push(`Example: ${doc.example}`);
  return parts.join('\n');
}

/**
 * Attaches a user-facing description (and the example, as JSON Schema `examples` text) to a
 * schema. Returns a new schema; zod schemas are immutable.
 */
export function documentField<T extends z.ZodType>(schema: T, doc: FieldDoc): T {
  const description = formatFieldDoc(doc);
  const meta = doc.values ? { description, examples: [...doc.values] } : { description };
  return schema.meta(meta) as T;
}
