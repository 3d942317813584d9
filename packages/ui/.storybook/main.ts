import type { StorybookConfig } from '@storybook/vue3-vite';

const config: StorybookConfig = {
  // FW_STORIES narrows the build to some stories while working on them (globs separated by ';').
  // The module kit's casework pieces are shown here too: they are built from this design system.
  stories: process.env.FW_STORIES
    ? process.env.FW_STORIES.split(';')
    : ['../src/**/*.mdx', '../src/**/*.stories.ts', '../../module-kit/src/casework/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  framework: { name: '@storybook/vue3-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
};

export default config;
