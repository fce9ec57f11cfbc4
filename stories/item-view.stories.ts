import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { DisclosureClient } from '@gov-disclosure/sdk';
import { html } from 'lit';
import '../packages/elements/src/components/item-view/gov-item-view.js';
import { demo, empty, failing, loading, huge, mode, type Globals } from './support.js';

type Story = StoryObj;

export default { title: 'Elements/Item view', component: 'gov-item-view' } satisfies Meta;

const view = (client: DisclosureClient, globals: Globals) =>
  html`<gov-item-view .client=${client} mode=${mode(globals)} item="social-assistance:1.1"></gov-item-view>`;

export const Default: Story = { render: (_, { globals }) => view(demo(), globals) };
export const Loading: Story = { render: (_, { globals }) => view(loading(), globals) };
export const Error: Story = { render: (_, { globals }) => view(failing(), globals) };
export const Empty: Story = { render: (_, { globals }) => view(empty(), globals) };
export const Elderly: Story = { render: (_, { globals }) => view(demo(), { ...globals, mode: 'elderly' }) };
export const TraditionalChinese: Story = { name: 'zh-TW', render: (_, { globals }) => html`<div lang="zh-TW">${view(demo(), globals)}</div>` };
export const English: Story = { name: 'en', render: (_, { globals }) => html`<div lang="en">${view(demo(), globals)}</div>` };
export const HighContrast: Story = { render: (_, { globals }) => html`<div class="gov-high-contrast">${view(demo(), globals)}</div>` };
export const Entry: Story = {
  render: (_, { globals }) =>
    html`<gov-item-view .client=${demo()} mode=${mode(globals)} item="compulsory-education:1.1" entry="compulsory-education:1.1~1"></gov-item-view>`,
};
export const TwoHundredThousandEntries: Story = {
  name: '200,000 entries',
  render: (_, { globals }) => html`<gov-item-view .client=${huge()} mode=${mode(globals)} item="health:1.1"></gov-item-view>`,
};
