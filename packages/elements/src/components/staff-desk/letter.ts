/**
 * The reply letter (告知书) on the desk: the draft a 承办人 starts from (the template filled from the
 * request, the applicant as 【申请人】, which the server fills in), and the letter as drafted, with
 * its number once approved, printable on its own (the print stylesheet shows nothing else).
 */
import { APPLICANT_MARK, DEFAULT_LETTERHEAD, letterText, soughtText, letterTitle, type Outcome, type StaffRequestView } from '@gov-disclosure/sdk/workflow';
import { html, nothing } from 'lit';
import type { LocaleController } from '../../controllers/locale.js';

/** The template filled from the request and the form's outcome, basis and date. */
export function draftLetter(r: StaffRequestView, values: Record<string, string>): string {
  const outcome = { kind: values.kind || 'disclosed', ...(values.ground ? { ground: values.ground } : {}) } as Outcome;
  return letterText({
    outcome,
    basis: values.basis?.trim() || '《中华人民共和国政府信息公开条例》',
    applicant: APPLICANT_MARK,
    receivedAt: r.receivedAt,
    sought: soughtText(r.request.sought),
    code: r.code,
    head: r.letterhead ?? DEFAULT_LETTERHEAD,
    on: values.on || r.receivedAt,
  });
}

/** The latest drafted letter, its title and, once approved, its number. */
export function renderLetter(r: StaffRequestView, locale: LocaleController) {
  const t: LocaleController['t'] = (key, params) => locale.t(key, params);
  const steps = r.timeline.flatMap((e) => (e.step ? [e.step] : []));
  const at = steps.findLastIndex((s) => s.type === 'reply-drafted');
  const drafted = steps[at];
  if (drafted?.type !== 'reply-drafted' || !drafted.letter) return nothing;
  const approved = steps.slice(at + 1).find((s) => s.type === 'reply-approved');
  const number = approved?.type === 'reply-approved' ? approved.number : undefined;
  return html`<section class="letter" aria-labelledby="letter-title">
    <h3 id="letter-title">${t('deskLetterTitle')}</h3>
    <div class="paper">
      <p class="letter-head">${letterTitle(drafted.outcome)}</p>
      <p class="letter-number">${number ? t('deskLetterNumber', { number }) : t('deskLetterUnnumbered')}</p>
      ${drafted.letter.split('\n').map((line, i, lines) => html`<p class=${i >= lines.length - 2 ? 'sign' : i === 0 ? 'to' : ''}>${line}</p>`)}
    </div>
    ${
      // Printed, the letter goes to the applicant: with their name, which only an opened request shows.
      r.revealed
        ? html`<button type="button" class="print" @click=${() => window.print()}>${t('deskPrintLetter')}</button>`
        : html`<p class="muted print">${t('deskPrintNeedsReveal')}</p>`
    }
  </section>`;
}
