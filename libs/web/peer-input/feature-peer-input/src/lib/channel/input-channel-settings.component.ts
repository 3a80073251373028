import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, ViewEncapsulation, computed, effect, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatError, MatFormField, MatHint, MatInput, MatLabel } from '@angular/material/input';
import { type InputChannelChange, type InputChannelLink, type InputChannelView, MAX_ACK_DAYS } from '@cabinet/shared/contracts';
import { InputChannelApi } from '@cabinet/web/peer-input/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';
import { FormStatusComponent, formSubmit } from '@cabinet/web/shared/ui';

/** An SVG as an image address, so it is shown as a picture and never put into the page as markup. */
export function svgDataUrl(svg: string): string {
  const bytes = new TextEncoder().encode(svg);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `data:image/svg+xml;base64,${btoa(binary)}`;
}

/**
 * A board's input settings, for its managers: the public anonymous link, kiosk mode and the days to
 * acknowledge. The API keeps only the link's hash, so the link, its QR code and the poster are
 * shown once, right after the link is made or replaced.
 */
@Component({
  selector: 'cab-input-channel-settings',
  imports: [ReactiveFormsModule, MatButton, MatCheckbox, MatFormField, MatLabel, MatHint, MatError, MatInput, FormStatusComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // The print rules must reach outside this component, to leave only the poster on paper.
  encapsulation: ViewEncapsulation.None,
  template: `
    @if (current.hasValue()) {
      <section aria-labelledby="input-channel-heading" class="cab-channel" data-testid="input-channel">
        <h2 id="input-channel-heading">{{ t('peerInput.channel.heading') }}</h2>
        <p>{{ t('peerInput.channel.intro') }}</p>
        <form class="cab-form" [formGroup]="form" (ngSubmit)="save()" novalidate>
          <cab-form-status [message]="submission.problem()" />
          <p class="cab-visually-hidden" role="status">{{ saved() ? t('peerInput.channel.saved') : '' }}</p>
          @if (saved()) {
            <p class="cab-notice" aria-hidden="true" data-testid="input-channel-saved">{{ t('peerInput.channel.saved') }}</p>
          }
          <mat-checkbox formControlName="publicEnabled" data-testid="input-channel-public">{{ t('peerInput.channel.publicEnabled') }}</mat-checkbox>
          <div>
            <mat-checkbox formControlName="kioskEnabled" aria-describedby="input-channel-kiosk-hint" data-testid="input-channel-kiosk">{{ t('peerInput.channel.kioskEnabled') }}</mat-checkbox>
            <p class="cab-radio-description" id="input-channel-kiosk-hint">{{ t('peerInput.channel.kioskEnabled.hint') }}</p>
          </div>
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>{{ t('peerInput.channel.ackDays') }}</mat-label>
            <input matInput type="number" min="1" [max]="maxAckDays" formControlName="ackDays" data-testid="input-channel-ack-days" />
            <mat-hint>{{ t('peerInput.channel.ackDays.hint') }}</mat-hint>
            <mat-error>{{ t('peerInput.channel.ackDays.invalid') }}</mat-error>
          </mat-form-field>
          <div class="cab-actions">
            <button type="submit" matButton="filled" [disabled]="submission.pending()" data-testid="input-channel-save">{{ t('peerInput.channel.save') }}</button>
          </div>
        </form>

        @if (link(); as made) {
          <section aria-labelledby="input-channel-link-heading" data-testid="input-channel-link">
            <h3 id="input-channel-link-heading">{{ t('peerInput.channel.link.heading') }}</h3>
            <p class="cab-notice">{{ t('peerInput.channel.link.once') }}</p>
            <p class="url" data-testid="input-channel-url">{{ made.url }}</p>
            @if (kioskOn()) {
              <p>{{ t('peerInput.channel.link.kiosk') }} <span class="url" data-testid="input-channel-kiosk-url">{{ made.url }}?kiosk=1</span></p>
            }
            <div class="cab-poster" role="group" [attr.aria-label]="t('peerInput.channel.poster.label')" data-testid="input-channel-poster">
              <p class="poster-board">{{ boardName() }}</p>
              <p class="poster-title">{{ t('peerInput.channel.poster.title') }}</p>
              <img [src]="qrSrc()" [alt]="t('peerInput.channel.link.qrAlt', { board: boardName() })" width="240" height="240" data-testid="input-channel-qr" />
              <p>{{ t('peerInput.channel.poster.scan') }}</p>
              <p class="url poster-url">{{ made.url }}</p>
            </div>
            <div class="cab-actions">
              <button type="button" matButton="outlined" (click)="printPoster()" data-testid="input-channel-print">{{ t('peerInput.channel.poster.print') }}</button>
            </div>
          </section>
        } @else if (current.value().hasLink) {
          <p data-testid="input-channel-has-link">{{ t('peerInput.channel.hasLink') }}</p>
        }

        @if (current.value().hasLink || link()) {
          <div class="rotate">
            <p id="input-channel-rotate-warning">{{ t('peerInput.channel.rotate.warning') }}</p>
            @if (confirmRotate()) {
              <div class="cab-actions">
                <button type="button" matButton="filled" class="cab-danger" [disabled]="rotating()" (click)="rotate()" data-testid="input-channel-rotate-confirm">{{ t('peerInput.channel.rotate.confirm') }}</button>
                <button type="button" matButton (click)="confirmRotate.set(false)">{{ t('common.cancel') }}</button>
              </div>
            } @else {
              <button type="button" matButton="outlined" aria-describedby="input-channel-rotate-warning" (click)="confirmRotate.set(true)" data-testid="input-channel-rotate">{{ t('peerInput.channel.rotate') }}</button>
            }
          </div>
        }
      </section>
    }
  `,
  styles: `
    .cab-channel .url {
      font-family: ui-monospace, 'Courier New', monospace;
      overflow-wrap: anywhere;
    }
    .cab-poster {
      margin: 1rem 0;
      padding: 1rem;
      border: 1px solid var(--mat-sys-outline);
      border-radius: 0.75rem;
      text-align: center;
    }
    .cab-poster img {
      max-width: 100%;
      height: auto;
    }
    .cab-poster .poster-board {
      font-size: 1.25rem;
    }
    .cab-poster .poster-title {
      font-size: 1.75rem;
      font-weight: 700;
    }
    @media print {
      body.cab-printing-poster * {
        visibility: hidden;
      }
      body.cab-printing-poster .cab-poster,
      body.cab-printing-poster .cab-poster * {
        visibility: visible;
      }
      body.cab-printing-poster .cab-poster {
        position: absolute;
        inset: 0;
        border: none;
      }
      body.cab-printing-poster .cab-poster img {
        width: 60%;
      }
      body.cab-printing-poster .cab-poster .poster-title {
        font-size: 3rem;
      }
    }
  `,
})
export class InputChannelSettingsComponent {
  readonly boardId = input.required<string>();
  readonly boardName = input.required<string>();

  private readonly api = inject(InputChannelApi);
  private readonly document = inject(DOCUMENT);
  protected readonly t = inject(I18nService).t;
  protected readonly maxAckDays = MAX_ACK_DAYS;
  protected readonly current = rxResource({ params: () => this.boardId(), stream: ({ params }) => this.api.get(params) });
  protected readonly form = new FormGroup({
    publicEnabled: new FormControl(false, { nonNullable: true }),
    kioskEnabled: new FormControl(false, { nonNullable: true }),
    ackDays: new FormControl<number | null>(14, { validators: [Validators.required, Validators.min(1), Validators.max(MAX_ACK_DAYS), Validators.pattern(/^\d+$/)] }),
  });
  protected readonly submission = formSubmit(this.form);
  protected readonly saved = signal(false);
  /** The link as the API gave it, once: never fetched again. */
  protected readonly link = signal<InputChannelLink | null>(null);
  protected readonly qrSrc = computed(() => {
    const made = this.link();
    return made ? svgDataUrl(made.qrSvg) : '';
  });
  protected readonly kioskOn = signal(false);
  protected readonly confirmRotate = signal(false);
  protected readonly rotating = signal(false);

  constructor() {
    effect(() => {
      if (this.current.hasValue()) this.show(this.current.value());
    });
    // Kiosk mode runs on the public link: switching the link off switches the kiosk off too.
    this.form.controls.publicEnabled.valueChanges.subscribe((on) => {
      if (!on) this.form.controls.kioskEnabled.setValue(false);
    });
  }

  protected save(): void {
    this.saved.set(false);
    const value = this.form.getRawValue();
    this.submission.send(
      () => this.api.change(this.boardId(), { publicEnabled: value.publicEnabled, kioskEnabled: value.kioskEnabled, ackDays: Number(value.ackDays) }),
      (change) => {
        this.apply(change);
        this.saved.set(true);
      },
    );
  }

  protected rotate(): void {
    this.rotating.set(true);
    this.api.rotate(this.boardId()).subscribe({
      next: (change) => {
        this.rotating.set(false);
        this.confirmRotate.set(false);
        this.apply(change);
      },
      error: (error: unknown) => {
        this.rotating.set(false);
        this.submission.fail(error);
      },
    });
  }

  protected printPoster(): void {
    const body = this.document.body;
    body.classList.add('cab-printing-poster');
    try {
      this.document.defaultView?.print();
    } finally {
      body.classList.remove('cab-printing-poster');
    }
  }

  private apply(change: InputChannelChange): void {
    this.current.set({ publicEnabled: change.publicEnabled, kioskEnabled: change.kioskEnabled, ackDays: change.ackDays, hasLink: change.hasLink });
    if (change.link) this.link.set(change.link);
  }

  private show(view: InputChannelView): void {
    this.form.reset({ publicEnabled: view.publicEnabled, kioskEnabled: view.kioskEnabled, ackDays: view.ackDays }, { emitEvent: false });
    this.kioskOn.set(view.kioskEnabled);
  }
}
