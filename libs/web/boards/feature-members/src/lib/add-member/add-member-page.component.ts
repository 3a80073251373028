import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { MatOption, MatSelect } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { BoardMembersApi, BoardsApi } from '@cabinet/web/boards/data-access';
import { MembersApi } from '@cabinet/web/identity/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';
import { ApiErrorText, FormErrorText, FormStatusComponent, formSubmit } from '@cabinet/web/shared/ui';
import { BoardRoleFieldComponent } from '../shared/board-role-field.component';
import { accountLabel, linkableAccounts } from '../shared/linkable-accounts';
import { statusLabel } from '../shared/labels';
import { PersonFieldsComponent } from '../shared/person-fields.component';
import { failWithReasons } from '../shared/problems';
import { SeatTypeFieldComponent } from '../shared/seat-type-field.component';
import { TermDateFieldsComponent } from '../shared/term-date-fields.component';
import { type StartAs, type Who, addMemberInput, createAddMemberForm } from './add-member-form';

/**
 * A manager seats someone: a person of the organisation, or someone without an account yet. They
 * start in the review queue (nominated), as a guest, or as an active member with a term.
 */
@Component({
  selector: 'cab-add-member-page',
  imports: [ReactiveFormsModule, RouterLink, MatButton, MatFormField, MatLabel, MatHint, MatError, MatSelect, MatOption, MatRadioGroup, MatRadioButton, FormStatusComponent, PersonFieldsComponent, SeatTypeFieldComponent, TermDateFieldsComponent, BoardRoleFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './add-member-page.component.html',
})
export class AddMemberPageComponent {
  readonly boardId = input.required<string>();

  private readonly boards = inject(BoardsApi);
  private readonly boardMembers = inject(BoardMembersApi);
  private readonly people = inject(MembersApi);
  private readonly router = inject(Router);
  private readonly errorText = inject(ApiErrorText).of;
  protected readonly t = inject(I18nService).t;
  protected readonly errorOf = inject(FormErrorText).of;
  protected readonly statusLabel = statusLabel;
  protected readonly accountLabel = accountLabel;
  protected readonly whoOptions: readonly Who[] = ['organization', 'new'];
  protected readonly startOptions: readonly StartAs[] = ['nominated', 'guest', 'active'];

  protected readonly board = rxResource({ params: () => this.boardId(), stream: ({ params }) => this.boards.get(params) });
  protected readonly organizationMembers = rxResource({ stream: () => this.people.members() });
  // Someone already on the board (or waiting) would be refused: they are not offered.
  protected readonly choosable = computed(() => linkableAccounts(this.organizationMembers.value() ?? [], this.board.value()?.linkedUserIds ?? []));

  protected readonly form = createAddMemberForm();
  protected readonly submission = formSubmit(this.form);
  protected readonly who = toSignal(this.form.controls.who.valueChanges, { initialValue: this.form.controls.who.value });
  protected readonly startAs = toSignal(this.form.controls.status.valueChanges, { initialValue: this.form.controls.status.value });

  protected loadError(error: unknown): string {
    return this.errorText(error);
  }

  protected submit(): void {
    if (!this.submission.start()) return;
    const boardId = this.boardId();
    this.boardMembers.add(boardId, addMemberInput(this.form)).subscribe({
      next: (profile) => {
        this.submission.succeed();
        void this.router.navigate(['/boards', boardId, 'members', profile.id]);
      },
      error: (error: unknown) => failWithReasons(this.submission, this.form, error),
    });
  }
}
