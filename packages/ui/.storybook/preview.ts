import type { Preview } from '@storybook/vue3-vite';
import { setup } from '@storybook/vue3-vite';
import { createFwI18n } from '../src/i18n/index.js';
import { createFawangUI } from '../src/plugin.js';
import { applyDisplayPreferences } from '../src/theme/display.js';
import '../src/styles/index.css';

// One i18n instance for the whole preview so the toolbar's language switch reaches every story.
const i18n = createFwI18n('zh-CN');
setup((app) => {
  app.use(i18n);
  app.use(createFawangUI({ i18n }));
});

const preview: Preview = {
  globalTypes: {
    fwMode: {
      description: '长辈版 care mode',
      toolbar: { title: 'Mode', icon: 'accessibility', items: [{ value: 'standard', title: '标准版 Standard' }, { value: 'care', title: '长辈版 Care mode' }], dynamicTitle: true },
    },
    fwCareSize: {
      description: 'Care-mode text size',
      toolbar: { title: 'Text size', icon: 'paragraph', items: ['18', '20', '22', '24'].map((v) => ({ value: v, title: `${v} px` })), dynamicTitle: true },
    },
    fwContrast: {
      description: 'Contrast',
      toolbar: { title: 'Contrast', icon: 'contrast', items: [{ value: 'standard', title: 'Standard contrast' }, { value: 'high', title: 'High contrast' }], dynamicTitle: true },
    },
    fwLocale: {
      description: 'Language',
      toolbar: { title: 'Language', icon: 'globe', items: [{ value: 'zh-CN', title: '中文' }, { value: 'en', title: 'English' }], dynamicTitle: true },
    },
  },
  initialGlobals: { fwMode: 'standard', fwCareSize: '18', fwContrast: 'standard', fwLocale: 'zh-CN' },
  decorators: [
    (story, context) => {
      const { fwMode, fwCareSize, fwContrast, fwLocale } = context.globals as Record<string, string>;
      const root = document.documentElement;
      applyDisplayPreferences(root, {
        care: fwMode === 'care',
        careFontSize: Number(fwCareSize ?? 18),
        contrast: fwContrast === 'high' ? 'high' : 'standard',
      });
      root.lang = fwLocale ?? 'zh-CN';
      i18n.global.locale.value = fwLocale ?? 'zh-CN';
      return { components: { story }, template: '<div class="fw-root" style="padding:16px"><story /></div>' };
    },
  ],
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true },
    a11y: {
      // In the browser gate (test/a11y, a WebDriver-controlled browser) the runner runs axe itself, with
      // popups included and in both modes; running the addon too would only double the time.
      test: navigator.webdriver ? 'off' : 'error',
      options: { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } },
    },
  },
};

export default preview;
