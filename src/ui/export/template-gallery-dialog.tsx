import { useId } from 'react';
import { CONFIG_TEMPLATES, type ConfigTemplate } from '../../core/templates';
import { WarningIcon } from '../shared/icons';
import { ModalDialog } from './modal-dialog';

export interface TemplateGalleryDialogProps {
  /** Whether choosing a template replaces edits that exist nowhere else. */
  readonly unsaved: boolean;
  readonly onChoose: (template: ConfigTemplate) => void;
  readonly onClose: () => void;
}

/** "New": start from one of the gallery's commented configs. */
export function TemplateGalleryDialog({ unsaved, onChoose, onClose }: TemplateGalleryDialogProps) {
  const headingId = useId();
  return (
    <ModalDialog
      title="New from a template"
      wide
      onClose={onClose}
      actions={
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
      }
    >
      {unsaved && (
        <p className="export-warning">
          <WarningIcon /> A template replaces your current <code>dagster_cloud.yaml</code>, which
          has unsaved changes. You can get them back afterwards with “Restore previous” or Undo.
        </p>
      )}
      <p id={headingId} className="export-dialog-text">
        Each template is a valid, commented <code>dagster_cloud.yaml</code> to adapt.
      </p>
      <ul className="export-templates" aria-labelledby={headingId}>
        {CONFIG_TEMPLATES.map((template, index) => (
          <li key={template.id}>
            <button
              type="button"
              className="export-template"
              onClick={() => onChoose(template)}
              // The first template gets focus, so Enter right away starts from the minimal one.
              data-autofocus={index === 0 || undefined}
            >
              <span className="export-template-title">{template.title}</span>
              <span className="export-template-description">{template.description}</span>
            </button>
          </li>
        ))}
      </ul>
    </ModalDialog>
  );
}
