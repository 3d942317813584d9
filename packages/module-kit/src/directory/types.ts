import type { Ref } from 'vue';
import type { operations } from '@fawang/contract';

/**
 * The list filters a module may add to OrganizationDirectory: any query parameter of listOrganizations
 * that the directory does not set itself (mediation's `mediationKind` and `disputeType`, say).
 */
export type OrganizationDirectoryFilters = Omit<
  NonNullable<operations['listOrganizations']['parameters']['query']>,
  'type' | 'divisionCode' | 'q' | 'page' | 'pageSize' | 'sort'
>;

/** What DirectoryResults reads of a list query (useOrganizations, usePractitioners …): a page and its state. */
export interface DirectoryPageQuery<Item> {
  data: Ref<{ items: Item[]; total: number } | undefined>;
  error: Ref<Error | null>;
  isError: Ref<boolean>;
  isFetching: Ref<boolean>;
  isPending: Ref<boolean>;
  isPlaceholderData: Ref<boolean>;
  refetch: () => unknown;
}
