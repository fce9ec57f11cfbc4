/**
 * ID proofs encrypted at rest (the copy of a 身份证 a citizen uploads with a request): AES-256-GCM
 * with a key from the environment, `GOV_DISCLOSURE_PROOF_KEY` (32 bytes, as base64 or 64 hex
 * digits: `openssl rand -base64 32`). Each file gets a fresh 12-byte nonce, and the request's
 * 查询码 is bound in as additional data, so a file copied into another request's row does not
 * open. Stored as `GDP1` ‖ nonce ‖ tag ‖ ciphertext; a file stored before encryption was turned on
 * (no `GDP1`) is read as it is.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const MAGIC = Buffer.from('GDP1');
const NONCE = 12;
const TAG = 16;

/** The key from its text (base64 or hex), or a clear error naming the variable. */
export function proofKey(text: string | undefined): Buffer | undefined {
  if (!text) return undefined;
  const key = /^[\da-f]{64}$/i.test(text.trim()) ? Buffer.from(text.trim(), 'hex') : Buffer.from(text.trim(), 'base64');
  if (key.length !== 32) throw new Error('GOV_DISCLOSURE_PROOF_KEY must be 32 bytes, as base64 or 64 hex digits (openssl rand -base64 32)');
  return key;
}

/** Encrypts a proof for the request `code`. */
export function sealProof(key: Buffer, code: string, data: Uint8Array): Uint8Array {
  const nonce = randomBytes(NONCE);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(Buffer.from(code));
  const body = Buffer.concat([cipher.update(data), cipher.final()]);
  return Buffer.concat([MAGIC, nonce, cipher.getAuthTag(), body]);
}

/** Whether stored bytes are a sealed proof. */
export const isSealed = (stored: Buffer): boolean => stored.length >= MAGIC.length + NONCE + TAG && stored.subarray(0, MAGIC.length).equals(MAGIC);

/** The proof as uploaded; throws when the key is missing or wrong, or the file was altered or moved. */
export function openProof(key: Buffer | undefined, code: string, stored: Buffer): Buffer {
  if (!isSealed(stored)) return stored;
  if (!key) throw new Error('This ID proof is encrypted and the server has no GOV_DISCLOSURE_PROOF_KEY');
  const at = MAGIC.length;
  const decipher = createDecipheriv('aes-256-gcm', key, stored.subarray(at, at + NONCE));
  decipher.setAAD(Buffer.from(code));
  decipher.setAuthTag(stored.subarray(at + NONCE, at + NONCE + TAG));
  return Buffer.concat([decipher.update(stored.subarray(at + NONCE + TAG)), decipher.final()]);
}
