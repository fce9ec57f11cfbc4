/**
 * A field's message, in the citizen's words, for what a schema expected there (the form's own
 * check before sending, or the server's refusal): the part the forms share, after their own cases.
 */
import type { LocaleController } from '../controllers/locale.js';
import type { MessageKey } from '../i18n/index.js';

export interface IssueOf {
  /** What the schema expected (`string of at most 1000`, `Control characters are not allowed` …). */
  expected: string;
  /** The field's label, as the form shows it. */
  label: string;
  /** Nothing is entered: the field asks for a value. */
  empty: boolean;
  /** A choice (radios, a select), not typed text. */
  choose?: boolean;
  /** The field's own message for a value of the wrong form (身份证号, phone, e-mail …). */
  specific?: MessageKey | undefined;
}

export function issueMessage(o: IssueOf, t: LocaleController['t']): string {
  const label = o.label;
  if (o.choose) return t('errChoose', { label });
  if (o.empty) return t('errRequired', { label });
  if (o.expected.startsWith('Control characters')) return t('errControl', { label });
  const tooLong = /at most (\d+)/.exec(o.expected);
  if (tooLong) return t('errTooLong', { label, max: tooLong[1]! });
  return o.specific ? t(o.specific) : t('errField', { label, message: o.expected });
}
