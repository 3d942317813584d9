/**
 * Keeps a form's answers in a server draft (草稿): loads it once, saves about a second after the last edit
 * (or at once on `flush`), always with the version it loaded, so a draft changed meanwhile in another tab or
 * on another device is a 409 `version_conflict` — then the latest draft is loaded and the person told,
 * rather than one copy silently overwriting the other. The module passes its own draft endpoints in.
 */
import { computed, onBeforeUnmount, ref, watch, type Ref } from 'vue';
import { isVersionConflict } from './actionErrors.js';

export const SAVE_DELAY_MS = 1000;

/** What a stored draft carries besides the module's data. */
export interface StoredDraft {
  version: number;
  updatedAt: string;
}

export interface ServerDraftOptions<Data, Draft extends StoredDraft> {
  /** The module's draft query (vue-query's): `data` is undefined until loaded and null when there is no draft. */
  query: {
    data: Ref<Draft | null | undefined>;
    isLoading: Ref<boolean>;
    error: Ref<Error | null>;
    refetch: () => Promise<{ data: Draft | null | undefined }>;
  };
  /** Saves the data with the version loaded (undefined: the first save creates the draft). */
  save: (data: Data, version: number | undefined) => Promise<Draft>;
  /** Whether a save is in flight. */
  saving: Ref<boolean>;
  /** Deletes the draft. */
  remove: () => Promise<unknown>;
  /** The draft data of the answers as they are now. */
  data: () => Data;
  /** Puts a loaded draft into the form (null: start empty). */
  hydrate: (draft: Draft | null) => void;
}

export function useServerDraft<Data, Draft extends StoredDraft>(options: ServerDraftOptions<Data, Draft>) {
  const { query } = options;
  const loaded = ref(false);
  const version = ref<number | undefined>();
  const savedAt = ref<string | null>(null);
  const problem = ref<{ kind: 'conflict' | 'failed'; message: string } | null>(null);
  /** The last data the server has, as JSON: an edit that changes nothing is not saved. */
  let savedJson = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;

  function accept(draft: Draft | null) {
    options.hydrate(draft);
    version.value = draft?.version;
    savedAt.value = draft?.updatedAt ?? null;
    savedJson = JSON.stringify(options.data());
    loaded.value = true;
  }

  watch(
    () => query.data.value,
    (draft) => {
      if (draft !== undefined && !loaded.value) accept(draft);
    },
    { immediate: true },
  );

  async function reload() {
    const result = await query.refetch();
    if (result.data !== undefined) accept(result.data);
  }

  async function run(): Promise<void> {
    const data = options.data();
    const json = JSON.stringify(data);
    if (json === savedJson) return;
    try {
      const draft = await options.save(data, version.value);
      if (stopped) return;
      version.value = draft.version;
      savedAt.value = draft.updatedAt;
      savedJson = json;
      problem.value = null;
    } catch (error) {
      if (stopped) return;
      if (isVersionConflict(error)) {
        again = false;
        await reload();
        problem.value = { kind: 'conflict', message: '' };
        return;
      }
      problem.value = { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
    }
  }

  /** Saves now (a save already running is followed by one more with the latest answers). */
  async function flush(): Promise<void> {
    clearTimeout(timer);
    if (!loaded.value || stopped) return;
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await run();
      } while (again && !stopped);
    })().finally(() => {
      running = null;
    });
    return running;
  }

  /** Saves once the person has paused typing. */
  function schedule() {
    if (!loaded.value || stopped) return;
    clearTimeout(timer);
    timer = setTimeout(() => void flush(), SAVE_DELAY_MS);
  }

  /** Deletes the draft and starts the form again. */
  async function discard() {
    clearTimeout(timer);
    await options.remove();
    accept(null);
    problem.value = null;
  }

  /** After submitting: the server deleted the draft, nothing more is saved from this page. */
  function stop() {
    stopped = true;
    clearTimeout(timer);
  }

  onBeforeUnmount(() => clearTimeout(timer));

  return {
    loaded,
    loading: computed(() => query.isLoading.value),
    loadError: computed(() => query.error.value),
    version,
    savedAt,
    saving: computed(() => options.saving.value),
    problem,
    schedule,
    flush,
    discard,
    stop,
  };
}
