/**
 * The deployment's regions, as the portal's frame needs them: the header's region switcher and a staff
 * member's lineage (a provincial officer may work on a city's portal). Asked once per app (a page the server
 * rendered brings the list with it), and kept out of vue-query so the home page's first load need not carry
 * it (boot/queries.ts).
 */
import { shallowRef, type ShallowRef } from 'vue';
import type { Schemas } from '@fawang/contract';
import type { FawangClient } from '@fawang/sdk/core';

export type RegionSummary = Schemas['RegionSummary'];

export interface RegionList {
  /** Empty until the list has arrived (the header then shows the region's name without a switcher). */
  list: Readonly<ShallowRef<readonly RegionSummary[]>>;
  /** The list, asked for the first time it is needed; a failed request is asked again next time. */
  load(): Promise<readonly RegionSummary[]>;
}

export function regionList(client: Pick<FawangClient, 'listRegions'>, initial?: readonly RegionSummary[]): RegionList {
  const list = shallowRef<readonly RegionSummary[]>(initial ?? []);
  let pending: Promise<readonly RegionSummary[]> | undefined = initial ? Promise.resolve(initial) : undefined;
  return {
    list,
    load: () =>
      (pending ??= client.listRegions().then(
        (regions) => (list.value = regions),
        (error: unknown) => {
          pending = undefined;
          throw error;
        },
      )),
  };
}
