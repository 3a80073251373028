import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { ApiError } from '@cabinet/web/identity/data-access';
import { PublicInputApi, testClaim } from '@cabinet/web/peer-input/data-access';
import { PublicOutcomesApi, testPublicRecommendation } from '@cabinet/web/recommendations/data-access';
import { of, throwError } from 'rxjs';
import { ClaimPageComponent } from './claim-page.component';

describe('ClaimPageComponent', () => {
  let claim: jest.Mock;
  let claimOutcome: jest.Mock;

  beforeEach(() => {
    localStorage.clear();
    jest.spyOn(window.navigator, 'language', 'get').mockReturnValue('en-GB');
    claim = jest.fn();
    claimOutcome = jest.fn(() => of({ recommendation: null }));
  });

  afterEach(() => jest.restoreAllMocks());

  async function open() {
    TestBed.configureTestingModule({
      providers: [{ provide: PublicInputApi, useValue: { claim } }, { provide: PublicOutcomesApi, useValue: { claimOutcome } }, { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
    });
    const fixture = TestBed.createComponent(ClaimPageComponent);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const byTestId = <T extends HTMLElement = HTMLElement>(testId: string) => element.querySelector<T>(`[data-testid="${testId}"]`);
    const typeAndShow = async (code: string) => {
      const field = byTestId<HTMLInputElement>('claim-code-input')!;
      field.value = code;
      field.dispatchEvent(new Event('input'));
      byTestId<HTMLButtonElement>('claim-show')?.click();
      await fixture.whenStable();
    };
    return { fixture, element, byTestId, typeAndShow };
  }

  it('forgives lower case, spaces and dashes, and sends the code in the body as on the receipt', async () => {
    claim.mockReturnValue(of(testClaim()));
    const { typeAndShow } = await open();
    await typeAndShow(' k7m2p x9-qrt ');
    expect(claim).toHaveBeenCalledWith('K7M2P-X9QRT');
  });

  it('shows where the input stands in plain words, with the board’s answer', async () => {
    claim.mockReturnValue(of(testClaim()));
    const { byTestId, typeAndShow } = await open();
    await typeAndShow('K7M2PX9QRT');
    expect(byTestId('claim-board')?.textContent).toContain('Harbour Peer Board');
    expect(byTestId('claim-status')?.textContent).toContain('The board answered you.');
    expect(byTestId('claim-answer')?.textContent).toContain('heating on at 8');
  });

  it('shows the reason when the board said no, and the meeting date when it is on an agenda', async () => {
    claim.mockReturnValue(of(testClaim({ status: 'declined', answer: null, declineReason: 'The centre is closing.', meetingStartsAt: '2027-04-02T18:30:00.000Z' })));
    const { byTestId, typeAndShow } = await open();
    await typeAndShow('K7M2PX9QRT');
    expect(byTestId('claim-decline-reason')?.textContent).toContain('The centre is closing.');
    expect(byTestId('claim-meeting')?.textContent).toContain('2 Apr 2027');
  });

  it('shows what the service answered when the input became a recommendation, reading it with the same code', async () => {
    claim.mockReturnValue(of(testClaim({ status: 'recommendation', answer: null })));
    claimOutcome.mockReturnValue(of({ recommendation: testPublicRecommendation() }));
    const { byTestId, typeAndShow } = await open();
    await typeAndShow('k7m2p x9qrt');
    expect(claimOutcome).toHaveBeenCalledWith('K7M2P-X9QRT');
    expect(byTestId('claim-outcome')?.textContent).toContain('Hot water in the morning');
    expect(byTestId('public-recommendation-decision')?.textContent).toContain('Partly.');
  });

  it('says the recommendation is still being written until the board sends it', async () => {
    claim.mockReturnValue(of(testClaim({ status: 'recommendation', answer: null })));
    const { byTestId, typeAndShow } = await open();
    await typeAndShow('K7M2PX9QRT');
    expect(byTestId('claim-outcome-not-sent')?.textContent).toContain('still writing a recommendation');
  });

  it('shows no recommendation block for input the board answered directly', async () => {
    claim.mockReturnValue(of(testClaim()));
    const { byTestId, typeAndShow } = await open();
    await typeAndShow('K7M2PX9QRT');
    expect(claimOutcome).toHaveBeenCalled();
    expect(byTestId('claim-outcome')).toBeNull();
  });

  it('refuses what cannot be a claim code without asking the server', async () => {
    const { element, typeAndShow } = await open();
    await typeAndShow('K7M2P');
    expect(claim).not.toHaveBeenCalled();
    expect(element.textContent).toContain('A claim code has 10 letters and numbers.');
  });

  it('says plainly when no input has that code', async () => {
    claim.mockReturnValue(throwError(() => new ApiError(404, 'not_found', 'This claim code was not found.')));
    const { element, byTestId, typeAndShow } = await open();
    await typeAndShow('K7M2P-X9QRT');
    expect(element.textContent).toContain('We did not find this claim code.');
    expect(byTestId('claim-result')).toBeNull();
  });
});
