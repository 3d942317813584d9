/**
 * Uploading and removing 申请材料 through legal aid's document endpoints, with the casework refusals in words
 * (the file's name and why: not PDF, JPG or PNG by content, larger than 10 MB, too many waiting).
 */
import { useDeleteLegalAidDocument, useUploadLegalAidDocument } from '@fawang/sdk';
import { useModuleI18n } from '@fawang/module-kit';
import { useCaseDocumentUpload } from '@fawang/module-kit/casework';
import type { DocumentKind } from './application-form.js';
import { DOCUMENT_ACCEPT, MAX_DOCUMENT_BYTES } from './documents.js';

export function useDocumentUpload() {
  const { t } = useModuleI18n();
  const uploadMutation = useUploadLegalAidDocument();
  const deleteMutation = useDeleteLegalAidDocument();
  return useCaseDocumentUpload({
    upload: (file, kind: DocumentKind) => uploadMutation.mutateAsync({ file, name: file.name, kind }),
    remove: (id) => deleteMutation.mutateAsync(id),
    limits: { maxBytes: MAX_DOCUMENT_BYTES, accept: DOCUMENT_ACCEPT, acceptLabel: t('documents.acceptLabel') },
  });
}
