/**
 * Security headers of the portal's HTML. The Content-Security-Policy allows scripts, styles and
 * connections from this origin and from the origin of every module remote named in any profile (Module
 * Federation loads a remote's manifest, scripts and styles from where it is deployed), and nothing else.
 */
import type { ResolvedRegionProfile } from '@fawang/regions';

/** Origins of the absolute `modules.<id>.remote.entry` URLs in the profiles; same-origin paths need none. */
export function remoteOrigins(profiles: readonly ResolvedRegionProfile[]): string[] {
  const origins = new Set<string>();
  for (const profile of profiles) {
    for (const settings of Object.values(profile.modules)) {
      const entry = settings.remote?.entry;
      if (entry && /^https?:\/\//.test(entry)) origins.add(new URL(entry).origin);
    }
  }
  return [...origins].sort();
}

export function contentSecurityPolicy(remotes: readonly string[]): string {
  const withRemotes = (...sources: string[]) => [...sources, ...remotes].join(' ');
  return [
    "default-src 'self'",
    `script-src ${withRemotes("'self'")}`,
    // Vue and the design system set inline styles; a remote may ship its own stylesheet.
    `style-src ${withRemotes("'self'", "'unsafe-inline'")}`,
    "img-src 'self' data: https:",
    `connect-src ${withRemotes("'self'")}`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join('; ');
}

export function htmlSecurityHeaders(profiles: readonly ResolvedRegionProfile[]): Record<string, string> {
  return {
    'content-security-policy': contentSecurityPolicy(remoteOrigins(profiles)),
    'referrer-policy': 'strict-origin-when-cross-origin',
  };
}
