import { CreateOutbox1795460686000 } from './1795460686000-CreateOutbox';
import { CreateIdentity1795462320000 } from './1795462320000-CreateIdentity';
import { AllowOrganizationToEndSessions1795464654000 } from './1795464654000-AllowOrganizationToEndSessions';
import { HideSystemOutboxMessages1795465930000 } from './1795465930000-HideSystemOutboxMessages';
import { CreateBoards1795469856000 } from './1795469856000-CreateBoards';
import { LetPeopleSeeTheirBoardMemberships1795472880000 } from './1795472880000-LetPeopleSeeTheirBoardMemberships';
import { CreateMeetings1795474103000 } from './1795474103000-CreateMeetings';
import { CreateMeetingReminders1795477200000 } from './1795477200000-CreateMeetingReminders';
import { CreateBoardMeetingSettings1795480000000 } from './1795480000000-CreateBoardMeetingSettings';
import { CreateAgendas1795480100000 } from './1795480100000-CreateAgendas';
import { CreateAttendanceAndVotes1795480200000 } from './1795480200000-CreateAttendanceAndVotes';
import { CreateMinutes1795480300000 } from './1795480300000-CreateMinutes';
import { CreateMeetingRsvpLinks1795480900000 } from './1795480900000-CreateMeetingRsvpLinks';
import { NarrowMeetingAnswerLinks1795481500000 } from './1795481500000-NarrowMeetingAnswerLinks';
import { CreateStandingReviews1795482000000 } from './1795482000000-CreateStandingReviews';
import { CreatePeerInput1795483000000 } from './1795483000000-CreatePeerInput';
import { CreateRecommendations1795483100000 } from './1795483100000-CreateRecommendations';
import { CreateRecommendationNotices1795483200000 } from './1795483200000-CreateRecommendationNotices';
import { PublishRecommendations1795483300000 } from './1795483300000-PublishRecommendations';
import { CreateEvidenceFiles1795483400000 } from './1795483400000-CreateEvidenceFiles';
import { CreateCompliancePacks1795483500000 } from './1795483500000-CreateCompliancePacks';
import { CreateGrants1795483600000 } from './1795483600000-CreateGrants';
import { CreateComplianceWarnings1795483700000 } from './1795483700000-CreateComplianceWarnings';
import { CreateComplianceExports1795483800000 } from './1795483800000-CreateComplianceExports';
import { InlineBoardVisibility1795483900000 } from './1795483900000-InlineBoardVisibility';
import { CreateBoardReports1795484000000 } from './1795484000000-CreateBoardReports';
import { OpenBoardAuditToFunders1795484100000 } from './1795484100000-OpenBoardAuditToFunders';
import { NarrowComplianceWrites1795484200000 } from './1795484200000-NarrowComplianceWrites';
import { ResolveSessionsInOneTrip1795484300000 } from './1795484300000-ResolveSessionsInOneTrip';
import { FindFundedResultsOnce1795484400000 } from './1795484400000-FindFundedResultsOnce';

/**
 * Every migration, oldest first. Listed explicitly (no glob) so the same list works from
 * TypeScript sources in tests and from compiled output in production.
 * Append only: a committed migration is never edited (see migrations.lock.json).
 */
export const MIGRATIONS = [CreateOutbox1795460686000, CreateIdentity1795462320000, AllowOrganizationToEndSessions1795464654000, HideSystemOutboxMessages1795465930000, CreateBoards1795469856000, LetPeopleSeeTheirBoardMemberships1795472880000, CreateMeetings1795474103000, CreateMeetingReminders1795477200000, CreateBoardMeetingSettings1795480000000, CreateAgendas1795480100000, CreateAttendanceAndVotes1795480200000, CreateMinutes1795480300000, CreateMeetingRsvpLinks1795480900000, NarrowMeetingAnswerLinks1795481500000, CreateStandingReviews1795482000000, CreatePeerInput1795483000000, CreateRecommendations1795483100000, CreateRecommendationNotices1795483200000, PublishRecommendations1795483300000, CreateEvidenceFiles1795483400000, CreateCompliancePacks1795483500000, CreateGrants1795483600000, CreateComplianceWarnings1795483700000, CreateComplianceExports1795483800000, InlineBoardVisibility1795483900000, CreateBoardReports1795484000000, OpenBoardAuditToFunders1795484100000, NarrowComplianceWrites1795484200000, ResolveSessionsInOneTrip1795484300000, FindFundedResultsOnce1795484400000];
