/**
 * The SDK's error tree carries what the server said: its code, message and field issues, a 429's
 * wait; a setup mistake is a ConfigError, and an error of no known kind is not one.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ConfigError, createClient, DisclosureError, HttpError, NotFoundError, RateLimitError } from '@gov-disclosure/sdk';

const answering = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  createClient({
    api: 'http://api.test/api/430121',
    retries: 0,
    fetch: async () => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } }),
  });

test("an error answer carries the server's code, message, field issues and request id", async () => {
  const body = {
    error: {
      code: 'invalid-body',
      message: 'Invalid fields: applicant.phone',
      requestId: 'r-1',
      issues: [{ path: 'applicant.phone', expected: 'a mobile or landline', message: 'Invalid phone' }],
    },
  };
  const error = await answering(400, body)
    .requestStatus('GK1')
    .catch((e: unknown) => e);
  assert.ok(error instanceof HttpError);
  assert.equal(error.code, 'http');
  assert.equal(error.status, 400);
  assert.deepEqual(error.error, { code: 'invalid-body', message: 'Invalid fields: applicant.phone', issues: body.error.issues });
  assert.equal(error.requestId, 'r-1');
  assert.match(error.message, /HTTP 400 from .*: Invalid fields: applicant\.phone$/);
});

test('429 is a RateLimitError with the wait the server asked for, in seconds or as a date', async () => {
  const error = await answering(429, { error: { code: 'rate-limited', message: 'Slow down' } }, { 'retry-after': '7' })
    .requestStatus('GK1')
    .catch((e: unknown) => e);
  assert.ok(error instanceof RateLimitError && error instanceof HttpError);
  assert.equal(error.code, 'rate-limited');
  assert.equal(error.retryAfter, 7);
  const later = new Date(Date.now() + 30_000).toUTCString();
  const dated = await answering(429, {}, { 'retry-after': later })
    .requestStatus('GK1')
    .catch((e: unknown) => e);
  assert.ok(dated instanceof RateLimitError && dated.retryAfter! >= 28 && dated.retryAfter! <= 31, String((dated as RateLimitError).retryAfter));
  assert.equal(dated.error, undefined, "a body not in the API's shape is no server error");
});

test('404 is a NotFoundError; a client without a source is a ConfigError; an unknown error is of no kind', async () => {
  assert.ok(
    (await answering(404, { error: { code: 'not-found', message: 'No such request' } })
      .requestStatus('GK1')
      .catch((e: unknown) => e)) instanceof NotFoundError,
  );
  assert.throws(
    () => createClient({}),
    (e: unknown) => e instanceof ConfigError && e.code === 'config',
  );
  await assert.rejects(createClient({ src: 'http://bundle.test/manifest.json' }).submitFeedback({} as never), (e: unknown) => e instanceof ConfigError);
  assert.equal(new DisclosureError('something').code, 'unknown');
});
