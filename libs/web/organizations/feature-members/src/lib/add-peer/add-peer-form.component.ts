import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, inject, output, signal, viewChild } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatInput, MatLabel } from '@angular/material/input';
import { type CreatedPeer, DraftStore, MembersApi } from '@cabinet/web/identity/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';
import { FormErrorText, FormStatusComponent, cabValidators, formSubmit, formatDateTime } from '@cabinet/web/shared/ui';

/**
 * For a peer without email (common in harm-reduction services): the manager picks a username and gets a
 * one-time setup code to hand over in person. The code is shown once, here, and kept nowhere else.
 */
@Component({
  selector: 'cab-add-peer-form',
  imports: [ReactiveFormsModule, MatButton, MatFormField, MatLabel, MatHint, MatError, MatInput, FormStatusComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './add-peer-form.component.html',
  styleUrl: './add-peer-form.component.scss',
})
export class AddPeerFormComponent {
  readonly created = output<CreatedPeer>();
  private readonly api = inject(MembersApi);
  private readonly i18n = inject(I18nService);
  private readonly injector = inject(Injector);
  protected readonly t = this.i18n.t;
  protected readonly errorOf = inject(FormErrorText).of;
  protected readonly setupAddress = `${inject(DOCUMENT).location.origin}/setup`;
  protected readonly form = inject(NonNullableFormBuilder).group({
    username: ['', cabValidators.username],
    displayName: ['', cabValidators.displayName],
  });
  protected readonly submission = formSubmit(this.form);
  protected readonly result = signal<(CreatedPeer & { displayName: string }) | null>(null);
  private readonly codeBox = viewChild<ElementRef<HTMLElement>>('codeBox');

  constructor() {
    inject(DraftStore).keep('add-peer', this.form);
  }

  protected expires(iso: string): string {
    return formatDateTime(iso, this.i18n.locale());
  }

  protected submit(): void {
    if (!this.submission.start()) return;
    const { username, displayName } = this.form.getRawValue();
    this.api.createPeer({ username: username.trim().toLowerCase(), displayName: displayName.trim() }).subscribe({
      next: (peer) => {
        this.submission.succeed();
        this.form.reset();
        this.result.set({ ...peer, displayName: displayName.trim() });
        this.created.emit(peer);
        // The code is what matters now: take keyboard and screen-reader focus straight to it.
        afterNextRender(() => this.codeBox()?.nativeElement.focus(), { injector: this.injector });
      },
      error: (error: unknown) => this.submission.fail(error),
    });
  }

  protected dismiss(): void {
    this.result.set(null);
  }
}
