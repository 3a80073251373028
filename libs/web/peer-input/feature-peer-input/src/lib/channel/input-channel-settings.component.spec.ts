import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import type { InputChannelChange } from '@cabinet/shared/contracts';
import { InputChannelApi } from '@cabinet/web/peer-input/data-access';
import { of } from 'rxjs';
import { InputChannelSettingsComponent, svgDataUrl } from './input-channel-settings.component';

const SVG = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script><rect/></svg>';
const change = (overrides: Partial<InputChannelChange> = {}): InputChannelChange => ({
  publicEnabled: true, kioskEnabled: false, ackDays: 14, hasLink: true, link: { url: 'https://cabinet.example/say/abc', qrSvg: SVG }, ...overrides,
});

describe('InputChannelSettingsComponent', () => {
  let api: Record<'get' | 'change' | 'rotate', jest.Mock>;

  beforeEach(() => {
    localStorage.clear();
    api = {
      get: jest.fn().mockReturnValue(of({ publicEnabled: false, kioskEnabled: false, ackDays: 14, hasLink: false })),
      change: jest.fn().mockReturnValue(of(change())),
      rotate: jest.fn().mockReturnValue(of(change({ link: { url: 'https://cabinet.example/say/new', qrSvg: SVG } }))),
    };
  });

  afterEach(() => jest.restoreAllMocks());

  async function open() {
    TestBed.configureTestingModule({ providers: [{ provide: InputChannelApi, useValue: api }, { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }] });
    const fixture = TestBed.createComponent(InputChannelSettingsComponent);
    fixture.componentRef.setInput('boardId', 'b1');
    fixture.componentRef.setInput('boardName', 'Harbour Peer Board');
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const byTestId = <T extends HTMLElement = HTMLElement>(testId: string) => element.querySelector<T>(`[data-testid="${testId}"]`);
    return { fixture, element, byTestId };
  }

  it('switches the public link on and shows the link and its QR code as an image, once', async () => {
    const { fixture, element, byTestId } = await open();
    byTestId('input-channel-public')?.querySelector<HTMLInputElement>('input')?.click();
    byTestId<HTMLButtonElement>('input-channel-save')?.click();
    await fixture.whenStable();
    expect(api.change).toHaveBeenCalledWith('b1', { publicEnabled: true, kioskEnabled: false, ackDays: 14 });
    expect(byTestId('input-channel-url')?.textContent).toContain('https://cabinet.example/say/abc');
    const qr = byTestId<HTMLImageElement>('input-channel-qr')!;
    expect(qr.getAttribute('src')).toBe(svgDataUrl(SVG));
    expect(qr.alt).toContain('Harbour Peer Board');
    // The SVG is never put into the page as markup.
    expect(element.querySelector('svg script')).toBeNull();
    expect(byTestId('input-channel-poster')?.textContent).toContain('Tell us what you think, anonymously');
  });

  it('replaces the link only after a warning that old posters stop working', async () => {
    api.get.mockReturnValue(of({ publicEnabled: true, kioskEnabled: false, ackDays: 14, hasLink: true }));
    const { fixture, element, byTestId } = await open();
    expect(byTestId('input-channel-has-link')).not.toBeNull();
    expect(element.textContent).toContain('posters and QR codes will stop working');
    byTestId<HTMLButtonElement>('input-channel-rotate')?.click();
    await fixture.whenStable();
    expect(api.rotate).not.toHaveBeenCalled();
    byTestId<HTMLButtonElement>('input-channel-rotate-confirm')?.click();
    await fixture.whenStable();
    expect(api.rotate).toHaveBeenCalledWith('b1');
    expect(byTestId('input-channel-url')?.textContent).toContain('/say/new');
  });

  it('switches kiosk mode off with the public link', async () => {
    api.get.mockReturnValue(of({ publicEnabled: true, kioskEnabled: true, ackDays: 14, hasLink: true }));
    api.change.mockReturnValue(of(change({ publicEnabled: false, link: null })));
    const { fixture, byTestId } = await open();
    byTestId('input-channel-public')?.querySelector<HTMLInputElement>('input')?.click();
    byTestId<HTMLButtonElement>('input-channel-save')?.click();
    await fixture.whenStable();
    expect(api.change).toHaveBeenCalledWith('b1', { publicEnabled: false, kioskEnabled: false, ackDays: 14 });
  });

  it('encodes any SVG text as base64 image data', () => {
    expect(svgDataUrl('<svg>é</svg>')).toBe(`data:image/svg+xml;base64,${Buffer.from('<svg>é</svg>').toString('base64')}`);
  });
});
