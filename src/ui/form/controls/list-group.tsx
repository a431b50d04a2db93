import { Fragment, type ReactNode } from 'react';
import type { ConfigPath } from '../../../core/source-range';
import { useConfigValue } from '../form-session';
import { asConfigList } from '../model/config-read';
import { GroupShell } from './group-shell';

/** What each row of a list editor is given: where it is and the item it shows. */
export interface ListRowProps {
  readonly listPath: ConfigPath;
  /** Names the rows for assistive tech (`env_secrets 0`). */
  readonly label: string;
  readonly index: number;
  readonly count: number;
  readonly item: unknown;
}

/**
 * A titled list key of the form (`env_secrets`, `tolerations`): its items as numbered rows
 * (`start={0}`, as YAML indexes them), then `children`, the add-row form.
 */
export function ListGroup(props: {
  readonly path: ConfigPath;
  readonly label: string;
  /** The visible heading; `label` by default. */
  readonly title?: string;
  /** `form-list` for one-line rows, `form-cards` for rows with several fields. */
  readonly listClassName: string;
  readonly renderRow: (row: ListRowProps) => ReactNode;
  readonly children: ReactNode;
}) {
  const { path, label, listClassName, renderRow, children } = props;
  const items = asConfigList(useConfigValue(path));
  return (
    <GroupShell path={path} title={props.title ?? label}>
      {items.length > 0 ? (
        <ol className={listClassName} start={0}>
          {items.map((item, index) => (
            <Fragment key={index}>
              {renderRow({ listPath: path, label, index, count: items.length, item })}
            </Fragment>
          ))}
        </ol>
      ) : null}
      {children}
    </GroupShell>
  );
}
