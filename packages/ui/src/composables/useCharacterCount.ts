import { computed, type Ref } from 'vue';

/**
 * The character counter under FwInput ("12/50") and FwTextarea ("还可输入 38 字"): whether there is a
 * limit, how many characters are used and left, and the counter's id, which the control puts in its
 * aria-describedby so that screen readers can read the count on demand. Shared so that both count the
 * same way; what each shows and announces stays in the component.
 */
export function useCharacterCount(value: Ref<string>, maxlength: () => number | undefined, uid: string) {
  const counterId = `${uid}-counter`;
  const max = computed(() => maxlength() ?? 0);
  const hasLimit = computed(() => max.value > 0);
  const count = computed(() => value.value.length);
  const remaining = computed(() => (hasLimit.value ? Math.max(0, max.value - count.value) : 0));
  /** `counterId` when there is a counter (for aria-describedby), else undefined. */
  const counterDescribedBy = computed(() => (hasLimit.value ? counterId : undefined));
  return { counterId, hasLimit, count, remaining, counterDescribedBy };
}
