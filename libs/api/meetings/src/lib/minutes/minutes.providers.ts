import { ApproveMinutesUseCase } from '../approve-minutes/approve-minutes.use-case';
import { CirculateMinutesUseCase } from '../circulate-minutes/circulate-minutes.use-case';
import { CommentOnMinutesUseCase } from '../comment-on-minutes/comment-on-minutes.use-case';
import { GetMinutesUseCase } from '../get-minutes/get-minutes.use-case';
import { MinutesPdfUseCase } from '../minutes-pdf/minutes-pdf.use-case';
import { MinutesVersionsUseCase } from '../minutes-versions/minutes-versions.use-case';
import { PublicMinutesUseCase } from '../public-minutes/public-minutes.use-case';
import { PublishMinutesUseCase } from '../publish-minutes/publish-minutes.use-case';
import { RecordMinutesSentUseCase } from '../record-minutes-sent/record-minutes-sent.use-case';
import { SaveMinutesUseCase } from '../save-minutes/save-minutes.use-case';
import { StartMinutesUseCase } from '../start-minutes/start-minutes.use-case';

/** The minutes' use cases, for MeetingsModule. */
export const MINUTES_PROVIDERS = [
  StartMinutesUseCase,
  GetMinutesUseCase,
  SaveMinutesUseCase,
  CirculateMinutesUseCase,
  CommentOnMinutesUseCase,
  ApproveMinutesUseCase,
  PublishMinutesUseCase,
  RecordMinutesSentUseCase,
  MinutesVersionsUseCase,
  MinutesPdfUseCase,
  PublicMinutesUseCase,
];
