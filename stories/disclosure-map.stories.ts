import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { DisclosureClient } from '@gov-disclosure/sdk';
import { html } from 'lit';
import '../packages/elements/src/components/disclosure-map/gov-disclosure-map.js';
import { demo, empty, failing, loading, mode, type Globals } from './support.js';

type Story = StoryObj;

export default { title: 'Elements/Disclosure map', component: 'gov-disclosure-map' } satisfies Meta;

const view = (client: DisclosureClient, globals: Globals) =>
  html`<gov-disclosure-map .client=${client} mode=${mode(globals)} navigate="link"></gov-disclosure-map>`;

export const Default: Story = { render: (_, { globals }) => view(demo(), globals) };
export const Loading: Story = { render: (_, { globals }) => view(loading(), globals) };
export const Error: Story = { render: (_, { globals }) => view(failing(), globals) };
export const Empty: Story = { render: (_, { globals }) => view(empty(), globals) };
export const Elderly: Story = { render: (_, { globals }) => view(demo(), { ...globals, mode: 'elderly' }) };
export const TraditionalChinese: Story = { name: 'zh-TW', render: (_, { globals }) => html`<div lang="zh-TW">${view(demo(), globals)}</div>` };
export const English: Story = { name: 'en', render: (_, { globals }) => html`<div lang="en">${view(demo(), globals)}</div>` };
export const HighContrast: Story = { render: (_, { globals }) => html`<div class="gov-high-contrast">${view(demo(), globals)}</div>` };
export const List: Story = {
  render: (_, { globals }) => html`<gov-disclosure-map .client=${demo()} mode=${mode(globals)} view="list" navigate="link"></gov-disclosure-map>`,
};
