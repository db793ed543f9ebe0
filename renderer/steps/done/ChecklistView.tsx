import { useTranslation } from 'react-i18next';
import type { ChecklistItem } from './checklist';
import { ChecklistItemView } from './ChecklistItemView';

/** What is in place, then what is still pending, each pending item with its own next step. */
export function ChecklistView({ items }: { items: readonly ChecklistItem[] }) {
  const { t } = useTranslation();
  const inPlace = items.filter((item) => item.status === 'ok');
  const pending = items.filter((item) => item.status !== 'ok');
  return (
    <div className="done-checklist">
      {!pending.length ? (
        <p className="done-all-set" role="status">
          {t('wizard.done.allDone')}
        </p>
      ) : null}
      {inPlace.length ? (
        <section aria-labelledby="done-in-place-heading">
          <h2 id="done-in-place-heading">{t('wizard.done.inPlaceTitle')}</h2>
          <ul className="done-items">
            {inPlace.map((item) => (
              <ChecklistItemView key={item.id} item={item} />
            ))}
          </ul>
        </section>
      ) : null}
      {pending.length ? (
        <section aria-labelledby="done-pending-heading">
          <h2 id="done-pending-heading">{t('wizard.done.pendingTitle')}</h2>
          <ul className="done-items">
            {pending.map((item) => (
              <ChecklistItemView key={item.id} item={item} />
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
