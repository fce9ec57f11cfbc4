import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { DisclosureClient } from '@gov-disclosure/sdk';
import { html } from 'lit';
import '../packages/elements/src/components/catalogue-tree/gov-catalogue-tree.js';
import { demo, empty, failing, loading, mode, type Globals } from './support.js';

type Story = StoryObj;

export default { title: 'Elements/Catalogue tree', component: 'gov-catalogue-tree' } satisfies Meta;

const view = (client: DisclosureClient, globals: Globals) =>
  html`<gov-catalogue-tree .client=${client} mode=${mode(globals)} selected="social-assistance:1.1"></gov-catalogue-tree>`;

export const Default: Story = { render: (_, { globals }) => view(demo(), globals) };
export const Loading: Story = { render: (_, { globals }) => view(loading(), globals) };
export const Error: Story = { render: (_, { globals }) => view(failing(), globals) };
export const Empty: Story = { render: (_, { globals }) => view(empty(), globals) };
export const Elderly: Story = { render: (_, { globals }) => view(demo(), { ...globals, mode: 'elderly' }) };
export const TraditionalChinese: Story = { name: 'zh-TW', render: (_, { globals }) => html`<div lang="zh-TW">${view(demo(), globals)}</div>` };
export const English: Story = { name: 'en', render: (_, { globals }) => html`<div lang="en">${view(demo(), globals)}</div>` };
export const HighContrast: Story = { render: (_, { globals }) => html`<div class="gov-high-contrast">${view(demo(), globals)}</div>` };
export const ExpandedAll: Story = {
  render: (_, { globals }) => html`<gov-catalogue-tree .client=${demo()} mode=${mode(globals)} expand-all></gov-catalogue-tree>`,
};
