export * from './lib/templates/email-templates';
export * from './lib/queue-email';
export * from './lib/mailer/mailer';
export * from './lib/deliver-email/deliver-email.use-case';
export * from './lib/notifications-worker.module';
