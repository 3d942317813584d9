/** The wizard's uploads, one FwFileUpload list per legal-aid document kind, to and from the server's documents. */
import type { Schemas } from '@fawang/contract';
import type { FwUploadItem } from '@fawang/ui';
import { emptyUploads as emptyCaseUploads, storedFile, storedFileIds, uploadsOf as caseUploadsOf, type CaseUploads } from '@fawang/module-kit/casework';
import { DOCUMENT_KINDS, type DocumentKind } from './application-form.js';

export type Uploads = CaseUploads<DocumentKind>;

export const emptyUploads = (): Uploads => emptyCaseUploads(DOCUMENT_KINDS);
export const storedDocument = (item: FwUploadItem) => storedFile<Schemas['StoredDocument']>(item);
export const documentIds = (uploads: Uploads): string[] => storedFileIds(uploads, DOCUMENT_KINDS);
export const uploadsOf = (documents: readonly Schemas['StoredDocument'][]): Uploads => caseUploadsOf(documents, DOCUMENT_KINDS);
