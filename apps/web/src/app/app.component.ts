import { ChangeDetectionStrategy, Component } from '@angular/core';
import { ShellComponent } from '@cabinet/web/shell/feature-shell';

@Component({
  selector: 'cab-root',
  imports: [ShellComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: '<cab-shell />',
})
export class AppComponent {}
