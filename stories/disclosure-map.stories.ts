import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { DisclosureClient } from '@gov-disclosure/sdk';
import { html } from 'lit';
import '../packages/elements/src/components/disclosure-map/gov-disclosure-map.js';
import { demo, mode, type Globals } from './support.js';
import { variants } from './variants.js';

type Story = StoryObj;

export default { title: 'Elements/Disclosure map', component: 'gov-disclosure-map' } satisfies Meta;

const view = (client: DisclosureClient, globals: Globals) =>
  html`<gov-disclosure-map .client=${client} mode=${mode(globals)} navigate="link"></gov-disclosure-map>`;

const { Default, Loading, Error, Empty, Elderly, TraditionalChinese, English, HighContrast } = variants(view);
export { Default, Loading, Error, Empty, Elderly, TraditionalChinese, English, HighContrast };
export const List: Story = {
  render: (_, { globals }) => html`<gov-disclosure-map .client=${demo()} mode=${mode(globals)} view="list" navigate="link"></gov-disclosure-map>`,
};
