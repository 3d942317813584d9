/** The loaded, resolved profiles and the administrative tree they form (parent links). */
import { RegionProfileError } from './errors.js';
import type { ResolvedRegionProfile } from './schema/index.js';

export class RegionRegistry {
  private byId = new Map<string, ResolvedRegionProfile>();
  private childIds = new Map<string, string[]>();
  private ordered: ResolvedRegionProfile[] = [];
  private readonly listeners = new Set<() => void>();

  constructor(profiles: readonly ResolvedRegionProfile[]) {
    for (const profile of profiles) this.byId.set(profile.id, profile);
    const roots: ResolvedRegionProfile[] = [];
    for (const profile of profiles) {
      if (profile.parent === undefined) {
        roots.push(profile);
        continue;
      }
      if (!this.byId.has(profile.parent)) {
        throw new RegionProfileError(profile.id, [{ path: 'parent', message: `no profile has the id "${profile.parent}"` }]);
      }
      const siblings = this.childIds.get(profile.parent) ?? [];
      siblings.push(profile.id);
      this.childIds.set(profile.parent, siblings);
    }
    // Parents before children, siblings by division code: national, then provinces, each with its cities.
    const order = (a: ResolvedRegionProfile, b: ResolvedRegionProfile) =>
      (a.divisionCode ?? '').localeCompare(b.divisionCode ?? '') || a.id.localeCompare(b.id);
    const visit = (profile: ResolvedRegionProfile) => {
      this.ordered.push(profile);
      for (const child of this.children(profile.id).sort(order)) visit(child);
    };
    for (const root of roots.sort((a, b) => Number(b.level === 'national') - Number(a.level === 'national') || order(a, b))) visit(root);
    if (this.ordered.length !== profiles.length) {
      const stuck = profiles.filter((p) => !this.ordered.includes(p)).map((p) => p.id);
      throw new RegionProfileError(stuck[0]!, [{ path: 'parent', message: `parent cycle among ${stuck.join(', ')}` }]);
    }
  }

  /**
   * Takes over the profiles of `next` (a folder was edited and loaded again without errors). Everyone who
   * holds this registry sees the new profiles from now on; `onChange` listeners are told.
   */
  replaceWith(next: RegionRegistry): void {
    this.byId = next.byId;
    this.childIds = next.childIds;
    this.ordered = next.ordered;
    for (const listener of [...this.listeners]) listener();
  }

  /** Called after every replaceWith; returns the function that unsubscribes. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get(id: string): ResolvedRegionProfile | undefined {
    return this.byId.get(id);
  }

  /** Every profile, parents before children, the national profile first. */
  list(): ResolvedRegionProfile[] {
    return [...this.ordered];
  }

  children(id: string): ResolvedRegionProfile[] {
    return (this.childIds.get(id) ?? []).map((childId) => this.byId.get(childId)!);
  }

  /** Whether `id` lies strictly below `ancestorId` in the administrative tree (leshan within sichuan). */
  isWithin(id: string, ancestorId: string): boolean {
    for (let parent = this.byId.get(id)?.parent; parent !== undefined; parent = this.byId.get(parent)?.parent) {
      if (parent === ancestorId) return true;
    }
    return false;
  }

  /** The region and its ancestors, the region first. */
  lineage(id: string): ResolvedRegionProfile[] {
    const out: ResolvedRegionProfile[] = [];
    for (let profile = this.byId.get(id); profile; profile = profile.parent ? this.byId.get(profile.parent) : undefined) out.push(profile);
    return out;
  }
}
