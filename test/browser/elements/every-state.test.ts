/**
 * The behaviour every element shares, run against each of them: loading, error and loaded states,
 * standard and elderly mode, zh-CN, zh-TW and English. Each state must be axe-clean, localised,
 * and throw nothing uncaught. Adding an element to ELEMENTS adds it to every check; the elements
 * that read no source on their own (the forms, the actions bar, the hall board) are in OTHERS,
 * with the states they have.
 */
import { expect, fixture } from '@open-wc/testing';
import { html, unsafeStatic } from 'lit/static-html.js';
import '@gov-disclosure/elements';
import { $, demoSrc, until, watchUncaught } from '../../support/elements.js';

interface Case {
  tag: string;
  /** Extra attributes for the loaded state. */
  attrs?: Record<string, string>;
  /** What is on screen once loaded. */
  loaded: string;
}

const ELEMENTS: Case[] = [
  { tag: 'gov-disclosure-column', loaded: '[role="tab"]' },
  { tag: 'gov-catalogue-tree', loaded: '[role="treeitem"]' },
  { tag: 'gov-item-view', attrs: { item: 'social-assistance:1.1' }, loaded: '.elements' },
  { tag: 'gov-search', attrs: { q: '低保' }, loaded: '.hit' },
  { tag: 'gov-disclosure-map', loaded: '.card' },
];

/**
 * The controls under 60×60 px in `root` and the shadow roots inside it: buttons, links, fields,
 * options, tree rows and tabs, as 关怀模式 requires (a radio or checkbox is measured by its label;
 * links inside published prose are text, not targets).
 */
function smallTargets(root: ShadowRoot | Element): string[] {
  const small: string[] = [];
  let seen = 0;
  const visit = (node: ShadowRoot | Element) => {
    for (const el of node.querySelectorAll<HTMLElement>(
      'button, a[href], input:not([type="hidden"]), select, textarea, [role="option"], [role="treeitem"], [role="tab"], summary',
    )) {
      if (el.closest('.body') || !el.getClientRects().length || getComputedStyle(el).visibility === 'hidden') continue;
      seen++;
      const box = (/^(radio|checkbox)$/.test((el as HTMLInputElement).type ?? '') && el.closest('label')) || el;
      const r = box.getBoundingClientRect();
      if (r.width < 59.5 || r.height < 59.5)
        small.push(`${box.localName}.${box.className} "${box.textContent!.trim().slice(0, 12)}" ${Math.round(r.width)}×${Math.round(r.height)}`);
    }
    for (const el of node.querySelectorAll('*')) if (el.shadowRoot) visit(el.shadowRoot);
  };
  visit(root);
  return seen ? small : ['no controls to measure'];
}

/**
 * The `:hover` rules in `root`'s styles and its shadow roots' that apply on a touch screen too: there
 * a tapped row keeps its hover look after the tap (say, after Back), a grey highlight on a row
 * nobody is on. Hover looks belong inside `@media (hover: hover)`.
 */
function stickyHovers(root: ShadowRoot | Element): string[] {
  const found = new Set<string>();
  const rules = (list: CSSRuleList, inHoverMedia: boolean): void => {
    for (const rule of list) {
      if (rule instanceof CSSMediaRule) rules(rule.cssRules, inHoverMedia || /\(hover:\s*hover\)/.test(rule.conditionText ?? rule.media.mediaText));
      else if (rule instanceof CSSStyleRule && rule.selectorText.includes(':hover') && !inHoverMedia) found.add(rule.selectorText);
    }
  };
  const visit = (node: ShadowRoot | Element) => {
    if (node instanceof ShadowRoot) for (const sheet of [...node.adoptedStyleSheets, ...node.styleSheets]) rules(sheet.cssRules, false);
    for (const el of node.querySelectorAll('*')) if (el.shadowRoot) visit(el.shadowRoot);
  };
  visit(root);
  return [...found];
}

/** The languages and modes every element is checked in once loaded. */
const LOCALES_AND_MODES = [
  ['zh-CN', 'standard'],
  ['zh-CN', 'elderly'],
  ['zh-TW', 'standard'],
  ['en', 'elderly'],
] as const;

/** 关怀模式: body text at least 18 px, every control at least 60×60 px. */
function expectElderly(el: HTMLElement): void {
  expect(parseFloat(getComputedStyle($(el, '.base')!).fontSize), 'body text').to.be.at.least(18);
  expect(smallTargets(el.shadowRoot!), 'targets under 60×60').to.deep.equal([]);
}

let n = 0;
const api = (fault = 'ok') => `${window.TEST_SERVER}/t/es-${++n}-${Date.now()}/${fault}/api/430121`;

/** Elements without a source of their own to load: set up by attributes (or a property), in the states they have. */
interface Other {
  tag: string;
  attrs: (fault: string) => Record<string, string>;
  props?: Record<string, unknown>;
  loaded: string;
  /** How the element shows a failing server, when it shows one by itself. */
  fails?: (el: HTMLElement) => Promise<void>;
  /** A hall board sizes its text to its screen, not to 关怀模式. */
  screenSized?: boolean;
}

