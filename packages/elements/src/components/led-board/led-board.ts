import '../../i18n/led.js';
import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { cssProps } from '../../base/css-props.js';
import { GovElement } from '../../base/gov-element.js';
import { tokens } from '../../styles/tokens.js';
import { Feed, type Board } from './feed.js';
import { ledBoardStyles } from './led-board.styles.js';

const CHINA = 'Asia/Shanghai';
/** China's clocks are UTC+8 all year (no daylight saving since 1991). */
const CHINA_OFFSET = 8 * 3_600_000;
const timeFormats = new Map<string, Intl.DateTimeFormat>();
/** The clock's format (with the date) or the status line's (time only), made once per locale: a board renders every few seconds for weeks. */
function timeFormat(locale: string, withDate: boolean): Intl.DateTimeFormat {
  const key = `${locale} ${withDate}`;
  let format = timeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      timeZone: CHINA,
      ...(withDate ? { year: 'numeric', month: 'long', day: 'numeric', weekday: 'long' } : {}),
      hour: '2-digit',
      minute: '2-digit',
      hour12: false,
    });
    timeFormats.set(key, format);
  }
  return format;
}

/**
 * Today's date in China (YYYY-MM-DD) and that week's Monday. Not `Intl.DateTimeFormat('en-CA')`:
 * its pattern is whatever the engine's ICU says, and WebKitGTK's writes MM/DD/YYYY.
 */
function chinaWeek(now: number): { today: string; monday: string } {
  const local = new Date(now + CHINA_OFFSET);
  const weekday = (local.getUTCDay() + 6) % 7;
  return { today: local.toISOString().slice(0, 10), monday: new Date(local.getTime() - weekday * 86_400_000).toISOString().slice(0, 10) };
}

/** How many areas the ranking has room for (the most disclosures first); the heading says how many of how many it shows. */
const RANKED = 14;
/** How many of the shown area's newest entries fit beside the ranking (the digest holds 8 per area). */
const AREA_ROWS = 8;
/**
 * @tagname gov-led-board
 * @summary A hall display (LED大屏) of the latest disclosures, for weeks unattended.
 *
 * @description Shows the column's name, the entries published this week, a clock, one area at a
 * time (its total and its newest entries, cycling every `dwell` seconds), the entry counts of every
 * area, and a ticker of the newest titles. At 1920×1080 it fills the screen; on a low strip
 * (1280×160, say) it shows one line: the area, its count and the ticker. It polls every
 * `interval` seconds with conditional requests (304 when nothing changed); offline, it keeps the
 * last good data on screen, says since when, and recovers by itself. It never shows an error stack
 * or a blank screen, and its DOM and memory stay flat (a fixed number of nodes, timers cleared).
 * Reads a bundle (`src`) or the API (`api`) with `fetch` through the SDK's one HTTP attempt, without the rest of the SDK, so it stays small.
 *
 * @cssproperty --gov-led-background - Screen background (default black).
 * @cssproperty --gov-led-text - Text colour.
 * @cssproperty --gov-led-accent - Highlights: counts, dates, the current area.
 *
 * @csspart base - The screen.
 */
export class GovLedBoard extends GovElement {
  static override styles = [tokens, ledBoardStyles];

  /** URL of a bundle manifest. */
  @property() src?: string;
  /** API base URL (`/api/430121`), when there is no `src`. */
  @property() api?: string;
  /** Seconds between polls. Default 60. */
  @property({ type: Number }) interval = 60;
  /** Seconds each area stays on screen. Default 10. */
  @property({ type: Number }) dwell = 10;
  /** The `fetch` to use (tests, a proxy); the page's by default. */
  @property({ attribute: false }) fetch?: typeof globalThis.fetch;

  @state() private board: Board | undefined;
  @state() private stale = false;
  @state() private areaIndex = 0;
  @state() private now = Date.now();

