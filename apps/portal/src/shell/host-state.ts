/**
 * What the host's own pages need beyond the module-kit host context: the profile, the module slots, the
 * deployment's regions and the query layer. Provided once at boot; pages read it with useHostState().
 */
import { inject, type InjectionKey } from 'vue';
import type { ResolvedRegionProfile } from '@fawang/regions';
import type { HostSlot } from '../boot/modules.js';
import type { LocaleLoader } from '../boot/locales.js';
import type { QueryLayer } from '../boot/queries.js';
import type { RegionList } from './regions.js';

export interface HostState {
  profile: ResolvedRegionProfile;
  slots: HostSlot[];
  regions: RegionList;
  queries: QueryLayer;
  locales: LocaleLoader;
}

export const HOST_STATE: InjectionKey<HostState> = Symbol('fawang-host-state');

export function useHostState(): HostState {
  const state = inject(HOST_STATE);
  if (!state) throw new Error('host state missing: the portal boot provides it');
  return state;
}
