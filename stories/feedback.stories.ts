import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/elements/src/components/feedback/gov-feedback.js';
import { outbox, mode, type Globals } from './support.js';
import { presentations } from './variants.js';

type Story = StoryObj;

export default { title: 'Forms/Feedback (我要评)', component: 'gov-feedback' } satisfies Meta;

const view = (kind: string, globals: Globals, server: 'up' | 'down' | 'refuses' = 'up') =>
  html`<gov-feedback kind=${kind} api="/api/430121" item="social-assistance:1.1" min-seconds="0" privacy-href="#privacy" mode=${mode(globals)} .outbox=${outbox(server)}></gov-feedback>`;

export const Page: Story = { render: (_, { globals }) => view('page', globals) };
export const Rating: Story = { name: '好差评 rating', render: (_, { globals }) => view('rating', globals) };
export const Message: Story = { name: '投诉 / 咨询 / 建言 / 意见征集', render: (_, { globals }) => view('message', globals) };
export const Offline: Story = { name: 'Offline (已保存，联网后自动发送)', render: (_, { globals }) => view('message', globals, 'down') };
export const Refused: Story = { name: 'Refused by the server', render: (_, { globals }) => view('message', globals, 'refuses') };
const { Elderly, TraditionalChinese, English, HighContrast } = presentations((globals) => view('rating', globals));
export { Elderly, TraditionalChinese, English, HighContrast };
