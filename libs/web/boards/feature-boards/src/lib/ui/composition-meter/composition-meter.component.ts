import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import type { CompositionMeterRow, CompositionScenario, CompositionShare } from '@cabinet/shared/contracts';
import { I18nService } from '@cabinet/web/shared/i18n';
import { formatDay } from '@cabinet/web/shared/ui';

type Verdict = 'meets' | 'below' | 'noVoters' | null;

/**
 * The board's make-up against its targets: one row per target with the share in words, a bar with
 * the target marked, and whether it is met, said in words and with a mark (never by colour alone).
 * Counts under 5 come hidden from the API for anyone but managers and read "fewer than 5". For
 * managers, each pending join or upcoming term end shows what it would do to the share.
 */
@Component({
  selector: 'cab-composition-meter',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './composition-meter.component.html',
  styleUrl: './composition-meter.component.scss',
})
export class CompositionMeterComponent {
  readonly rows = input.required<readonly CompositionMeterRow[]>();
  private readonly i18n = inject(I18nService);
  protected readonly t = this.i18n.t;

  protected share(row: CompositionMeterRow): string | null {
    if (row.votingMembers === 0) return null;
    if (row.suppressed || row.count === null || row.percent === null) return this.t('boards.meter.suppressed', { total: row.votingMembers });
    return this.t('boards.meter.share', { count: row.count, total: row.votingMembers, percent: row.percent });
  }

  protected verdict(share: CompositionShare): Verdict {
    if (share.votingMembers === 0) return 'noVoters';
    if (share.meets === null) return null;
    return share.meets ? 'meets' : 'below';
  }

  protected verdictText(verdict: Verdict): string {
    switch (verdict) {
      case 'meets':
        return this.t('boards.meter.meets');
      case 'below':
        return this.t('boards.meter.below');
      case 'noVoters':
        return this.t('boards.meter.noVoters');
      default:
        return '';
    }
  }

  /** "If Sam joins: 8 of 13 = 62 % (meets the target)". */
  protected scenario(scenario: CompositionScenario): string {
    const share =
      scenario.votingMembers === 0
        ? this.t('boards.meter.noVoters')
        : scenario.count === null || scenario.percent === null
          ? this.t('boards.meter.scenario.suppressed', { total: scenario.votingMembers })
          : this.t('boards.meter.scenario.share', { count: scenario.count, total: scenario.votingMembers, percent: scenario.percent });
    const verdict = this.verdict(scenario);
    const suffix = verdict === 'meets' ? this.t('boards.meter.scenario.meets') : verdict === 'below' ? this.t('boards.meter.scenario.below') : '';
    const outcome = suffix ? `${share} ${suffix}` : share;
    if (scenario.change === 'joins' && scenario.onDate) {
      // Made active ahead of their term: they count from its first day.
      return this.t('boards.meter.scenario.termBegins', { name: scenario.displayName, date: formatDay(scenario.onDate, this.i18n.locale()), outcome });
    }
    if (scenario.change === 'joins') return this.t('boards.meter.scenario.joins', { name: scenario.displayName, outcome });
    if (!scenario.onDate) return this.t('boards.meter.scenario.leavesUndated', { name: scenario.displayName, outcome });
    return this.t('boards.meter.scenario.leaves', { name: scenario.displayName, date: formatDay(scenario.onDate, this.i18n.locale()), outcome });
  }

  /** Width of the bar's filled part: nothing shown when the number is hidden. */
  protected fill(row: CompositionMeterRow): number {
    return row.suppressed || row.percent === null ? 0 : Math.min(100, Math.max(0, row.percent));
  }
}
