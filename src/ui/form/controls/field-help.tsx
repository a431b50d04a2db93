import type { FieldHelp } from '../model/schema-help';

const APPLIES_TEXT = {
  run: 'runs',
  server: 'code server',
  both: 'code server + runs',
} as const;

const APPLIES_TITLE = {
  run: 'Applies to runs only (the run worker Job and its pod)',
  server: 'Applies to the code server only (its Deployment and Service)',
  both: 'Applies to the code server and every run',
} as const;

/** "Applies to" badge: which Kubernetes objects a setting reaches. */
export function AppliesBadge({ help }: { readonly help: FieldHelp | undefined }) {
  if (!help?.appliesTo) return null;
  return (
    <span
      className={`form-applies form-applies-${help.appliesTo}`}
      title={APPLIES_TITLE[help.appliesTo]}
    >
      {APPLIES_TEXT[help.appliesTo]}
    </span>
  );
}

/** The help under a field: two lines shown, the whole text as its tooltip. */
export function HelpText({
  id,
  help,
}: {
  readonly id: string;
  readonly help: FieldHelp | undefined;
}) {
  if (!help) return null;
  return (
    <p className="form-help" id={`${id}-help`} title={help.text}>
      {help.text}
    </p>
  );
}
