import { Role, type Viewer } from '@kumkm/subgraph-kit';
import { authenticate } from './authentication';
import { serveStep } from './http-step.fixture';

const analyst: Viewer = { subject: 'analyst-1', role: Role.ANALYST };
const verify = async (authorization: string | undefined): Promise<Viewer> => {
  if (authorization === 'Bearer good') return analyst;
  throw new Error(authorization ? 'The token is invalid or expired' : 'A bearer token is required');
};

describe('authentication', () => {
  it('refuses a request without a valid token with 401 UNAUTHENTICATED, before anything else runs', async () => {
    const step = await serveStep(authenticate(verify));
    try {
      const attempts: Array<Record<string, string>> = [{}, { authorization: 'Bearer forged' }];
      for (const headers of attempts) {
        const response = await step.post(headers);
        expect(response.status).toBe(401);
        expect((await response.json()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
      }
      expect(step.passed()).toBe(0);
    } finally {
      await step.close();
    }
  });

  it('lets a valid token through once, as the viewer', async () => {
    const step = await serveStep(authenticate(verify));
    try {
      const response = await step.post({ authorization: 'Bearer good' });
      expect(response.status).toBe(200);
      expect((await response.json()).locals.viewer).toEqual(analyst);
      expect(step.passed()).toBe(1);
    } finally {
      await step.close();
    }
  });
});
