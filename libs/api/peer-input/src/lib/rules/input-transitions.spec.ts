import { DomainError } from '@cabinet/api/core';
import { PEER_INPUT_STATUSES, type PeerInputStatus } from '@cabinet/shared/contracts';
import { canTransition, type InputAction, transition } from './input-transitions';

const ALLOWED: Record<InputAction, PeerInputStatus[]> = {
  acknowledge: ['new'],
  put_on_agenda: ['new', 'acknowledged'],
  make_recommendation: ['new', 'acknowledged', 'on_agenda'],
  answer: ['new', 'acknowledged', 'on_agenda', 'recommendation'],
  decline: ['new', 'acknowledged', 'on_agenda'],
};

describe('input transitions', () => {
  it('lead new input through acknowledged to an agenda, a recommendation, an answer or a decline', () => {
    expect(transition('new', 'acknowledge')).toBe('acknowledged');
    expect(transition('acknowledged', 'put_on_agenda')).toBe('on_agenda');
    expect(transition('on_agenda', 'make_recommendation')).toBe('recommendation');
    expect(transition('recommendation', 'answer')).toBe('answered');
    expect(transition('on_agenda', 'decline')).toBe('declined');
  });

  it('allow each action only from the statuses it may start from', () => {
    for (const [action, from] of Object.entries(ALLOWED) as Array<[InputAction, PeerInputStatus[]]>) {
      for (const status of PEER_INPUT_STATUSES) expect({ action, status, ok: canTransition(status, action) }).toEqual({ action, status, ok: from.includes(status) });
    }
  });

  it('keep answered and declined input final', () => {
    for (const action of Object.keys(ALLOWED) as InputAction[]) {
      expect(canTransition('answered', action)).toBe(false);
      expect(canTransition('declined', action)).toBe(false);
    }
  });

  it('refuse an impossible step with 422 on status, saying where the input is', () => {
    try {
      transition('declined', 'answer');
      throw new Error('expected a refusal');
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).status).toBe(422);
      expect((error as DomainError).fieldErrors).toEqual([{ field: 'status', message: 'is declined: input that is declined cannot be answered' }]);
    }
  });
});
