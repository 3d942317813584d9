/**
 * Filing a case from a form with uploads, the one way every case module does it: files still uploading go
 * with the filing (it waits for them), one Idempotency-Key per form (a retry after a lost answer files the
 * case once), the server's field errors shown beside their fields through the form, anything else as one
 * message under the send button.
 */
import { ref, type Ref } from 'vue';
import { ApiError } from '@fawang/sdk';
import { serverFieldMessages } from './fieldErrors.js';
import { uploadsSettled, type CaseUploads } from './uploads.js';

export interface CaseFilingOptions<Filed> {
  /** The form's uploads, waited for before filing. */
  uploads: () => CaseUploads<string>;
  /** Sends the filing with the form's Idempotency-Key. */
  file: (idempotencyKey: string) => Promise<Filed>;
  /** The form field a server path names (`body.fields.phone` → `phone`), or undefined. */
  fieldOf: (path: string) => string | undefined;
  /** The form (FwForm), which shows field errors and its error summary. */
  form: Ref<{ setServerErrors: (errors: Record<string, string>) => unknown } | null>;
  /** The message for any other failure, given the error's text. */
  failed: (message: string) => string;
  filed: (value: Filed) => void;
}

export function useCaseFiling<Filed>(options: CaseFilingOptions<Filed>) {
  const idempotencyKey = crypto.randomUUID();
  const problem = ref('');
  const waitingForUploads = ref(false);

  async function submit(): Promise<void> {
    problem.value = '';
    try {
      waitingForUploads.value = true;
      await uploadsSettled(options.uploads);
      waitingForUploads.value = false;
      options.filed(await options.file(idempotencyKey));
    } catch (error) {
      waitingForUploads.value = false;
      const named = ApiError.isApiError(error) && error.status === 400 ? serverFieldMessages(error.fields, options.fieldOf) : {};
      if (Object.keys(named).length) {
        options.form.value?.setServerErrors(named);
        return;
      }
      problem.value = options.failed(error instanceof Error ? error.message : String(error));
    }
  }

  return { submit, problem, waitingForUploads };
}
