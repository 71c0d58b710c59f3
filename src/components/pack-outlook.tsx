import type { IndicatorView } from '@/domain/indicator-view';
import { useFollowUp } from '@/read/looking-ahead';
import { FollowUpList } from '@/components/follow-up-list';

/**
 * An indicator's page of the pack, issue 13's part: where it is heading by March, its target by a
 * date, and its actions and members' questions.
 */
export function PackOutlook({ view }: { view: IndicatorView }) {
  const followUp = useFollowUp(view.indicator.id);
  const p = view.projection;
  const t = view.trajectory;
  return (
    <section className="pack-outlook" aria-label={`Outlook and actions for ${view.indicator.id}`}>
      <h3>Looking ahead</h3>
      <p>
        {p.kind === 'projected'
          ? `${p.sentence} ${p.methodWords}`
          : `No year-end projection: ${p.reason}`}
      </p>
      {t && t.kind === 'trajectory' ? (
        <p>
          {t.plan} {t.sentence}
        </p>
      ) : null}
      <FollowUpList followUp={followUp} headingLevel={4} />
    </section>
  );
}
