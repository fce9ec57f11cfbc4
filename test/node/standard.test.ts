import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { STANDARD_AREAS, LATER_AREAS } from '@gov-disclosure/sdk';

const shared = new URL('../../../shared/standard/areas.json', import.meta.url);
/** The standard's areas as committed with the tests, so that the check runs on any checkout. */
const copy = new URL('../fixtures/standard/areas.json', import.meta.url);

test('the SDK’s 26 areas are those of the standard (areas.json), and the committed copy is the shared one where it is beside this checkout', () => {
  const { areas, laterAreas } = JSON.parse(readFileSync(copy, 'utf8'));
  assert.deepEqual(STANDARD_AREAS, areas);
  assert.deepEqual(LATER_AREAS, laterAreas);
  assert.equal(STANDARD_AREAS.length, 26);
  if (existsSync(shared))
    assert.deepEqual(
      JSON.parse(readFileSync(shared, 'utf8')),
      JSON.parse(readFileSync(copy, 'utf8')),
      'test/fixtures/standard/areas.json differs from shared/standard/areas.json',
    );
});
