import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { DisclosureClient } from '@gov-disclosure/sdk';
import { html } from 'lit';
import '../packages/elements/src/components/item-view/gov-item-view.js';
import { demo, huge, mode, type Globals } from './support.js';
import { variants } from './variants.js';

type Story = StoryObj;

export default { title: 'Elements/Item view', component: 'gov-item-view' } satisfies Meta;

const view = (client: DisclosureClient, globals: Globals) =>
  html`<gov-item-view .client=${client} mode=${mode(globals)} item="social-assistance:1.1"></gov-item-view>`;

const { Default, Loading, Error, Empty, Elderly, TraditionalChinese, English, HighContrast } = variants(view);
export { Default, Loading, Error, Empty, Elderly, TraditionalChinese, English, HighContrast };
export const Entry: Story = {
  render: (_, { globals }) =>
    html`<gov-item-view .client=${demo()} mode=${mode(globals)} item="compulsory-education:1.1" entry="compulsory-education:1.1~1"></gov-item-view>`,
};
export const TwoHundredThousandEntries: Story = {
  name: '200,000 entries',
  render: (_, { globals }) => html`<gov-item-view .client=${huge()} mode=${mode(globals)} item="health:1.1"></gov-item-view>`,
};
