// Storybook 10 for the elements: every element in every state, docs from the custom-elements
// manifest (generated from the class doc comments by `npm run manifest`), the a11y addon, and the
// demo bundles served beside the stories. `npm run storybook`; CI runs `npm run storybook:build`.
import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  staticDirs: [{ from: '../packages/demo/bundle', to: '/bundle' }],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  async viteFinal(vite) {
    // The elements' sources, as the tests use them (workspace packages by their `source` export).
    vite.resolve = { ...vite.resolve, conditions: ['source', 'browser', 'module', 'import', 'default'] };
    return vite;
  },
};
export default config;
