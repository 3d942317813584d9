/** The region and the regions above it (leshan → sichuan → national), from the API's region list. */
export function lineageOf(regions: readonly { id: string; parentId?: string }[], id: string): string[] {
  const byId = new Map(regions.map((r) => [r.id, r]));
  const out: string[] = [];
  for (let current = byId.get(id); current && !out.includes(current.id); current = current.parentId ? byId.get(current.parentId) : undefined) {
    out.push(current.id);
  }
  return out.length > 0 ? out : [id];
}
