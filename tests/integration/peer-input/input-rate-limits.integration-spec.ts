import { signUpOrganization, useTestStack } from '@cabinet/api/testing';
import type { InputChannelChange } from '@cabinet/shared/contracts';
import { createBoard, put } from '../boards/board-helpers';
import { idea, tokenOf, visitor } from './input-helpers';

describe('public input limits', () => {
  const stack = useTestStack();
  let token = '';

  beforeAll(async () => {
    const manager = await signUpOrganization(stack.api, { name: 'Harbour Services' });
    const board = await createBoard(manager, { name: 'Harbour Peer Board' });
    const opened = await put<InputChannelChange>(manager.client, `/api/boards/${board.id}/input-channel`, { publicEnabled: true, kioskEnabled: false, ackDays: 14 });
    token = tokenOf(opened.body.link!.url);
  });

  it('lets one address send ten pieces of input an hour, then answers 429 (other addresses still get through)', async () => {
    const one = visitor(stack.api, '198.51.100.7');
    for (let i = 0; i < 10; i++) expect((await one.post(`/api/say/${token}`, idea())).status).toBe(201);
    const refused = await one.post<{ code: string }>(`/api/say/${token}`, idea());
    expect(refused.status).toBe(429);
    expect(refused.body.code).toBe('too_many_requests');
    expect((await visitor(stack.api, '198.51.100.8').post(`/api/say/${token}`, idea())).status).toBe(201);
  });

  it('lets one address check twenty claim codes an hour, then answers 429', async () => {
    const one = visitor(stack.api, '198.51.100.9');
    for (let i = 0; i < 20; i++) expect((await one.post('/api/claims', { code: 'AAAAA-AAAAA' })).status).toBe(404);
    expect((await one.post('/api/claims', { code: 'AAAAA-AAAAA' })).status).toBe(429);
  });
});
