/** Helpers for element tests: a client on the test server, and waiting for elements to settle. */
import { createClient, type DisclosureClient } from '@gov-disclosure/sdk';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { VALID_ID } from './submissions.js';

declare global {
  interface Window {
    TEST_SERVER: string;
  }
}

let n = 0;

/** A fresh client (its own cache and request counts) on a demo bundle served by the test server. */
export function demoClient(code = '430121', fault = 'ok'): DisclosureClient {
  return createClient({ src: demoSrc(code, fault) });
}

export function demoSrc(code = '430121', fault = 'ok'): string {
  return `${window.TEST_SERVER}/t/el-${++n}-${Date.now()}/${fault}/bundle/${code}/manifest.json`;
}

export function fixtureSrc(path: string, fault = 'ok'): string {
  return `${window.TEST_SERVER}/t/el-${++n}-${Date.now()}/${fault}/fixtures/${path}`;
}

import { until } from './until.js';

export { until };

declare global {
  interface Window {
    __control?: number;
  }
}

/**
 * Waits until a script the test plants itself, the way a vector would run (a broken image's
 * `onerror`, a `javascript:` link clicked), has run: a check that "nothing ran" after this is made
 * when something could have, not after a guessed pause.
 */
export async function scriptsCouldRun(kind: 'onerror' | 'link'): Promise<void> {
  window.__control = 0;
  const planted = document.createElement(kind === 'onerror' ? 'img' : 'a');
  if (kind === 'onerror') {
    planted.setAttribute('onerror', 'window.__control = 1');
    planted.setAttribute('src', 'data:image/png;base64,AA==');
  } else {
    planted.setAttribute('href', 'javascript:window.__control = 1');
  }
  document.body.append(planted);
  if (kind === 'link') planted.click();
  try {
    await until(() => window.__control === 1, 5000, `the planted ${kind} script`);
  } finally {
    planted.remove();
  }
}

/** Starts collecting what is thrown uncaught (errors, unhandled rejections); the function returned stops and says what was. */
export function watchUncaught(): () => unknown[] {
  const caught: unknown[] = [];
  const onError = (event: ErrorEvent | PromiseRejectionEvent) => caught.push('reason' in event ? event.reason : event.error);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onError);
  return () => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onError);
    return caught;
  };
}

/** Every element matching `selector` inside `root`'s shadow root. */
export function $$(root: Element, selector: string): HTMLElement[] {
  return [...(root.shadowRoot?.querySelectorAll<HTMLElement>(selector) ?? [])];
}

export function $(root: Element, selector: string): HTMLElement | null {
  return root.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;
}

/**
 * Types `text` key by key into whatever has the focus, as `sendKeys({ type })` does, in every engine.
 * Over WebDriver (WebKit), @web/test-runner-commands hands the text to webdriverio's `keys`, which
 * presses every key down before letting any up, so a character that comes again while its key is
 * still down ("11", "00" in an ID number) goes in once. So the text goes in runs in which no
 * character comes twice.
 */
export async function typeKeys(text: string): Promise<void> {
  let run = '';
  for (const char of text) {
    if (run.includes(char)) {
      await sendKeys({ type: run });
      run = '';
    }
    run += char;
  }
  if (run) await sendKeys({ type: run });
}

/**
 * Makes the page about as narrow as a phone (390 px; WebKit's MiniBrowser stops at 447), for what
 * changes below a breakpoint. Returns a function that puts the size back.
 */
export async function phoneWidth(width = 390): Promise<() => Promise<void>> {
  const before = { width: window.innerWidth, height: window.innerHeight, outer: [window.outerWidth, window.outerHeight] as const };
  const webkit = navigator.userAgent.includes('AppleWebKit') && !navigator.userAgent.includes('Chrome');
  // WebDriver sizes the window (its frame included); puppeteer the page's viewport.
  const resize = (w: number, h: number) => executeServerCommand('gov-window-size', { width: w, height: h });
  await resize(width, 844);
  await until(() => window.innerWidth < Math.max(width, 447) + 40, 5000, `a page about ${width} px wide`);
  return async () => {
    await (webkit ? resize(...before.outer) : resize(before.width, before.height));
    await until(() => window.innerWidth === before.width, 5000, 'the width put back');
  };
}

/** Inside a `describe`: each of its tests runs with the window `width` px wide (a phone's by default), put back (and scrolled home) after. */
export function atWidth(width = 390): void {
  let restore: (() => Promise<void>) | undefined;
  beforeEach(async () => {
    restore = await phoneWidth(width);
  });
  afterEach(async () => {
    await restore?.();
    window.scrollTo(0, 0);
  });
}

/** Types `value` into the field `#id` of `el`'s shadow root (its text selected first, so that it replaces it), as a person does. */
export async function typeInto(el: HTMLElement, id: string, value: string): Promise<void> {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`)!;
  input.focus();
  input.select?.();
  await typeKeys(value);
  await (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
}

/** Fills `<gov-disclosure-request>` as a citizen applying by e-mail for a document by its 文号, every field valid. */
export async function fillCitizenRequest(el: HTMLElement): Promise<void> {
  await typeInto(el, 'name', '张三');
  await typeInto(el, 'idNumber', VALID_ID);
  await typeInto(el, 'phone', '13800138000');
  await typeInto(el, 'email', 'zhang@example.com');
  await typeInto(el, 'docNo', '长县民发〔2025〕3号');
  el.shadowRoot!.querySelector<HTMLElement>('#form-first')!.click();
  el.shadowRoot!.querySelector<HTMLElement>('#channel-first')!.click();
}
