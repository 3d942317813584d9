/**
 * Uploading and removing 申请材料 with the server's refusals in words: the file's name and why (only PDF, JPG
 * or PNG by content — 415; larger than 10 MB — 413), so FwFileUpload shows the reason beside that file.
 */
import type { Schemas } from '@fawang/contract';
import { ApiError, useDeleteLegalAidDocument, useUploadLegalAidDocument } from '@fawang/sdk';
import { useModuleI18n } from '@fawang/module-kit';
import type { DocumentKind } from './application-form.js';

export function useDocumentUpload() {
  const { t } = useModuleI18n();
  const uploadMutation = useUploadLegalAidDocument();
  const deleteMutation = useDeleteLegalAidDocument();

  function refusal(error: unknown, name: string): string {
    if (ApiError.isApiError(error)) {
      if (error.status === 415) return t('documents.errors.type', { name });
      if (error.status === 413) return t('documents.errors.size', { name });
      if (error.code === 'too_many_documents') return t('documents.errors.tooMany');
    }
    return t('documents.errors.other', { name, message: error instanceof Error ? error.message : String(error) });
  }

  async function upload(file: File, kind: DocumentKind): Promise<Schemas['LegalAidDocument']> {
    try {
      return await uploadMutation.mutateAsync({ file, name: file.name, kind });
    } catch (error) {
      throw new Error(refusal(error, file.name), { cause: error });
    }
  }

  /** Deletes an unattached document; the message when the server keeps it (e.g. an application holds it). */
  async function remove(document: Schemas['LegalAidDocument']): Promise<string | null> {
    try {
      await deleteMutation.mutateAsync(document.id);
      return null;
    } catch (error) {
      // Already gone is what the person wanted.
      if (ApiError.isApiError(error) && error.status === 404) return null;
      return t('documents.removeFailed', { name: document.name, message: error instanceof Error ? error.message : String(error) });
    }
  }

  return { upload, remove };
}
