import type { EntityManager } from 'typeorm';
import type { Locale } from '@cabinet/shared/contracts';
import { writeOutboxMessage } from '@cabinet/api/outbox';
import type { EmailTemplateData, EmailTemplateName } from './templates/email-templates';

export interface EmailToQueue<K extends EmailTemplateName> {
  to: string;
  template: K;
  locale: Locale;
  data: EmailTemplateData[K];
  organizationId?: string | null;
  /** A fixed id makes queueing idempotent. */
  id?: string;
  /** An iCalendar document to attach (meeting invitations), which mail apps offer to add to a calendar. */
  calendar?: EmailCalendar;
}

export interface EmailCalendar {
  filename: string;
  content: string;
}

export interface EmailOutboxPayload {
  to: string;
  template: EmailTemplateName;
  locale: Locale;
  data: Record<string, unknown>;
  calendar?: EmailCalendar;
}

/** Queues an email in the caller's transaction; it is sent once, after the transaction commits. */
export function queueEmail<K extends EmailTemplateName>(manager: EntityManager, email: EmailToQueue<K>): Promise<string> {
  const payload: EmailOutboxPayload = { to: email.to, template: email.template, locale: email.locale, data: { ...email.data }, ...(email.calendar ? { calendar: email.calendar } : {}) };
  return writeOutboxMessage(manager, { kind: 'email', payload: { ...payload }, organizationId: email.organizationId, id: email.id });
}
