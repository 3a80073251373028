import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { normalizeClaimCode } from './claim-code';
import { InputChannelApi, PeerInputApi, PublicInputApi } from './peer-input.api';

describe('peer input APIs', () => {
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('sends a member’s input and lists their own, escaping the board id', () => {
    const api = TestBed.inject(PeerInputApi);
    api.submit('b/1', { kind: 'idea', body: 'Longer hours', anonymous: true }).subscribe();
    api.mine('b1').subscribe();
    const submit = backend.expectOne('/api/boards/b%2F1/input');
    expect([submit.request.method, submit.request.body]).toEqual(['POST', { kind: 'idea', body: 'Longer hours', anonymous: true }]);
    expect(backend.expectOne('/api/boards/b1/input/mine').request.method).toBe('GET');
  });

  it('filters the triage list by status only when one is chosen', () => {
    const api = TestBed.inject(PeerInputApi);
    api.list('b1').subscribe();
    api.list('b1', 'new').subscribe();
    expect(backend.expectOne('/api/boards/b1/input').request.params.keys()).toEqual([]);
    expect(backend.expectOne('/api/boards/b1/input?status=new').request.method).toBe('GET');
  });

  it('posts each triage action to its own path with its reason or answer', () => {
    const api = TestBed.inject(PeerInputApi);
    api.acknowledge('b1', 'i1').subscribe();
    api.putOnAgenda('b1', 'i1', 'a1').subscribe();
    api.answer('b1', 'i1', 'Done').subscribe();
    api.decline('b1', 'i1', 'Not ours').subscribe();
    expect(backend.expectOne('/api/boards/b1/input/i1/acknowledge').request.body).toEqual({});
    expect(backend.expectOne('/api/boards/b1/input/i1/agenda').request.body).toEqual({ agendaItemId: 'a1' });
    expect(backend.expectOne('/api/boards/b1/input/i1/answer').request.body).toEqual({ answer: 'Done' });
    expect(backend.expectOne('/api/boards/b1/input/i1/decline').request.body).toEqual({ reason: 'Not ours' });
  });

  it('reads, changes and replaces a board’s public link', () => {
    const api = TestBed.inject(InputChannelApi);
    api.get('b1').subscribe();
    api.change('b1', { publicEnabled: true, kioskEnabled: false, ackDays: 14 }).subscribe();
    api.rotate('b1').subscribe();
    expect(backend.match('/api/boards/b1/input-channel').map((request) => request.request.method)).toEqual(['GET', 'PUT']);
    expect(backend.expectOne('/api/boards/b1/input-channel/rotate').request.method).toBe('POST');
  });

  it('sends a claim code in the body, never in the URL', () => {
    const api = TestBed.inject(PublicInputApi);
    api.claim('K7M2P-X9QRT').subscribe();
    const claim = backend.expectOne('/api/claims');
    expect([claim.request.method, claim.request.body, claim.request.urlWithParams]).toEqual(['POST', { code: 'K7M2P-X9QRT' }, '/api/claims']);
  });

  it('opens and posts to the public form by its token', () => {
    const api = TestBed.inject(PublicInputApi);
    api.view('tok').subscribe();
    api.submit('tok', { kind: 'concern', body: 'Cold room', website: '', kiosk: true }).subscribe();
    expect(backend.match('/api/say/tok').map((request) => request.request.method)).toEqual(['GET', 'POST']);
  });
});

describe('normalizeClaimCode', () => {
  it('forgives case, spaces and dashes, and groups the code as on the receipt', () => {
    expect(normalizeClaimCode(' k7m2p x9qrt ')).toBe('K7M2P-X9QRT');
    expect(normalizeClaimCode('K7-M2P-X9Q-RT')).toBe('K7M2P-X9QRT');
    expect(normalizeClaimCode('k7m2px9qrt')).toBe('K7M2P-X9QRT');
  });

  it('refuses what cannot be a claim code', () => {
    expect(normalizeClaimCode('K7M2P')).toBeNull();
    expect(normalizeClaimCode('K7M2P-X9QR0')).toBeNull();
    expect(normalizeClaimCode('')).toBeNull();
  });
});
