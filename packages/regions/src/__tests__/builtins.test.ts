import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RegionRegistry, resolveProfiles } from '../index.js';
import { builtInProfilesDir, loadBuiltInRegions, loadRegionProfiles } from '../node.js';
import { root } from './fixtures.js';

describe('built-in profiles', () => {
  it('resolve completely, national first, parents before children', async () => {
    const regions = await loadBuiltInRegions();
    expect(regions.list().map((r) => r.id)).toEqual(['national', 'beijing', 'guangdong', 'zhongshan', 'sichuan', 'leshan']);
    expect(regions.get('leshan')).toMatchObject({ divisionCode: '511100', parent: 'sichuan', level: 'city' });
    expect(regions.get('zhongshan')).toMatchObject({ divisionCode: '442000', parent: 'guangdong' });
  });

  it('carry each plan’s indicator table, never inherited', async () => {
    const regions = await loadBuiltInRegions();
    const counts = Object.fromEntries(regions.list().map((r) => [r.id, r.indicators.length]));
    expect(counts).toEqual({ national: 25, beijing: 8, sichuan: 15, leshan: 13, guangdong: 0, zhongshan: 57 });
    const national = regions.get('national')!.indicators;
    expect(national.filter((i) => i.kind === 'binding').map((i) => i.source)).toEqual([
      '000 L58–61', '000 L63–66', '000 L68–71', '000 L103–106', '000 L108–111', '000 L153–156', '000 L158–161',
    ]);
    expect(regions.get('sichuan')!.indicators.every((i) => i.kind === 'expected' && i.baseline?.year === 2020)).toBe(true);
    expect(regions.get('zhongshan')!.indicators.every((i) => i.kind === 'unstated' && i.source.startsWith('004 '))).toBe(true);
  });

  it('let Leshan inherit Sichuan’s legal-aid rules and add its own hotline, channels and centres', async () => {
    const regions = await loadBuiltInRegions();
    const sichuan = regions.get('sichuan')!;
    const leshan = regions.get('leshan')!;
    expect(leshan.legalAid).toEqual(sichuan.legalAid);
    expect(leshan.legalAid.hardship.thresholds.map((t) => t.effectiveFrom)).toEqual(['2022-01-01', '2024-07-01']);
    expect(leshan.legalAid.mutualRecognition).toEqual(['chongqing']);
    expect(leshan.branding.brandColor).toBe(sichuan.branding.brandColor);
    expect(leshan.channels.hotlines.map((h) => h.number)).toEqual(['12348', '12348-1', '12348-2', '12345']);
    expect(leshan.channels.online.map((c) => c.name)).toEqual(expect.arrayContaining(['天府通办', '乐易办']));
    expect(leshan.servicePoints.map((p) => p.id)).toEqual(expect.arrayContaining(['sc-provincial-centre', 'ls-city-centre', 'ls-mabian-centre']));
    expect(leshan.site).toMatchObject({ organizer: '乐山市司法局（示例）', siteCode: 'DEMO511100', icp: sichuan.site.icp });
  });

  it('let Zhongshan inherit Guangdong and the national defaults, adding its own hardship threshold', async () => {
    const regions = await loadBuiltInRegions();
    const guangdong = regions.get('guangdong')!;
    const zhongshan = regions.get('zhongshan')!;
    const ownThreshold = expect.objectContaining({ effectiveFrom: '2025-01-01', monthlyIncomePerMemberYuan: 2000, assetsLimitYuan: 100000 });
    expect(zhongshan.legalAid).toEqual({
      ...guangdong.legalAid,
      hardship: { ...guangdong.legalAid.hardship, thresholds: [...guangdong.legalAid.hardship.thresholds, ownThreshold] },
    });
    expect(zhongshan.branding.brandColor).toBe('#b3261e');
    expect(zhongshan.channels.hotlines).toEqual(regions.get('national')!.channels.hotlines);
    expect(zhongshan.channels.online.map((c) => c.kind)).toEqual(['website', 'mini_program', 'app', 'wechat', 'alipay']);
    expect(zhongshan.notary).toEqual(regions.get('national')!.notary);
  });

  it('give every region the national mediation clocks (5 days to answer, 30 to conclude) and tag the full-time mediator share', async () => {
    const regions = await loadBuiltInRegions();
    for (const region of regions.list()) {
      expect(region.mediation.deadlines, region.id).toEqual({ acceptWithinDays: 5, concludeWithinDays: 30, dayCounting: 'calendar' });
    }
    const share = regions.get('national')!.indicators.find((i) => i.id === 'full-time-mediator-share');
    expect(share).toMatchObject({ measure: 'full_time_mediator_share', unit: '%', target: { value: 15 } });
  });

  it('state Beijing’s merged hotline and its 最多跑一次 notary items', async () => {
    const beijing = (await loadBuiltInRegions()).get('beijing')!;
    expect(beijing.channels.hotlines.map((h) => h.number)).toEqual(['12345']);
    expect(beijing.notary.maxOneVisitTotal).toBe(180);
    expect(beijing.notary.catalogue.length).toBeGreaterThanOrEqual(12);
    expect(beijing.notary.catalogue.every((item) => item.maxOneVisit)).toBe(true);
  });

  it('use demo filing numbers that no register issues', async () => {
    for (const profile of (await loadBuiltInRegions()).list()) {
      expect(profile.site.siteCode).toMatch(/^DEMO\d{6}$/);
      expect(profile.site.icp).toContain('（示例）');
      expect(profile.site.publicSecurity?.code).toMatch(/^0+$/);
    }
  });

  it('each point to the JSON Schema for editors', async () => {
    const names = (await readdir(builtInProfilesDir)).filter((name) => !name.endsWith('.schema.json'));
    expect(names).toHaveLength(6);
    for (const name of names) {
      expect(JSON.parse(await readFile(join(builtInProfilesDir, name), 'utf8'))).toMatchObject({ $schema: './region-profile.schema.json' });
    }
  });
});

