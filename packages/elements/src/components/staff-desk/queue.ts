/**
 * The desk's work queue: a jurisdiction's requests sorted by deadline — overdue first, then by the
 * working days left, then those whose clock is stopped, then the closed — filtered by state,
 * department, 承办人 and a code or subject typed, and shown as a virtualised list box (10,000 rows
 * draw a screenful). The sort and the filter are pure functions, so that a bench can time them.
 */
import { PHASES, type QueueItem } from '@gov-disclosure/sdk/workflow';
import { html, nothing } from 'lit';
import type { LocaleController } from '../../controllers/locale.js';
import { listMove } from '../../controllers/list-navigation.js';
import type { VirtualList } from '../../controllers/virtual-list.js';
import type { MessageKey } from '../../i18n/index.js';

export interface QueueFilter {
  /** `open` (not yet answered), `all`, or one phase. */
  phase: 'open' | 'all' | QueueItem['phase'];
  department: string;
  handler: string;
  /** Part of a 查询码 or of what was sought. */
  text: string;
}

export const ALL: QueueFilter = { phase: 'open', department: '', handler: '', text: '' };
const CLOSED: readonly QueueItem['phase'][] = ['answered', 'delivered', 'archived'];

/** 0: running (by days left), 1: clock stopped, 2: closed. */
const band = (r: QueueItem) => (CLOSED.includes(r.phase) ? 2 : r.daysLeft === undefined ? 1 : 0);

/** The queue in working order: overdue and nearest deadlines first. */
export function sortQueue(requests: readonly QueueItem[]): QueueItem[] {
  return [...requests].sort(
    (a, b) => band(a) - band(b) || (a.daysLeft ?? 0) - (b.daysLeft ?? 0) || a.dueAt.localeCompare(b.dueAt) || a.receivedAt.localeCompare(b.receivedAt),
  );
}

/** The rows of a sorted queue that `f` keeps. */
export function filterQueue(sorted: readonly QueueItem[], f: QueueFilter): QueueItem[] {
  const text = f.text.trim().toUpperCase();
  return sorted.filter(
    (r) =>
      (f.phase === 'all' || (f.phase === 'open' ? !CLOSED.includes(r.phase) : r.phase === f.phase)) &&
      (!f.department || r.department === f.department) &&
      (!f.handler || r.handler === f.handler) &&
      (!text || r.code.includes(text) || r.subject.toUpperCase().includes(text)),
  );
}

/** The choices of a filter: every value the queue holds, sorted. */
export const choices = (requests: readonly QueueItem[], field: 'department' | 'handler') =>
  [...new Set(requests.flatMap((r) => (r[field] ? [r[field]!] : [])))].sort((a, b) => a.localeCompare(b, 'zh-CN'));

/** How a row says its deadline: days left, overdue (red), stopped, or closed. */
export function deadline(
  r: Pick<QueueItem, 'phase' | 'daysLeft' | 'paused'>,
  t: LocaleController['t'],
): { text: string; tone: 'overdue' | 'soon' | 'ok' | 'muted' } {
  if (CLOSED.includes(r.phase)) return { text: t('deskClosed'), tone: 'muted' };
  if (r.paused) return { text: t(`deskPaused_${r.paused}`), tone: 'muted' };
  if (r.daysLeft === undefined) return { text: '', tone: 'muted' };
  if (r.daysLeft < 0) return { text: t('deskOverdue', { days: -r.daysLeft }), tone: 'overdue' };
  if (r.daysLeft === 0) return { text: t('deskDueToday'), tone: 'overdue' };
  return { text: t('deskDaysLeft', { days: r.daysLeft }), tone: r.daysLeft <= 3 ? 'soon' : 'ok' };
}

export interface QueueView {
  locale: LocaleController;
  all: readonly QueueItem[];
  shown: readonly QueueItem[];
  filter: QueueFilter;
  active: number;
  virtual: VirtualList;
  change: (f: Partial<QueueFilter>) => void;
  open: (code: string) => void;
  keydown: (event: KeyboardEvent) => void;
  /** Opens the registration of a request received offline (for a 登记员). */
  register?: (() => void) | undefined;
}

