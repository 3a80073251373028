import type { BoardReportView } from '@cabinet/shared/contracts';

/** Last year's annual report, recorded as made public; override what a test needs. */
export function testBoardReport(overrides: Partial<BoardReportView> = {}): BoardReportView {
  return {
    id: 'r1',
    boardId: 'b1',
    kind: 'annual',
    year: 2026,
    publishedOn: '2027-05-01',
    exportId: null,
    recordedAt: '2027-05-01T10:00:00.000Z',
    ...overrides,
  };
}
