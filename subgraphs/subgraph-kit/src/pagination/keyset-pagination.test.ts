import { decodeCursor, encodeCursor } from './keyset-pagination';

describe('cursors', () => {
  it('round-trip their sort values', () => {
    const cursor = encodeCursor(['Koperasi Maju', '0190f6a2-7c3e-7d4b-9a1f-2b3c4d5e6f70']);
    expect(decodeCursor(cursor, 2)).toEqual(['Koperasi Maju', '0190f6a2-7c3e-7d4b-9a1f-2b3c4d5e6f70']);
  });

  it.each([
    ['not base64 JSON', 'not-a-cursor'],
    ['the wrong number of values', encodeCursor(['only one'])],
    ['values of the wrong type', Buffer.from(JSON.stringify([{ sql: 1 }, null])).toString('base64url')],
  ])('reject %s with BAD_USER_INPUT', (_label, cursor) => {
    expect(() => decodeCursor(cursor, 2)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }));
  });
});
