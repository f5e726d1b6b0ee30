import { buildRegionalCooperatives } from '../subgraphs/cooperatives/src/seed/regional-cooperatives';
import { ParticipantType } from '../subgraphs/training/src/enrollment/enrollment.enums';
import { buildRegionalTraining } from '../subgraphs/training/src/seed/regional-training';
import { buildRegionalUmkm } from '../subgraphs/umkm/src/seed/regional-umkm';

/** Each subgraph seeds its own database, deriving other subgraphs' ids from the shared plan: they must agree. */
describe('references between the regional seeds', () => {
  const cooperatives = new Map(buildRegionalCooperatives().cooperatives.map((cooperative) => [cooperative.id, cooperative]));
  const umkm = buildRegionalUmkm();
  const actorIds = new Set(umkm.actors.map((actor) => actor.id));
  const training = buildRegionalTraining();

  it('makes business actors members only of seeded, active cooperatives in their own city', () => {
    const members = umkm.actors.filter((actor) => actor.cooperativeId);
    expect(members.length).toBeGreaterThan(100);
    for (const actor of members) {
      const cooperative = cooperatives.get(actor.cooperativeId!);
      expect(cooperative?.status).toBe('ACTIVE');
      expect(cooperative!.regionCode.slice(0, 5)).toBe(actor.regionCode.slice(0, 5));
    }
  });

  it('enrolls only seeded cooperatives and business actors', () => {
    for (const enrollment of training.enrollments) {
      const exists = enrollment.participantType === ParticipantType.COOPERATIVE ? cooperatives.has(enrollment.participantId) : actorIds.has(enrollment.participantId);
      expect([enrollment.participantType, enrollment.participantId, exists]).toEqual([enrollment.participantType, enrollment.participantId, true]);
    }
  });

  it('gives Sunter Agung\'s KKMP members among the seeded businesses', () => {
    const kkmp = [...cooperatives.values()].find((cooperative) => cooperative.regionCode === '31.72.02.1006' && cooperative.isMerahPutih)!;
    expect(umkm.actors.filter((actor) => actor.cooperativeId === kkmp.id).length).toBeGreaterThan(0);
  });
});
