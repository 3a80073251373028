import { TestBed } from '@angular/core/testing';
import { QuickExitButtonComponent } from './quick-exit-button.component';
import { QUICK_EXIT_URL, QUICK_EXIT_WINDOW } from './quick-exit.tokens';

const NEUTRAL_URL = 'https://example.org/weather';

function pressEscape(options: KeyboardEventInit = {}): void {
  document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, ...options }));
}

describe('quick exit', () => {
  let replace: jest.Mock;

  beforeEach(() => {
    replace = jest.fn();
    localStorage.clear();
    sessionStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        { provide: QUICK_EXIT_URL, useValue: NEUTRAL_URL },
        {
          provide: QUICK_EXIT_WINDOW,
          useValue: { localStorage, sessionStorage, location: { replace } },
        },
      ],
    });
  });

  afterEach(() => jest.useRealTimers());

  function render(): HTMLButtonElement {
    const fixture = TestBed.createComponent(QuickExitButtonComponent);
    fixture.detectChanges();
    const button = fixture.nativeElement.querySelector('[data-testid="quick-exit"]');
    if (!(button instanceof HTMLButtonElement)) throw new Error('no quick exit button');
    return button;
  }

  it('is a button named "Quick exit"', () => {
    expect(render().textContent?.trim()).toBe('Quick exit');
  });

  it('leaves for the neutral site and clears stored data when quick exit is pressed', () => {
    localStorage.setItem('cabinet.locale', 'pt');
    sessionStorage.setItem('draft', 'my suggestion');
    document.title = 'Cabinet';

    render().click();

    expect(replace).toHaveBeenCalledWith(NEUTRAL_URL);
    expect(localStorage.length).toBe(0);
    expect(sessionStorage.length).toBe(0);
    expect(document.body.childElementCount).toBe(0);
    expect(document.title).toBe('');
  });

  it('leaves when Escape is pressed three times within two seconds', () => {
    jest.useFakeTimers();
    render();

    pressEscape();
    jest.advanceTimersByTime(800);
    pressEscape();
    expect(replace).not.toHaveBeenCalled();
    jest.advanceTimersByTime(800);
    pressEscape();

    expect(replace).toHaveBeenCalledWith(NEUTRAL_URL);
  });

  it('stays when the Escape presses are more than two seconds apart', () => {
    jest.useFakeTimers();
    render();

    pressEscape();
    jest.advanceTimersByTime(1200);
    pressEscape();
    jest.advanceTimersByTime(1200);
    pressEscape();

    expect(replace).not.toHaveBeenCalled();
  });

  it('does not count a held-down Escape key as separate presses', () => {
    render();

    pressEscape();
    pressEscape({ repeat: true });
    pressEscape({ repeat: true });

    expect(replace).not.toHaveBeenCalled();
  });

  it('stops listening for Escape once the button is gone', () => {
    const fixture = TestBed.createComponent(QuickExitButtonComponent);
    fixture.destroy();

    pressEscape();
    pressEscape();
    pressEscape();

    expect(replace).not.toHaveBeenCalled();
  });
});

describe('QUICK_EXIT_URL', () => {
  it('defaults to a neutral weather page', () => {
    expect(TestBed.inject(QUICK_EXIT_URL)).toBe('https://www.bbc.com/weather');
  });
});
