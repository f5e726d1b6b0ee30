import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { readConfig } from '../config/read-config';

export interface AuthConfig {
  /** HS256 shared secret, or the PEM public key of the identity provider (RS256/ES256). */
  secret?: string;
  publicKey?: string;
  /** Signature algorithm of tokens checked with the public key. */
  publicKeyAlgorithm: 'RS256' | 'ES256';
  issuer: string;
  audience: string;
}

const schema = z.object({
  AUTH_JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  AUTH_JWT_PUBLIC_KEY: z.string().includes('BEGIN PUBLIC KEY', { message: 'must be a PEM public key' }).optional(),
  AUTH_JWT_ALGORITHM: z.enum(['RS256', 'ES256']).default('RS256'),
  AUTH_JWT_ISSUER: z.string().default('kumkm-graph'),
  AUTH_JWT_AUDIENCE: z.string().default('kumkm-graph'),
  NODE_ENV: z.string().optional(),
});

/**
 * Outside production, with no key configured, every local process shares a random secret kept in
 * `data/dev-jwt-secret` (created on first use, never committed), so `npm start` and
 * `npm run token` agree without anyone choosing a secret. Production must configure one.
 */
function localDevelopmentSecret(dataDir: string): string {
  const file = path.join(dataDir, 'dev-jwt-secret');
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600, flag: 'wx' });
  }
  return readFileSync(file, 'utf8').trim();
}

export function readAuthConfig(env: NodeJS.ProcessEnv = process.env, dataDir = 'data'): AuthConfig {
  const values = readConfig(schema, env);
  const base = { issuer: values.AUTH_JWT_ISSUER, audience: values.AUTH_JWT_AUDIENCE, publicKeyAlgorithm: values.AUTH_JWT_ALGORITHM };
  if (values.AUTH_JWT_PUBLIC_KEY) return { ...base, publicKey: values.AUTH_JWT_PUBLIC_KEY };
  if (values.AUTH_JWT_SECRET) return { ...base, secret: values.AUTH_JWT_SECRET };
  if (values.NODE_ENV === 'production') throw new Error('Invalid configuration:\n  AUTH_JWT_SECRET or AUTH_JWT_PUBLIC_KEY must be set in production');
  return { ...base, secret: localDevelopmentSecret(dataDir) };
}
