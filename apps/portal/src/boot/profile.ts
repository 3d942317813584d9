/**
 * The region profile the portal runs with. The server inlines it into index.html (no extra round trip
 * before first paint); the server validated it with the profile schema when it started, so the page takes
 * it as is. A page served some other way (vite dev) fetches it from the API and validates it here, with
 * the schema loaded only then (it is the largest library the portal would otherwise ship on first load).
 */
import type { ResolvedRegionProfile } from '@fawang/regions';

export type ProfileResult = { status: 'ok'; profile: ResolvedRegionProfile } | { status: 'not-found'; regionId: string } | { status: 'error'; message: string };

/** /leshan/lawyers/ → leshan; the first path segment names the region. */
export function regionIdFromPath(pathname: string): string {
  return decodeURIComponent(pathname.split('/')[1] ?? '');
}

async function validate(data: unknown): Promise<ProfileResult> {
  const { resolvedRegionProfile } = await import('@fawang/regions');
  const parsed = resolvedRegionProfile.safeParse(data);
  if (parsed.success) return { status: 'ok', profile: parsed.data };
  const issues = parsed.error.issues.slice(0, 3).map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  return { status: 'error', message: `invalid region profile (${issues.join('; ')})` };
}

export async function loadProfile(regionId: string, doc: Document = document, fetchImpl: typeof fetch = fetch): Promise<ProfileResult> {
  const inlined = doc.getElementById('fawang-profile')?.textContent;
  if (inlined) {
    try {
      const data = JSON.parse(inlined) as ResolvedRegionProfile;
      if (data.id === regionId) return { status: 'ok', profile: data };
    } catch {
      // Fall through to the API: a corrupt inline copy must not stop the portal.
    }
  }
  if (!/^[a-z][a-z0-9-]{1,31}$/.test(regionId)) return { status: 'not-found', regionId };
  try {
    const response = await fetchImpl(`/api/v1/regions/${regionId}/profile`, { headers: { accept: 'application/json' } });
    if (response.status === 404) return { status: 'not-found', regionId };
    if (!response.ok) return { status: 'error', message: `the server answered ${response.status}` };
    return await validate(await response.json());
  } catch (error) {
    return { status: 'error', message: error instanceof Error ? error.message : String(error) };
  }
}
