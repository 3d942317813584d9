import { describe, expect, it } from 'vitest';
import { mergeSettings, resolveProfiles } from '../index.js';
import { city, errorOf, root } from './fixtures.js';

const resolveCity = (settings: Record<string, unknown>) =>
  resolveProfiles([
    { source: 'a.json', data: root },
    { source: 'b.json', data: city(settings) },
  ]).find((p) => p.id === 'city-b')!;

describe('mergeSettings', () => {
  it('merges objects key by key and replaces scalars and plain arrays', () => {
    expect(mergeSettings({ a: { x: 1, y: 2 }, list: [1, 2], n: 1 }, { a: { y: 3 }, list: [9] })).toEqual({ a: { x: 1, y: 3 }, list: [9], n: 1 });
  });

  it('merges a keyed list by its key only where the profile has one', () => {
    const base = { servicePoints: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }] };
    expect(mergeSettings(base, { servicePoints: { $merge: [{ id: 'b', name: 'B2' }, { id: 'c', name: 'C' }], $remove: ['a'] } })).toEqual({
      servicePoints: [{ id: 'b', name: 'B2' }, { id: 'c', name: 'C' }],
    });
  });
});

describe('inheritance', () => {
  it('inherits every section field by field and never the identity', () => {
    const profile = resolveCity({ modules: { arbitration: { enabled: false } }, branding: { siteName: '乙市法律服务网' }, site: { organizer: '乙市司法局' } });
    expect(profile.modules.arbitration.enabled).toBe(false);
    expect(profile.modules.notary.enabled).toBe(true);
    expect(profile.branding).toEqual({ siteName: '乙市法律服务网', brandColor: '#1f5fa8' });
    expect(profile.site).toEqual({ ...root.site, organizer: '乙市司法局' });
    expect(profile.legalAid).toEqual(root.legalAid);
    expect(profile.notary).toEqual(root.notary);
    expect(profile.arbitration).toEqual(root.arbitration);
    expect(profile.servicePoints).toEqual(root.servicePoints);
    expect(profile).toMatchObject({ id: 'city-b', name: '乙市', extends: 'province-a' });
    expect(profile.divisionCode).toBeUndefined();
  });

  it('merges a nested object partially (a logo alt, one deadline)', () => {
    const withLogo = { ...root, branding: { ...root.branding, logo: { src: '/brand/a.svg', alt: '甲省司法厅' } } };
    const [, profile] = resolveProfiles([
      { source: 'a.json', data: withLogo },
      { source: 'b.json', data: city({ branding: { logo: { alt: '乙市司法局' } }, legalAid: { deadlines: { decideWithinDays: 5 } } }) },
    ]);
    expect(profile!.branding.logo).toEqual({ src: '/brand/a.svg', alt: '乙市司法局' });
    expect(profile!.legalAid.deadlines).toEqual({ ...root.legalAid.deadlines, decideWithinDays: 5 });
  });

  it('inherits the mediation clocks and lets a city change one of them', () => {
    const withClocks = { ...root, mediation: { deadlines: { acceptWithinDays: 3, concludeWithinDays: 30, dayCounting: 'working' } } };
    const [province, profile] = resolveProfiles([
      { source: 'a.json', data: withClocks },
      { source: 'b.json', data: city({ mediation: { deadlines: { concludeWithinDays: 20 } } }) },
    ]);
    expect(province!.mediation.deadlines).toEqual({ acceptWithinDays: 3, concludeWithinDays: 30, dayCounting: 'working' });
    expect(profile!.mediation.deadlines).toEqual({ acceptWithinDays: 3, concludeWithinDays: 20, dayCounting: 'working' });
    expect(resolveCity({}).mediation.deadlines).toEqual({ acceptWithinDays: 5, concludeWithinDays: 30, dayCounting: 'calendar' });
  });

  it('does not inherit the indicator table', () => {
    expect(resolveCity({}).indicators).toEqual([]);
    const own = [{ id: 'hotline', name: '热线平台接通率', unit: '%', kind: 'unstated', baseline: { value: 72, year: 2020 }, target: { value: 90 }, deadline: '2025', source: '003 L97–100' }];
    expect(resolveCity({ indicators: own }).indicators).toEqual(own);
  });

  it('replaces an inherited list with a plain list', () => {
    const hotlines = [{ name: '12345 热线', number: '12345' }];
    expect(resolveCity({ channels: { hotlines } }).channels).toEqual({ hotlines, online: root.channels.online });
  });

  it('merges by key with $merge: same key in place, new keys appended', () => {
    const profile = resolveCity({
      channels: { hotlines: { $merge: [{ name: '公共法律服务热线（市）', number: '12348' }, { name: '心连心 12345', number: '12345' }] } },
      servicePoints: { $merge: [{ id: 'b-centre', name: '乙市公共法律服务中心', kind: 'centre', level: 'city', divisionCode: '511100', address: '乙市' }] },
      legalAid: { hardship: { exemptCategories: { $merge: [{ id: 'veterans', name: '军人军属', basis: 'art42' }] } } },
      notary: { catalogue: { $merge: [{ id: 'birth', name: '出生公证', feeYuan: 80, online: true, maxOneVisit: true }] } },
    });
    expect(profile.channels.hotlines.map((h) => `${h.number} ${h.name}`)).toEqual(['12348 公共法律服务热线（市）', '12348-1 双语坐席', '12345 心连心 12345']);
    expect(profile.servicePoints.map((p) => p.id)).toEqual(['a-centre', 'b-centre']);
    expect(profile.legalAid.hardship.exemptCategories.map((c) => c.id)).toEqual(['art42-migrant-workers', 'veterans']);
    expect(profile.notary.catalogue).toEqual([{ id: 'birth', name: '出生公证', feeYuan: 80, online: true, maxOneVisit: true }]);
  });

  it('keeps date-keyed lists oldest first after a merge', () => {
    const profile = resolveCity({
      legalAid: { hardship: { thresholds: { $merge: [{ effectiveFrom: '2023-01-01', monthlyIncomePerMemberYuan: 1500, basis: '市标准' }] } } },
    });
    expect(profile.legalAid.hardship.thresholds.map((t) => t.effectiveFrom)).toEqual(['2022-01-01', '2023-01-01', '2024-01-01']);
  });

  it('removes inherited items with $remove and names a key that is not there', () => {
    const profile = resolveCity({ channels: { hotlines: { $remove: ['12348-1'] }, online: { $remove: ['甲省法网'] } } });
    expect(profile.channels.hotlines.map((h) => h.number)).toEqual(['12348']);
    expect(profile.channels.online).toEqual([]);
    const error = errorOf(() => resolveCity({ servicePoints: { $remove: ['a-centre', 'nowhere'] } }));
    expect(error.source).toBe('b.json');
    expect(error.issues[0]).toEqual({ path: 'servicePoints.$remove.1', message: 'no inherited item has the id "nowhere"' });
  });

  it('checks the merged list: removing the last threshold leaves the region without a hardship standard', () => {
    const error = errorOf(() => resolveCity({ legalAid: { hardship: { thresholds: { $remove: ['2022-01-01', '2024-01-01'] } } } }));
    expect(error.message).toBe('b.json: legalAid.hardship.thresholds: list at least 1 item(s)');
  });

  it('follows `extends` over `parent` for settings', () => {
    const template = { ...root, id: 'template', name: '模板', legalAid: { ...root.legalAid, deadlines: { ...root.legalAid.deadlines, decideWithinDays: 5 } } };
    const profiles = resolveProfiles([
      { source: 'a.json', data: root },
      { source: 't.json', data: template },
      { source: 'c.json', data: { id: 'city-c', name: '丙市', level: 'city', parent: 'province-a', extends: 'template' } },
    ]);
    expect(profiles.find((p) => p.id === 'city-c')!.legalAid.deadlines.decideWithinDays).toBe(5);
  });

  it('reports a missing base and an inheritance cycle', () => {
    const missing = errorOf(() => resolveProfiles([{ source: 'm.json', data: { id: 'city-m', name: '戊市', level: 'city', extends: 'nowhere' } }]));
    expect(missing.issues[0]).toEqual({ path: 'extends', message: 'no profile has the id "nowhere"' });
    const cycle = errorOf(() =>
      resolveProfiles([
        { source: 'p.json', data: { id: 'loop-p', name: 'P', level: 'city', extends: 'loop-q' } },
        { source: 'q.json', data: { id: 'loop-q', name: 'Q', level: 'city', extends: 'loop-p' } },
      ]),
    );
    expect(cycle.message).toMatch(/inheritance cycle loop-p → loop-q → loop-p/);
  });
});
