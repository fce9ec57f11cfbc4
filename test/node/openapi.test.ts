import { Validator } from '@seriousme/openapi-schema-validator';
import { readFile } from 'node:fs/promises';
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openApiDocument } from '@gov-disclosure/sdk/openapi';

const committedPath = new URL('../../packages/sdk/openapi.json', import.meta.url);

test('the committed OpenAPI document is what the schemas generate (run `npm run openapi` after a schema change)', async () => {
  const committed = JSON.parse(await readFile(committedPath, 'utf8'));
  assert.deepEqual(committed, JSON.parse(JSON.stringify(openApiDocument())));
});

test('the OpenAPI document is valid OpenAPI 3.1', async () => {
  const validator = new Validator();
  const result = await validator.validate(JSON.parse(await readFile(committedPath, 'utf8')));
  assert.equal(validator.version, '3.1');
  assert.deepEqual(result.errors, undefined);
  assert.equal(result.valid, true);
});

test('the validator does reject a broken document', async () => {
  const validator = new Validator();
  const broken = JSON.parse(await readFile(committedPath, 'utf8'));
  broken.paths['/areas'].get.responses = 'none';
  const result = await validator.validate(broken);
  assert.equal(result.valid, false);
});

test('whole numbers are integers in the contract, and every path is described', () => {
  const document = openApiDocument() as {
    components: { schemas: Record<string, { properties: Record<string, { type?: string; minimum?: number }> }> };
    paths: Record<string, unknown>;
  };
  assert.deepEqual(document.components.schemas.EntryPage!.properties.total, { type: 'integer', minimum: 0 });
  assert.deepEqual(document.components.schemas.EntryPage!.properties.limit, { type: 'integer', minimum: 1 });
  assert.deepEqual(Object.keys(document.paths).sort(), [
    '/areas',
    '/areas/{area}/items',
    '/column',
    '/entries/{entry}',
    '/feedback',
    '/items/{item}',
    '/items/{item}/entries',
    '/latest',
    '/lexicon',
    '/policies',
    '/requests',
    '/requests/{code}',
    '/search',
  ]);
});
