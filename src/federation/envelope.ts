import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto';
import type { KeyObject } from 'node:crypto';

/**
 * Every message between platforms is an envelope: who sent it, to whom, its
 * sequence number on that link, when it was sent, what kind it is and its
 * body, signed with the sender's Ed25519 key over the canonical JSON of all
 * of that. A receiver checks the sender is a known peer, the signature, that
 * the sequence number is new and that the time is within its window.
 */
export interface Envelope {
  from: string;
  to: string;
  seq: number;
  /** When it was sent, epoch ms. */
  at: number;
  kind: string;
  body: unknown;
  /** Ed25519 over canonicalJson of the other fields, base64. */
  signature: string;
}

export type Unsigned = Omit<Envelope, 'signature'>;

export interface KeyPair {
  publicKey: string;
  privateKey: string;
}

/** A new Ed25519 key pair as PEM text. */
export function newKeyPair(): KeyPair {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return { publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString(), privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString() };
}

/** Stable JSON: keys sorted at every level, so signer and verifier hash the same bytes. */
export function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v !== null && typeof v === 'object') {
    return `{${Object.keys(v).sort().filter((k) => (v as Record<string, unknown>)[k] !== undefined).map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}

function signedBytes(e: Unsigned): Buffer {
  return Buffer.from(canonical({ from: e.from, to: e.to, seq: e.seq, at: e.at, kind: e.kind, body: e.body }));
}

/** Parsed keys by PEM text: parsing costs more than an Ed25519 signature. */
const privateKeys = new Map<string, KeyObject>();
const publicKeys = new Map<string, KeyObject>();
function cached(map: Map<string, KeyObject>, pem: string, parse: (pem: string) => KeyObject): KeyObject {
  let k = map.get(pem);
  if (!k) {
    k = parse(pem);
    if (map.size > 10_000) map.clear();
    map.set(pem, k);
  }
  return k;
}

export function signEnvelope(e: Unsigned, privateKeyPem: string): Envelope {
  return { ...e, signature: sign(null, signedBytes(e), cached(privateKeys, privateKeyPem, createPrivateKey)).toString('base64') };
}

/** Whether the signature is the sender's over exactly these fields. */
export function signatureValid(e: Envelope, publicKeyPem: string): boolean {
  try {
    return verify(null, signedBytes(e), cached(publicKeys, publicKeyPem, createPublicKey), Buffer.from(e.signature, 'base64'));
  } catch {
    return false;
  }
}

/** Whether text is a usable Ed25519 public key in PEM. */
export function isPublicKey(pem: string): boolean {
  try {
    return createPublicKey(pem).asymmetricKeyType === 'ed25519';
  } catch {
    return false;
  }
}
