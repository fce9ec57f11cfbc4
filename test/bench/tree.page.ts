// Runs in the bench page: our <gov-catalogue-tree> and Shoelace's <sl-tree> on the same catalogue.
import type { Area, CatalogueItem, DisclosureClient } from '@gov-disclosure/sdk';
import '@gov-disclosure/elements';
import type { GovCatalogueTree } from '@gov-disclosure/elements';
import '@shoelace-style/shoelace/dist/components/tree/tree.js';
import '@shoelace-style/shoelace/dist/components/tree-item/tree-item.js';

declare global {
  interface Window {
    benchReady: boolean;
    bench: Record<string, (...args: never[]) => unknown>;
  }
}

const frame = () => new Promise<number>((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()))));

/** An in-memory source: what a warm cache gives, so that the figures are rendering alone. */
function memoryClient(areas: Area[], items: CatalogueItem[]): DisclosureClient {
  const children = new Map<string, CatalogueItem[]>();
  for (const item of items) {
    const key = item.parent ?? `area:${item.area}`;
    children.set(key, [...(children.get(key) ?? []), item]);
  }
  return {
    kind: 'bundle',
    areas: async () => areas,
    items: async (area: string, parent?: string) => children.get(parent ?? `area:${area}`) ?? [],
  } as unknown as DisclosureClient;
}

/** The catalogue `times` over: each area holds `times` copies of its 一级 items. */
function scaled(areas: Area[], items: CatalogueItem[], times: number): { areas: Area[]; items: CatalogueItem[] } {
  if (times === 1) return { areas, items };
  const out: CatalogueItem[] = [];
  for (let copy = 0; copy < times; copy++) {
    for (const item of items) {
      out.push({
        ...item,
        id: `${item.id}#${copy}`,
        ...(item.parent ? { parent: `${item.parent}#${copy}` } : {}),
        name: copy ? `${item.name}（${copy}）` : item.name,
      });
    }
  }
  return { areas: areas.map((a) => ({ ...a, itemCount: (a.itemCount ?? 0) * times })), items: out };
}

const latencies = { frame: [] as number[], work: [] as number[] };

/**
 * Two figures per key press, from when the page starts handling the keydown: to the next frame
 * (what the issue names; it includes waiting for vsync), and to the end of the work it causes —
 * the element's key handler, its re-render, and the style and layout of the new active row.
 */
function measure(target: HTMLElement, active: () => Element | null, settled: () => Promise<unknown>): void {
  latencies.frame = [];
  latencies.work = [];
  let down = 0;
  // Capture on the target runs before the element's own handler; bubble, added last, after it.
  target.addEventListener(
    'keydown',
    () => {
      down = performance.now();
      requestAnimationFrame(() => {
        active()?.getBoundingClientRect();
        latencies.frame.push(performance.now() - down);
      });
    },
    { capture: true },
  );
  target.addEventListener('keydown', () => {
    const start = down;
    void settled().then(() => {
      active()?.getBoundingClientRect();
      latencies.work.push(performance.now() - start);
    });
  });
}

let areas: Area[] = [];
let items: CatalogueItem[] = [];

async function ours(times: number): Promise<{ el: GovCatalogueTree; firstRender: number }> {
  const data = scaled(areas, items, times);
  const client = memoryClient(data.areas, data.items);
  document.body.replaceChildren();
  const start = performance.now();
  const el = document.createElement('gov-catalogue-tree');
  el.noFilters = true;
  el.expandAllOnLoad = true;
  el.client = client;
  document.body.append(el);
  await new Promise<void>((resolve) => {
    const check = () => (el.shadowRoot?.querySelector('[aria-level="3"]') ? resolve() : setTimeout(check, 0));
    check();
  });
  await el.updateComplete;
  const firstRender = (await frame()) - start;
  return { el, firstRender };
}

window.bench = {
  load(a: Area[], i: CatalogueItem[]) {
    areas = a;
    items = i;
  },

  async oursRender(times: number) {
    const { el, firstRender } = await ours(times);
    const rows = el.shadowRoot!.querySelectorAll('[role="treeitem"]').length;
    const status = el.shadowRoot!.querySelector('.summary')!.textContent!.trim();
    el.collapseAll();
    await el.updateComplete;
    await frame();
    const start = performance.now();
    await el.expandAll();
    const expandAll = (await frame()) - start;
    return { firstRender, expandAll, rows, status, nodes: el.shadowRoot!.querySelectorAll('*').length };
  },

  async prepareKeys(times: number) {
    const { el } = await ours(times);
    const tree = el.shadowRoot!.querySelector<HTMLElement>('[role="tree"]')!;
    tree.focus();
    measure(
      tree,
      () => el.shadowRoot!.querySelector('.row.active'),
      () => el.updateComplete,
    );
    return el.shadowRoot!.querySelectorAll('[role="treeitem"]').length;
  },

  latencies() {
    return latencies;
  },

  async shoelaceRender() {
    document.body.replaceChildren();
    const byParent = new Map<string, CatalogueItem[]>();
    for (const item of items) byParent.set(item.parent ?? `area:${item.area}`, [...(byParent.get(item.parent ?? `area:${item.area}`) ?? []), item]);
    const start = performance.now();
    const tree = document.createElement('sl-tree');
    const build = (parent: HTMLElement, key: string) => {
      for (const item of byParent.get(key) ?? []) {
        const node = document.createElement('sl-tree-item');
        node.textContent = item.name;
        if (byParent.has(item.id)) {
          node.expanded = true;
          build(node, item.id);
        }
        parent.append(node);
      }
    };
    for (const area of areas) {
      const node = document.createElement('sl-tree-item');
      node.textContent = area.name;
      node.expanded = true;
      build(node, `area:${area.id}`);
      tree.append(node);
    }
    document.body.append(tree);
    const all = [...tree.querySelectorAll('sl-tree-item')];
    await Promise.all(all.map((n) => n.updateComplete));
    const firstRender = (await frame()) - start;
    for (const n of all) n.expanded = false;
    await Promise.all(all.map((n) => n.updateComplete));
    await frame();
    const t = performance.now();
    for (const n of all) n.expanded = true;
    await Promise.all(all.map((n) => n.updateComplete));
    const expandAll = (await frame()) - t;
    return { firstRender, expandAll, nodes: all.length };
  },

  async prepareShoelaceKeys() {
    const first = document.querySelector('sl-tree-item')!;
    first.focus();
    measure(
      document.querySelector('sl-tree')!,
      () => document.activeElement,
      () =>
        Promise.all(
          [...document.querySelectorAll('sl-tree-item')]
            .filter((n) => n.hasAttribute('selected') || n === document.activeElement)
            .map((n) => (n as unknown as { updateComplete: Promise<unknown> }).updateComplete),
        ),
    );
  },
};
window.benchReady = true;
