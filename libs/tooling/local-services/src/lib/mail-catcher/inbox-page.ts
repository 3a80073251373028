import type { CaughtEmail } from './mail-catcher';

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const page = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
  `<title>${escape(title)}</title><style>body{font-family:system-ui,sans-serif;max-width:860px;margin:0 auto;padding:16px;color:#1f1f1f}` +
  `a{color:#0b57d0}table{border-collapse:collapse;width:100%}td,th{text-align:left;padding:8px;border-bottom:1px solid #ddd}` +
  `iframe{width:100%;height:480px;border:1px solid #ddd}pre{white-space:pre-wrap}</style></head><body>${body}</body></html>`;

export function renderInbox(messages: CaughtEmail[]): string {
  const rows = [...messages]
    .reverse()
    .map((m) => `<tr><td>${escape(m.receivedAt.replace('T', ' ').slice(0, 19))}</td><td>${escape(m.to.join(', '))}</td><td><a href="/messages/${m.id}">${escape(m.subject || '(no subject)')}</a></td></tr>`)
    .join('');
  const table = messages.length
    ? `<table><thead><tr><th scope="col">Received</th><th scope="col">To</th><th scope="col">Subject</th></tr></thead><tbody>${rows}</tbody></table>`
    : '<p>No email yet. Messages Cabinet sends while running locally appear here.</p>';
  return page('Local inbox', `<h1>Local inbox</h1><p>Every email Cabinet sends in the local run lands here; nothing leaves this machine. <a href="/">Refresh</a></p>${table}`);
}

export function renderMessage(message: CaughtEmail): string {
  const html = message.html ? `<h2>HTML</h2><iframe title="Email content" sandbox src="/messages/${message.id}/html"></iframe>` : '';
  return page(
    message.subject,
    `<p><a href="/">Back to the inbox</a></p><h1>${escape(message.subject)}</h1>` +
      `<p>From: ${escape(message.from)}<br>To: ${escape(message.to.join(', '))}</p>${html}<h2>Text</h2><pre>${escape(message.text)}</pre>`,
  );
}
