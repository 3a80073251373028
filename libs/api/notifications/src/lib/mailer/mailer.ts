import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import SMTPTransport from 'nodemailer/lib/smtp-transport';
import { APP_CONFIG, AppConfig } from '@cabinet/api/core';

export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Stable per outbox message, so a receiving server can drop an accidental duplicate. */
  messageId: string;
  /** Sent as a text/calendar part (and attachment) that mail apps turn into an "add to calendar" button. */
  calendar?: { filename: string; content: string };
}

/** Sends through the SMTP server named by SMTP_URL. */
@Injectable()
export class Mailer implements OnApplicationShutdown {
  private readonly transport: Transporter;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    // The transport is built here, not by createTransport(url, options): that call treats its second
    // argument as message defaults and drops the timeouts, leaving nodemailer's own (30 s for a
    // greeting, 10 minutes for a silent server), which a fault test caught.
    this.transport = createTransport(
      new SMTPTransport({
        url: config.SMTP_URL,
        // A slow or stuck server fails the attempt (and the job retries) instead of blocking a worker slot.
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 20_000,
      }),
    );
  }

  async send(email: OutgoingEmail): Promise<void> {
    await this.transport.sendMail({
      from: this.config.MAIL_FROM,
      to: email.to,
      subject: email.subject,
      text: email.text,
      html: email.html,
      messageId: email.messageId,
      ...(email.calendar ? { icalEvent: { filename: email.calendar.filename, method: 'PUBLISH', content: email.calendar.content } } : {}),
    });
  }

  onApplicationShutdown(): void {
    this.transport.close();
  }
}
