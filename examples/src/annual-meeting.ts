import { GraphError, type GraphClient } from './graph-client';
import { graphql } from './gql';

/** An office reports a cooperative's annual members' meeting (RAT). */
export const RecordAnnualMeeting = graphql(`
  mutation RecordAnnualMeeting($cooperativeId: ID!, $input: RecordAnnualMeetingInput!) {
    recordAnnualMeeting(cooperativeId: $cooperativeId, input: $input) {
      id
      fiscalYear
      heldOn
    }
  }
`);

/** What became of a report, in words an officer acts on. */
export type AnnualMeetingOutcome = { recorded: true; id: string } | { recorded: false; reason: 'ALREADY_RECORDED' | 'UNKNOWN_COOPERATIVE' | 'REJECTED' | 'NOT_ALLOWED'; message: string };

/** Records a RAT, telling apart by error code what the officer should do next. */
export async function reportAnnualMeeting(client: GraphClient, cooperativeId: string, fiscalYear: number, heldOn: string, reportingOffice: string): Promise<AnnualMeetingOutcome> {
  try {
    const { recordAnnualMeeting } = await client.execute(RecordAnnualMeeting, { cooperativeId, input: { fiscalYear, heldOn, reportingOffice } });
    return { recorded: true, id: recordAnnualMeeting.id };
  } catch (error) {
    if (!(error instanceof GraphError)) throw error;
    switch (error.code) {
      case 'CONFLICT':
        return { recorded: false, reason: 'ALREADY_RECORDED', message: error.message };
      case 'NOT_FOUND':
        return { recorded: false, reason: 'UNKNOWN_COOPERATIVE', message: error.message };
      case 'BAD_USER_INPUT':
        return { recorded: false, reason: 'REJECTED', message: error.message };
      case 'FORBIDDEN':
        return { recorded: false, reason: 'NOT_ALLOWED', message: error.message };
      default:
        throw error;
    }
  }
}
