import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import type { BoardMemberProfile, BoardRole, SeatTypeView, UpdateBoardMemberInput } from '@cabinet/shared/contracts';
import { BoardMembersApi } from '@cabinet/web/boards/data-access';
import { MembersApi } from '@cabinet/web/identity/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';
import { ApiErrorText, FormErrorText, FormStatusComponent, formSubmit } from '@cabinet/web/shared/ui';
import { BoardRoleFieldComponent } from '../shared/board-role-field.component';
import { accountLabel, linkableAccounts } from '../shared/linkable-accounts';
import { PersonFieldsComponent } from '../shared/person-fields.component';
import { orNull, personValidators } from '../shared/person-validators';
import { failWithReasons } from '../shared/problems';
import { SeatTypeFieldComponent } from '../shared/seat-type-field.component';

/**
 * A manager's edit of someone's details, seat and office, and of the Cabinet account linked to the
 * membership: someone added without an account, or from the join page, can only sign in to see
 * the board once linked. Only what changed is sent.
 */
@Component({
  selector: 'cab-member-edit-form',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButton,
    MatCheckbox,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatSelect,
    MatOption,
    FormStatusComponent,
    PersonFieldsComponent,
    SeatTypeFieldComponent,
    BoardRoleFieldComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './member-edit-form.component.html',
})
export class MemberEditFormComponent {
  readonly profile = input.required<BoardMemberProfile>();
  readonly seatTypes = input.required<readonly SeatTypeView[]>();
  /** Accounts already on the board or waiting to join it (`BoardDetail.linkedUserIds`). */
  readonly linkedUserIds = input<readonly string[]>([]);
  readonly updated = output<BoardMemberProfile>();

  private readonly api = inject(BoardMembersApi);
  private readonly people = inject(MembersApi);
  private readonly errorText = inject(ApiErrorText).of;
  protected readonly t = inject(I18nService).t;
  protected readonly errorOf = inject(FormErrorText).of;
  protected readonly accountLabel = accountLabel;

  protected readonly organizationMembers = rxResource({ stream: () => this.people.members() });
  protected readonly accounts = computed(() => linkableAccounts(this.organizationMembers.value() ?? [], this.linkedUserIds(), this.profile().userId));
  /** Linked to an account this organisation cannot list (a partner's person): kept as it is unless changed. */
  protected readonly linkedElsewhere = computed(() => {
    const userId = this.profile().userId;
    return userId !== null && this.organizationMembers.hasValue() && !this.accounts().some((person) => person.userId === userId) ? userId : null;
  });

  protected readonly form = inject(NonNullableFormBuilder).group({
    displayName: ['', personValidators.displayName],
    legalName: ['', personValidators.legalName],
    email: ['', personValidators.email],
    phone: ['', personValidators.phone],
    seatTypeId: [''],
    boardRole: ['' as BoardRole | ''],
    listedByRoleOnly: [false],
    /** '' for no account. */
    userId: [''],
  });
  protected readonly submission = formSubmit(this.form);
  protected readonly saved = signal<string | null>(null);

  constructor() {
    // Refill from the latest profile (another section's action returns it too), unless edits are under way.
    effect(() => {
      const profile = this.profile();
      if (this.form.pristine) this.fill(profile);
    });
  }

  protected submit(): void {
    this.saved.set(null);
    if (!this.submission.start()) return;
    const changes = this.changes();
    if (Object.keys(changes).length === 0) {
      this.submission.succeed();
      return;
    }
    const { boardId, id } = this.profile();
    this.api.update(boardId, id, changes).subscribe({
      next: (profile) => {
        this.submission.succeed();
        this.saved.set(this.t('boardMembers.edit.saved'));
        this.form.markAsPristine();
        this.updated.emit(profile);
      },
      error: (error: unknown) => failWithReasons(this.submission, this.form, error),
    });
  }

  private fill(profile: BoardMemberProfile): void {
    this.form.reset({
      displayName: profile.displayName ?? '',
      legalName: profile.legalName ?? '',
      email: profile.email ?? '',
      phone: profile.phone ?? '',
      seatTypeId: profile.seatTypeId,
      boardRole: profile.boardRole ?? '',
      listedByRoleOnly: profile.listedByRoleOnly,
      userId: profile.userId ?? '',
    });
  }

  private changes(): UpdateBoardMemberInput {
    const value = this.form.getRawValue();
    const before = this.profile();
    const changes: UpdateBoardMemberInput = {};
    if (value.displayName.trim() !== (before.displayName ?? '')) changes.displayName = value.displayName.trim();
    if (orNull(value.legalName) !== before.legalName) changes.legalName = orNull(value.legalName);
    const email = orNull(value.email)?.toLowerCase() ?? null;
    if (email !== before.email) changes.email = email;
    if (orNull(value.phone) !== before.phone) changes.phone = orNull(value.phone);
    if (value.seatTypeId && value.seatTypeId !== before.seatTypeId) changes.seatTypeId = value.seatTypeId;
    if ((value.boardRole || null) !== before.boardRole) changes.boardRole = value.boardRole || null;
    if (value.listedByRoleOnly !== before.listedByRoleOnly) changes.listedByRoleOnly = value.listedByRoleOnly;
    if ((value.userId || null) !== before.userId) changes.userId = value.userId || null;
    return changes;
  }

  protected loadError(error: unknown): string {
    return this.errorText(error);
  }
}
