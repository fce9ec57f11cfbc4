/**
 * Finding personal data in free text before it is sent (a 差评's reason, a 投诉): 18-digit
 * resident ID numbers (checksum-checked), mobile numbers, e-mail addresses and bank card numbers
 * (Luhn-checked). The citizen is shown what was found and chooses to mask it.
 */
import { isLuhn, isResidentId } from '../standard/identity.js';

export type PersonalDataKind = 'resident-id' | 'mobile' | 'email' | 'bank-card';

export interface PersonalDataMatch {
  kind: PersonalDataKind;
  /** Where it starts in the text, and how long it is. */
  index: number;
  length: number;
  text: string;
}

const PATTERNS: [PersonalDataKind, RegExp, (digits: string) => boolean][] = [
  ['email', /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, () => true],
  ['resident-id', /(?<![\dA-Za-z])\d{17}[\dXx](?![\dA-Za-z])/g, isResidentId],
  // Mobile numbers: 1[3-9] and 9 more digits, with an optional +86 and spaces or dashes in groups.
  ['mobile', /(?<!\d)(?:\+?86[\s-]?)?1[3-9]\d(?:[\s-]?\d{4}){2}(?!\d)/g, () => true],
  // Card numbers: 16 to 19 digits, maybe in groups of four ("6222 0000 0000 0000 004").
  ['bank-card', /(?<!\d)\d{4}(?:[\s-]?\d{4}){3}(?:[\s-]?\d{1,3})?(?!\d)/g, (text) => isLuhn(text.replace(/\D/g, ''))],
];

/** Every piece of personal data in `text`, in order; overlapping finds keep the first kind listed. */
export function findPersonalData(text: string): PersonalDataMatch[] {
  const found: PersonalDataMatch[] = [];
  for (const [kind, pattern, valid] of PATTERNS) {
    for (const m of text.matchAll(pattern)) {
      const index = m.index;
      const overlaps = found.some((f) => index < f.index + f.length && f.index < index + m[0].length);
      if (!overlaps && valid(m[0])) found.push({ kind, index, length: m[0].length, text: m[0] });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** Masks the matches, keeping a little of each so that the citizen recognises it (138****8000). */
export function maskPersonalData(text: string, matches: readonly PersonalDataMatch[] = findPersonalData(text)): string {
  let out = '';
  let from = 0;
  for (const m of [...matches].sort((a, b) => a.index - b.index)) {
    out += text.slice(from, m.index) + mask(m);
    from = m.index + m.length;
  }
  return out + text.slice(from);
}

function mask({ kind, text }: PersonalDataMatch): string {
  if (kind === 'email') {
    const [user, domain] = text.split('@') as [string, string];
    return `${user.slice(0, 1)}***@${domain}`;
  }
  const keepStart = kind === 'mobile' ? 3 : kind === 'resident-id' ? 6 : 4;
  const chars = [...text];
  let digitsSeen = 0;
  const total = chars.filter((c) => /[\dXx]/.test(c)).length;
  return chars.map((c) => (/[\dXx]/.test(c) ? (digitsSeen++ < keepStart || digitsSeen > total - 4 ? c : '*') : c)).join('');
}
