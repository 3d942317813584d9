import type { FwNavItem } from '@fawang/ui';
import { moduleMessageNamespace } from '@fawang/module-kit';
import type { HostSlot } from '../boot/modules.js';

type Translate = (key: string) => string;

/** 首页, then each enabled module's navigation, then 工作台 for staff. Links are router paths under /<region>/. */
export function navItems(slots: readonly HostSlot[], t: Translate, showWorkbench: boolean): FwNavItem[] {
  const items: FwNavItem[] = [{ id: 'home', label: t('host.home'), to: '/' }];
  for (const slot of slots) {
    const nav = slot.status === 'ready' ? slot.definition.nav : slot.status === 'summary' ? slot.summary.nav : undefined;
    if (nav?.length) {
      const ns = moduleMessageNamespace(slot.id);
      for (const item of nav) {
        items.push({ id: `${slot.id}:${item.id}`, label: t(`${ns}.${item.label}`), to: `/${slot.id}/${item.to}`.replace(/\/$/, '/'), ...(item.icon ? { icon: item.icon } : {}) });
      }
    } else {
      // A module still loading, or one that failed, keeps its place; its page explains.
      items.push({ id: `${slot.id}:`, label: t(`host.modules.${slot.id}`), to: `/${slot.id}/` });
    }
  }
  if (showWorkbench) items.push({ id: 'workbench', label: t('host.workbench'), to: '/workbench' });
  return items;
}

/** The nav item of the page being shown: the module's first item for any of its pages. */
export function currentNavId(path: string, items: readonly FwNavItem[]): string | undefined {
  if (path === '/' || path === '') return 'home';
  if (path.startsWith('/workbench')) return 'workbench';
  const moduleId = path.split('/')[1];
  const exact = items.find((item) => item.to === path || item.to === `${path}/`);
  return exact?.id ?? items.find((item) => item.id.startsWith(`${moduleId}:`))?.id;
}
