export { createDocumentStore, loadDocumentChecker } from './document-store';
export type { DocumentStore } from './document-store';
export type {
  ChangeOrigin,
  DiagnosticCounts,
  DocumentCursor,
  DocumentSnapshot,
  RevealRequest,
} from './document-snapshot';
