import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * Storybook for clinic-elements. The docs tables come from `custom-elements.json`
 * (see preview.ts), which `npm run analyze` writes: the `storybook` and
 * `build-storybook` scripts run it first.
 */
const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  // Served at the root of the preview: booking-demo.html is the same-origin
  // page the book button's popup story frames.
  staticDirs: ['./public'],
  core: { disableTelemetry: true },
  docs: { defaultName: 'Docs' },
};

export default config;
