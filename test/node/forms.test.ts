import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addWorkingDays, isWorkingDay, workingDaysBetween } from '@gov-disclosure/sdk';
import { validate, ValidationError } from '@gov-disclosure/sdk';
import { DisclosureRequest, findPersonalData, maskPersonalData } from '@gov-disclosure/sdk/forms';
import { citizenRequest, organisationRequest } from '../support/submissions.js';

// 2026's National Day: 10-01 to 10-07 off (10-01..10-08 in some years); 2026-09-27 (Sunday) worked.
const calendar = { holidays: ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07'], workdays: ['2026-09-27', '2026-10-10'] };

test('working days skip weekends', () => {
  assert.equal(addWorkingDays('2026-11-06', 1), '2026-11-09'); // Friday → Monday
  assert.equal(addWorkingDays('2026-11-02', 20), '2026-11-30'); // Art. 33: 20 working days from a Monday
  assert.equal(addWorkingDays('2026-11-30', 20), '2026-12-28'); // the one extension of 20 more
  assert.equal(isWorkingDay('2026-11-07'), false);
});

test('working days follow a holiday calendar with 调休', () => {
  assert.equal(isWorkingDay('2026-10-01', calendar), false);
  assert.equal(isWorkingDay('2026-09-27', calendar), true); // a Sunday worked
  assert.equal(addWorkingDays('2026-09-25', 1, calendar), '2026-09-27');
  assert.equal(addWorkingDays('2026-09-30', 1, calendar), '2026-10-08'); // over the holiday
  assert.equal(addWorkingDays('2026-09-30', 3, calendar), '2026-10-10'); // a Saturday worked
  assert.equal(workingDaysBetween('2026-09-25', '2026-10-10', calendar), 7); // 09-27, 28, 29, 30, 10-08, 09, 10
  assert.throws(() => addWorkingDays('soon', 1), RangeError);
});

test('finds personal data, checks checksums, and masks it', () => {
  const text =
    '我的身份证11010519491231002X，手机 138 0013 8000，邮箱 zhang.san@example.com，卡号6222 0000 0000 0000 004。订单号110105194912310021不是身份证。';
  const found = findPersonalData(text);
  assert.deepEqual(
    found.map((f) => f.kind),
    ['resident-id', 'mobile', 'email', 'bank-card'],
  );
  assert.equal(found[0]!.text, '11010519491231002X');
  const masked = maskPersonalData(text);
  assert.match(masked, /110105\*{8}002X/);
  assert.match(masked, /138 \*{4} 8000/);
  assert.match(masked, /z\*\*\*@example\.com/);
  assert.match(masked, /6222 \*{4} \*{4} \*{3}0 004/); // the last four digits stay
  assert.match(masked, /订单号110105194912310021不是身份证/, 'an invalid ID number is left alone');
  assert.deepEqual(findPersonalData('卡号 4111 1111 1111 1112 校验不对'), [], 'a number failing Luhn is no card');
  assert.deepEqual(findPersonalData('电话 0731-88888888'), [], 'a landline is not a mobile');
});

test('personal data: valid and invalid numbers of every kind', () => {
  const kinds = (text: string) => findPersonalData(text).map((f) => `${f.kind}:${f.text}`);
  // Resident IDs: the check digit decides; a lower-case x counts; digits glued to letters do not.
  assert.deepEqual(kinds('身份证 11010519491231002x'), ['resident-id:11010519491231002x']);
  assert.ok(!kinds('身份证 110105194912310028').some((k) => k.startsWith('resident-id')), 'wrong check digit');
  assert.deepEqual(kinds('编号A11010519491231002X'), [], 'part of a longer code');
  // Mobiles: 1[3-9] and nine digits, with +86 and groups; not 12x, not 11 digits inside a longer number.
  assert.deepEqual(kinds('+86 139-1234-5678'), ['mobile:+86 139-1234-5678']);
  assert.deepEqual(kinds('12012345678'), []);
  assert.deepEqual(kinds('流水号 9139123456789'), []);
  // Bank cards: 16 to 19 digits passing Luhn.
  assert.deepEqual(kinds('4111111111111111'), ['bank-card:4111111111111111']);
  assert.deepEqual(kinds('6222 0000 0000 0000 004'), ['bank-card:6222 0000 0000 0000 004']);
  assert.deepEqual(kinds('4111111111111112'), []);
  // E-mail addresses.
  assert.deepEqual(kinds('写信到 li.si+gov@mail.example.cn 。'), ['email:li.si+gov@mail.example.cn']);
  assert.deepEqual(kinds('不是邮箱 @example.com'), []);
  // Masking keeps text without personal data as it is.
  assert.equal(maskPersonalData('窗口服务很好'), '窗口服务很好');
});

/** The paths a request is refused at, or [] when it is accepted. */
function refused(body: unknown): string[] {
  try {
    validate(DisclosureRequest, body);
    return [];
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    return error.issues.map((i) => i.path);
  }
}

test('依申请公开: a phone is a mainland mobile or a landline with its area code', () => {
  const withPhone = (phone: string) => ({ ...citizenRequest(), applicant: { ...citizenRequest().applicant, phone } });
  for (const phone of [
    '13800138000',
    '19912345678',
    '0731-84000000',
    '073184000000',
    '010-12345678',
    '01012345678',
    '0731-8400000',
    '0731-84000000-123',
    '021-12345678-8',
  ])
    assert.deepEqual(refused(withPhone(phone)), [], phone);
  // 10 and 12 digits, 12x, no area code, a 6-digit number, a bare area code, letters, spaces inside, the number short of a digit.
  for (const phone of [
    '1380013800',
    '138001380001',
    '12012345678',
    '12345',
    '84000000',
    '0731-840000',
    '0731-',
    '0731-8400000x',
    '138 0013 8000',
    '+8613800138000',
    '0731--84000000',
    '0731-84000000-',
  ])
    assert.deepEqual(refused(withPhone(phone)), ['applicant.phone'], phone);
});

test('依申请公开: the way to receive the information needs its address', () => {
  const { email: _, ...noEmail } = citizenRequest().applicant;
  // 电子邮件 needs an e-mail address, and a real one.
  assert.deepEqual(refused({ ...citizenRequest(), applicant: noEmail }), ['applicant.email']);
  assert.deepEqual(refused({ ...citizenRequest(), applicant: { ...noEmail, email: 'zhang@' } }), ['applicant.email']);
  assert.deepEqual(refused({ ...citizenRequest(), applicant: noEmail, delivery: { form: 'electronic', channel: 'online' } }), [], '网上获取 needs none');
  // 邮寄 needs a postal address.
  const { address: __, ...noAddress } = organisationRequest().applicant;
  assert.deepEqual(refused(organisationRequest()), []);
  assert.deepEqual(refused({ ...organisationRequest(), applicant: noAddress }), ['applicant.address']);
  assert.deepEqual(refused({ ...organisationRequest(), applicant: noAddress, delivery: { form: 'paper', channel: 'pick-up' } }), [], '当面领取 needs none');
  // Everything wrong at once is said at once.
  assert.deepEqual(refused({ ...citizenRequest(), applicant: { ...noEmail, phone: '12345', idNumber: '110105194912310021' } }).sort(), [
    'applicant.email',
    'applicant.idNumber',
    'applicant.phone',
  ]);
});

test('好差评 and feedback terms: the staff export says what the citizen chose, in the same words', async () => {
  const { FEEDBACK_TERMS } = await import('@gov-disclosure/sdk/forms');
  const { formsZhCN } = await import('../../packages/elements/src/i18n/forms.zh-CN.js');
  const shown = formsZhCN as Record<string, string>;
  const pairs: [string, Record<string | number, string>][] = [
    ['problem_', FEEDBACK_TERMS.problem],
    ['grade_', FEEDBACK_TERMS.grade],
    ['evaluator_', FEEDBACK_TERMS.evaluator],
    ['topic_', FEEDBACK_TERMS.topic],
    ['indicator_', FEEDBACK_TERMS.indicator],
  ];
  for (const [prefix, terms] of pairs) {
    for (const [code, term] of Object.entries(terms)) {
      // The form offers the online indicators only; the on-site ones (服务效率 …) come from halls' devices.
      if (prefix === 'indicator_' && !(prefix + code in shown)) continue;
      assert.equal(term, shown[prefix + code], prefix + code);
    }
  }
  // The standard's words (GB/T 39734-2020): five grades from 非常满意 to 非常不满意, three kinds of evaluator.
  assert.deepEqual(Object.values(FEEDBACK_TERMS.grade).reverse(), ['非常满意', '满意', '基本满意', '不满意', '非常不满意']);
  assert.deepEqual(Object.values(FEEDBACK_TERMS.evaluator), ['自然人', '法人', '其他组织']);
  assert.deepEqual(Object.values(FEEDBACK_TERMS.kind), ['页面反馈', '评价', '留言']);
});
