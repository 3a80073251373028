import { ChangeDetectionStrategy, Component, inject, model } from '@angular/core';
import { MatButtonToggle, MatButtonToggleGroup } from '@angular/material/button-toggle';
import { I18nService } from '@cabinet/web/shared/i18n';

export type MeetingsView = 'list' | 'calendar';

/** Lets the reader see meetings as a list or on a month calendar. */
@Component({
  selector: 'cab-view-switch',
  imports: [MatButtonToggleGroup, MatButtonToggle],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-button-toggle-group [value]="view()" (change)="view.set($event.value)" [attr.aria-label]="t('meetings.list.view')" data-testid="meetings-view">
      <mat-button-toggle value="list" data-testid="meetings-view-list">{{ t('meetings.list.viewList') }}</mat-button-toggle>
      <mat-button-toggle value="calendar" data-testid="meetings-view-calendar">{{ t('meetings.list.viewCalendar') }}</mat-button-toggle>
    </mat-button-toggle-group>
  `,
  styles: `
    :host {
      display: block;
      margin: 1rem 0;
    }
  `,
})
export class ViewSwitchComponent {
  readonly view = model<MeetingsView>('list');
  protected readonly t = inject(I18nService).t;
}
