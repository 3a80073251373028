import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { renderInbox, renderMessage } from './inbox-page';

export interface CaughtEmail {
  id: number;
  messageId: string | null;
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string | null;
  /** Text attachments (such as a meeting's calendar file), decoded; others by name and type only. */
  attachments: Array<{ filename: string | null; contentType: string; content: string | null }>;
  receivedAt: string;
}

export interface RunningMailCatcher {
  smtpUrl: string;
  inboxUrl: string;
  messages(): CaughtEmail[];
  stop(): Promise<void>;
}

/**
 * A real SMTP server that keeps every message in memory and shows them in a small web inbox,
 * so a newcomer can open an invitation link without a mail account. For local use only.
 */
export async function startMailCatcher(options: { smtpPort: number; httpPort: number; host?: string }): Promise<RunningMailCatcher> {
  const host = options.host ?? '127.0.0.1';
  const messages: CaughtEmail[] = [];

  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    banner: 'Cabinet local mail catcher',
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          messages.push({
            id: messages.length + 1,
            messageId: parsed.messageId ?? null,
            from: parsed.from?.text ?? '',
            to: session.envelope.rcptTo.map((r) => r.address),
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : null,
            attachments: parsed.attachments.map((a) => ({ filename: a.filename ?? null, contentType: a.contentType, content: a.contentType.startsWith('text/') ? a.content.toString('utf8') : null })),
            receivedAt: new Date().toISOString(),
          });
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve, reject) => {
    smtp.once('error', reject);
    smtp.listen(options.smtpPort, host, () => resolve());
  });

  const http: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://inbox');
    const send = (status: number, type: string, body: string) => {
      res.writeHead(status, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' });
      res.end(body);
    };
    if (url.pathname === '/api/messages' && req.method === 'DELETE') {
      messages.length = 0;
      return send(204, 'text/plain', '');
    }
    if (url.pathname === '/api/messages') return send(200, 'application/json', JSON.stringify(messages));
    const match = /^\/messages\/(\d+)(\/html)?$/.exec(url.pathname);
    const message = match ? messages.find((m) => m.id === Number(match[1])) : undefined;
    if (match && message && match[2]) return send(200, 'text/html', message.html ?? '');
    if (match && message) return send(200, 'text/html', renderMessage(message));
    if (url.pathname === '/') return send(200, 'text/html', renderInbox(messages));
    return send(404, 'text/plain', 'Not found');
  });
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.httpPort, host, () => resolve());
  });

  return {
    smtpUrl: `smtp://${host}:${options.smtpPort}`,
    inboxUrl: `http://${host === '0.0.0.0' ? 'localhost' : host}:${options.httpPort}/`,
    messages: () => [...messages],
    stop: async () => {
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}
