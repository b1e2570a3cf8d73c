// "Diubah oleh Siti (TPK), 12 Mei 10.02": who last changed a record, and on request the whole
// history (who changed which fields, when) from the server's change log (issue #5). Place it
// on a record page: <RecordHistory kind="household" id={household.id} />. Needs signal; the
// field names are shown as the app's labels when a `fieldLabel` is given.
import { format } from 'date-fns';
import { enUS, id as idLocale } from 'date-fns/locale';
import { useEffect, useState } from 'preact/hooks';
import { accountActions } from '../data/session.ts';
import type { HistoryEntry } from '../data/session.ts';
import { useLanguage, useT } from '../i18n/language.tsx';
import type { Translate } from '../i18n/language.tsx';
import { failureText, roleText } from './account-text.ts';
import './account.css';

type Props = { kind: string; id: string; fieldLabel?: (field: string) => string };
type Loaded = { state: 'loading' } | { state: 'ok'; entries: HistoryEntry[] } | { state: 'failed'; text: string };

function describe(entry: HistoryEntry, t: Translate, language: 'id' | 'en'): string {
  const time = format(new Date(entry.changedAt), language === 'id' ? 'd MMM HH.mm' : 'd MMM HH:mm', { locale: language === 'id' ? idLocale : enUS });
  if (!entry.author) return t('account.history.lastChanged', { name: t('account.history.unknownAuthor'), role: '-', time });
  return t('account.history.lastChanged', { name: entry.author.displayName, role: roleText(entry.author, t), time });
}

/** Managed by the app, not typed by anyone: left out of "Isian: …" (a creation says "Dibuat"). */
const managedFields: ReadonlySet<string> = new Set(['id', 'villageCode', 'createdAt', 'updatedAt']);

function fieldsText(entry: HistoryEntry, label: (field: string) => string, t: Translate): string {
  const fields = entry.fields.filter((f) => !managedFields.has(f)).map((f) => (f === 'deleted' ? t('account.history.deleted') : label(f)));
  return t(entry.fields.includes('createdAt') ? 'account.history.createdFields' : 'account.history.fields', { fields: fields.join(', ') || '-' });
}

export function RecordHistory({ kind, id, fieldLabel }: Props) {
  const t = useT();
  const [language] = useLanguage();
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [isOpen, setOpen] = useState(false);
  useEffect(() => {
    let cancelled = false;
    void accountActions.history(kind, id).then((result) => {
      if (cancelled) return;
      if (result.ok) setLoaded({ state: 'ok', entries: result.value });
      else if (result.reason === 'not-found') setLoaded({ state: 'failed', text: t('account.history.none') });
      else setLoaded({ state: 'failed', text: result.reason === 'offline' ? t('account.history.offline') : failureText(result, t) });
    });
    return () => void (cancelled = true);
  }, [kind, id]);

  if (loaded.state === 'loading') return null;
  if (loaded.state === 'failed') return <p class="record-history field__hint" data-testid="record-history">{loaded.text}</p>;
  const [latest] = loaded.entries;
  if (!latest) return null;
  const label = fieldLabel ?? ((field: string) => field);
  return (
    <section class="record-history" aria-label={t('account.history.title')} data-testid="record-history">
      <p>{describe(latest, t, language)}</p>
      <button type="button" class="button button--ghost" aria-expanded={isOpen} onClick={() => setOpen(!isOpen)}>
        {isOpen ? t('account.history.hide') : t('account.history.show')}
      </button>
      {isOpen && (
        <ol class="record-history__list">
          {loaded.entries.map((entry) => (
            <li key={entry.seq}>
              {describe(entry, t, language)}
              <br />
              {fieldsText(entry, label, t)}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
