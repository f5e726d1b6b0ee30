import { corsPolicy } from './cors';
import { serveStep } from './http-step.fixture';

describe('CORS policy', () => {
  it('allows a listed origin, and answers its preflight without passing it on', async () => {
    const step = await serveStep(corsPolicy(['https://rakor.example.go.id']));
    try {
      const preflight = await fetch(step.url, {
        method: 'OPTIONS',
        headers: { origin: 'https://rakor.example.go.id', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-origin')).toBe('https://rakor.example.go.id');
      expect(preflight.headers.get('access-control-allow-headers')).toContain('authorization');
      expect(step.passed()).toBe(0);
      const call = await step.post({ origin: 'https://rakor.example.go.id' });
      expect(call.headers.get('access-control-allow-origin')).toBe('https://rakor.example.go.id');
      expect(call.headers.get('access-control-expose-headers')).toContain('retry-after');
    } finally {
      await step.close();
    }
  });

  it('gives an unlisted origin no CORS headers, so browsers refuse the answer', async () => {
    const step = await serveStep(corsPolicy(['https://rakor.example.go.id']));
    try {
      const call = await step.post({ origin: 'https://evil.example' });
      expect(call.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await step.close();
    }
  });
});
