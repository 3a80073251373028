import { signUpOrganization, type TestOrganization, useTestStack, withAppRole } from '@cabinet/api/testing';
import type { BoardDetail, MeetingSettingsView } from '@cabinet/shared/contracts';
import { addMember, createBoard, fieldsOf, type Peer, put, seatId, signedInPeer } from '../boards/board-helpers';

const settings = (overrides: Record<string, unknown> = {}) => ({ reminderDays: [14, 2], agendaPublishDays: 10, commentDays: 14, chairApprovesMinutes: true, ...overrides });

describe('a board\'s meeting settings', () => {
  let manager: TestOrganization;
  let board: BoardDetail;
  let chair: Peer;
  let member: Peer;

  const stack = useTestStack();

  beforeAll(async () => {
    manager = await signUpOrganization(stack.api, { name: 'Lakeside Services' });
    board = await createBoard(manager, { name: 'Lakeside Peer Board' });
    chair = await signedInPeer(stack.api, manager, 'Sam');
    member = await signedInPeer(stack.api, manager, 'Lee');
    await addMember(manager, board.id, { userId: chair.userId, seatTypeId: seatId(board, 'peer'), status: 'active', boardRole: 'chair' });
    await addMember(manager, board.id, { userId: member.userId, seatTypeId: seatId(board, 'peer'), status: 'active' });
  });

  const url = () => `/api/boards/${board.id}/meeting-settings`;

  it('starts from the defaults: reminders 7 days and 1 day before, agenda 7 days ahead, 7 days to comment', async () => {
    const response = await manager.client.get<MeetingSettingsView>(url());
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ reminderDays: [7, 1], agendaPublishDays: 7, commentDays: 7, chairApprovesMinutes: false, canChange: true });
  });

  it('lets the board\'s managers change them, keeping reminder days largest first, and records the change', async () => {
    const response = await put<MeetingSettingsView>(manager.client, url(), settings({ reminderDays: [0, 2, 14] }));
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ reminderDays: [14, 2, 0], agendaPublishDays: 10, commentDays: 14, chairApprovesMinutes: true, canChange: true });
    expect((await manager.client.get<MeetingSettingsView>(url())).body.reminderDays).toEqual([14, 2, 0]);
    const audit = await withAppRole(stack.database.appUrl, { 'app.organization_id': manager.organizationId }, (db) =>
      db.query(`SELECT details FROM audit_entry WHERE action = 'board.meeting_settings_changed' AND entity_id = $1`, [board.id]),
    );
    expect(audit.rows).toHaveLength(1);
    expect(audit.rows[0].details).toMatchObject({ reminderDays: '14,2,0', chairApprovesMinutes: true });
  });

  it('records nothing when nothing changes', async () => {
    expect((await put(manager.client, url(), settings({ reminderDays: [0, 2, 14] }))).status).toBe(200);
    const audit = await withAppRole(stack.database.appUrl, { 'app.organization_id': manager.organizationId }, (db) =>
      db.query(`SELECT 1 FROM audit_entry WHERE action = 'board.meeting_settings_changed' AND entity_id = $1`, [board.id]),
    );
    expect(audit.rows).toHaveLength(1);
  });

  it('shows them to the chair, who may not change them; other members do not see them', async () => {
    const read = await chair.client.get<MeetingSettingsView>(url());
    expect(read.status).toBe(200);
    expect(read.body.canChange).toBe(false);
    expect((await put(chair.client, url(), settings())).status).toBe(403);
    expect((await member.client.get(url())).status).toBe(404);
  });

  it.each([
    [{ reminderDays: [7, 7] }, 'reminderDays'],
    [{ reminderDays: [61] }, 'reminderDays.0'],
    [{ reminderDays: [-1] }, 'reminderDays.0'],
    [{ reminderDays: [30, 14, 7, 2, 1] }, 'reminderDays'],
    [{ reminderDays: [1.5] }, 'reminderDays.0'],
    [{ agendaPublishDays: 31 }, 'agendaPublishDays'],
    [{ commentDays: 0 }, 'commentDays'],
    [{ chairApprovesMinutes: 'yes' }, 'chairApprovesMinutes'],
  ])('refuses %j, naming the field, and changes nothing', async (bad, field) => {
    const before = (await manager.client.get<MeetingSettingsView>(url())).body;
    const response = await put(manager.client, url(), settings(bad));
    expect([400, 422]).toContain(response.status);
    expect(fieldsOf(response)).toContain(field);
    expect((await manager.client.get<MeetingSettingsView>(url())).body).toEqual(before);
  });

  it('allows a board to send no reminders at all', async () => {
    const response = await put<MeetingSettingsView>(manager.client, url(), settings({ reminderDays: [] }));
    expect(response.status).toBe(200);
    expect(response.body.reminderDays).toEqual([]);
  });
});
