/**
 * Why the server refused a submission, in the citizen's words: its own code decides the message,
 * and the fields it named are given by their labels (the form knows them), never by their paths.
 */
import type { OutboxRecord } from '@gov-disclosure/sdk/outbox';

type T = (key: 'rejectInvalid' | 'rejectCaptcha' | 'rejectGeneric' | 'formListJoin', params?: Record<string, string | number>) => string;

/** The reason to show for `rejection`; `label` gives a field's label from the path the server named. */
export function rejectionReason(t: T, rejection: OutboxRecord['rejection'], label: (path: string) => string | undefined): string {
  if (rejection?.code === 'captcha') return t('rejectCaptcha');
  if (rejection?.code !== 'invalid-body') return t('rejectGeneric', { status: rejection?.status ?? '' });
  const labels = [...new Set((rejection.issues ?? []).map((issue) => label(issue.path)).filter((l): l is string => !!l))];
  return labels.length ? `${t('rejectInvalid')}（${labels.join(t('formListJoin'))}）` : t('rejectInvalid');
}

/**
 * The form's field a path the server named belongs to: the part of the body the field fills, out
 * of the groups the forms have no field for (`applicant.phone` → `phone`, `proof.data` → `proof`).
 */
export const fieldOf = (path: string) => path.replace(/^(applicant|sought|delivery|contact|target)\./, '').split(/[.[]/)[0]!;
