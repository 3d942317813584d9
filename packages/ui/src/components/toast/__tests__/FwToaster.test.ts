import { flushPromises } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { nextTick } from 'vue';
import { mountFw } from '../../../testing/mount.js';
import FwToaster from '../FwToaster.vue';
import { createFwToastManager, fwToastManager, type FwToastManager } from '../store.js';
import { useToast } from '../useToast.js';

afterEach(() => {
  vi.useRealTimers();
});

let manager: FwToastManager;
beforeEach(() => {
  manager = createFwToastManager();
});

async function settle() {
  await flushPromises();
  await nextTick();
  await nextTick();
}

const region = () => document.body.querySelector<HTMLElement>('[role="region"]')!;
const toasts = () => [...region().querySelectorAll<HTMLElement>('li.fw-toast')];

describe('FwToaster + useToast', () => {
  it('renders a labelled region (teleported) that is empty at first', async () => {
    mountFw(FwToaster, { props: { manager } });
    await settle();
    expect(region().getAttribute('aria-label')).toBe('通知（F8）');
    expect(toasts()).toHaveLength(0);
  });

  it('shows a toast with its tone as icon and text, and announces it politely', async () => {
    mountFw(FwToaster, { props: { manager } });
    await settle();
    useToast(manager).success('法律援助申请已提交');
    await settle();
    const [toast] = toasts();
    expect(toast!.classList).toContain('fw-toast--success');
    expect(toast!.querySelector('.fw-toast__title')!.textContent).toContain('成功');
    expect(toast!.querySelector('.fw-toast__description')!.textContent).toBe('法律援助申请已提交');
    expect(toast!.querySelector('svg')).not.toBeNull();
    const status = document.body.querySelector('[role="status"][aria-live="polite"]')!;
    expect(status.textContent).toBe('成功：法律援助申请已提交');
  });

  it('keeps the tone for screen readers when a title is given', async () => {
    mountFw(FwToaster, { props: { manager } });
    await settle();
    useToast(manager).warning('请在 3 日内补正材料', { title: '材料不全' });
    await settle();
    const title = toasts()[0]!.querySelector('.fw-toast__title')!;
    expect(title.textContent!.replace(/\s/g, '')).toBe('注意：材料不全');
    expect(title.querySelector('.fw-visually-hidden')!.textContent).toContain('注意');
  });

  it('announces errors assertively', async () => {
    mountFw(FwToaster, { props: { manager } });
    await settle();
    useToast(manager).error('网络连接失败');
    await settle();
    expect(document.body.querySelector('[role="alert"]')!.textContent).toBe('错误：网络连接失败');
  });

  it('closes success toasts after their duration but keeps errors until dismissed', async () => {
    vi.useFakeTimers();
    mountFw(FwToaster, { props: { manager } });
    await settle();
    const toast = useToast(manager);
    toast.success('已保存', { duration: 1000 });
    toast.error('提交失败');
    await settle();
    expect(toasts()).toHaveLength(2);
    vi.advanceTimersByTime(60_000);
    await settle();
    const left = toasts().filter((t) => t.dataset.state === 'open');
    expect(left).toHaveLength(1);
    expect(left[0]!.classList).toContain('fw-toast--error');
  });

  it('is dismissed with its named close button', async () => {
    mountFw(FwToaster, { props: { manager } });
    await settle();
    useToast(manager).info('系统将于今晚 22:00 维护');
    await settle();
    const close = toasts()[0]!.querySelector<HTMLButtonElement>('button[aria-label="关闭通知"]')!;
    close.click();
    await settle();
    expect(toasts().filter((t) => t.dataset.state === 'open')).toHaveLength(0);
  });

  it('dismisses by id or all at once', async () => {
    mountFw(FwToaster, { props: { manager } });
    await settle();
    const toast = useToast(manager);
    const a = toast.error('错误一');
    toast.error('错误二');
    await settle();
    toast.dismiss(a);
    await settle();
    expect(toasts().filter((t) => t.dataset.state === 'open').map((t) => t.textContent)).toEqual([
      expect.stringContaining('错误二'),
    ]);
    toast.dismiss();
    await settle();
    expect(toasts().filter((t) => t.dataset.state === 'open')).toHaveLength(0);
  });

  it('pauses the timer while the pointer is over the region', async () => {
    vi.useFakeTimers();
    mountFw(FwToaster, { props: { manager } });
    await settle();
    useToast(manager).success('已保存', { duration: 1000 });
    await settle();
    const list = region().querySelector('ol')!;
    list.dispatchEvent(new Event('pointermove', { bubbles: true }));
    vi.advanceTimersByTime(5000);
    await settle();
    expect(toasts().filter((t) => t.dataset.state === 'open')).toHaveLength(1);
    list.dispatchEvent(new Event('pointerleave'));
    vi.advanceTimersByTime(5000);
    await settle();
    expect(toasts().filter((t) => t.dataset.state === 'open')).toHaveLength(0);
  });

  it('pauses the timer while focus is in the region', async () => {
    vi.useFakeTimers();
    mountFw(FwToaster, { props: { manager } });
    await settle();
    useToast(manager).info('已为您预约 12 月 3 日上午', { duration: 1000 });
    await settle();
    toasts()[0]!.querySelector<HTMLButtonElement>('button')!.focus();
    vi.advanceTimersByTime(5000);
    await settle();
    expect(toasts().filter((t) => t.dataset.state === 'open')).toHaveLength(1);
  });

  it('queues toasts added before the toaster mounts (module-level store)', async () => {
    useToast().info('欢迎使用 12348 法网');
    mountFw(FwToaster);
    await settle();
    expect(toasts()[0]!.textContent).toContain('欢迎使用 12348 法网');
    fwToastManager.close();
  });

  it('speaks English', async () => {
    mountFw(FwToaster, { props: { manager }, locale: 'en' });
    await settle();
    useToast(manager).success('Application submitted');
    await settle();
    expect(region().getAttribute('aria-label')).toBe('Notifications (F8)');
    expect(toasts()[0]!.querySelector('button')!.getAttribute('aria-label')).toBe('Dismiss notification');
    expect(document.body.querySelector('[role="status"]')!.textContent).toBe('Success: Application submitted');
  });
});
