/**
 * Uploading and removing a case's documents with the server's refusals in words — the file's name and why
 * (415: not an accepted type by content; 413: too large; `too_many_documents`) — so FwFileUpload shows the
 * reason beside that file. The module passes its own endpoints in: this kit knows no module's API.
 */
import { ref, type Ref } from 'vue';
import { ApiError } from '@fawang/sdk';
import type { FwUploadFn, FwUploadItem } from '@fawang/ui';
import { formatFileSize } from './files.js';
import { useCaseworkI18n } from './i18n.js';
import { storedFile, type CaseUploads, type StoredFile } from './uploads.js';

/** What the server takes; the checks in the browser only spare a pointless upload. */
export interface CaseUploadLimits {
  maxBytes: number;
  /** FwFileUpload's `accept`: content types and extensions. */
  accept: string[];
  /** The accepted types in words, e.g. 「PDF、JPG、PNG」. */
  acceptLabel: string;
}

export interface CaseDocumentUploadOptions<Document extends StoredFile, Kind extends string> {
  /** Stores one file as the given kind (the module's upload endpoint). */
  upload: (file: File, kind: Kind) => Promise<Document>;
  /** Deletes a stored file the case does not hold yet (the module's delete endpoint). */
  remove: (id: string) => Promise<unknown>;
  limits: CaseUploadLimits;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function useCaseDocumentUpload<Document extends StoredFile, Kind extends string>(options: CaseDocumentUploadOptions<Document, Kind>) {
  const { t, locale } = useCaseworkI18n();
  /** Why the last removal failed; empty when it did not. */
  const problem = ref('');

  function refusal(error: unknown, name: string): string {
    if (ApiError.isApiError(error)) {
      if (error.status === 415) return t('upload.type', { name, types: options.limits.acceptLabel });
      if (error.status === 413) return t('upload.size', { name, max: formatFileSize(options.limits.maxBytes, locale.value, t) });
      if (error.code === 'too_many_documents') return t('upload.tooMany');
    }
    return t('upload.other', { name, message: messageOf(error) });
  }

  /** Stores the file; a refusal is thrown in words, which FwFileUpload shows beside the file. */
  async function upload(file: File, kind: Kind): Promise<Document> {
    try {
      return await options.upload(file, kind);
    } catch (error) {
      throw new Error(refusal(error, file.name), { cause: error });
    }
  }

  /** FwFileUpload's `upload` for one kind's area. */
  const uploaderFor = (kind: Kind): FwUploadFn => (file) => upload(file, kind);

  /** Deletes a stored file; the message when the server keeps it (a case already holds it, say). */
  async function remove(document: Pick<StoredFile, 'id' | 'name'>): Promise<string | null> {
    try {
      await options.remove(document.id);
      return null;
    } catch (error) {
      // Already gone is what the person wanted.
      if (ApiError.isApiError(error) && error.status === 404) return null;
      return t('upload.removeFailed', { name: document.name, message: messageOf(error) });
    }
  }

  /** FwFileUpload's `update:modelValue` of one kind: keeps the new list and deletes the stored files it dropped. */
  async function change(model: Ref<CaseUploads<Kind>>, kind: Kind, next: FwUploadItem[]): Promise<void> {
    const kept = new Set(next.map((item) => item.id));
    const removed = model.value[kind].filter((item) => !kept.has(item.id));
    model.value = { ...model.value, [kind]: next };
    problem.value = '';
    for (const item of removed) {
      const document = storedFile(item);
      if (!document) continue;
      const failure = await remove(document);
      if (failure) problem.value = failure;
    }
  }

  return { upload, uploaderFor, remove, change, problem, limits: options.limits };
}
