import { type MessageKey, type MessageParams, MESSAGES, interpolate } from '@cabinet/web/shared/i18n';
import { schemaMessage } from './schema-message';

const es = (key: MessageKey, params?: MessageParams) => interpolate(MESSAGES.es[key], params);
const en = (key: MessageKey, params?: MessageParams) => interpolate(MESSAGES.en[key], params);

describe('schemaMessage', () => {
  it('translates the messages the pack schemas write, with their numbers', () => {
    expect(schemaMessage('must be 0 to 100', en)).toBe('Enter a number from 0 to 100.');
    expect(schemaMessage('must be 1 to 12', es)).toBe('Escribe un número de 1 a 12.');
    expect(schemaMessage('must be at least 3 characters', en)).toBe('Use at least 3 characters.');
    expect(schemaMessage('must not repeat a rule key', en)).toContain('its own short name');
  });

  it('shows a message it does not know as a sentence, as the API wrote it', () => {
    expect(schemaMessage('cannot change a seeded pack', en)).toBe('Cannot change a seeded pack');
    expect(schemaMessage('constructor', en)).toBe('Constructor');
  });
});
