import type { FwIconName } from '../icon/icons.js';

/** One entry of the primary navigation. Give `href` for a plain link or `to` for the host's router link. */
export interface FwNavItem {
  id: string;
  label: string;
  href?: string;
  /** A route location for the `linkComponent` (e.g. vue-router's RouterLink). */
  to?: string | Record<string, unknown>;
  icon?: FwIconName;
}
