export * from './lib/meetings.module';
export * from './lib/meetings-worker.module';
export * from './lib/entities';
export * from './lib/reminders/reminder-schedule';
export * from './lib/reminders/plan-meeting-reminders.use-case';
export * from './lib/reminders/send-meeting-reminder.use-case';
export * from './lib/rules/recurrence';
