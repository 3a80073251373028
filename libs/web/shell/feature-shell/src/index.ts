export { ShellComponent } from './lib/shell/shell.component';
export { NotFoundPageComponent } from './lib/not-found/not-found-page.component';
export { QUICK_EXIT_URL } from './lib/quick-exit/quick-exit.tokens';
export { QuickExitService } from './lib/quick-exit/quick-exit.service';
export { NoAccessPageComponent } from './lib/no-access/no-access-page.component';
