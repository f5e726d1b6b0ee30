import { assertCanWrite, canReadPersonalData, Role, viewerFromClaims, type Viewer } from './viewer';

const officer: Viewer = { subject: 'o', role: Role.OFFICER, region: '36.74' };
const coordinator: Viewer = { subject: 'c', role: Role.COORDINATOR, region: '36' };
const analyst: Viewer = { subject: 'a', role: Role.ANALYST };
const admin: Viewer = { subject: 'x', role: Role.ADMIN };

describe('scopes', () => {
  it('lets officers and coordinators read personal data only within their region', () => {
    expect(canReadPersonalData(officer, '36.74.03.1002')).toBe(true);
    expect(canReadPersonalData(officer, '36.74')).toBe(true);
    expect(canReadPersonalData(officer, '36.71.01.1001')).toBe(false);
    expect(canReadPersonalData({ ...officer, region: '36.7' }, '36.74.03.1002')).toBe(false);
    expect(canReadPersonalData(coordinator, '36.71.01.1001')).toBe(true);
    expect(canReadPersonalData(coordinator, '31.72.02.1006')).toBe(false);
    expect(canReadPersonalData(analyst, '36.74.03.1002')).toBe(false);
    expect(canReadPersonalData(admin, '81.71.01.1006')).toBe(true);
  });

  it('lets only officers in their region, and admins, write', () => {
    expect(() => assertCanWrite(officer, '36.74.03.1002')).not.toThrow();
    expect(() => assertCanWrite(admin, '81.71')).not.toThrow();
    for (const [viewer, region] of [[officer, '81.71.01.1006'], [coordinator, '36.74'], [analyst, '36.74']] as const) {
      expect(() => assertCanWrite(viewer, region)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN' }) }));
    }
  });

  it('accepts only coherent claims', () => {
    expect(viewerFromClaims({ sub: 'o', role: 'OFFICER', region: '36.74' })).toEqual(officer);
    expect(viewerFromClaims({ sub: 'o', role: 'OFFICER' })).toBeUndefined();
    expect(viewerFromClaims({ sub: 'c', role: 'COORDINATOR', region: '36.74' })).toBeUndefined();
    expect(viewerFromClaims({ sub: 'o', role: 'OFFICER', region: '36.%' })).toBeUndefined();
    expect(viewerFromClaims({ sub: 'x', role: 'SUPERUSER' })).toBeUndefined();
    expect(viewerFromClaims({ role: 'ADMIN' })).toBeUndefined();
  });
});
