import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/elements/src/components/disclosure-column/gov-disclosure-column.js';
import { CITY_SRC, SRC, mode, type Globals } from './support.js';
import { presentations } from './variants.js';

type Story = StoryObj;

export default { title: 'Elements/Disclosure column', component: 'gov-disclosure-column' } satisfies Meta;

const view = (globals: Globals, src = SRC) =>
  html`<gov-disclosure-column src=${src} url-state="none" mode=${mode(globals)}><a href=${src}>政务公开专栏</a></gov-disclosure-column>`;

export const Default: Story = { render: (_, { globals }) => view(globals) };
export const Error: Story = { name: 'Error (no such bundle)', render: (_, { globals }) => view(globals, '/bundle/999999/manifest.json') };
const { Elderly, TraditionalChinese, English, HighContrast } = presentations((globals) => view(globals));
export { Elderly, TraditionalChinese, English, HighContrast };
export const CityMatrix: Story = {
  name: 'City matrix (1+9)',
  render: (_, { globals }) =>
    html`<gov-disclosure-column src=${CITY_SRC} url-state="none" search-scope="matrix" mode=${mode(globals)}></gov-disclosure-column>`,
};
