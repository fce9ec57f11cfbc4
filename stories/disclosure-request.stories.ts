import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/elements/src/components/disclosure-request/gov-disclosure-request.js';
import '../packages/elements/src/components/request-status/gov-request-status.js';
import { failing, outbox, mode, type Globals } from './support.js';
import { presentations } from './variants.js';

type Story = StoryObj;

export default { title: 'Forms/Disclosure request (依申请公开)', component: 'gov-disclosure-request' } satisfies Meta;

const view = (globals: Globals, server: 'up' | 'down' | 'refuses' = 'up') =>
  html`<gov-disclosure-request api="/api/430121" privacy-href="#privacy" mode=${mode(globals)} .outbox=${outbox(server)}></gov-disclosure-request>`;

export const Default: Story = { render: (_, { globals }) => view(globals) };
export const Offline: Story = { render: (_, { globals }) => view(globals, 'down') };
const { Elderly, TraditionalChinese, English, HighContrast } = presentations((globals) => view(globals));
export { Elderly, TraditionalChinese, English, HighContrast };
export const StatusLookup: Story = {
  name: 'Status lookup (<gov-request-status>)',
  render: (_, { globals }) => html`<gov-request-status api="/api/430121" mode=${mode(globals)}></gov-request-status>`,
};
export const StatusError: Story = {
  name: 'Status lookup, server down',
  render: (_, { globals }) => html`<gov-request-status .client=${failing()} code="430121-20261122-ABCDEFGHJK" mode=${mode(globals)}></gov-request-status>`,
};
