import { createI18n } from 'vue-i18n';
import { describe, expect, it, vi } from 'vitest';
import { localeLoader } from '../boot/locales.js';
import { regionList } from '../shell/regions.js';

const leshan = { id: 'leshan', name: '乐山市', parentId: 'sichuan' } as never;

describe('regionList', () => {
  it('uses the list a server-rendered page brought, without asking', async () => {
    const listRegions = vi.fn();
    const regions = regionList({ listRegions }, [leshan]);
    expect(regions.list.value).toEqual([leshan]);
    await expect(regions.load()).resolves.toEqual([leshan]);
    expect(listRegions).not.toHaveBeenCalled();
  });

  it('asks once, and again after a failure', async () => {
    const listRegions = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue([leshan]);
    const regions = regionList({ listRegions });
    expect(regions.list.value).toEqual([]);
    await expect(regions.load()).rejects.toThrow('offline');
    await expect(regions.load()).resolves.toEqual([leshan]);
    await regions.load();
    expect(listRegions).toHaveBeenCalledTimes(2);
    expect(regions.list.value).toEqual([leshan]);
  });
});

describe('localeLoader', () => {
  it('has zh-CN from the start and fetches English, the kit’s and the host’s, once', async () => {
    const i18n = createI18n({ legacy: false, locale: 'zh-CN', fallbackLocale: 'zh-CN' });
    const locales = localeLoader(i18n);
    expect(locales.has('zh-CN')).toBe(true);
    expect(locales.has('en')).toBe(false);
    await locales.load('en');
    expect(locales.has('en')).toBe(true);
    i18n.global.locale.value = 'en';
    expect(i18n.global.t('host.home')).toBe('Home');
    expect(i18n.global.t('fw.common.close')).toBe('Close');
  });
});

describe('the portal’s message compiler', () => {
  it('shows precompiled messages and plain text at once, and text with syntax once the compiler has loaded', async () => {
    const { compileMessages } = await import('@fawang/vite-config/compile-messages');
    const { loadMessageCompiler, useMessageCompiler } = await import('../boot/message-compiler.js');
    useMessageCompiler();
    const messages: Record<string, unknown> = { compiled: compileMessages('{region}公共法律服务'), plain: '首页', text: '{n} 件' };
    const i18n = createI18n({ legacy: false, locale: 'zh-CN', messages: { 'zh-CN': messages as never } }) as unknown as {
      global: { t: (key: string, named?: Record<string, unknown>) => string };
    };
    expect(i18n.global.t('compiled', { region: '乐山' })).toBe('乐山公共法律服务');
    expect(i18n.global.t('plain')).toBe('首页');
    await loadMessageCompiler();
    expect(i18n.global.t('text', { n: 3 })).toBe('3 件');
  });
});
