import type { Diagnostic } from '../../core/diagnostics';
import { ErrorIcon, InfoIcon, WarningIcon } from './icons';

/** The icon of a diagnostic severity, coloured by the `severity-*` classes of theme.css. */
export function SeverityIcon({ severity }: { severity: Diagnostic['severity'] }) {
  const className = `severity-${severity}`;
  if (severity === 'error') return <ErrorIcon className={className} />;
  if (severity === 'warning') return <WarningIcon className={className} />;
  return <InfoIcon className={className} />;
}
