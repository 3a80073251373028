import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { RSVP_RESPONSES, type RsvpLinkView, type RsvpResponse } from '@cabinet/shared/contracts';
import { isDeadLink } from '@cabinet/web/identity/data-access';
import { RsvpLinkApi } from '@cabinet/web/meetings/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';
import { ApiErrorText, FormStatusComponent, formSubmit } from '@cabinet/web/shared/ui';
import { RESPONSE_LABEL_KEYS } from '../shared/labels';
import { MeetingWhenComponent } from '../ui/meeting-when.component';

const isResponse = (value: string | undefined): value is RsvpResponse => (RSVP_RESPONSES as readonly string[]).includes(value ?? '');

/**
 * The page an email's "Yes / No / Maybe" link opens, without signing in. It shows which meeting the
 * link is for and the answer the link carries, already chosen; nothing is saved until the person
 * presses "Confirm" (mail scanners open links, and must not answer for anyone).
 */
@Component({
  selector: 'cab-rsvp-link-page',
  imports: [ReactiveFormsModule, MatButton, MatRadioGroup, MatRadioButton, FormStatusComponent, MeetingWhenComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="cab-page">
      <h1>{{ t('meetings.rsvpLink.heading') }}</h1>
      @if (link.error(); as error) {
        <p data-testid="rsvp-link-not-found">{{ dead(error) ? t('meetings.rsvpLink.notFound') : errorText(error) }}</p>
      } @else if (shown(); as meeting) {
        <dl class="cab-facts" data-testid="rsvp-link-meeting">
          <dt>{{ t('meetings.rsvpLink.board') }}</dt>
          <dd data-testid="rsvp-link-board">{{ meeting.boardName }}</dd>
          <dt>{{ t('meetings.rsvpLink.meeting') }}</dt>
          <dd data-testid="rsvp-link-title">{{ meeting.title }}</dd>
          <dt>{{ t('meetings.rsvpLink.when') }}</dt>
          <dd><cab-meeting-when [meeting]="meeting" /></dd>
        </dl>
        @if (!meeting.open) {
          <p class="cab-notice" data-testid="rsvp-link-closed">{{ t(closedKey(meeting)) }}</p>
        } @else {
          <p class="cab-visually-hidden" role="status">{{ saved() ? t('meetings.rsvpLink.saved', { answer: t(labels[saved()!]) }) : '' }}</p>
          @if (saved(); as answer) {
            <p class="cab-notice" aria-hidden="true" data-testid="rsvp-link-saved">{{ t('meetings.rsvpLink.saved', { answer: t(labels[answer]) }) }}</p>
          } @else if (meeting.response) {
            <p data-testid="rsvp-link-current">{{ t('meetings.rsvpLink.current', { answer: t(labels[meeting.response]) }) }}</p>
          }
          <form class="cab-form" [formGroup]="form" (ngSubmit)="confirm()" novalidate>
            <cab-form-status [message]="submission.problem()" />
            <fieldset class="cab-fieldset">
              <legend id="rsvp-link-question">{{ t('meetings.rsvpLink.question') }}</legend>
              <mat-radio-group formControlName="response" aria-labelledby="rsvp-link-question" class="choices" data-testid="rsvp-link-response">
                @for (option of responses; track option) {
                  <mat-radio-button [value]="option" [attr.data-testid]="'rsvp-link-' + option">{{ t(labels[option]) }}</mat-radio-button>
                }
              </mat-radio-group>
              @if (form.controls.response.touched && form.controls.response.invalid) {
                <p class="cab-field-error">{{ t('meetings.rsvpLink.choose') }}</p>
              }
            </fieldset>
            <div class="cab-actions">
              <button type="submit" matButton="filled" [disabled]="submission.pending()" data-testid="rsvp-link-confirm">{{ t('meetings.rsvpLink.confirm') }}</button>
            </div>
          </form>
          <p>{{ t('meetings.rsvpLink.needs') }}</p>
        }
      }
    </div>
  `,
  styles: `
    .choices {
      display: flex;
      flex-direction: column;
      gap: 0.5rem;
    }
  `,
})
export class RsvpLinkPageComponent {
  readonly token = input.required<string>();
  /** The answer the email link carries (?answer=yes), chosen in advance but not sent. */
  readonly answer = input<string>();

  private readonly api = inject(RsvpLinkApi);
  protected readonly t = inject(I18nService).t;
  protected readonly errorText = inject(ApiErrorText).of;
  protected readonly labels = RESPONSE_LABEL_KEYS;
  protected readonly responses = RSVP_RESPONSES;
  protected readonly dead = isDeadLink;

  protected readonly link = rxResource({ params: () => this.token(), stream: ({ params }) => this.api.view(params) });
  private readonly answered = signal<RsvpLinkView | null>(null);
  protected readonly shown = computed(() => this.answered() ?? this.link.value());
  protected readonly saved = signal<RsvpResponse | null>(null);
  protected readonly form = new FormGroup({ response: new FormControl<RsvpResponse | null>(null, { validators: [Validators.required] }) });
  protected readonly submission = formSubmit(this.form);

  constructor() {
    effect(() => {
      const answer = this.answer();
      this.form.controls.response.setValue(isResponse(answer) ? answer : (this.link.value()?.response ?? null));
    });
  }

  protected closedKey(meeting: RsvpLinkView) {
    return meeting.status === 'cancelled' ? 'meetings.rsvpLink.closed.cancelled' : meeting.status === 'held' ? 'meetings.rsvpLink.closed.held' : 'meetings.rsvpLink.closed.past';
  }

  protected confirm(): void {
    this.saved.set(null);
    const response = this.form.controls.response.value;
    this.submission.send(
      () => this.api.answer(this.token(), { response: response ?? 'maybe' }),
      (view) => {
        this.answered.set(view);
        this.saved.set(view.response);
      },
    );
  }
}
