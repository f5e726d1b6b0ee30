import { CooperativeStatus } from '../cooperative/cooperative.enums';
import { REGION, TANGSEL_ACTIVE_COOPERATIVES } from '@kumkm/subgraph-kit';
import { buildRegionalCooperatives } from './regional-cooperatives';

describe('regional cooperative data', () => {
  const data = buildRegionalCooperatives();
  const within = (prefix: string) => data.cooperatives.filter((c) => c.regionCode.startsWith(`${prefix}.`));

  it('has the 462 active cooperatives of Kota Tangerang Selatan, of all five types', () => {
    const active = within('36.74').filter((c) => c.status === CooperativeStatus.ACTIVE);
    expect(active).toHaveLength(TANGSEL_ACTIVE_COOPERATIVES);
    expect(new Set(active.map((c) => c.type)).size).toBe(5);
    for (const cooperative of active) expect(cooperative.memberCount).toBeGreaterThanOrEqual(20);
  });

  it('has one Koperasi Kelurahan Merah Putih in each of the 31 kelurahan of Jakarta Utara', () => {
    const kkmp = within('31.72').filter((c) => c.isMerahPutih);
    expect(kkmp).toHaveLength(31);
    expect(new Set(kkmp.map((c) => c.regionCode)).size).toBe(31);
    expect(kkmp.find((c) => c.regionCode === REGION.SUNTER_AGUNG)?.memberCount).toBe(175);
  });

  it('has cooperatives in Kota Ambon and the rest of Maluku', () => {
    expect(within('81.71').length).toBeGreaterThanOrEqual(20);
    expect(within('81').length).toBeGreaterThan(within('81.71').length);
  });

  it('is deterministic and free of duplicate identities', () => {
    const again = buildRegionalCooperatives();
    expect(again.cooperatives.map((c) => c.id)).toEqual(data.cooperatives.map((c) => c.id));
    expect(again.officers.map((o) => o.fullName)).toEqual(data.officers.map((o) => o.fullName));
    const niks = data.cooperatives.map((c) => c.nik).filter(Boolean);
    expect(new Set(niks).size).toBe(niks.length);
    expect(new Set(data.cooperatives.map((c) => c.legalEntityNumber)).size).toBe(data.cooperatives.length);
    for (const nik of niks) expect(nik).toMatch(/^\d{16}$/);
  });

  it('keeps each cooperative\'s last RAT year equal to its latest recorded RAT', () => {
    for (const cooperative of data.cooperatives) {
      const years = data.annualMeetings.filter((m) => m.cooperativeId === cooperative.id).map((m) => Number(m.heldOn.slice(0, 4)));
      expect(years.length ? Math.max(...years) : null).toBe(cooperative.lastAnnualMeetingYear);
    }
  });
});
