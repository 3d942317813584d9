/**
 * Keeps the wizard's answers in the server draft (申请草稿) through legal aid's draft endpoints; the saving,
 * versioning and 409 reload are the casework draft sync's.
 */
import type { Ref } from 'vue';
import type { Schemas } from '@fawang/contract';
import { useDeleteLegalAidDraft, useLegalAidDraft, useSaveLegalAidDraft } from '@fawang/sdk';
import { useServerDraft } from '@fawang/module-kit/casework';

export interface DraftSyncOptions {
  regionId: string;
  enabled: Ref<boolean>;
  /** The draft data of the answers as they are now. */
  data: () => Schemas['LegalAidDraftData'];
  /** Puts a loaded draft into the form (null: start empty). */
  hydrate: (draft: Schemas['LegalAidDraft'] | null) => void;
}

export function useDraftSync(options: DraftSyncOptions) {
  const query = useLegalAidDraft(options.regionId, { enabled: options.enabled });
  const save = useSaveLegalAidDraft();
  const remove = useDeleteLegalAidDraft();
  return useServerDraft({
    query,
    save: (data: Schemas['LegalAidDraftData'], version) => save.mutateAsync({ regionId: options.regionId, data, ...(version === undefined ? {} : { version }) }),
    saving: save.isPending,
    remove: () => remove.mutateAsync(options.regionId),
    data: options.data,
    hydrate: options.hydrate,
  });
}
