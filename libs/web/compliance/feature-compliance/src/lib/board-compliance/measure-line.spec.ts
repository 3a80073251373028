import { EN_MESSAGES, type MessageKey, type MessageParams, MESSAGES, interpolate } from '@cabinet/web/shared/i18n';
import { measureLine } from './measure-line';

const en = (key: MessageKey, params?: MessageParams) => interpolate(EN_MESSAGES[key], params);
const pt = (key: MessageKey, params?: MessageParams) => interpolate(MESSAGES.pt[key], params);

describe('measureLine', () => {
  it('says a share and what it needs as percents, with the one decimal measured', () => {
    expect(measureLine({ kind: 'composition_share', measured: 31.2, threshold: 33, unit: 'percent' }, en, 'en')).toBe('In the group: 31.2% of the members counted. Needs at least 33%.');
    expect(measureLine({ kind: 'composition_share', measured: 31.2, threshold: 33, unit: 'percent' }, pt, 'pt')).toContain('31,2%');
  });

  it('says a count and what it needs', () => {
    expect(measureLine({ kind: 'meetings_held', measured: 2, threshold: 4, unit: 'count' }, en, 'en')).toBe('Meetings held: 2. Needs at least 4.');
    expect(measureLine({ kind: 'minutes_within', measured: 1, threshold: 0, unit: 'count' }, en, 'en')).toBe('Meetings with minutes late or missing: 1. Needs none.');
  });

  it('says which bound a board size is judged against', () => {
    expect(measureLine({ kind: 'board_size', measured: 7, threshold: 9, unit: 'members' }, en, 'en')).toBe('Voting members: 7. Needs at least 9.');
    expect(measureLine({ kind: 'board_size', measured: 30, threshold: 25, unit: 'members' }, en, 'en')).toBe('Voting members: 30. Needs no more than 25.');
  });

  it('says there was nothing to measure rather than showing a blank', () => {
    expect(measureLine({ kind: 'quorum_reached', measured: null, threshold: 75, unit: 'percent' }, en, 'en')).toBe('Nothing to measure yet.');
  });
});
