import { TestBed } from '@angular/core/testing';
import type { PortfolioAuditView } from '@cabinet/shared/contracts';
import { PortfolioApi } from '@cabinet/web/compliance/data-access';
import { of, throwError } from 'rxjs';
import { BoardAuditComponent } from './board-audit.component';

const TRAIL: PortfolioAuditView = {
  boardId: 'b1',
  entries: [
    { organizationName: 'Harbour Outreach', seq: '12', occurredAt: '2027-03-02T10:15:00.000Z', action: 'board_member.added', entityType: 'board_member' },
    { organizationName: 'Harbour Outreach', seq: '3', occurredAt: '2027-01-05T09:00:00.000Z', action: 'board.created', entityType: 'board' },
  ],
  chains: [{ organizationName: 'Harbour Outreach', valid: true, entriesChecked: 40, headHash: 'a'.repeat(64) }],
};

describe('BoardAuditComponent', () => {
  beforeEach(() => {
    localStorage.clear();
    jest.spyOn(window.navigator, 'language', 'get').mockReturnValue('en-GB');
  });

  afterEach(() => jest.restoreAllMocks());

  async function open(trail: PortfolioAuditView | Error) {
    const audit = jest.fn(() => (trail instanceof Error ? throwError(() => trail) : of(trail)));
    TestBed.configureTestingModule({ providers: [{ provide: PortfolioApi, useValue: { audit } }] });
    const fixture = TestBed.createComponent(BoardAuditComponent);
    fixture.componentRef.setInput('boardId', 'b1');
    await fixture.whenStable();
    return { element: fixture.nativeElement as HTMLElement, audit };
  }

  it('shows each organisation’s chain verdict with its head hash, then the entries as a table', async () => {
    const { element, audit } = await open(TRAIL);
    expect(audit).toHaveBeenCalledWith('b1');
    expect(element.querySelector('[data-testid="board-audit-chain"]')?.textContent).toBe(`Harbour Outreach: the trail holds together (40 entries checked). Latest entry’s hash: ${'a'.repeat(64)}`);
    const rows = [...element.querySelectorAll('tbody tr')].map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent?.trim()));
    expect(rows.map((row) => row.slice(1))).toEqual([
      ['Harbour Outreach', 'board_member.added', 'board_member'],
      ['Harbour Outreach', 'board.created', 'board'],
    ]);
    expect([...element.querySelectorAll('th')].map((cell) => cell.getAttribute('scope'))).toEqual(['col', 'col', 'col', 'col']);
  });

  it('says plainly when a chain does not hold together', async () => {
    const { element } = await open({ ...TRAIL, chains: [{ ...TRAIL.chains[0]!, valid: false }] });
    expect(element.querySelector('[data-testid="board-audit-chain"]')?.textContent).toContain('the trail does not hold together');
  });

  it('says when nothing is recorded yet, and when the trail cannot be loaded', async () => {
    expect((await open({ ...TRAIL, entries: [] })).element.querySelector('[data-testid="board-audit-empty"]')?.textContent).toBe('Nothing recorded about this board yet.');
    TestBed.resetTestingModule();
    expect((await open(new Error('down'))).element.querySelector('[role="alert"]')?.textContent).toContain('could not be loaded');
  });
});
