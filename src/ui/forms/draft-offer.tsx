// The offer of a kept draft above a form: "Lanjutkan isian yang belum disimpan?" with
// [Lanjutkan] and [Buang]. Until one is chosen the form underneath is inert (dimmed), so
// nothing is typed over the kept draft by mistake. Wraps every form that keeps a draft.
import type { ComponentChildren } from 'preact';
import { useT } from '../i18n/language.tsx';
import type { DraftValues } from './draft-keeper.ts';
import type { KeptDraft } from './use-kept-draft.ts';
import './drafts.css';

type Props<D extends DraftValues> = { kept: Pick<KeptDraft<D>, 'state' | 'resume' | 'discard'>; children: ComponentChildren };

export function DraftOffer<D extends DraftValues>({ kept, children }: Props<D>) {
  const t = useT();
  const isOffered = kept.state === 'offered';
  return (
    <>
      {isOffered && (
        <section class="draft-offer" role="alert" data-testid="draft-offer">
          <p class="draft-offer__title">{t('drafts.offer')}</p>
          <p class="draft-offer__hint">{t('drafts.offerHint')}</p>
          <div class="draft-offer__actions">
            <button type="button" class="button button--ghost" onClick={kept.discard} data-testid="draft-discard">
              {t('drafts.discard')}
            </button>
            <button type="button" class="button button--primary" onClick={kept.resume} data-testid="draft-resume">
              {t('drafts.resume')}
            </button>
          </div>
        </section>
      )}
      <div class={isOffered ? 'draft-gate draft-gate--waiting' : 'draft-gate'} inert={isOffered}>
        {children}
      </div>
    </>
  );
}
