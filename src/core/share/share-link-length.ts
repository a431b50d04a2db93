import { formatCount } from './share-errors';

/** Past this many characters, chat tools, issue trackers and some mail clients cut or mangle links. */
export const SHARE_LINK_CHAT_LIMIT = 2_000;

export interface ShareLinkLengthWarning {
  readonly code: 'long-for-chat';
  readonly message: string;
}

export interface ShareLinkLengthReport {
  readonly length: number;
  readonly warnings: readonly ShareLinkLengthWarning[];
}

/** Measures a link as the user will paste it and warns when it is long for where people paste links. */
export function shareLinkLength(link: string): ShareLinkLengthReport {
  const length = link.length;
  if (length <= SHARE_LINK_CHAT_LIMIT) return { length, warnings: [] };
  return {
    length,
    warnings: [
      {
        code: 'long-for-chat',
        message: `This link is ${formatCount(length)} characters long. Chat tools and issue trackers often cut links longer than ${formatCount(SHARE_LINK_CHAT_LIMIT)} characters; attach the file instead if the link does not open.`,
      },
    ],
  };
}
