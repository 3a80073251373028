import type { MessageKey, MessageParams } from '@cabinet/web/shared/i18n';
import { schemaMessage } from '../shared/schema-message';

type Translate = (key: MessageKey, params?: MessageParams) => string;

/** The messages the contracts' grant schemas write (libs/shared/contracts/src/lib/compliance/grants.ts). */
const EXACT: Readonly<Record<string, MessageKey>> = {
  'must be an email address': 'form.email',
  'must name at least one pack': 'grants.schema.packRequired',
  'must not be before the start': 'grants.schema.endBeforeStart',
  'must name at least one board': 'grants.schema.boardRequired',
  'must be a board id': 'grants.schema.board',
  'must be the code from the link': 'grants.schema.token',
};

const PATTERNS: ReadonlyArray<readonly [RegExp, MessageKey]> = [
  [/^must name at most (\d+) packs$/, 'grants.schema.packsMax'],
  [/^must name at most (\d+) boards$/, 'grants.schema.boardsMax'],
];

/** A grant schema's message (checked here or by the API) in the reader's language; others as the compliance screens say them. */
export function grantSchemaMessage(message: string, t: Translate): string {
  const exact = Object.hasOwn(EXACT, message) ? EXACT[message] : undefined;
  if (exact) return t(exact);
  for (const [pattern, key] of PATTERNS) {
    const match = pattern.exec(message);
    if (match) return t(key, { max: match[1] ?? '' });
  }
  return schemaMessage(message, t);
}
