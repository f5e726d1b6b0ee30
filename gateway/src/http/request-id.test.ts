import { assignRequestId } from './request-id';
import { serveStep } from './http-step.fixture';

describe('request id', () => {
  it("keeps the caller's plain request id, answers it back and hands it on", async () => {
    const step = await serveStep(assignRequestId);
    try {
      const response = await step.post({ 'x-request-id': 'rakor-2026.11-01' });
      expect(response.headers.get('x-request-id')).toBe('rakor-2026.11-01');
      expect((await response.json()).locals.requestId).toBe('rakor-2026.11-01');
    } finally {
      await step.close();
    }
  });

  it('replaces a missing or forged id (log injection) with a new one', async () => {
    const step = await serveStep(assignRequestId);
    try {
      const ids = [];
      const attempts: Array<Record<string, string>> = [{}, { 'x-request-id': 'a\tb {"level":60}' }, {}];
      for (const headers of attempts) ids.push((await step.post(headers)).headers.get('x-request-id'));
      for (const id of ids) expect(id).toMatch(/^[0-9a-f-]{36}$/);
      expect(new Set(ids).size).toBe(3);
      expect(step.passed()).toBe(3);
    } finally {
      await step.close();
    }
  });
});
