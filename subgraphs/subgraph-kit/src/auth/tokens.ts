import { createSecretKey, type KeyObject } from 'node:crypto';
import { importSPKI, jwtVerify, SignJWT, type KeyLike } from 'jose';
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

/** Verifies `Authorization: Bearer …` and returns who is asking; UNAUTHENTICATED (401) otherwise. */
export function tokenVerifier(config: AuthConfig): (authorization: string | undefined) => Promise<Viewer> {
  const keyPromise = verificationKey(config);
  return async (authorization) => {
    const token = authorization?.match(/^Bearer (\S+)$/i)?.[1];
    if (!token) throw unauthenticated('Sign in first: send "Authorization: Bearer <token>" (npm run token prints one for local use)');
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
