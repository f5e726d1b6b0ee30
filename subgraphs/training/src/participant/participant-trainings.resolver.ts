import type { SubgraphContext } from '@kumkm/subgraph-kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Enrollment } from '../enrollment/enrollment.entity';
import { ParticipantType } from '../enrollment/enrollment.enums';
import { enrollmentsOfParticipant } from '../training-program/training-program.loaders';
import { Cooperative, UmkmActor } from './participant.types';
import { TrainingReadiness, trainingReadinessOf } from './training-readiness';

const READINESS = 'Programmes completed and certificates held, for government buyers (Bela Pengadaan readiness); null only when the training subgraph is unavailable.';

@Resolver(() => Cooperative)
export class CooperativeTrainingsResolver {
  @FieldResolver(() => [Enrollment], {
    nullable: true,
    description: 'Programmes this cooperative\'s officers (pengurus, pengawas) enrolled in; null only when the training subgraph is unavailable.',
  })
  trainings(@Root() cooperative: Cooperative, @Ctx() context: SubgraphContext) {
    return enrollmentsOfParticipant(context, ParticipantType.COOPERATIVE).load(cooperative.id);
  }

  @FieldResolver(() => TrainingReadiness, { nullable: true, description: READINESS })
  async trainingReadiness(@Root() cooperative: Cooperative, @Ctx() context: SubgraphContext): Promise<TrainingReadiness> {
    return trainingReadinessOf(await enrollmentsOfParticipant(context, ParticipantType.COOPERATIVE).load(cooperative.id));
  }
}

@Resolver(() => UmkmActor)
export class UmkmActorTrainingsResolver {
  @FieldResolver(() => [Enrollment], { nullable: true, description: 'Programmes this business actor\'s owner enrolled in; null only when the training subgraph is unavailable.' })
  trainings(@Root() actor: UmkmActor, @Ctx() context: SubgraphContext) {
    return enrollmentsOfParticipant(context, ParticipantType.UMKM_ACTOR).load(actor.id);
  }

  @FieldResolver(() => TrainingReadiness, { nullable: true, description: READINESS })
  async trainingReadiness(@Root() actor: UmkmActor, @Ctx() context: SubgraphContext): Promise<TrainingReadiness> {
    return trainingReadinessOf(await enrollmentsOfParticipant(context, ParticipantType.UMKM_ACTOR).load(actor.id));
  }
}
