import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { DisclosureClient } from '@gov-disclosure/sdk';
import { html } from 'lit';
import '../packages/elements/src/components/search/gov-search.js';
import { createClient } from '@gov-disclosure/sdk';
import { CITY_SRC, demo, mode, type Globals } from './support.js';
import { variants } from './variants.js';

type Story = StoryObj;

export default { title: 'Elements/Search', component: 'gov-search' } satisfies Meta;

const view = (client: DisclosureClient, globals: Globals, q = '低保') => html`<gov-search .client=${client} mode=${mode(globals)} q=${q}></gov-search>`;

const { Default, Loading, Error, Empty, Elderly, TraditionalChinese, English, HighContrast } = variants(view);
export { Default, Loading, Error, Empty, Elderly, TraditionalChinese, English, HighContrast };
export const Blank: Story = { render: (_, { globals }) => html`<gov-search .client=${demo()} mode=${mode(globals)}></gov-search>` };
/** Nothing matches: it says so and offers other words and areas. */
export const NoResults: Story = { render: (_, { globals }) => view(demo(), globals, '救济金 驾照') };
/** A 繁體 query finds the 简体 data. */
export const TraditionalQuery: Story = { render: (_, { globals }) => view(demo(), globals, '義務教育') };
/** A city's column searches its nine counties through its merged index; each hit names its jurisdiction. */
export const CityMatrix: Story = {
  render: (_, { globals }) => html`<gov-search .client=${createClient({ src: CITY_SRC })} scope="matrix" mode=${mode(globals)} q="低保"></gov-search>`,
};
