import { assertCanWrite, assertId, badUserInput, conflict, newId, notFound, reportedNow, Role, writeTransaction, type SubgraphContext } from '@kumkm/subgraph-kit';
import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { Cooperative } from '../cooperative/cooperative.entity';
import { CooperativeType } from '../cooperative/cooperative.enums';
import { HealthRating } from './health-rating.entity';
import { RecordHealthRatingInput } from './health-rating.inputs';

@Resolver(() => HealthRating)
export class HealthRatingResolver {
  @Authorized(Role.OFFICER, Role.ADMIN)
  @Mutation(() => HealthRating, {
    description: 'Records the health assessment of a savings and loan cooperative for a year (CONFLICT when that year is already assessed).',
  })
  async recordHealthRating(
    @Arg('cooperativeId', () => ID) cooperativeId: string,
    @Arg('input') input: RecordHealthRatingInput,
    @Ctx() context: SubgraphContext,
  ): Promise<HealthRating> {
    assertId(cooperativeId, 'cooperative', 'cooperativeId');
    const duplicate = `A health assessment for ${input.year} is already recorded for this cooperative`;
    return writeTransaction(context.db, duplicate, async (manager) => {
      const cooperative = await manager.findOneBy(Cooperative, { id: cooperativeId });
      if (!cooperative) throw notFound(`No cooperative has the id "${cooperativeId}"`, { argument: 'cooperativeId' });
      assertCanWrite(context.viewer, cooperative.regionCode);
      if (cooperative.type !== CooperativeType.SIMPAN_PINJAM) {
        throw badUserInput(`Health assessments apply to savings and loan cooperatives; "${cooperative.name}" is ${cooperative.type}`);
      }
      if (await manager.existsBy(HealthRating, { cooperativeId, year: input.year })) throw conflict(duplicate);
      const rating = manager.create(HealthRating, {
        id: newId(),
        cooperativeId,
        year: input.year,
        score: input.score,
        provenance: reportedNow(input.reportingOffice),
      });
      await manager.insert(HealthRating, rating);
      return rating;
    });
  }
}
