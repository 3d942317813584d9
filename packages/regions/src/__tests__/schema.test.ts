import { describe, expect, it } from 'vitest';
import { resolveProfiles } from '../index.js';
import { city, errorOf, root } from './fixtures.js';

/** The first issue of loading `root` with `patch` laid over it, as "path: message". */
function rootIssue(patch: (profile: typeof root) => unknown): string {
  const error = errorOf(() => resolveProfiles([{ source: 'bad.json', data: patch(structuredClone(root)) }]));
  expect(error.source).toBe('bad.json');
  return `${error.issues[0]!.path}: ${error.issues[0]!.message}`;
}

describe('profile schema', () => {
  it('accepts the complete fixture', () => {
    const [profile] = resolveProfiles([{ source: 'a.json', data: root }]);
    expect(profile!.servicePoints).toHaveLength(1);
  });

  it('names the file, the path and what was expected', () => {
    const error = errorOf(() => resolveProfiles([{ source: 'bad.json', data: { ...root, legalAid: { ...root.legalAid, deadlines: { ...root.legalAid.deadlines, decideWithinDays: 0 } } } }]));
    expect(error.message).toBe('bad.json: legalAid.deadlines.decideWithinDays: Too small: expected number to be >=1');
  });

  it.each([
    ['branding colour', (p: typeof root) => ((p.branding.brandColor = 'red'), p), 'branding.brandColor: a colour is written #rrggbb'],
    ['logo address', (p: typeof root) => ({ ...p, branding: { ...p.branding, logo: { src: 'http://x.test/a.svg', alt: '徽标' } } }), 'branding.logo.src: expected an absolute https:// address or a path starting with "/"'],
    ['site code', (p: typeof root) => ((p.site.siteCode = '51000000'), p), 'site.siteCode: a 网站标识码 is 10 digits'],
    ['public-security code', (p: typeof root) => ((p.site.publicSecurity.code = '川A123'), p), 'site.publicSecurity.code: a 公安机关备案 code is 6–20 digits'],
    ['hotline number', (p: typeof root) => ((p.channels.hotlines[1]!.number = '12348--1'), p), 'channels.hotlines.1.number: a telephone number is 3–20 digits'],
    ['duplicate hotline', (p: typeof root) => ((p.channels.hotlines[1]!.number = '12348'), p), 'channels.hotlines.1.number: duplicate number "12348" (also item 0)'],
    ['online channel address', (p: typeof root) => ({ ...p, channels: { ...p.channels, online: [{ name: '甲省法网', kind: 'website', href: 'http://fw.test' }] } }), 'channels.online.0.href: expected an absolute https:// address'],
    ['service point location', (p: typeof root) => ({ ...p, servicePoints: [{ ...p.servicePoints[0]!, location: { lat: 103.7, lng: 29.6 } }] }), 'servicePoints.0.location.lat: latitude is between -90 and 90'],
    ['service point division', (p: typeof root) => ({ ...p, servicePoints: [{ ...p.servicePoints[0]!, divisionCode: '5111' }] }), 'servicePoints.0.divisionCode: a division code has 6 digits (county and above) or 9'],
    ['threshold order', (p: typeof root) => (p.legalAid.hardship.thresholds.reverse(), p), 'legalAid.hardship.thresholds.1.effectiveFrom: must be later than the previous entry\'s effectiveFrom (2024-01-01)'],
    ['no threshold', (p: typeof root) => ((p.legalAid.hardship.thresholds = []), p), 'legalAid.hardship.thresholds: list at least 1 item(s)'],
    ['calendar date', (p: typeof root) => ((p.legalAid.hardship.thresholds[0]!.effectiveFrom = '2022-02-30'), p), 'legalAid.hardship.thresholds.0.effectiveFrom: not a calendar date'],
    ['exemption basis', (p: typeof root) => ({ ...p, legalAid: { ...p.legalAid, hardship: { ...p.legalAid.hardship, exemptCategories: [{ id: 'minors', name: '未成年人' }] } } }), 'legalAid.hardship.exemptCategories.0.basis: Invalid option: expected one of "art32"|"art42"'],
    ['matter type twice', (p: typeof root) => ((p.legalAid.matterTypes = ['civil', 'civil']), p), 'legalAid.matterTypes: each matter type once'],
    ['fee range', (p: typeof root) => ({ ...p, notary: { catalogue: [{ ...p.notary.catalogue[0]!, feeYuan: { min: 200, max: 80 } }] } }), 'notary.catalogue.0.feeYuan.max: min must not exceed max'],
    ['open bracket', (p: typeof root) => ((p.arbitration.feeSchedules[0]!.acceptance[1]!.upToYuan = 50000), p), 'arbitration.feeSchedules.0.acceptance.1.upToYuan: the last bracket must be open (null)'],
    ['indicator unit', (p: typeof root) => ({ ...p, indicators: [{ ...p.indicators[0]!, unit: undefined }] }), 'indicators.0.unit: a numeric target needs a unit'],
    ['indicator source', (p: typeof root) => ({ ...p, indicators: [{ ...p.indicators[0]!, source: 'plan' }] }), 'indicators.0.source: a source is the seed file and lines'],
    ['indicator deadline', (p: typeof root) => ({ ...p, indicators: [{ ...p.indicators[0]!, deadline: '25' }] }), 'indicators.0.deadline: a deadline is written YYYY or YYYY-MM-DD'],
    ['remote entry', (p: typeof root) => ({ ...p, modules: { ...p.modules, lawyers: { enabled: true, remote: { entry: 'lawyers.example/remoteEntry.js' } } } }), 'modules.lawyers.remote.entry: expected the address of a Module Federation manifest'],
  ])('reports a bad %s', (_, patch, expected) => {
    expect(rootIssue(patch)).toContain(expected);
  });

  it('accepts a remote module manifest by URL or path', () => {
    const modules = { ...root.modules, lawyers: { enabled: true, remote: { entry: 'https://lawyers.example/mf-manifest.json' } }, notary: { enabled: true, remote: { entry: '/remotes/notary/mf-manifest.json' } } };
    expect(resolveProfiles([{ source: 'a.json', data: { ...root, modules } }])[0]!.modules.lawyers.remote).toEqual({ entry: 'https://lawyers.example/mf-manifest.json' });
  });

  it('rejects unknown keys, and module ids that are not slugs, in the file that has them', () => {
    expect(errorOf(() => resolveProfiles([{ source: 'x.json', data: { ...root, theme: {} } }])).message).toBe('x.json: Unrecognized key: "theme"');
    const error = errorOf(() => resolveProfiles([{ source: 'a.json', data: root }, { source: 'y.json', data: city({ modules: { Tax_Office: { enabled: true } } }) }]));
    expect(error.source).toBe('y.json');
    expect(error.issues[0]?.path).toBe('modules.Tax_Office');
  });

  it('accepts a module of the region\'s own (pnpm create-module) beside the six', () => {
    const [, child] = resolveProfiles([{ source: 'a.json', data: root }, { source: 'y.json', data: city({ modules: { consult: { enabled: true, config: { x: 1 } } } }) }]);
    expect((child!.modules as Record<string, unknown>).consult).toEqual({ enabled: true, config: { x: 1 } });
  });

  it('reports the alternative a value came closest to, not a bare "Invalid input"', () => {
    const directive = errorOf(() => resolveProfiles([{ source: 'a.json', data: root }, { source: 'b.json', data: city({ channels: { hotlines: { $merge: [{ name: '热线', number: 'abc' }] } } }) }]));
    expect(directive.issues[0]!.path).toBe('channels.hotlines.$merge.0.number');
    const neither = errorOf(() => resolveProfiles([{ source: 'a.json', data: root }, { source: 'b.json', data: city({ channels: { hotlines: 12348 } }) }]));
    expect(neither.issues[0]).toEqual({ path: 'channels.hotlines', message: 'Invalid input: expected array or object' });
    const unknownDirective = errorOf(() => resolveProfiles([{ source: 'a.json', data: root }, { source: 'b.json', data: city({ channels: { hotlines: { $append: [] } } }) }]));
    expect(unknownDirective.message).toMatch(/b\.json: channels\.hotlines: Unrecognized key: "\$append"/);
  });

  it('reports a root profile that leaves sections out', () => {
    const { site: _site, legalAid: _legalAid, ...incomplete } = root;
    const paths = errorOf(() => resolveProfiles([{ source: 'root.json', data: incomplete }])).issues.map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['site', 'legalAid']));
  });
});
