/** The wizard's uploads, one FwFileUpload list per document kind, to and from the server's documents. */
import type { Schemas } from '@fawang/contract';
import type { FwUploadItem } from '@fawang/ui';
import { DOCUMENT_KINDS, type DocumentKind } from './application-form.js';

export type Uploads = Record<DocumentKind, FwUploadItem[]>;

/** The largest file the server takes (10 MB) and the types it recognizes by content. */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
export const DOCUMENT_ACCEPT = ['application/pdf', 'image/jpeg', 'image/png', '.pdf', '.jpg', '.jpeg', '.png'];

export function emptyUploads(): Uploads {
  return { id_card: [], hardship_proof: [], case_material: [], other: [] };
}

/** The stored document an upload item resolved with, if it has finished. */
export function storedDocument(item: FwUploadItem): Schemas['LegalAidDocument'] | undefined {
  const result = item.result as Schemas['LegalAidDocument'] | undefined;
  return item.status === 'done' && result && typeof result.id === 'string' ? result : undefined;
}

export function documentIds(uploads: Uploads): string[] {
  return DOCUMENT_KINDS.flatMap((kind) => uploads[kind].flatMap((item) => storedDocument(item)?.id ?? []));
}

/** A stored document as a finished item of its kind's list. */
export function uploadsOf(documents: readonly Schemas['LegalAidDocument'][]): Uploads {
  const uploads = emptyUploads();
  for (const document of documents) {
    uploads[document.kind].push({ id: document.id, name: document.name, size: document.size, type: document.mediaType, status: 'done', progress: 1, result: document });
  }
  return uploads;
}
