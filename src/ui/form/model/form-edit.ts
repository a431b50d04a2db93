import type { ConfigPath } from '../../../core/source-range';

/** One change a form control makes, stated on the config (not on the text). */
export type FormEdit =
  | { readonly kind: 'set'; readonly path: ConfigPath; readonly value: unknown }
  | { readonly kind: 'remove'; readonly path: ConfigPath }
  | {
      readonly kind: 'insert';
      readonly listPath: ConfigPath;
      /** Where the new item goes; undefined appends. */
      readonly index: number | undefined;
      readonly value: unknown;
    }
  | {
      readonly kind: 'move';
      readonly listPath: ConfigPath;
      readonly from: number;
      readonly to: number;
    }
  | { readonly kind: 'rename'; readonly path: ConfigPath; readonly newKey: string }
  /** A copy of the item's source text (comments and layout kept) right after it. */
  | { readonly kind: 'duplicate'; readonly listPath: ConfigPath; readonly index: number };