  #feed: Feed | undefined;
  #updatedAt = 0;
  #failures = 0;
  #pollTimer: ReturnType<typeof setTimeout> | undefined;
  #cycleTimer: ReturnType<typeof setTimeout> | undefined;
  #clockTimer: ReturnType<typeof setTimeout> | undefined;
  readonly #online = () => this.#poll();

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('online', this.#online);
    this.#tick();
    this.#cycle();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('online', this.#online);
    clearTimeout(this.#pollTimer);
    clearTimeout(this.#cycleTimer);
    clearTimeout(this.#clockTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('api') || changed.has('fetch')) {
      this.#feed = this.src || this.api ? new Feed({ src: this.src, api: this.api }, this.fetch) : undefined;
      this.#poll();
    }
  }

  /** Polls now, then again after `interval` (longer after failures, up to five minutes). */
  #poll(): void {
    clearTimeout(this.#pollTimer);
    const feed = this.#feed;
    if (!feed) return;
    feed
      .load()
      .then(
        (board) => {
          if (feed !== this.#feed) return;
          this.board = board;
          this.stale = false;
          this.#failures = 0;
          this.#updatedAt = Date.now();
        },
        () => {
          if (feed !== this.#feed) return;
          this.stale = true;
          this.#failures++;
        },
      )
      .finally(() => {
        if (feed !== this.#feed || !this.isConnected) return;
        const wait = this.#failures ? Math.min(this.interval * 2 ** (this.#failures - 1), 300) : this.interval;
        this.#pollTimer = setTimeout(() => this.#poll(), wait * 1000);
      });
  }

  #cycle(): void {
    this.#cycleTimer = setTimeout(() => {
      this.areaIndex++;
      this.#cycle();
    }, this.dwell * 1000);
  }

  /** The clock moves on the minute. */
  #tick(): void {
    this.now = Date.now();
    this.#clockTimer = setTimeout(() => this.#tick(), 60_000 - (this.now % 60_000));
  }

  #time(at: number, withDate: boolean): string {
    return timeFormat(this.locale.locale, withDate).format(at);
  }

  override render() {
    const board = this.board;
    const title = this.t('ledTitle', { name: this.data(board?.name) });
    if (!board) {
      return html`<div class="base" part="base" role="region" aria-label=${title}>
        <div class="head"><h1>${this.t('ledLatest')}</h1><span></span><time class="clock">${this.#time(this.now, true)}</time></div>
        <div class="splash" role="status">${this.t(this.stale ? 'ledNoData' : 'ledLoading')}</div>
        <div class="foot"></div>
      </div>`;
    }
    const areas = board.areas;
    const area = areas.length ? areas[this.areaIndex % areas.length] : undefined;
    const { today, monday } = chinaWeek(this.now);
    const week = board.days.reduce((sum, d) => (d.date >= monday && d.date <= today ? sum + d.count : sum), 0);
    const inArea = area ? board.entries.filter((e) => e.area === area.id).slice(0, AREA_ROWS) : [];
    // The ranking: the areas with the most disclosures first.
    const ranked = [...areas].sort((a, b) => b.entries - a.entries).slice(0, RANKED);
    const ticker = board.entries.slice(0, 20).map((e) => this.data(e.title));
    const duration = Math.max(30, ticker.join('').length * 0.3);
    return html`<div class="base" part="base" role="region" aria-label=${title}>
      <div class="head">
        <h1>${title}</h1>
        <div class="week">${this.t('ledWeek')}<strong>${this.t('ledCount', { count: week })}</strong></div>
        <time class="clock">${this.#time(this.now, true)}</time>
      </div>
      <div class="body">
        <div class="area">
          <h2>${area ? this.data(area.name) : ''}</h2>
          <span class="strip-count">${area ? this.t('ledCount', { count: area.entries }) : ''}</span>
          <p class="total">${area ? this.t('ledAreaTotal', { count: area.entries }) : ''}</p>
          ${
            inArea.length
              ? html`<ol class="entries">
                ${inArea.map((e) => html`<li><span class="title">${this.data(e.title)}</span><time datetime=${e.publishedAt}>${e.publishedAt.slice(5)}</time></li>`)}
              </ol>`
              : html`<p class="entries">${this.t('ledNoneInArea')}</p>`
          }
        </div>
        <div class="side">
          <h2>${this.t('ledAreas', { shown: Math.min(areas.length, RANKED), count: areas.length })}</h2>
          <ol class="counts">
            ${ranked.map((a) => html`<li class=${a === area ? 'current' : ''}><span>${this.data(a.name)}</span><b>${a.entries}</b></li>`)}
          </ol>
        </div>
      </div>
      <div class="foot">
        <div class="ticker" role="marquee" aria-label=${this.t('ledLatest')}>
          <div class="track" ${cssProps({ '--_ticker-duration': `${duration}s` })}>${ticker.map((t) => html`<span>${t}</span>`)}</div>
        </div>
        <span class="status ${this.stale ? 'stale' : ''}" role="status">${this.stale ? this.t('ledStale', { time: this.#time(this.#updatedAt, false) }) : this.t('ledUpdated', { time: this.#time(this.#updatedAt, false) })}</span>
      </div>
    </div>`;
  }
}
