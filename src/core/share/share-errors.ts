import { SHARE_LIMITS } from './share-state';

/** Why a link cannot be made or opened. Every code has one fixed user-facing message form. */
export type ShareLinkErrorCode =
  | 'empty'
  | 'not-a-share-link'
  | 'unknown-version'
  | 'too-long'
  | 'bad-encoding'
  | 'corrupt'
  | 'too-large'
  | 'bad-json'
  | 'bad-shape';

export interface ShareLinkError {
  readonly code: ShareLinkErrorCode;
  /** A sentence for the user: what is wrong and, where possible, what to do. */
  readonly message: string;
}

/** `1048576` -> `1,048,576`, independent of the machine's locale so messages are stable. */
export function formatCount(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

const MAX_DECODED_MIB = SHARE_LIMITS.maxDecodedBytes / (1024 * 1024);

export const shareLinkErrors = {
  empty: (): ShareLinkError => ({
    code: 'empty',
    message: 'This share link is empty: there is nothing after "#".',
  }),
  notAShareLink: (): ShareLinkError => ({
    code: 'not-a-share-link',
    message:
      'This is not a K8s Config Studio share link: the part after "#" should start with "v1.".',
  }),
  unknownVersion: (version: string): ShareLinkError => ({
    code: 'unknown-version',
    message: `This share link uses format v${version}, which this version of K8s Config Studio cannot open (it opens v1 links). It may come from a newer version of the app.`,
  }),
  tooLong: (length: number): ShareLinkError => ({
    code: 'too-long',
    message: `This share link is too long to open: ${formatCount(length)} characters after "#", more than the limit of ${formatCount(SHARE_LIMITS.maxFragmentLength)}.`,
  }),
  badCharacter: (character: string): ShareLinkError => ({
    code: 'bad-encoding',
    message: `This share link is damaged: it contains ${JSON.stringify(character)}, which a share link never does. It may have been changed when it was copied.`,
  }),
  badLength: (): ShareLinkError => ({
    code: 'bad-encoding',
    message:
      'This share link is damaged or cut short: its length is impossible. Copy the whole link again.',
  }),
  corrupt: (): ShareLinkError => ({
    code: 'corrupt',
    message:
      'This share link is damaged or cut short: its content cannot be decompressed. Copy the whole link again.',
  }),
  tooLarge: (): ShareLinkError => ({
    code: 'too-large',
    message: `This share link holds more than ${MAX_DECODED_MIB} MiB of text, more than K8s Config Studio opens from a link.`,
  }),
  badJson: (): ShareLinkError => ({
    code: 'bad-json',
    message:
      'This share link is damaged or cut short: its content is not the data a share link holds. Copy the whole link again.',
  }),
  badShape: (detail: string): ShareLinkError => ({
    code: 'bad-shape',
    message: `This share link's content is not in the expected form: ${detail}.`,
  }),
} as const;
