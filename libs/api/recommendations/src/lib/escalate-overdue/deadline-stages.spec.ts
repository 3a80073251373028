import { agendaDue, stageReached, stageToSend } from './deadline-stages';

describe('deadline stages', () => {
  it.each([
    ['2027-03-01', null],
    ['2027-03-03', 'due_soon'],
    ['2027-03-09', 'due_soon'],
    ['2027-03-10', 'due'],
    ['2027-03-16', 'due'],
    ['2027-03-17', 'escalated'],
    ['2027-05-01', 'escalated'],
  ] as const)('on %s a due day of 2027-03-10 has reached %s', (today, stage) => {
    expect(stageReached(today, '2027-03-10')).toBe(stage);
  });

  it('sends each stage once, in order', () => {
    expect(stageToSend('2027-03-03', '2027-03-10', [])).toBe('due_soon');
    expect(stageToSend('2027-03-04', '2027-03-10', ['due_soon'])).toBeNull();
    expect(stageToSend('2027-03-10', '2027-03-10', ['due_soon'])).toBe('due');
    expect(stageToSend('2027-03-12', '2027-03-10', ['due_soon', 'due'])).toBeNull();
    expect(stageToSend('2027-03-17', '2027-03-10', ['due_soon', 'due'])).toBe('escalated');
    expect(stageToSend('2027-03-30', '2027-03-10', ['due_soon', 'due', 'escalated'])).toBeNull();
  });

  it('skips a stage the sweep missed, rather than sending a stale one late', () => {
    expect(stageToSend('2027-03-18', '2027-03-10', [])).toBe('escalated');
    expect(stageToSend('2027-03-11', '2027-03-10', [])).toBe('due');
    expect(stageToSend('2027-03-11', '2027-03-10', ['escalated'])).toBeNull();
  });

  it('proposes an item for the agenda only once the due day has passed', () => {
    expect(agendaDue('2027-03-10', '2027-03-10')).toBe(false);
    expect(agendaDue('2027-03-11', '2027-03-10')).toBe(true);
  });
});
