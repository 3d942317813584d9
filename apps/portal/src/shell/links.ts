import type { Router } from 'vue-router';

/**
 * Plain links inside the portal (a design-system card renders an <a href>) navigate in the app instead
 * of reloading the page: a left click without modifier keys on a same-origin link under /<region>/.
 */
export function interceptPortalLinks(root: HTMLElement, router: Router, regionId: string): void {
  const base = `/${regionId}/`;
  root.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = (event.target as Element | null)?.closest?.('a[href]');
    if (!(anchor instanceof HTMLAnchorElement) || anchor.target || anchor.hasAttribute('download')) return;
    const url = new URL(anchor.href);
    if (url.origin !== window.location.origin || !url.pathname.startsWith(base)) return;
    event.preventDefault();
    void router.push(`/${url.pathname.slice(base.length)}${url.search}${url.hash}`);
  });
}
