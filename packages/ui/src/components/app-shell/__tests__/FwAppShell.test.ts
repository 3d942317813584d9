import { describe, expect, it } from 'vitest';
import { h } from 'vue';
import { mountFw } from '../../../testing/mount.js';
import FwHeader from '../../header/FwHeader.vue';
import FwAppShell from '../FwAppShell.vue';

describe('FwAppShell', () => {
  it('renders header, nav, main, aside and footer in landmark order', () => {
    const w = mountFw(FwAppShell, {
      slots: {
        header: '<header>页头</header>',
        nav: '<nav aria-label="主导航">导航</nav>',
        default: '<h1>法律援助申请</h1>',
        aside: '<p>办事指南</p>',
        footer: '<footer>页脚</footer>',
      },
    });
    const tags = [...w.element.children].flatMap((el) => (el.classList.contains('fw-app-shell__body') ? [...el.children] : [el])).map((el) => el.tagName);
    expect(tags).toEqual(['HEADER', 'NAV', 'MAIN', 'ASIDE', 'FOOTER']);
  });

  it('gives main the skip target id and tabindex=-1', () => {
    const w = mountFw(FwAppShell, { slots: { default: '<h1>内容</h1>' } });
    const main = w.find('main');
    expect(main.attributes('id')).toBe('main');
    expect(main.attributes('tabindex')).toBe('-1');
    const custom = mountFw(FwAppShell, { props: { mainId: 'content' }, slots: { default: '内容' } });
    expect(custom.find('main').attributes('id')).toBe('content');
  });

  it('renders the aside only with content, as a labelled complementary landmark', () => {
    const none = mountFw(FwAppShell, { slots: { default: '内容' } });
    expect(none.find('aside').exists()).toBe(false);
    const w = mountFw(FwAppShell, { slots: { default: '内容', aside: '<p>相关服务</p>' } });
    expect(w.find('aside').attributes('aria-label')).toBe('相关内容');
    const named = mountFw(FwAppShell, { props: { asideLabel: '办事指南' }, slots: { default: '内容', aside: '指南' } });
    expect(named.find('aside').attributes('aria-label')).toBe('办事指南');
    const en = mountFw(FwAppShell, { slots: { default: 'x', aside: 'y' }, locale: 'en' });
    expect(en.find('aside').attributes('aria-label')).toBe('Related content');
  });

  it("moves focus into main when the header's skip link is used", async () => {
    const w = mountFw(FwAppShell, {
      slots: { header: () => [h(FwHeader, { siteName: '乐山法律服务网' })], default: '<h1>公证服务</h1>' },
    });
    await w.find('.fw-header__skip').trigger('click');
    expect(document.activeElement).toBe(w.find('main').element);
  });
});
