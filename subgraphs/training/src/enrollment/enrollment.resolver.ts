import { Role, type SubgraphContext } from '@kumkm/subgraph-kit';
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { Cooperative, Participant, UmkmActor } from '../participant/participant.types';
import { TrainingProgram } from '../training-program/training-program.entity';
import { programById, waveById } from '../training-program/training-program.loaders';
import { TrainingWave } from '../wave/training-wave.entity';
import { advanceEnrollment, enrollParticipant } from './enrollment-registry';
import { Enrollment } from './enrollment.entity';
import { EnrollmentStatus, ParticipantType } from './enrollment.enums';
import { CertifyParticipantInput, EnrollParticipantInput } from './enrollment.inputs';

@Resolver(() => Enrollment)
export class EnrollmentResolver {
  @FieldResolver(() => TrainingProgram, { description: 'The programme.' })
  async program(@Root() enrollment: Enrollment, @Ctx() context: SubgraphContext) {
    return programById(context).load(enrollment.programId);
  }

  @FieldResolver(() => TrainingWave, { nullable: true, description: 'The wave (gelombang), if the programme runs in waves.' })
  wave(@Root() enrollment: Enrollment, @Ctx() context: SubgraphContext) {
    return enrollment.waveId ? waveById(context).load(enrollment.waveId) : null;
  }

  @FieldResolver(() => Participant, {
    nullable: true,
    description: 'The cooperative or business actor, resolved by its own subgraph; null if that record no longer exists.',
  })
  participant(@Root() enrollment: Enrollment): Cooperative | UmkmActor {
    const type = enrollment.participantType === ParticipantType.COOPERATIVE ? Cooperative : UmkmActor;
    return Object.assign(new type(), { id: enrollment.participantId });
  }

  @Authorized(Role.OFFICER, Role.ADMIN)
  @Mutation(() => Enrollment, {
    description:
      'Enrolls a cooperative or business actor in a programme (or one of its waves). NOT_FOUND when the participant does not exist, ' +
      'CONFLICT when it is already enrolled in that role or the wave is full.',
  })
  enrollParticipant(@Arg('input') input: EnrollParticipantInput, @Ctx() context: SubgraphContext) {
    return enrollParticipant(context.db, context.entityOwners, context.viewer, input);
  }

  @Authorized(Role.OFFICER, Role.ADMIN)
  @Mutation(() => Enrollment, { description: 'Records that a REGISTERED participant attended.' })
  recordAttendance(@Arg('enrollmentId', () => ID) enrollmentId: string, @Ctx() context: SubgraphContext) {
    return advanceEnrollment(context.db, context.viewer, enrollmentId, EnrollmentStatus.ATTENDED);
  }

  @Authorized(Role.OFFICER, Role.ADMIN)
  @Mutation(() => Enrollment, { description: 'Records that a participant who ATTENDED completed the programme.' })
  recordCompletion(@Arg('enrollmentId', () => ID) enrollmentId: string, @Ctx() context: SubgraphContext) {
    return advanceEnrollment(context.db, context.viewer, enrollmentId, EnrollmentStatus.COMPLETED);
  }

  @Authorized(Role.OFFICER, Role.ADMIN)
  @Mutation(() => Enrollment, { description: 'Certifies a participant who COMPLETED a certification programme.' })
  certifyParticipant(
    @Arg('enrollmentId', () => ID) enrollmentId: string,
    @Arg('input') input: CertifyParticipantInput,
    @Ctx() context: SubgraphContext,
  ) {
    return advanceEnrollment(context.db, context.viewer, enrollmentId, EnrollmentStatus.CERTIFIED, input);
  }
}
