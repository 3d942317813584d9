import { computed, onBeforeUnmount, watch, type Ref } from 'vue';
import type { FwFormFieldContext } from './context.js';

/**
 * For controls with checks of their own (ID number, phone number): inside FwFormField the message is
 * handed to the field, which shows it; on its own the control shows it under itself, with `errorId`.
 * Returns the ids the control adds to aria-describedby and whether it shows the message itself.
 */
export function useControlError(field: FwFormFieldContext | null, message: Ref<string | null>, errorId: string) {
  watch(message, (value) => field?.setControlError(value), { immediate: true });
  onBeforeUnmount(() => field?.setControlError(null));
  const showsOwn = computed(() => !field && Boolean(message.value));
  return { showsOwn, describedBy: computed(() => (showsOwn.value ? errorId : '')) };
}
