import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@cabinet/api/core';
import { OutboxClaims } from '@cabinet/api/outbox';
import { isLocale } from '@cabinet/shared/contracts';
import { Mailer } from '../mailer/mailer';
import type { EmailOutboxPayload } from '../queue-email';
import { EmailTemplateData, isEmailTemplateName, renderEmail } from '../templates/email-templates';

/** Long enough for a slow SMTP exchange; a crashed attempt's claim expires after it. */
const CLAIM_LEASE_MS = 60_000;

export type DeliveryOutcome = 'sent' | 'already-sent' | 'missing';

/**
 * Sends the email an outbox message describes, at most once per message: running it twice for
 * the same id (a retried or duplicated job) sends nothing the second time.
 */
@Injectable()
export class DeliverEmailUseCase {
  private readonly logger = new Logger(DeliverEmailUseCase.name);

  constructor(
    private readonly claims: OutboxClaims,
    private readonly mailer: Mailer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async execute(outboxId: string): Promise<DeliveryOutcome> {
    const claim = await this.claims.claim(outboxId, CLAIM_LEASE_MS);
    if (claim.state === 'missing') {
      this.logger.warn(`Outbox message ${outboxId} no longer exists; nothing to send.`);
      return 'missing';
    }
    if (claim.state === 'already-processed') return 'already-sent';

    try {
      const payload = claim.message.payload as unknown as EmailOutboxPayload;
      if (!isEmailTemplateName(payload.template)) throw new Error(`Unknown email template "${String(payload.template)}".`);
      const locale = isLocale(payload.locale) ? payload.locale : 'en';
      const rendered = renderEmail(payload.template, payload.data as unknown as EmailTemplateData[typeof payload.template], locale);
      const host = new URL(this.config.APP_URL).hostname;
      await this.mailer.send({ ...rendered, to: payload.to, messageId: `<${outboxId}@${host}>`, ...(payload.calendar ? { calendar: payload.calendar } : {}) });
      await this.claims.complete(outboxId);
      // The id is enough to trace it; the address and the content stay out of the log.
      this.logger.log(`Sent email for outbox message ${outboxId}.`);
      return 'sent';
    } catch (error) {
      await this.claims.release(outboxId, error);
      throw error;
    }
  }
}
