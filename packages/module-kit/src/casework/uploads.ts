/**
 * A case form's uploads: one FwFileUpload list per kind of document, to and from the server's stored
 * documents. Pure functions, so a form, its draft and its review step share them.
 */
import type { FwUploadItem } from '@fawang/ui';

/** What the server answers for a stored upload. */
export interface StoredFile {
  id: string;
  name: string;
  size: number;
  mediaType: string;
}

/** The FwFileUpload model of every kind. */
export type CaseUploads<Kind extends string> = Record<Kind, FwUploadItem[]>;

export function emptyUploads<Kind extends string>(kinds: readonly Kind[]): CaseUploads<Kind> {
  return Object.fromEntries(kinds.map((kind) => [kind, []])) as unknown as CaseUploads<Kind>;
}

/** The stored file an upload item resolved with, once it has finished. */
export function storedFile<File extends StoredFile>(item: FwUploadItem): File | undefined {
  const result = item.result as File | undefined;
  return item.status === 'done' && result && typeof result.id === 'string' ? result : undefined;
}

/** The ids of every finished upload, kind by kind. */
export function storedFileIds<Kind extends string>(uploads: CaseUploads<Kind>, kinds: readonly Kind[]): string[] {
  return kinds.flatMap((kind) => uploads[kind].flatMap((item) => storedFile(item)?.id ?? []));
}

/** Stored documents (a loaded draft's, say) as finished items of their kind's list. */
export function uploadsOf<Kind extends string, Document extends StoredFile & { kind: Kind }>(documents: readonly Document[], kinds: readonly Kind[]): CaseUploads<Kind> {
  const uploads = emptyUploads(kinds);
  for (const document of documents) {
    uploads[document.kind].push({ id: document.id, name: document.name, size: document.size, type: document.mediaType, status: 'done', progress: 1, result: document });
  }
  return uploads;
}
