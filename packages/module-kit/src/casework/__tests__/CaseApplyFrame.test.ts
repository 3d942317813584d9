import { enableAutoUnmount } from '@vue/test-utils';
import { defineComponent, h, ref } from 'vue';
import { afterEach, describe, expect, it } from 'vitest';
import type { Schemas } from '@fawang/contract';
import { jsonResponse, settle } from '../../testing/index.js';
import CaseApplyFrame from '../CaseApplyFrame.vue';
import { mountCasework } from './harness.js';

enableAutoUnmount(afterEach);

const citizen: Schemas['Session'] = {
  user: { id: '00000000-0000-4000-8000-0000000000c1', username: 'wang', displayName: '王小明', role: 'citizen', regionId: 'leshan' },
  preferences: { locale: 'zh-CN', careMode: false, careFontSize: 18, highContrast: false },
  csrfToken: 'csrf',
  expiresAt: '2026-12-31T00:00:00Z',
};
const signIn = { heading: '请先登录', body: '在线申请需要先登录。', link: '登录后申请' };
const filedWords = { title: '已提交', reference: '受理编号', track: '查看办理进度' };

function page(filed = ref<{ id: string; reference: string } | null>(null)) {
  return defineComponent(() => () =>
    h(CaseApplyFrame, { title: '申请家事法律服务', signIn, filed: filed.value, filedWords }, { default: () => h('form', { 'data-testid': 'form' }), filed: () => h('p', '请记下受理编号。') }),
  );
}

describe('CaseApplyFrame', () => {
  it('sends a visitor who is not signed in to the sign-in page, which brings them back', async () => {
    const { wrapper } = await mountCasework(page(), { routes: { 'GET /auth/me': () => jsonResponse({ type: 'about:blank', title: 'Unauthorized', status: 401, code: 'unauthenticated' }, 401) } });
    await settle();
    expect(wrapper.get('h1').text()).toBe('申请家事法律服务');
    expect(wrapper.text()).toContain(signIn.body);
    expect(wrapper.find('[data-testid="form"]').exists()).toBe(false);
    expect(decodeURIComponent(wrapper.get('[data-testid="sign-in"]').attributes('href')!)).toContain('/login?redirect=');
  });

  it('offers the sign-in page when asking who is signed in fails, rather than waiting for ever', async () => {
    const { wrapper } = await mountCasework(page(), { routes: { 'GET /auth/me': () => jsonResponse({ type: 'about:blank', title: 'Unavailable', status: 503, code: 'unavailable' }, 503) } });
    await settle();
    expect(wrapper.find('[data-testid="sign-in"]').exists()).toBe(true);
  });

  it('shows the form signed in, then the reference, the module’s lines and the tracking link once filed', async () => {
    const filed = ref<{ id: string; reference: string } | null>(null);
    const { wrapper } = await mountCasework(page(filed), { routes: { 'GET /auth/me': () => citizen } });
    await settle();
    expect(wrapper.find('[data-testid="form"]').exists()).toBe(true);
    filed.value = { id: 'c 1', reference: 'JS-511100-20261207-0A1B2C3D' };
    await settle();
    expect(wrapper.get('h1').text()).toBe('已提交');
    expect(wrapper.get('[data-testid="reference"]').text()).toBe('JS-511100-20261207-0A1B2C3D');
    expect(wrapper.text()).toContain('请记下受理编号。');
    expect(wrapper.get('[data-testid="track-link"]').attributes('href')).toMatch(/\/family-law\/cases\/c%201$/);
    expect(wrapper.find('[data-testid="form"]').exists()).toBe(false);
  });
});
