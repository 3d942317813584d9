/**
 * Region profiles edited while the server runs take effect without a restart: a city bureau switches a
 * module off in its JSON file, saves, and the next page load shows it. The deployment's profile folders
 * (REGION_PROFILES_DIR) are watched; after a change they are loaded again with the built-in ones and, if
 * every profile is valid, replace the registry's contents. A file with a mistake changes nothing: the
 * error (file, path, what was expected) is logged and the previous profiles stay in service.
 */
import { watch, type FSWatcher } from 'node:fs';
import { builtInProfilesDir, loadRegionProfiles, type RegionRegistry } from '@fawang/regions/node';

export interface ProfileWatchLog {
  info: (message: string) => void;
  error: (message: string) => void;
}

export interface ProfileWatchOptions {
  /** Folders of the deployment's own profiles (the built-in folder is read again too, never watched). */
  dirs: readonly string[];
  registry: RegionRegistry;
  /** A reloaded set must still contain this region (the one `/` leads to). */
  requiredRegion: string;
  log: ProfileWatchLog;
  /** Editors write a file in several steps; wait this long after the last event (default 200 ms). */
  debounceMs?: number;
}

export function watchRegionProfiles(options: ProfileWatchOptions): { close: () => void; reloaded: () => Promise<void> } {
  const { dirs, registry, requiredRegion, log } = options;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: Promise<void> = Promise.resolve();

  const reload = async () => {
    try {
      const next = await loadRegionProfiles([builtInProfilesDir, ...dirs]);
      if (!next.get(requiredRegion)) throw new Error(`the default region "${requiredRegion}" would have no profile`);
      registry.replaceWith(next);
      log.info(`region profiles reloaded: ${next.list().length} regions`);
    } catch (error) {
      log.error(`region profiles not reloaded, the previous ones stay in service: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  const watchers: FSWatcher[] = dirs.map((dir) =>
    watch(dir, (_event, file) => {
      if (file && !file.endsWith('.json')) return;
      clearTimeout(timer);
      timer = setTimeout(() => {
        pending = pending.then(reload);
      }, options.debounceMs ?? 200);
    }),
  );
  return {
    close() {
      clearTimeout(timer);
      for (const watcher of watchers) watcher.close();
    },
    /** Resolves when the reloads started so far have finished (for tests). */
    reloaded: () => pending,
  };
}
