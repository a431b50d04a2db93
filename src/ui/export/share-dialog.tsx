import { useId, useMemo, useState } from 'react';
import type { ShareState } from '../../core/share';
import { copyText } from './browser-files';
import { CheckIcon, CopyIcon, WarningIcon } from '../shared/icons';
import { ModalDialog } from './modal-dialog';
import { planShareLink, type SharedSecret } from './share-link-plan';

export interface ShareDialogProps {
  readonly state: ShareState;
  /** The app's address; the link is this with the state as its fragment. */
  readonly baseUrl: string;
  /** Called after a copy; `exact` when the link holds the work unredacted. */
  readonly onCopied: (exact: boolean) => void;
  readonly onClose: () => void;
}

/** Shows the share link, its length, and the secret-looking values it would carry. */
export function ShareDialog({ state, baseUrl, onCopied, onClose }: ShareDialogProps) {
  const [redact, setRedact] = useState(true);
  const [copy, setCopy] = useState<{ ok: boolean; message: string } | null>(null);
  const plan = useMemo(() => planShareLink(state, baseUrl, redact), [state, baseUrl, redact]);
  const linkId = useId();
  const redactId = useId();
  const link = plan.link;

  async function onCopy() {
    if (!link.ok) return;
    const error = await copyText(link.url);
    setCopy(error ? { ok: false, message: error } : { ok: true, message: 'Link copied.' });
    if (!error) onCopied(!plan.redacted);
  }

  return (
    <ModalDialog
      title="Share link"
      onClose={onClose}
      actions={
        <>
          <span className="export-dialog-status" role="status">
            {copy && (
              <span className={copy.ok ? 'export-ok' : 'export-error'}>
                {copy.ok ? <CheckIcon /> : <WarningIcon />} {copy.message}
              </span>
            )}
          </span>
          <button type="button" className="button" onClick={onClose}>
            Close
          </button>
          <button
            type="button"
            className="button export-button-primary"
            disabled={!link.ok}
            onClick={onCopy}
            data-autofocus
          >
            <CopyIcon /> Copy link
          </button>
        </>
      }
    >
      <p className="export-dialog-text">
        The link carries the config, the Helm values, the run (deployment name included), the
        selected location and the preview tab in its <code>#fragment</code>, which browsers never
        send to a server. Anyone with the link can read them.
      </p>
      {plan.secrets.length > 0 && (
        <section className="export-secrets" aria-labelledby={redactId}>
          <label className="export-check">
            <input
              id={redactId}
              type="checkbox"
              checked={redact}
              onChange={(event) => {
                setRedact(event.target.checked);
                setCopy(null);
              }}
            />
            <span>
              Replace {plan.secrets.length === 1 ? 'the' : `the ${plan.secrets.length}`}{' '}
              secret-looking value{plan.secrets.length === 1 ? '' : 's'} with{' '}
              <code>&lt;redacted&gt;</code>
            </span>
          </label>
          <SecretList secrets={plan.secrets} redacted={plan.redacted} />
        </section>
      )}
      <label className="export-field-label" htmlFor={linkId}>
        Link
      </label>
      {link.ok ? (
        <>
          <input
            id={linkId}
            className="export-link"
            readOnly
            value={link.url}
            onFocus={(event) => event.target.select()}
          />
          <p className="export-link-length">
            {link.length.length.toLocaleString('en-US')} characters
            {plan.redacted ? ', secret-looking values redacted' : ''}
          </p>
          {link.length.warnings.map((warning) => (
            <p key={warning.code} className="export-warning">
              <WarningIcon /> {warning.message}
            </p>
          ))}
        </>
      ) : (
        <p id={linkId} className="export-warning" role="alert">
          <WarningIcon /> No link can be made: {link.message} Download the file instead.
        </p>
      )}
    </ModalDialog>
  );
}

function SecretList({
  secrets,
  redacted,
}: {
  secrets: readonly SharedSecret[];
  redacted: boolean;
}) {
  return (
    <ul className="export-secret-list" aria-label="Secret-looking values">
      {secrets.map((secret, index) => (
        <li key={index} className="export-secret">
          <code className="export-secret-name">{secret.name || '(unnamed)'}</code>
          <span className="export-secret-where">
            {secret.source}, line {secret.line}
          </span>
          <span className={redacted ? 'export-badge' : 'export-badge export-badge-warn'}>
            {redacted ? 'redacted' : 'shared as is'}
          </span>
        </li>
      ))}
    </ul>
  );
}
