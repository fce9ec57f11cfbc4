import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import manifest from '../packages/elements/custom-elements.json';
import { html } from 'lit';

setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    locale: {
      description: 'Locale of the elements',
      toolbar: { title: 'Locale', icon: 'globe', items: [{ value: 'zh-CN', title: '简体中文' }, { value: 'zh-TW', title: '繁體中文' }, { value: 'en', title: 'English' }], dynamicTitle: true },
    },
    mode: {
      description: 'Standard, elderly-friendly (适老化) or high contrast',
      toolbar: { title: 'Mode', icon: 'accessibility', items: [{ value: 'standard', title: '标准' }, { value: 'elderly', title: '关怀模式' }, { value: 'high-contrast', title: '高对比度' }], dynamicTitle: true },
    },
  },
  initialGlobals: { locale: 'zh-CN', mode: 'standard' },
  decorators: [
    (story, { globals }) => html`<div lang=${globals.locale} class=${globals.mode === 'high-contrast' ? 'gov-high-contrast' : ''}>${story()}</div>`,
  ],
  parameters: {
    a11y: { test: 'error' },
    layout: 'padded',
  },
};
export default preview;