describe('loading', () => {
  it('lets a deployment folder override a built-in profile by id', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'fawang-regions-'));
    await writeFile(join(dir, 'leshan.json'), JSON.stringify({ id: 'leshan', name: '乐山市', level: 'city', parent: 'sichuan', modules: { arbitration: { enabled: false } } }));
    const regions = await loadRegionProfiles([builtInProfilesDir, dir]);
    expect(regions.get('leshan')!.modules.arbitration.enabled).toBe(false);
    expect(regions.get('sichuan')!.modules.arbitration.enabled).toBe(true);
  });

  it('reads a single file as well as a folder', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'fawang-regions-'));
    const file = join(dir, 'meishan.json');
    await writeFile(file, JSON.stringify({ id: 'meishan', name: '眉山市', level: 'city', parent: 'sichuan', divisionCode: '511400' }));
    const regions = await loadRegionProfiles([builtInProfilesDir, file]);
    expect(regions.get('meishan')!.legalAid).toEqual(regions.get('sichuan')!.legalAid);
  });

  it('names a file that is not JSON and a path that does not exist', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'fawang-regions-'));
    await writeFile(join(dir, 'broken.json'), '{ "id": ');
    await expect(loadRegionProfiles([dir])).rejects.toThrow(/broken\.json: not valid JSON/);
    await expect(loadRegionProfiles([join(dir, 'missing.json')])).rejects.toThrow(/missing\.json: cannot read it \(ENOENT\)/);
  });
});

describe('RegionRegistry', () => {
  it('answers isWithin, children and lineage', async () => {
    const regions = await loadBuiltInRegions();
    expect(regions.isWithin('leshan', 'sichuan')).toBe(true);
    expect(regions.isWithin('sichuan', 'sichuan')).toBe(false);
    expect(regions.isWithin('sichuan', 'leshan')).toBe(false);
    expect(regions.isWithin('zhongshan', 'sichuan')).toBe(false);
    expect(regions.children('guangdong').map((r) => r.id)).toEqual(['zhongshan']);
    expect(regions.lineage('leshan').map((r) => r.id)).toEqual(['leshan', 'sichuan', 'national']);
    // The national level supervises every province (ADR 0004).
    expect(regions.isWithin('zhongshan', 'national')).toBe(true);
  });

  it('rejects a parent that does not exist', () => {
    const [resolved] = resolveProfiles([{ source: 'a.json', data: root }]);
    expect(() => new RegionRegistry([{ ...resolved!, id: 'orphan', parent: 'ghost' }])).toThrow(/ghost/);
  });
});
