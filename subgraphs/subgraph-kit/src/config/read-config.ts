import { z } from 'zod';

/**
 * Validates environment variables against a zod schema once at start.
 * A bad value stops the process with every problem listed, instead of failing later mid-request.
 * A variable set to the empty string counts as unset, as docker-compose's `${NAME:-}` leaves it.
 */
export function readConfig<S extends z.ZodType>(schema: S, env: NodeJS.ProcessEnv = process.env): z.infer<S> {
  const parsed = schema.safeParse(Object.fromEntries(Object.entries(env).filter(([, value]) => value !== '')));
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n');
  throw new Error(`Invalid configuration:\n${problems}`);
}

/** A TCP port from the environment; 0 asks the OS for a free one (tests). */
export const portSetting = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);

export const logLevelSetting = z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info');
