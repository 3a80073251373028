import { AddGuestUseCase } from '../add-guest/add-guest.use-case';
import { GetAttendanceUseCase } from '../get-attendance/get-attendance.use-case';
import { ListStandingReviewsUseCase } from '../list-standing-reviews/list-standing-reviews.use-case';
import { MarkMeetingHeldUseCase } from '../mark-meeting-held/mark-meeting-held.use-case';
import { RecordAttendanceUseCase } from '../record-attendance/record-attendance.use-case';
import { RemoveGuestUseCase } from '../remove-guest/remove-guest.use-case';

/** The attendance use cases, for the meetings module. */
export const ATTENDANCE_PROVIDERS = [GetAttendanceUseCase, RecordAttendanceUseCase, AddGuestUseCase, RemoveGuestUseCase, MarkMeetingHeldUseCase, ListStandingReviewsUseCase];
