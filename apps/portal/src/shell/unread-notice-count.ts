import { defineComponent, watchEffect } from 'vue';
import { useUnreadNoticeCount } from '@fawang/sdk';

/**
 * The signed-in person's unread notices, for the count beside 我的 in the header (v-model). A component of
 * its own, loaded once someone is signed in, because it asks through vue-query, which the home page's first
 * load does not carry (boot/queries.ts); it renders nothing.
 */
export default defineComponent({
  name: 'UnreadNoticeCount',
  props: { modelValue: { type: Number, required: true } },
  emits: { 'update:modelValue': (count: number) => Number.isInteger(count) },
  setup(_props, { emit }) {
    const unread = useUnreadNoticeCount();
    watchEffect(() => emit('update:modelValue', unread.data.value?.unread ?? 0));
    return () => null;
  },
});
