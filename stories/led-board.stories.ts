import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/elements/src/components/led-board/gov-led-board.js';
import { SRC } from './support.js';

type Story = StoryObj;

export default { title: 'Displays/LED board', component: 'gov-led-board', parameters: { layout: 'fullscreen' } } satisfies Meta;

const screen = (width: number, height: number, content: unknown) => html`<div class="screen" data-size=${`${width}x${height}`}>${content}</div>`;
const sized = (width: number, height: number) => {
  const style = new CSSStyleSheet();
  style.replaceSync(`.screen[data-size="${width}x${height}"] { width: ${width}px; height: ${height}px; }`);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, style];
};
sized(1920, 1080);
sized(1280, 160);

export const FullScreen: Story = { name: 'LED 1920×1080', render: () => screen(1920, 1080, html`<gov-led-board src=${SRC} dwell="5"></gov-led-board>`) };
export const Strip: Story = { name: 'LED strip 1280×160', render: () => screen(1280, 160, html`<gov-led-board src=${SRC} dwell="5"></gov-led-board>`) };
export const Offline: Story = {
  name: 'No data yet (offline)',
  render: () => screen(1920, 1080, html`<gov-led-board src=${SRC} .fetch=${() => Promise.reject(new TypeError('offline'))}></gov-led-board>`),
};
export const English: Story = { name: 'en', render: () => html`<div lang="en">${screen(1920, 1080, html`<gov-led-board src=${SRC}></gov-led-board>`)}</div>` };
