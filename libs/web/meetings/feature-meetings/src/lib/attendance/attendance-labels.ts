import type { AttendanceStatus } from '@cabinet/shared/contracts';
import type { MessageKey } from '@cabinet/web/shared/i18n';

export const ATTENDANCE_LABEL_KEYS: Readonly<Record<AttendanceStatus, MessageKey>> = {
  present: 'meetings.attendance.status.present',
  remote: 'meetings.attendance.status.remote',
  excused: 'meetings.attendance.status.excused',
  absent: 'meetings.attendance.status.absent',
};