export function renderQueue(v: QueueView) {
  const t: LocaleController['t'] = (key, params) => v.locale.t(key, params);
  const select = (label: MessageKey, field: 'department' | 'handler') => html`<label class="field">
    <span>${t(label)}</span>
    <select @change=${(e: Event) => v.change({ [field]: (e.target as HTMLSelectElement).value })}>
      <option value="">${t('deskFilterAll')}</option>
      ${choices(v.all, field).map((c) => html`<option ?selected=${v.filter[field] === c}>${c}</option>`)}
    </select>
  </label>`;
  const rows = [];
  for (let i = v.virtual.start; i < v.virtual.end; i++) {
    const r = v.shown[i]!;
    const due = deadline(r, t);
    rows.push(html`<div role="option" id="row-${i}" class="row${i === v.active ? ' active' : ''}" aria-selected=${String(i === v.active)} aria-posinset=${i + 1} aria-setsize=${v.shown.length} @click=${() => v.open(r.code)}>
      <span class="code">${r.code}</span>
      <span class="subject">${v.locale.data(r.subject)}</span>
      <span class="due ${due.tone}">${due.text}</span>
      <span class="phase">${t(`phase_${r.phase}`)}${r.handler ? ` · ${r.handler}` : ''}</span>
    </div>`);
  }
  return html`<section class="queue" aria-labelledby="queue-title">
    <div class="queue-head">
      <h2 id="queue-title">${t('deskQueue')} <small class="muted">${t('deskQueueCount', { count: v.shown.length })}</small></h2>
      ${v.register ? html`<button type="button" class="register-open" @click=${v.register}>${t('deskRegister')}</button>` : nothing}
    </div>
    <div class="filters" role="search">
      <label class="field">
        <span>${t('deskFilterPhase')}</span>
        <select @change=${(e: Event) => v.change({ phase: (e.target as HTMLSelectElement).value as QueueFilter['phase'] })}>
          <option value="open" ?selected=${v.filter.phase === 'open'}>${t('deskFilterOpen')}</option>
          <option value="all" ?selected=${v.filter.phase === 'all'}>${t('deskFilterAll')}</option>
          ${PHASES.map((p) => html`<option value=${p} ?selected=${v.filter.phase === p}>${t(`phase_${p}`)}</option>`)}
        </select>
      </label>
      ${select('deskFilterDepartment', 'department')} ${select('deskFilterHandler', 'handler')}
      <label class="field">
        <span>${t('deskFilterCode')}</span>
        <input type="search" .value=${v.filter.text} @input=${(e: Event) => v.change({ text: (e.target as HTMLInputElement).value })} />
      </label>
    </div>
    ${
      v.shown.length
        ? html`<div class="rows viewport" role="listbox" tabindex="0" aria-labelledby="queue-title" aria-activedescendant="row-${v.active}" @keydown=${v.keydown}>
            ${v.virtual.renderWindow(rows)}
          </div>`
        : html`<p class="state">${t('deskQueueEmpty')}</p>`
    }
  </section>`;
}

/** ↑/↓, Page ↑/↓, Home and End move the active row (its index is returned), Enter opens it. */
export function queueKey(
  event: KeyboardEvent,
  rows: readonly QueueItem[],
  active: number,
  virtual: VirtualList,
  open: (code: string) => void,
): number | undefined {
  const page = Math.max(1, Math.floor(((event.currentTarget as HTMLElement).clientHeight || 400) / virtual.rowHeight) - 1);
  const to = listMove(event.key, active, rows.length, { page });
  if (to !== undefined) {
    event.preventDefault();
    virtual.scrollToIndex(to);
  } else if (event.key === 'Enter' && rows[active]) {
    event.preventDefault();
    open(rows[active].code);
  }
  return to;
}
