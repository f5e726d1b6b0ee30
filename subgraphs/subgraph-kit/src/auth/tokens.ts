import { createSecretKey, type KeyObject } from 'node:crypto';
import { importSPKI, jwtVerify, SignJWT, type KeyLike } from 'jose';
import { LRUCache } from 'lru-cache';
import { unauthenticated } from '../errors/graphql-errors';
import type { AuthConfig } from './auth-config';
import { viewerFromClaims, type Role, type Viewer } from './viewer';

async function verificationKey(config: AuthConfig): Promise<{ key: KeyObject | KeyLike; algorithms: string[] }> {
  if (config.publicKey) {
    const algorithm = config.publicKeyAlgorithm;
    return { key: await importSPKI(config.publicKey, algorithm), algorithms: [algorithm] };
  }
  return { key: createSecretKey(Buffer.from(config.secret!, 'utf8')), algorithms: ['HS256'] };
}

/**
 * Tokens verified lately, kept by their text until they expire. A caller sends the same token with
 * every request, and the gateway and then every subgraph a request reaches verify it again: 20 µs
 * of signature and claims each when the process is busy, several times that when it wakes for one
 * request. Only tokens that passed are kept; a token without an expiry is checked again after a minute.
 */
const VERIFIED_TOKENS_KEPT = 10_000;
const UNEXPIRING_TOKEN_RECHECK_MS = 60_000;

/** Verifies `Authorization: Bearer …` and returns who is asking; UNAUTHENTICATED (401) otherwise. */
export function tokenVerifier(config: AuthConfig): (authorization: string | undefined) => Promise<Viewer> {
  const keyPromise = verificationKey(config);
  const verified = new LRUCache<string, { viewer: Viewer; until: number }>({ max: VERIFIED_TOKENS_KEPT });
  return async (authorization) => {
    const token = authorization?.match(/^Bearer (\S+)$/i)?.[1];
    if (!token) throw unauthenticated('Sign in first: send "Authorization: Bearer <token>" (npm run token prints one for local use)');
    const known = verified.get(token);
    if (known && Date.now() < known.until) return known.viewer;
    const { key, algorithms } = await keyPromise;
    let claims;
    try {
      ({ payload: claims } = await jwtVerify(token, key, { issuer: config.issuer, audience: config.audience, algorithms }));
    } catch (error) {
      const expired = (error as { code?: string }).code === 'ERR_JWT_EXPIRED';
      throw unauthenticated(expired ? 'The token has expired: get a new one' : 'The token is not valid for this graph');
    }
    const viewer = viewerFromClaims(claims);
    if (!viewer) throw unauthenticated('The token names no valid role and region');
    verified.set(token, { viewer, until: claims.exp ? claims.exp * 1000 : Date.now() + UNEXPIRING_TOKEN_RECHECK_MS });
    return viewer;
  };
}

/** Signs an HS256 token for local use and tests (with a public key configured, the identity provider issues tokens). */
export async function issueToken(config: AuthConfig, claims: { subject: string; role: Role; region?: string }, expiresIn = '8h'): Promise<string> {
  if (!config.secret) throw new Error('Tokens can only be issued here with AUTH_JWT_SECRET; with a public key, ask the identity provider');
  return new SignJWT({ role: claims.role, ...(claims.region ? { region: claims.region } : {}) })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(claims.subject)
    .setIssuer(config.issuer)
    .setAudience(config.audience)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(createSecretKey(Buffer.from(config.secret, 'utf8')));
}
