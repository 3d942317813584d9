/**
 * A case form's uploads: one FwFileUpload list per kind of document, to and from the server's stored
 * documents, so a form, its draft and its review step share them; and waiting for files still on their way.
 */
import { watch, type Ref } from 'vue';
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

/** Whether a file of the form is still on its way to the server. */
export function uploadsPending<Kind extends string>(uploads: CaseUploads<Kind>): boolean {
  return (Object.values(uploads) as FwUploadItem[][]).some((items) => items.some((item) => item.status === 'uploading'));
}

/**
 * Resolves once no file of the form is on its way (at once when none is). A form waits for it before it
 * moves on from its upload areas or submits: leaving the areas aborts an upload in flight (FwFileUpload
 * cancels its runs when it unmounts), and a submission would go without the file.
 */
export function uploadsSettled<Kind extends string>(uploads: Ref<CaseUploads<Kind>> | (() => CaseUploads<Kind>)): Promise<void> {
  const read = typeof uploads === 'function' ? uploads : () => uploads.value;
  if (!uploadsPending(read())) return Promise.resolve();
  return new Promise((resolve) => {
    const stop = watch(
      read,
      (current) => {
        if (uploadsPending(current)) return;
        stop();
        resolve();
      },
      { deep: true },
    );
  });
}
