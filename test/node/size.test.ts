/**
 * The size budgets of the CDN build, min+gzip (sizes are deterministic, so CI checks them): the
 * whole column with an item open (Lit, zod, ky and the sanitiser included) ≤ 51 KB, `<gov-feedback>`
 * alone ≤ 21 KB, `<gov-led-board>` alone ≤ 15 KB. Needs `npm run build` first (npm test does it).
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { BUDGETS, CDN, columnCost, cost } from '../support/cdn-size.js';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

test('the whole column, with an item open, fits 51 KB', () => {
  const column = columnCost();
  assert.ok(
    column.files.some((f) => f.includes('sanitize') || f.includes('item-view')),
    'the sanitiser is counted',
  );
  assert.ok(column.total <= BUDGETS.column, `column ${kb(column.total)} > ${kb(BUDGETS.column)}`);
});

test('<gov-feedback> alone fits 21 KB', () => {
  const feedback = cost('elements/gov-feedback.js');
  assert.ok(feedback.gzip <= BUDGETS.feedback, `feedback ${kb(feedback.gzip)} > ${kb(BUDGETS.feedback)}`);
  // Its schema check (zod) and the search for personal data come with the first touch of the form.
  assert.ok(
    Object.keys(feedback.lazy).some((file) => file.includes('feedback-check')),
    'the check is loaded on demand',
  );
  const first = feedback.files.map((file) => readFileSync(join(CDN, file), 'utf8')).join('\n');
  assert.ok(!first.includes('_zod'), 'no zod in the first download');
});

test('<gov-led-board> alone fits 15 KB', (t) => {
  if (!existsSync(join(CDN, 'elements/gov-led-board.js'))) return t.todo('no <gov-led-board> yet');
  const board = cost('elements/gov-led-board.js');
  assert.ok(board.gzip <= BUDGETS.ledBoard, `led board ${kb(board.gzip)} > ${kb(BUDGETS.ledBoard)}`);
});

test('the CDN build has every element, the autoloader and the classic loader', () => {
  for (const file of [
    'gov-disclosure.min.js',
    'gov-disclosure-autoloader.js',
    'gov-disclosure.loader.js',
    'elements/gov-disclosure-column.js',
    'elements/gov-feedback.js',
  ]) {
    assert.ok(existsSync(join(CDN, file)), file);
  }
});
