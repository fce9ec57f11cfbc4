/**
 * Who is at the desk: the sign-in form (a name and a password, and what went wrong — a wrong
 * password, a lockout — said plainly), and once signed in, the user, their jurisdictions and the way out.
 */
import { HttpError } from '@gov-disclosure/sdk';
import type { DeskClient, StaffLogin, StaffSession } from '@gov-disclosure/sdk/workflow';
import { html, nothing } from 'lit';
import { errorMessage } from '../../base/states.js';
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

export interface UserView {
  locale: LocaleController;
  user: StaffSession['user'];
  jurisdiction: string | undefined;
  choose: (jurisdiction: string) => void;
  signOut: () => void;
}

/** The signed-in user, their roles, a choice of jurisdiction when they work for more than one, and sign-out. */
export function renderUser(v: UserView) {
  const t: LocaleController['t'] = (key, params) => v.locale.t(key, params);
  const { user } = v;
  return html`<p class="user">
    ${t('deskSignedInAs', { name: user.displayName ?? user.name, roles: user.roles.map((r) => t(`role_${r}`)).join('、') })}
    ${
      user.jurisdictions.length > 1
        ? html`<label
            >${t('deskJurisdiction')}
            <select @change=${(e: Event) => v.choose((e.target as HTMLSelectElement).value)}>
              ${user.jurisdictions.map((j) => html`<option ?selected=${j === v.jurisdiction}>${j}</option>`)}
            </select></label
          >`
        : nothing
    }
    <button type="button" @click=${v.signOut}>${t('deskSignOut')}</button>
  </p>`;
}

/** A read that finds the session ended calls `ended` (the page signs out, saying why), and fails as it did. */
export async function whileSignedIn<T>(read: Promise<T>, ended: () => void): Promise<T> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof HttpError && error.status === 401) ended();
    throw error;
  }
}

/** Signs in, or says why not: a wrong name or password, a lockout (and for how long), else the error. */
export async function signIn(client: DeskClient, login: StaffLogin, locale: LocaleController): Promise<{ session: StaffSession } | { error: string }> {
  try {
    return { session: await client.login(login) };
  } catch (error) {
    if (error instanceof HttpError && error.status === 401) return { error: locale.t('deskBadCredentials') };
    if (error instanceof HttpError && error.status === 429 && error.retryAfter)
      return { error: locale.t('deskLocked', { minutes: Math.ceil(error.retryAfter / 60) }) };
    return { error: errorMessage(locale, error) };
  }
}
