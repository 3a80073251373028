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
}

export interface EmailOutboxPayload {
  to: string;
  template: EmailTemplateName;
  locale: Locale;
  data: Record<string, unknown>;
}

/** Queues an email in the caller's transaction; it is sent once, after the transaction commits. */
export function queueEmail<K extends EmailTemplateName>(manager: EntityManager, email: EmailToQueue<K>): Promise<string> {
  const payload: EmailOutboxPayload = { to: email.to, template: email.template, locale: email.locale, data: { ...email.data } };
  return writeOutboxMessage(manager, { kind: 'email', payload: { ...payload }, organizationId: email.organizationId, id: email.id });
}
