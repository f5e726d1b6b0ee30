import { GraphQLError } from 'graphql';
import { isDatabaseUnavailable } from './connection-errors';

describe('isDatabaseUnavailable', () => {
  it('recognizes a lost or refused database connection however it is wrapped', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:3306'), { code: 'ECONNREFUSED' });
    expect(isDatabaseUnavailable(refused)).toBe(true);
    expect(isDatabaseUnavailable(new GraphQLError('x', { originalError: Object.assign(new Error('q'), { driverError: refused }) }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error('Connection lost: The server closed the connection.'), { code: 'PROTOCOL_CONNECTION_LOST' }))).toBe(true);
    expect(isDatabaseUnavailable(new Error('Pool is closed.'))).toBe(true);
    // What graphql-js makes of the plain object mysql2's pool throws when it cannot connect.
    expect(isDatabaseUnavailable(new GraphQLError('Unexpected error value', { originalError: Object.assign(new Error('Unexpected error value'), { thrownValue: { code: 'ECONNREFUSED', fatal: true } }) }))).toBe(true);
  });

  it('does not mistake bugs or bad data for an outage', () => {
    expect(isDatabaseUnavailable(Object.assign(new Error('Duplicate entry'), { code: 'ER_DUP_ENTRY' }))).toBe(false);
    expect(isDatabaseUnavailable(new TypeError('cannot read properties of undefined'))).toBe(false);
    expect(isDatabaseUnavailable(undefined)).toBe(false);
  });
});
