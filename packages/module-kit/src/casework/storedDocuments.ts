/**
 * The browser's side of the shared document store (`/documents`, ADR 0011) that every case module files
 * documents into: its limits, uploading and deleting through the SDK with the refusals in words, and stored
 * documents as list rows with their download links.
 */
import { computed, toValue, type ComputedRef, type MaybeRefOrGetter } from 'vue';
import { DOCUMENT_MEDIA_TYPES, type DocumentKind, type Schemas } from '@fawang/contract';
import { useDeleteDocument, useFawangClient, useUploadDocument } from '@fawang/sdk';
import { useCaseworkI18n } from './i18n.js';
import type { CaseDocument } from './types.js';
import { useCaseDocumentUpload } from './useCaseDocumentUpload.js';

type StoredDocument = Schemas['StoredDocument'];

/** The largest file the server takes (10 MB) and the types it recognizes by content. */
export const STORED_DOCUMENT_MAX_BYTES = 10 * 1024 * 1024;
export const STORED_DOCUMENT_ACCEPT = [...DOCUMENT_MEDIA_TYPES, '.pdf', '.jpg', '.jpeg', '.png'];

/** Uploads to and deletes from the shared store, as `useCaseDocumentUpload` does for any endpoint. */
export function useStoredDocumentUpload<Kind extends DocumentKind>() {
  const { t } = useCaseworkI18n();
  const uploadMutation = useUploadDocument();
  const deleteMutation = useDeleteDocument();
  return useCaseDocumentUpload<StoredDocument, Kind>({
    upload: (file, kind) => uploadMutation.mutateAsync({ file, name: file.name, kind }),
    remove: (id) => deleteMutation.mutateAsync(id),
    limits: { maxBytes: STORED_DOCUMENT_MAX_BYTES, accept: STORED_DOCUMENT_ACCEPT, acceptLabel: t('upload.acceptLabel') },
  });
}

/** A case's stored documents as CaseDocumentList rows: the module names the kinds, the SDK gives the links. */
export function useStoredDocumentRows(
  documents: MaybeRefOrGetter<readonly StoredDocument[]>,
  kindLabel: (kind: DocumentKind) => string,
): ComputedRef<CaseDocument[]> {
  const client = useFawangClient();
  return computed(() =>
    toValue(documents).map((document) => ({
      id: document.id,
      name: document.name,
      mediaType: document.mediaType,
      size: document.size,
      href: client.documentUrl(document.id),
      kind: kindLabel(document.kind),
    })),
  );
}
