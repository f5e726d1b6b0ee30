import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readAuthConfig } from './auth-config';
import { issueToken, tokenVerifier } from './tokens';
import { Role } from './viewer';

const config = { secret: 'a'.repeat(40), issuer: 'kumkm-graph', audience: 'kumkm-graph', publicKeyAlgorithm: 'RS256' as const };
const unauthenticated = expect.objectContaining({ extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }) });

describe('tokens', () => {
  const verify = tokenVerifier(config);

  it('round-trips a viewer', async () => {
    const token = await issueToken(config, { subject: 'siti', role: Role.OFFICER, region: '81.71' });
    await expect(verify(`Bearer ${token}`)).resolves.toEqual({ subject: 'siti', role: Role.OFFICER, region: '81.71' });
  });

  it('refuses a token it verified before, once the token has expired', async () => {
    jest.useFakeTimers({ now: new Date('2026-12-03T08:00:00Z'), doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
    try {
      const token = await issueToken(config, { subject: 'siti', role: Role.OFFICER, region: '81.71' }, '10 min');
      await expect(verify(`Bearer ${token}`)).resolves.toMatchObject({ subject: 'siti' });
      jest.setSystemTime(new Date('2026-12-03T08:09:00Z'));
      await expect(verify(`Bearer ${token}`)).resolves.toMatchObject({ subject: 'siti' });
      jest.setSystemTime(new Date('2026-12-03T08:10:01Z'));
      await expect(verify(`Bearer ${token}`)).rejects.toThrow(unauthenticated);
    } finally {
      jest.useRealTimers();
    }
  });

  it.each([
    ['no header', async () => undefined],
    ['another scheme', async () => `Basic ${await issueToken(config, { subject: 's', role: Role.ADMIN })}`],
    ['another secret', async () => `Bearer ${await issueToken({ ...config, secret: 'b'.repeat(40) }, { subject: 's', role: Role.ADMIN })}`],
    ['another issuer', async () => `Bearer ${await issueToken({ ...config, issuer: 'elsewhere' }, { subject: 's', role: Role.ADMIN })}`],
    ['an expired token', async () => `Bearer ${await issueToken(config, { subject: 's', role: Role.ADMIN }, '1 min ago')}`],
  ])('refuses %s', async (_label, header) => {
    await expect(verify(await header())).rejects.toThrow(unauthenticated);
  });
});

describe('auth configuration', () => {
  it('requires a key in production', () => {
    expect(() => readAuthConfig({ NODE_ENV: 'production' })).toThrow(/AUTH_JWT_SECRET or AUTH_JWT_PUBLIC_KEY/);
    expect(() => readAuthConfig({ AUTH_JWT_SECRET: 'short' })).toThrow(/at least 32/);
  });

  it('shares one generated local secret between processes outside production', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kumkm-auth-'));
    const first = readAuthConfig({}, dir);
    const second = readAuthConfig({}, dir);
    expect(first.secret).toBe(second.secret);
    expect(first.secret).toBe(readFileSync(path.join(dir, 'dev-jwt-secret'), 'utf8'));
    expect(first.secret!.length).toBeGreaterThanOrEqual(32);
  });
});
