/**
 * The desk's header: its title and, signed in, its two pages (待办申请, 年度报告) and the user, with
 * their jurisdiction and sign-out.
 */
import { html, nothing } from 'lit';
import { renderUser, type UserView } from './login.js';

export type DeskView = 'queue' | 'report';

export interface HeaderView extends Omit<UserView, 'user'> {
  user: UserView['user'] | undefined;
  view: DeskView;
  show: (view: DeskView) => void;
}

export function renderHeader(v: HeaderView) {
  const { t } = v.locale;
  const tab = (view: DeskView, label: 'deskViewQueue' | 'deskViewReport') =>
    html`<button type="button" class="view" aria-current=${v.view === view ? 'page' : 'false'} @click=${() => v.show(view)}>${t(label)}</button>`;
  return html`<header class="header">
    <h1>${t('deskTitle')}</h1>
    ${
      v.user
        ? html`<nav class="views" aria-label=${t('deskViews')}>${tab('queue', 'deskViewQueue')} ${tab('report', 'deskViewReport')}</nav>
          ${renderUser({ ...v, user: v.user })}`
        : nothing
    }
  </header>`;
}
