import { BusinessScale, REGION, scaleOfAnnualSales } from '@kumkm/subgraph-kit';
import { buildRegionalUmkm, TRADE_AND_SERVICES_SECTORS } from './regional-umkm';

describe('regional UMKM data', () => {
  const data = buildRegionalUmkm();

  it('gives every actor the scale its annual sales make it', () => {
    for (const actor of data.actors) expect(actor.scale).toBe(scaleOfAnnualSales(actor.annualSales));
  });

  it('is mostly micro businesses, as UMKM nationally are', () => {
    const micro = data.actors.filter((actor) => actor.scale === BusinessScale.MIKRO).length;
    expect(micro / data.actors.length).toBeGreaterThan(0.9);
  });

  it('has about 70% trade and services in Tangerang Selatan', () => {
    const tangsel = data.actors.filter((actor) => actor.regionCode.startsWith(`${REGION.TANGSEL}.`));
    const share = tangsel.filter((actor) => TRADE_AND_SERVICES_SECTORS.includes(actor.sector)).length / tangsel.length;
    expect(share).toBeGreaterThan(0.65);
    expect(share).toBeLessThan(0.75);
  });

  it('has unique 13-digit NIBs, halal certificates with their dates, and is deterministic', () => {
    const nibs = data.actors.map((actor) => actor.nib);
    expect(new Set(nibs).size).toBe(nibs.length);
    for (const nib of nibs) expect(nib).toMatch(/^\d{13}$/);
    for (const actor of data.actors) expect(Boolean(actor.halalCertificateNumber)).toBe(Boolean(actor.halalCertifiedOn));
    expect(buildRegionalUmkm().actors.map((actor) => actor.businessName)).toEqual(data.actors.map((actor) => actor.businessName));
  });
});
