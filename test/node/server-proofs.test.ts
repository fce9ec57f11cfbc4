/**
 * ID proofs encrypted at rest (packages/server/src/proof-seal.ts): what the database holds is not
 * the file; staff download the file as uploaded; another key, an altered file or a file moved to
 * another request does not open; files stored before a key was set are still read.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { sqliteStorage } from '@gov-disclosure/server';
import { isSealed, openProof, proofKey, sealProof } from '../../packages/server/src/proof-seal.js';
import { citizenRequest, PNG_BYTES } from '../support/submissions.js';
import { post, start, TOKEN } from '../support/api-server.js';

const KEY = randomBytes(32);
const withProof = () => ({
  ...citizenRequest(),
  proof: { name: '身份证.png', type: 'image/png', size: PNG_BYTES.length, data: Buffer.from(PNG_BYTES).toString('base64') },
});

test('the key is 32 bytes, as base64 or hex; anything else is a clear error', () => {
  assert.deepEqual(proofKey(KEY.toString('base64')), KEY);
  assert.deepEqual(proofKey(KEY.toString('hex')), KEY);
  assert.equal(proofKey(undefined), undefined);
  assert.throws(() => proofKey('c2hvcnQ='), /GOV_DISCLOSURE_PROOF_KEY must be 32 bytes/);
});

test('sealed: a fresh nonce each time; opens only with its key, for its own request, unaltered', () => {
  const data = new Uint8Array(PNG_BYTES);
  const a = sealProof(KEY, '430121-20261130-AAAAAAAAAA', data);
  const b = sealProof(KEY, '430121-20261130-AAAAAAAAAA', data);
  assert.ok(isSealed(Buffer.from(a)) && !Buffer.from(a).equals(Buffer.from(b)), 'two seals of one file differ');
  assert.deepEqual([...openProof(KEY, '430121-20261130-AAAAAAAAAA', Buffer.from(a))], PNG_BYTES);
  assert.throws(() => openProof(randomBytes(32), '430121-20261130-AAAAAAAAAA', Buffer.from(a)), /unable to authenticate|auth/i);
  assert.throws(() => openProof(KEY, '430121-20261130-BBBBBBBBBB', Buffer.from(a)), /unable to authenticate|auth/i, 'moved to another request');
  const altered = Buffer.from(a);
  altered[altered.length - 1]! ^= 1;
  assert.throws(() => openProof(KEY, '430121-20261130-AAAAAAAAAA', altered), /unable to authenticate|auth/i);
  assert.throws(() => openProof(undefined, '430121-20261130-AAAAAAAAAA', Buffer.from(a)), /no GOV_DISCLOSURE_PROOF_KEY/);
  // A file stored before encryption was turned on is read as it is.
  assert.deepEqual([...openProof(KEY, 'any', Buffer.from(PNG_BYTES))], PNG_BYTES);
});

test('the server stores the proof sealed and gives staff the file; with another key it says it cannot decrypt it', async () => {
  const db = join(mkdtempSync(join(tmpdir(), 'gd-proofs-')), 'db.sqlite');
  const app = await start({ storage: sqliteStorage({ file: db }), proofKey: KEY });
  const { code } = await (await post(app.base, '/430121/requests', withProof())).json();
  const held = await app.storage.proof(code);
  assert.ok(held && isSealed(Buffer.from(held.data)), 'the database holds the sealed file');
  assert.equal(Buffer.from(held.data).includes(Buffer.from(PNG_BYTES.slice(0, 8))), false, 'not the PNG');
  const download = await fetch(`${app.base}/staff/requests/${code}/proof`, { headers: { authorization: `Bearer ${TOKEN}` } });
  assert.equal(download.status, 200);
  assert.deepEqual([...new Uint8Array(await download.arrayBuffer())], PNG_BYTES);
  await app.close();

  // The same database, a server started with another key (or none): a clear error, not the bytes.
  for (const other of [randomBytes(32), undefined]) {
    const wrong = await start({ storage: sqliteStorage({ file: db }), proofKey: other });
    const refused = await fetch(`${wrong.base}/staff/requests/${code}/proof`, { headers: { authorization: `Bearer ${TOKEN}` } });
    assert.equal(refused.status, 500);
    const { error } = await refused.json();
    assert.equal(error.code, 'proof-unreadable');
    await wrong.close();
  }
});

test('a proof stored before a key was set is still downloaded once one is', async () => {
  const db = join(mkdtempSync(join(tmpdir(), 'gd-proofs-')), 'db.sqlite');
  const before = await start({ storage: sqliteStorage({ file: db }) });
  const { code } = await (await post(before.base, '/430121/requests', withProof())).json();
  assert.ok(!isSealed(Buffer.from((await before.storage.proof(code))!.data)));
  await before.close();
  const now = await start({ storage: sqliteStorage({ file: db }), proofKey: KEY });
  const download = await fetch(`${now.base}/staff/requests/${code}/proof`, { headers: { authorization: `Bearer ${TOKEN}` } });
  assert.deepEqual([...new Uint8Array(await download.arrayBuffer())], PNG_BYTES);
  await now.close();
});
