/**
 * The one table of variants the stories are made from: every element is shown in the same
 * presentations (elderly mode, 繁體, English, high contrast), and every element that reads data in
 * the same four states (loaded, loading, failed, empty). A story file names its view once and
 * re-exports the variants it takes (`export { Default, … }`), which Storybook indexes by their names (`TraditionalChinese`: a re-exported story's name is its export's).
 */
import type { StoryObj } from '@storybook/web-components-vite';
import type { DisclosureClient } from '@gov-disclosure/sdk';
import { html, type TemplateResult } from 'lit';
import { demo, empty, failing, loading, type Globals } from './support.js';

type Story = StoryObj;
type Wrap = (story: TemplateResult) => TemplateResult;

/** How each presentation changes the toolbar's choices, and what it wraps the view in. */
const PRESENTATIONS: Record<'Elderly' | 'TraditionalChinese' | 'English' | 'HighContrast', { elderly?: true; wrap?: Wrap }> = {
  Elderly: { elderly: true },
  TraditionalChinese: { wrap: (story) => html`<div lang="zh-TW">${story}</div>` },
  English: { wrap: (story) => html`<div lang="en">${story}</div>` },
  HighContrast: { wrap: (story) => html`<div class="gov-high-contrast">${story}</div>` },
};

/** The data states, each as the client that produces it. */
const STATES = { Default: demo, Loading: loading, Error: failing, Empty: empty } as const;

/** A view of the toolbar's choices in every presentation. */
export function presentations(view: (globals: Globals) => TemplateResult): Record<keyof typeof PRESENTATIONS, Story> {
  const entries = Object.entries(PRESENTATIONS).map(([name, { elderly, wrap = (story: TemplateResult) => story }]) => {
    const story: Story = { render: (_, { globals }) => wrap(view(elderly ? { ...globals, mode: 'elderly' } : globals)) };
    return [name, story];
  });
  return Object.fromEntries(entries) as Record<keyof typeof PRESENTATIONS, Story>;
}

/** A view of a client in every data state, and (on the demo data) in every presentation. */
export function variants(
  view: (client: DisclosureClient, globals: Globals) => TemplateResult,
): Record<keyof typeof STATES | keyof typeof PRESENTATIONS, Story> {
  const states = Object.entries(STATES).map(([name, client]) => {
    const story: Story = { render: (_, { globals }) => view(client(), globals) };
    return [name, story];
  });
  return { ...(Object.fromEntries(states) as Record<keyof typeof STATES, Story>), ...presentations((globals) => view(demo(), globals)) };
}
