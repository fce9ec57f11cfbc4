import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { STANDARD_AREAS, LATER_AREAS } from '@gov-disclosure/sdk';

const shared = new URL('../../../shared/standard/areas.json', import.meta.url);

test('the SDK’s 26 areas are those of shared/standard/areas.json', { skip: !existsSync(shared) && 'shared/ is not beside this checkout' }, () => {
  const { areas, laterAreas } = JSON.parse(readFileSync(shared, 'utf8'));
  assert.deepEqual(STANDARD_AREAS, areas);
  assert.deepEqual(LATER_AREAS, laterAreas);
  assert.equal(STANDARD_AREAS.length, 26);
});
