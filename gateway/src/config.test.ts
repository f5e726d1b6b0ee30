import { availableParallelism } from 'node:os';
import { readGatewayConfig } from './config';

describe('readGatewayConfig', () => {
  it('runs one worker per core unless GATEWAY_WORKERS says otherwise; empty counts as unset', () => {
    expect(readGatewayConfig({}).workers).toBe(availableParallelism());
    expect(readGatewayConfig({ GATEWAY_WORKERS: '' }).workers).toBe(availableParallelism());
    expect(readGatewayConfig({ GATEWAY_WORKERS: '1' }).workers).toBe(1);
  });

  it('refuses a worker count that is not a whole number from 1', () => {
    for (const bad of ['0', '-2', '1.5', 'all']) expect(() => readGatewayConfig({ GATEWAY_WORKERS: bad })).toThrow(/GATEWAY_WORKERS/);
  });
});
