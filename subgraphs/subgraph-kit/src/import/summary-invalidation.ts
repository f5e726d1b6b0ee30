/** What became of asking the gateway to empty its summary cache after an import wrote. */
export type InvalidationOutcome = 'INVALIDATED' | 'GATEWAY_UNREACHABLE' | 'REFUSED';

/**
 * Asks the gateway to empty its summary cache (`POST /summaries/invalidate`), on behalf of the
 * importing user. A gateway that does not answer costs nothing: its cache expires by itself.
 */
export async function invalidateGatewaySummaries(gatewayUrl: string, authorization: string, timeoutMs = 5000): Promise<InvalidationOutcome> {
  try {
    const response = await fetch(`${gatewayUrl}/summaries/invalidate`, { method: 'POST', headers: { authorization }, signal: AbortSignal.timeout(timeoutMs) });
    return response.ok ? 'INVALIDATED' : 'REFUSED';
  } catch {
    return 'GATEWAY_UNREACHABLE';
  }
}
