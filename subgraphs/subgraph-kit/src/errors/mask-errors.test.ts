import { maskInternalErrors } from './mask-errors';

describe('maskInternalErrors', () => {
  it('passes client errors through without a stack trace', () => {
    const formatted = maskInternalErrors({ message: 'No cooperative has the id "x"', extensions: { code: 'NOT_FOUND', stacktrace: ['at x'] } }, new Error('x'));
    expect(formatted).toEqual({ message: 'No cooperative has the id "x"', extensions: { code: 'NOT_FOUND' } });
  });

  it('hides SQL and internals behind a generic error', () => {
    const original = new Error("ER_NO_SUCH_TABLE: Table 'kumkm.cooperatives' doesn't exist");
    const formatted = maskInternalErrors({ message: original.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, original);
    expect(formatted).toEqual({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });
});
