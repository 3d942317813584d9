import { describe, expect, it } from 'vitest';
import type { ReadyModule } from '@fawang/module-kit/host';
import type { HostSlot } from '../boot/modules.js';
import { currentNavId, navItems } from '../shell/nav.js';
import { safeRedirect } from '../shell/redirect.js';
import { isStaff } from '../shell/roles.js';
import { lineageOf } from '../shell/lineage.js';

const t = (key: string) => `«${key}»`;

const ready = (id: string, nav: { id: string; label: string; to: string }[]): ReadyModule =>
  ({ id, source: 'bundled', status: 'ready', config: {}, definition: { id, title: 'title', icon: 'scale', routes: [], nav, messages: { 'zh-CN': {} } } }) as unknown as ReadyModule;

describe('navigation', () => {
  const slots: HostSlot[] = [
    ready('lawyers', [{ id: 'directory', label: 'nav.directory', to: '' }]),
    { id: 'notary', source: 'remote', status: 'loading' },
    { id: 'mediation', source: 'bundled', status: 'error', reason: 'load', error: new Error('offline') },
  ];

  it('lists home, every enabled module (loaded or not) and the workbench for staff only', () => {
    expect(navItems(slots, t, false).map((i) => [i.id, i.label, i.to])).toEqual([
      ['home', '«host.home»', '/'],
      ['lawyers:directory', '«module.lawyers.nav.directory»', '/lawyers/'],
      ['notary:', '«host.modules.notary»', '/notary/'],
      ['mediation:', '«host.modules.mediation»', '/mediation/'],
    ]);
    expect(navItems(slots, t, true).at(-1)).toEqual({ id: 'workbench', label: '«host.workbench»', to: '/workbench' });
  });

  it('marks the module of the page being shown, also on its deeper pages', () => {
    const items = navItems(slots, t, true);
    expect(currentNavId('/', items)).toBe('home');
    expect(currentNavId('/lawyers/', items)).toBe('lawyers:directory');
    expect(currentNavId('/lawyers/firms/42', items)).toBe('lawyers:directory');
    expect(currentNavId('/workbench/legal-aid', items)).toBe('workbench');
    expect(currentNavId('/login', items)).toBeUndefined();
  });
});

describe('safeRedirect', () => {
  it('keeps paths inside the portal and refuses anything else', () => {
    expect(safeRedirect('/my')).toBe('/my');
    expect(safeRedirect('/workbench/legal-aid?status=submitted')).toBe('/workbench/legal-aid?status=submitted');
    for (const bad of ['//evil.example', 'https://evil.example', '/\\evil.example', undefined, ['/my']]) expect(safeRedirect(bad)).toBe('/');
  });
});

describe('isStaff', () => {
  it('is every role but citizen', () => {
    expect(isStaff('legal_aid_officer')).toBe(true);
    expect(isStaff('citizen')).toBe(false);
    expect(isStaff(undefined)).toBe(false);
  });
});

describe('lineageOf', () => {
  it('climbs parent links up to the top, and stands alone when the list does not know the region', () => {
    const regions = [{ id: 'national' }, { id: 'sichuan', parentId: 'national' }, { id: 'leshan', parentId: 'sichuan' }];
    expect(lineageOf(regions, 'leshan')).toEqual(['leshan', 'sichuan', 'national']);
    expect(lineageOf(regions, 'meishan')).toEqual(['meishan']);
  });
});
