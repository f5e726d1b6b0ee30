/** Who is signed in: the token, and what its claims say about the user (for display only; the graph checks it). */
export interface Session {
  token: string;
  subject: string;
  role: string;
  region?: string;
}

const STORAGE_KEY = 'kumkm-dashboard-token';

function claimsOf(token: string): Omit<Session, 'token'> | null {
  try {
    const payload = JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/'))) as { sub?: string; role?: string; region?: string };
    return { subject: payload.sub ?? '?', role: payload.role ?? '?', region: payload.region };
  } catch {
    return null;
  }
}

/**
 * The token the user pasted (kept for this browser tab only), else the local analyst token the
 * gateway put in the page when it runs locally, as GraphiQL has it.
 */
export function currentSession(localToken: string | undefined): Session | null {
  // After a sign-out the stored token is empty, and the local token is not taken again.
  const stored = sessionStorage.getItem(STORAGE_KEY);
  const token = stored === null ? localToken : stored;
  if (!token) return null;
  const claims = claimsOf(token);
  return claims ? { token, ...claims } : null;
}

export function signIn(token: string): Session | null {
  const claims = claimsOf(token.trim());
  if (!claims) return null;
  sessionStorage.setItem(STORAGE_KEY, token.trim());
  return { token: token.trim(), ...claims };
}

export function signOut(): void {
  sessionStorage.setItem(STORAGE_KEY, '');
}
