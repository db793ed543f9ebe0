import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice';
import { StatusBadge } from '../../components/StatusBadge';
import type { ChecklistItem } from './checklist';

/** One line of the checklist: what it is, where it stands (in words and colour), and what to do next. */
export function ChecklistItemView({ item }: { item: ChecklistItem }) {
  const { t } = useTranslation();
  const headingId = `done-item-${item.id}`;
  return (
    <li className={`done-item is-${item.status}`}>
      <div className="done-item-head">
        <h3 id={headingId}>{item.title}</h3>
        <StatusBadge status={item.status} {...(item.loading ? { label: t('wizard.done.checking') } : {})} />
      </div>
      {item.loading ? <p className="muted">{t('wizard.done.reading')}</p> : null}
      {item.error ? <ErrorNotice error={item.error} {...(item.retry ? { onRetry: item.retry } : {})} /> : null}
      {item.sentence ? <p className="done-item-sentence">{item.sentence}</p> : null}
      {item.entries?.length ? (
        <dl className="done-item-entries">
          {item.entries.map((entry) => (
            <div key={`${entry.term}-${entry.description}`}>
              <dt>{entry.term}</dt>
              <dd>{entry.description}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {item.next ? <p className="done-item-next">{item.next}</p> : null}
      {item.actions?.length && !item.loading ? (
        <div className="done-item-actions">
          {item.actions.map((action) => (
            <button key={action.label} type="button" className="button button-secondary" onClick={action.run}>
              {action.label}
            </button>
          ))}
        </div>
      ) : null}
    </li>
  );
}
