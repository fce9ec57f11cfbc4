/**
 * How a request for government information ends: the outcomes the annual report counts
 * (国办公开办函〔2021〕30号, section 三 "本年度办理结果"), with the template's exact labels. An outcome
 * is one of six kinds; four kinds have numbered grounds, and an answer names its kind and ground.
 */
import * as z from 'zod/mini';

/** The kinds of outcome, in the template's order: （一） to （六）. */
export const OUTCOME_KINDS = [
  { id: 'disclosed', label: '予以公开' },
  { id: 'partly-disclosed', label: '部分公开' },
  { id: 'withheld', label: '不予公开' },
  { id: 'unavailable', label: '无法提供' },
  { id: 'not-handled', label: '不予处理' },
  { id: 'other', label: '其他处理' },
] as const;

/** The numbered grounds of each kind that has them, with the template's labels (1., 2., …). */
export const OUTCOME_GROUNDS = {
  withheld: [
    { id: 'state-secret', label: '属于国家秘密' },
    { id: 'prohibited-by-law', label: '其他法律行政法规禁止公开' },
    { id: 'three-securities', label: '危及“三安全一稳定”' },
    { id: 'third-party', label: '保护第三方合法权益' },
    { id: 'internal-affairs', label: '属于三类内部事务信息' },
    { id: 'process-information', label: '属于四类过程性信息' },
    { id: 'enforcement-file', label: '属于行政执法案卷' },
    { id: 'inquiry-matter', label: '属于行政查询事项' },
  ],
  unavailable: [
    { id: 'not-held', label: '本机关不掌握相关政府信息' },
    { id: 'needs-creating', label: '没有现成信息需要另行制作' },
    { id: 'still-unclear', label: '补正后申请内容仍不明确' },
  ],
  'not-handled': [
    { id: 'petition', label: '信访举报投诉类申请' },
    { id: 'repeated', label: '重复申请' },
    { id: 'publication', label: '要求提供公开出版物' },
    { id: 'excessive', label: '无正当理由大量反复申请' },
    { id: 'confirmation', label: '要求行政机关确认或重新出具已获取信息' },
  ],
  other: [
    { id: 'correction-overdue', label: '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请' },
    { id: 'fee-unpaid', label: '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请' },
    { id: 'other', label: '其他' },
  ],
} as const;

export type OutcomeKind = (typeof OUTCOME_KINDS)[number]['id'];
type Grounded = keyof typeof OUTCOME_GROUNDS;
export type OutcomeGround<K extends Grounded = Grounded> = (typeof OUTCOME_GROUNDS)[K][number]['id'];

const groundOf = <K extends Grounded>(kind: K) => z.enum(OUTCOME_GROUNDS[kind].map((g) => g.id) as unknown as [OutcomeGround<K>, ...OutcomeGround<K>[]]);

/** An outcome: its kind, and for the kinds that have them, its ground. */
export const Outcome = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('disclosed') }),
  z.object({ kind: z.literal('partly-disclosed') }),
  z.object({ kind: z.literal('withheld'), ground: groundOf('withheld') }),
  z.object({ kind: z.literal('unavailable'), ground: groundOf('unavailable') }),
  z.object({ kind: z.literal('not-handled'), ground: groundOf('not-handled') }),
  z.object({ kind: z.literal('other'), ground: groundOf('other') }),
]);
export type Outcome = z.infer<typeof Outcome>;

/** The template's label of an outcome: `不予公开 · 4.保护第三方合法权益`. */
export function outcomeLabel(outcome: Outcome): string {
  const kind = OUTCOME_KINDS.find((k) => k.id === outcome.kind)!.label;
  if (!('ground' in outcome)) return kind;
  const grounds: readonly { id: string; label: string }[] = OUTCOME_GROUNDS[outcome.kind];
  const index = grounds.findIndex((g) => g.id === outcome.ground);
  return `${kind} · ${index + 1}.${grounds[index]!.label}`;
}