const OTHERS: Other[] = [
  {
    tag: 'gov-actions',
    attrs: () => ({}),
    props: {
      item: {
        id: 'social-assistance:1.1',
        area: 'social-assistance',
        level: 2,
        name: '办事指南',
        service: { code: '430121-MZ-001', name: '最低生活保障金给付', url: 'https://zwfw.hunan.gov.cn/hnzwfw/1/2/index.html?code=430121-MZ-001' },
      },
    },
    loaded: '.action',
  },
  { tag: 'gov-feedback', attrs: (fault) => ({ kind: 'rating', api: api(fault), item: 'social-assistance:1.1' }), loaded: 'form' },
  { tag: 'gov-disclosure-request', attrs: (fault) => ({ api: api(fault) }), loaded: 'form' },
  {
    tag: 'gov-request-status',
    attrs: (fault) => ({ api: api(fault) }),
    loaded: 'form',
    fails: async (el) => {
      const input = el.shadowRoot!.querySelector('input')!;
      input.value = 'GK2026-000001';
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      (el.shadowRoot!.querySelector('form') as HTMLFormElement).requestSubmit();
    },
  },
  { tag: 'gov-led-board', attrs: (fault) => ({ src: demoSrc('430121', fault) }), loaded: '.area', screenSized: true },
];

let stopWatching: () => unknown[];

async function mount(c: Case, src: string, extra: Record<string, string> = {}): Promise<HTMLElement> {
  const attrs = { src, ...c.attrs, ...extra };
  const tag = unsafeStatic(c.tag);
  const el = await fixture<HTMLElement>(html`<${tag}></${tag}>`);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  // A new locale's strings load before the element renders in it.
  await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  return el;
}

describe('every element, every state', () => {
  beforeEach(() => {
    stopWatching = watchUncaught();
  });
  afterEach(() => {
    expect(stopWatching(), 'uncaught errors').to.deep.equal([]);
  });

  for (const c of ELEMENTS) {
    describe(`<${c.tag}>`, () => {
      it('shows a skeleton while loading, announced as busy', async () => {
        const el = await mount(c, demoSrc('430121', 'slow'));
        await until(() => $(el, '[aria-busy="true"]') || el.shadowRoot?.querySelector('gov-catalogue-tree'), 3000, 'loading state');
        await expect(el).to.be.accessible();
      });

      it('shows a localised error with a retry when the source fails', async () => {
        const el = await mount(c, demoSrc('430121', '500'));
        await until(() => $(el, '[role="alert"]'), 15000, 'error state');
        expect($(el, '[role="alert"]')!.textContent).to.contain('服务器出错（500）');
        expect($(el, '[role="alert"] button')).to.exist;
        await expect(el).to.be.accessible();
      });

      for (const [lang, mode] of LOCALES_AND_MODES) {
        it(`is axe-clean loaded, in ${lang}, ${mode} mode`, async () => {
          const el = await mount(c, demoSrc(), { lang, mode });
          await until(() => el.shadowRoot?.querySelector(c.loaded) ?? $(el, 'gov-catalogue-tree')?.shadowRoot?.querySelector(c.loaded), 10000, 'loaded');
          if (mode === 'elderly') expectElderly(el);
          if (lang === 'en') expect(el.shadowRoot!.textContent).to.not.match(/正在加载|重试|全部|公开内容|公开信息|搜索|示意图|要素/);
          expect(stickyHovers(el.shadowRoot!), 'hover looks that stay after a tap').to.deep.equal([]);
          await expect(el).to.be.accessible();
        });
      }
    });
  }

  for (const c of OTHERS) {
    describe(`<${c.tag}>`, () => {
      const mountOther = async (fault: string, extra: Record<string, string> = {}) => {
        const tag = unsafeStatic(c.tag);
        const el = await fixture<HTMLElement>(html`<${tag}></${tag}>`);
        Object.assign(el, c.props ?? {});
        for (const [name, value] of Object.entries({ ...c.attrs(fault), ...extra })) el.setAttribute(name, value);
        await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        return el;
      };

      if (c.fails) {
        it('shows a localised error when the server fails', async () => {
          const el = await mountOther('500');
          await until(() => el.shadowRoot?.querySelector(c.loaded), 10000, 'loaded');
          await c.fails!(el);
          await until(() => $(el, '[role="alert"]'), 15000, 'error state');
          expect($(el, '[role="alert"]')!.textContent).to.contain('服务器出错（500）');
          await expect(el).to.be.accessible();
        });
      }

      for (const [lang, mode] of LOCALES_AND_MODES) {
        it(`is axe-clean loaded, in ${lang}, ${mode} mode`, async () => {
          const el = await mountOther('ok', { lang, mode });
          await until(() => el.shadowRoot?.querySelector(c.loaded), 10000, 'loaded');
          if (mode === 'elderly' && !c.screenSized) expectElderly(el);
          if (lang === 'en') expect(el.shadowRoot!.textContent).to.not.match(/正在加载|重试|全部|提交|姓名|我要办|我要评|查询码|本周/);
          expect(stickyHovers(el.shadowRoot!), 'hover looks that stay after a tap').to.deep.equal([]);
          await expect(el).to.be.accessible();
        });
      }
    });
  }
});
