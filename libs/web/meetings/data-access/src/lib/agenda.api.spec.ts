import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { AgendaApi } from './agenda.api';

describe('AgendaApi', () => {
  let backend: HttpTestingController;
  let api: AgendaApi;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    backend = TestBed.inject(HttpTestingController);
    api = TestBed.inject(AgendaApi);
  });

  afterEach(() => backend.verify());

  it('proposes, adds and decides under the meeting’s agenda, escaping ids', () => {
    const item = { kind: 'decision' as const, title: 'Budget', details: null, presenter: null, durationMinutes: 20 };
    api.propose('b/1', 'm1', item).subscribe();
    api.add('b1', 'm1', item).subscribe();
    api.decide('b1', 'm1', 'i?1', { outcome: 'declined', reason: 'Not ours' }).subscribe();
    expect(backend.expectOne('/api/boards/b%2F1/meetings/m1/agenda/proposals').request.method).toBe('POST');
    expect(backend.expectOne('/api/boards/b1/meetings/m1/agenda/items').request.body).toEqual(item);
    expect(backend.expectOne('/api/boards/b1/meetings/m1/agenda/items/i%3F1/decision').request.body).toEqual({ outcome: 'declined', reason: 'Not ours' });
  });

  it('sends the whole running order with PUT and changes one item with PATCH', () => {
    api.order('b1', 'm1', { order: ['i2', 'i1'] }).subscribe();
    api.change('b1', 'm1', 'i1', { durationMinutes: 5 }).subscribe();
    const order = backend.expectOne('/api/boards/b1/meetings/m1/agenda/order');
    expect([order.request.method, order.request.body]).toEqual(['PUT', { order: ['i2', 'i1'] }]);
    expect(backend.expectOne('/api/boards/b1/meetings/m1/agenda/items/i1').request.method).toBe('PATCH');
  });

  it('links the PDF in the reader’s language', () => {
    expect(api.pdfUrl('b1', 'm1', 'pt')).toBe('/api/boards/b1/meetings/m1/agenda/pdf?lang=pt');
  });
});
