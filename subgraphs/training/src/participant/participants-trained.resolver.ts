import { badUserInput, OFFER_MATCH_LIMIT, type SubgraphContext } from '@kumkm/subgraph-kit';
import { Arg, Ctx, Directive, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { In } from 'typeorm';
import { Enrollment } from '../enrollment/enrollment.entity';
import { EnrollmentStatus, ParticipantType } from '../enrollment/enrollment.enums';

/** Most participants of each kind one question may name: a supplier search ranks at most this many offers of each kind. */
const MAX_ASKED = OFFER_MATCH_LIMIT;
const COMPLETED = [EnrollmentStatus.COMPLETED, EnrollmentStatus.CERTIFIED];

@Directive('@inaccessible')
@ObjectType({ description: 'Of the participants asked about, those that completed at least one programme; internal to the graph.' })
export class TrainedParticipants {
  @Field(() => [ID], { description: 'Business actors with a completed programme.' })
  umkmActorIds!: string[];

  @Field(() => [ID], { description: 'Cooperatives with a completed programme.' })
  cooperativeIds!: string[];
}

function assertAskable(ids: string[], argument: string): void {
  if (ids.length > MAX_ASKED) throw badUserInput(`${ids.length} ids in ${argument}; at most ${MAX_ASKED}`, { argument });
}

/** The `trained` filter of the supplier search (Bela Pengadaan), which the umkm subgraph asks here. */
@Resolver()
export class ParticipantsTrainedResolver {
  @Directive('@inaccessible')
  @Query(() => TrainedParticipants, { description: 'Which of these business actors and cooperatives completed a programme (completed or certified), in one statement; internal, asked by the supplier search.' })
  async participantsTrained(
    @Arg('umkmActorIds', () => [ID], { description: 'Business actors to check.' }) umkmActorIds: string[],
    @Arg('cooperativeIds', () => [ID], { description: 'Cooperatives to check.' }) cooperativeIds: string[],
    @Ctx() context: SubgraphContext,
  ): Promise<TrainedParticipants> {
    assertAskable(umkmActorIds, 'umkmActorIds');
    assertAskable(cooperativeIds, 'cooperativeIds');
    const ids = [...new Set([...umkmActorIds, ...cooperativeIds])];
    if (ids.length === 0) return { umkmActorIds: [], cooperativeIds: [] };
    const rows: Array<Pick<Enrollment, 'participantType' | 'participantId'>> = await context.db
      .getRepository(Enrollment)
      .createQueryBuilder('enrollment')
      .select(['enrollment.participantType', 'enrollment.participantId'])
      .distinct(true)
      .where({ participantId: In(ids), status: In(COMPLETED) })
      .getMany();
    const completed = (type: ParticipantType, asked: string[]) => {
      const found = new Set(rows.filter((row) => row.participantType === type).map((row) => row.participantId));
      return asked.filter((id) => found.has(id));
    };
    return { umkmActorIds: completed(ParticipantType.UMKM_ACTOR, umkmActorIds), cooperativeIds: completed(ParticipantType.COOPERATIVE, cooperativeIds) };
  }
}
