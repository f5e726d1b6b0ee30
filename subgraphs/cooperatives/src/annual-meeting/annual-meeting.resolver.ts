import { assertCanWrite, assertId, assertNotInFuture, badUserInput, conflict, newId, notFound, reportedNow, Role, writeTransaction, type SubgraphContext } from '@kumkm/subgraph-kit';
import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { Cooperative } from '../cooperative/cooperative.entity';
import { CooperativeStatus } from '../cooperative/cooperative.enums';
import { AnnualMeeting } from './annual-meeting.entity';
import { RecordAnnualMeetingInput } from './annual-meeting.inputs';

function assertPlausibleFiscalYear(input: RecordAnnualMeetingInput): void {
  const heldYear = Number(input.heldOn.slice(0, 4));
  if (input.fiscalYear > heldYear || input.fiscalYear < heldYear - 2) {
    throw badUserInput(`An RAT held in ${heldYear} approves the accounts of ${heldYear - 2} to ${heldYear}, not ${input.fiscalYear}`, {
      argument: 'input.fiscalYear',
    });
  }
}

@Resolver(() => AnnualMeeting)
export class AnnualMeetingResolver {
  @Authorized(Role.OFFICER, Role.ADMIN)
  @Mutation(() => AnnualMeeting, {
    description:
      'Records a cooperative\'s annual members\' meeting (RAT) and updates its last RAT year. ' +
      'CONFLICT when that fiscal year already has one, NOT_FOUND for an unknown cooperative.',
  })
  async recordAnnualMeeting(
    @Arg('cooperativeId', () => ID) cooperativeId: string,
    @Arg('input') input: RecordAnnualMeetingInput,
    @Ctx() context: SubgraphContext,
  ): Promise<AnnualMeeting> {
    assertId(cooperativeId, 'cooperative', 'cooperativeId');
    assertNotInFuture(input.heldOn, 'input.heldOn');
    assertPlausibleFiscalYear(input);
    const duplicate = `An RAT for fiscal year ${input.fiscalYear} is already recorded for this cooperative`;
    return writeTransaction(context.db, duplicate, async (manager) => {
      const cooperative = await manager.findOneBy(Cooperative, { id: cooperativeId });
      if (!cooperative) throw notFound(`No cooperative has the id "${cooperativeId}"`, { argument: 'cooperativeId' });
      assertCanWrite(context.viewer, cooperative.regionCode);
      if (cooperative.status === CooperativeStatus.DISSOLVED) throw conflict(`"${cooperative.name}" is dissolved and holds no RAT`);
      if (await manager.existsBy(AnnualMeeting, { cooperativeId, fiscalYear: input.fiscalYear })) throw conflict(duplicate);
      const meeting = manager.create(AnnualMeeting, {
        id: newId(),
        cooperativeId,
        fiscalYear: input.fiscalYear,
        heldOn: input.heldOn,
        attendance: input.attendance ?? null,
        provenance: reportedNow(input.reportingOffice),
      });
      await manager.insert(AnnualMeeting, meeting);
      const heldYear = Number(input.heldOn.slice(0, 4));
      if ((cooperative.lastAnnualMeetingYear ?? 0) < heldYear) {
        await manager.update(Cooperative, { id: cooperativeId }, { lastAnnualMeetingYear: heldYear });
      }
      return meeting;
    });
  }
}
