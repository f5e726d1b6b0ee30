import { maskInternalErrors } from './mask-errors';

describe('maskInternalErrors', () => {
  it('passes client errors through without a stack trace', () => {
    const logged: unknown[] = [];
    const formatted = maskInternalErrors(
      { message: 'No cooperative has the id "x"', extensions: { code: 'NOT_FOUND', stacktrace: ['at x'] } },
      new Error('x'),
      (error) => logged.push(error),
    );
    expect(formatted).toEqual({ message: 'No cooperative has the id "x"', extensions: { code: 'NOT_FOUND' } });
    expect(logged).toHaveLength(0);
  });

  it('hides SQL and internals behind a generic error, and logs the original', () => {
    const original = new Error("ER_NO_SUCH_TABLE: Table 'kumkm.cooperatives' doesn't exist");
    const logged: unknown[] = [];
    const formatted = maskInternalErrors({ message: original.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, original, (error) => logged.push(error));
    expect(formatted.message).toBe('Internal server error');
    expect(JSON.stringify(formatted)).not.toContain('ER_NO_SUCH_TABLE');
    expect(logged).toEqual([original]);
  });
});
