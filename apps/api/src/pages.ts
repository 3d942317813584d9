/**
 * Until the portal host is built (issue 4), `/` and `/<region>/` serve a plain page saying the portal is
 * coming, with links to the API. It is rendered from the region profiles, so it names real regions.
 */
import type { FastifyInstance } from 'fastify';
import type { RegionRegistry } from '@fawang/regions';

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

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

export function registerPlaceholderPages(app: FastifyInstance, regions: RegionRegistry, defaultRegion: string) {
  app.get('/', async (_request, reply) => reply.redirect(`/${defaultRegion}/`));
  app.get<{ Params: { regionId: string } }>('/:regionId/', async (request, reply) => {
    const region = regions.get(request.params.regionId);
    if (!region) {
      return reply.code(404).type('text/html; charset=utf-8').send(page('页面不存在 Not found', '<h1>页面不存在 (Not found)</h1><p><a href="/">返回首页 Home</a></p>'));
    }
    const links = regions
      .list()
      .map((r) => `<li><a href="/${escapeHtml(r.id)}/">${escapeHtml(r.name)}</a></li>`)
      .join('');
    return reply.type('text/html; charset=utf-8').send(
      page(
        `${region.name} · 公共法律服务网`,
        `<h1>${escapeHtml(region.name)} 公共法律服务网</h1>
<p>门户正在建设中。The portal is coming; the API already serves at <a href="/api/v1/health">/api/v1</a>
(<a href="/api/v1/openapi.json">contract</a>).</p>
<h2>地区 Regions</h2><ul>${links}</ul>`,
      ),
    );
  });
}
