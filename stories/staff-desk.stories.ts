import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/elements/src/components/staff-desk/gov-staff-desk.js';

type Story = StoryObj;

/** The desk needs the reference server (`npm start` serves it at /desk/); here it shows its sign-in. */
export default { title: 'Staff/Desk (依申请公开办理台)', component: 'gov-staff-desk' } satisfies Meta;

export const SignIn: Story = { name: 'Sign in', render: () => html`<gov-staff-desk api="/no-server/"></gov-staff-desk>` };
export const Elderly: Story = { render: () => html`<gov-staff-desk api="/no-server/" mode="elderly"></gov-staff-desk>` };
export const English: Story = { render: () => html`<gov-staff-desk api="/no-server/" lang="en"></gov-staff-desk>` };
