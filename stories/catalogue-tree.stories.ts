import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { DisclosureClient } from '@gov-disclosure/sdk';
import { html } from 'lit';
import '../packages/elements/src/components/catalogue-tree/gov-catalogue-tree.js';
import { demo, mode, type Globals } from './support.js';
import { variants } from './variants.js';

type Story = StoryObj;

export default { title: 'Elements/Catalogue tree', component: 'gov-catalogue-tree' } satisfies Meta;

const view = (client: DisclosureClient, globals: Globals) =>
  html`<gov-catalogue-tree .client=${client} mode=${mode(globals)} selected="social-assistance:1.1"></gov-catalogue-tree>`;

const { Default, Loading, Error, Empty, Elderly, TraditionalChinese, English, HighContrast } = variants(view);
export { Default, Loading, Error, Empty, Elderly, TraditionalChinese, English, HighContrast };
export const ExpandedAll: Story = {
  render: (_, { globals }) => html`<gov-catalogue-tree .client=${demo()} mode=${mode(globals)} expand-all></gov-catalogue-tree>`,
};
