/**
 * The page served when the portal has not been built (no `index.html` in the portal folder), so the API
 * still runs alone: it names the region, says how to build the portal and links to the API.
 */
import type { RegionRegistry, ResolvedRegionProfile } from '@fawang/regions';
import { escapeHtml } from './shell.js';


function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>body{font:18px/1.6 system-ui,"PingFang SC","Microsoft YaHei",sans-serif;max-width:44rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}a{color:#0b57d0}</style>
</head>
<body>${body}</body>
</html>`;
}

/** Renders the placeholder for a region, or the not-found page when the region is unknown. */
export function placeholderPages(regions: RegionRegistry): (profile: ResolvedRegionProfile | undefined) => string {
  const links = regions
    .list()
    .map((r) => `<li><a href="/${escapeHtml(r.id)}/">${escapeHtml(r.name)}</a></li>`)
    .join('');
  return (profile) => {
    if (!profile) return page('页面不存在 Not found', '<h1>页面不存在 (Not found)</h1><p><a href="/">返回首页 Home</a></p>');
    return page(
      profile.branding.siteName,
      `<h1>${escapeHtml(profile.branding.siteName)}</h1>
<p>${escapeHtml(profile.name)} · 门户尚未构建。The portal has not been built: run <code>pnpm build</code> and restart the server. The API already
serves at <a href="/api/v1/health">/api/v1</a> (<a href="/api/v1/openapi.json">contract</a>).</p>
<h2>地区 Regions</h2><ul>${links}</ul>`,
    );
  };
}
