/** The desk's sign-in form: a name and a password, and what went wrong (a wrong password, a lockout) said plainly. */
import { html, nothing } from 'lit';
import type { LocaleController } from '../../controllers/locale.js';

export interface LoginState {
  name: string;
  password: string;
  busy: boolean;
  error?: string | undefined;
}

export interface LoginView {
  locale: LocaleController;
  state: LoginState;
  change: (change: Partial<LoginState>) => void;
  submit: () => void;
}

export function renderLogin(v: LoginView) {
  const t: LocaleController['t'] = (key, params) => v.locale.t(key, params);
  const { state } = v;
  return html`<form class="login" part="login" @submit=${(e: Event) => (e.preventDefault(), v.submit())}>
    <h2>${t('deskSignIn')}</h2>
    ${state.error ? html`<p class="error" role="alert">${state.error}</p>` : nothing}
    <label class="field"
      ><span>${t('deskName')}</span>
      <input name="username" autocomplete="username" required .value=${state.name} @input=${(e: Event) => v.change({ name: (e.target as HTMLInputElement).value })}
    /></label>
    <label class="field"
      ><span>${t('deskPassword')}</span>
      <input
        name="password"
        type="password"
        autocomplete="current-password"
        required
        .value=${state.password}
        @input=${(e: Event) => v.change({ password: (e.target as HTMLInputElement).value })}
    /></label>
    <button type="submit" class="primary" ?disabled=${state.busy}>${t('deskSignIn')}</button>
  </form>`;
}
