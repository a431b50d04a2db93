export { decodeBase64Url, encodeBase64Url } from './base64url';
export {
  buildShareLink,
  decodeShareFragment,
  decodeShareLink,
  encodeShareState,
  SHARE_PREFIX_V1,
  type ShareDecodeResult,
  type ShareEncodeResult,
  type ShareLinkResult,
} from './share-codec';
export { type ShareLinkError, type ShareLinkErrorCode } from './share-errors';
export {
  SHARE_LINK_CHAT_LIMIT,
  shareLinkLength,
  type ShareLinkLengthReport,
  type ShareLinkLengthWarning,
} from './share-link-length';
export { SHARE_LIMITS, type ShareRunContext, type ShareState } from './share-state';
export { findSecretLikeValues, REDACTED, type SecretLikeValue } from './find-secret-like-values';
export { planRedactSecrets, redactSecrets } from './redact-secrets';
export { isSecretLikeKeyName } from './secret-key-names';
