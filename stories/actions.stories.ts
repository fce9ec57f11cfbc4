import type { Meta } from '@storybook/web-components-vite';
import type { DisclosureClient } from '@gov-disclosure/sdk';
import { html } from 'lit';
import { until } from 'lit/directives/until.js';
import '../packages/elements/src/components/actions/gov-actions.js';
import { mode, type Globals } from './support.js';
import { variants } from './variants.js';

export default { title: 'Elements/Actions', component: 'gov-actions' } satisfies Meta;

const view = (client: DisclosureClient, globals: Globals) =>
  html`${until(
    client.item('social-assistance:1.1').then((item) => html`<gov-actions .item=${item} mode=${mode(globals)}></gov-actions>`),
    html`<p>正在加载…</p>`,
  )}`;

const { Default, Loading, Error, Empty, Elderly, TraditionalChinese, English, HighContrast } = variants(view);
export { Default, Loading, Error, Empty, Elderly, TraditionalChinese, English, HighContrast };
