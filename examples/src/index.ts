export { GraphClient, GraphError } from './graph-client';
export { RakorOverview, rakorLines } from './rakor';
export { CooperativeDrillDown, trainingReach } from './drill-down';
export { UmkmActorListing, allNibs } from './listing';
export { RecordAnnualMeeting, reportAnnualMeeting, type AnnualMeetingOutcome } from './annual-meeting';
