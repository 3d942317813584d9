/** The wizard's uploads, one FwFileUpload list per legal-aid document kind, to and from the server's documents. */
import type { Schemas } from '@fawang/contract';
import type { FwUploadItem } from '@fawang/ui';
import { emptyUploads as emptyCaseUploads, storedFile, storedFileIds, uploadsOf as caseUploadsOf, type CaseUploads } from '@fawang/module-kit/casework';
import { DOCUMENT_KINDS, type DocumentKind } from './application-form.js';

export type Uploads = CaseUploads<DocumentKind>;

/** The largest file the server takes (10 MB) and the types it recognizes by content. */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
export const DOCUMENT_ACCEPT = ['application/pdf', 'image/jpeg', 'image/png', '.pdf', '.jpg', '.jpeg', '.png'];

export const emptyUploads = (): Uploads => emptyCaseUploads(DOCUMENT_KINDS);
export const storedDocument = (item: FwUploadItem) => storedFile<Schemas['LegalAidDocument']>(item);
export const documentIds = (uploads: Uploads): string[] => storedFileIds(uploads, DOCUMENT_KINDS);
export const uploadsOf = (documents: readonly Schemas['LegalAidDocument'][]): Uploads => caseUploadsOf(documents, DOCUMENT_KINDS);
