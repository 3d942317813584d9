import { enableAutoUnmount } from '@vue/test-utils';
import { defineComponent, h, ref } from 'vue';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '@fawang/sdk';
import { SAVE_DELAY_MS, useServerDraft } from '../useServerDraft.js';
import { mountCasework } from './harness.js';

enableAutoUnmount(afterEach);

interface Draft {
  version: number;
  updatedAt: string;
  data: { summary: string };
}

const conflict = () => new ApiError(409, 'version_conflict', { type: 'about:blank', title: 'conflict', status: 409, code: 'version_conflict' } as never);

/** A draft "server": what the module's query and endpoints would be. */
function server(initial: Draft | null) {
  let stored = initial;
  const saves: { data: Draft['data']; version: number | undefined }[] = [];
  const data = ref<Draft | null | undefined>(undefined);
  return {
    saves,
    /** Another device saves meanwhile. */
    changeElsewhere(summary: string) {
      stored = { version: (stored?.version ?? 0) + 1, updatedAt: '2026-11-25T10:00:00Z', data: { summary } };
    },
    deleted: () => stored === null,
    arrive: () => (data.value = stored),
    options: {
      query: { data, isLoading: ref(false), error: ref(null), refetch: () => Promise.resolve({ data: (data.value = stored) }) },
      saving: ref(false),
      save: (next: Draft['data'], version: number | undefined) => {
        saves.push({ data: next, version });
        if (version !== stored?.version) return Promise.reject(conflict());
        stored = { version: (version ?? 0) + 1, updatedAt: '2026-11-25T09:00:00Z', data: next };
        return Promise.resolve(stored);
      },
      remove: () => {
        stored = null;
        return Promise.resolve();
      },
    },
  };
}

async function setUp(initial: Draft | null) {
  const fake = server(initial);
  const form = ref({ summary: '' });
  let draft!: ReturnType<typeof useServerDraft<Draft['data'], Draft>>;
  const component = defineComponent(() => {
    draft = useServerDraft({ ...fake.options, data: () => ({ ...form.value }), hydrate: (loaded) => (form.value = { summary: loaded?.data.summary ?? '' }) });
    return () => h('p', draft.problem.value?.kind ?? '');
  });
  const mounted = await mountCasework(component);
  fake.arrive();
  await mounted.wrapper.vm.$nextTick();
  return { ...mounted, fake, form, draft };
}

describe('useServerDraft', () => {
  it('hydrates the form from the loaded draft and saves a pause after the last edit, with the version it loaded', async () => {
    const { fake, form, draft } = await setUp({ version: 3, updatedAt: '2026-11-24T08:00:00Z', data: { summary: '邻居漏水' } });
    // After mounting: the mount settles on real timers.
    vi.useFakeTimers();
    try {
      expect(form.value.summary).toBe('邻居漏水');
      expect(draft.savedAt.value).toBe('2026-11-24T08:00:00Z');
      form.value = { summary: '邻居漏水，多次协商未果' };
      draft.schedule();
      await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS - 10);
      expect(fake.saves).toEqual([]);
      await vi.advanceTimersByTimeAsync(20);
      expect(fake.saves).toEqual([{ data: { summary: '邻居漏水，多次协商未果' }, version: 3 }]);
      expect(draft.version.value).toBe(4);
    } finally {
      vi.useRealTimers();
    }
  });

  it('does not save an unchanged form and creates the first draft without a version', async () => {
    const { fake, form, draft } = await setUp(null);
    await draft.flush();
    expect(fake.saves).toEqual([]);
    form.value = { summary: '噪音扰民' };
    await draft.flush();
    expect(fake.saves).toEqual([{ data: { summary: '噪音扰民' }, version: undefined }]);
  });

  it('loads the latest draft and says so when another device saved meanwhile', async () => {
    const { fake, form, draft, wrapper } = await setUp({ version: 1, updatedAt: '2026-11-24T08:00:00Z', data: { summary: '旧的' } });
    fake.changeElsewhere('另一台设备上的');
    form.value = { summary: '这台设备上的' };
    await draft.flush();
    await wrapper.vm.$nextTick();
    expect(form.value.summary).toBe('另一台设备上的');
    expect(draft.version.value).toBe(2);
    expect(wrapper.text()).toBe('conflict');
  });

  it('discards the draft and empties the form; after stop nothing is saved', async () => {
    const { fake, form, draft } = await setUp({ version: 1, updatedAt: '2026-11-24T08:00:00Z', data: { summary: '旧的' } });
    await draft.discard();
    expect(fake.deleted()).toBe(true);
    expect(form.value.summary).toBe('');
    draft.stop();
    form.value = { summary: '提交之后' };
    await draft.flush();
    expect(fake.saves).toEqual([]);
  });
});
