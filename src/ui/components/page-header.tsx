// The title block of a screen: optional back link, title, optional lead line and
// an optional action on the right (e.g. "Ubah").
import type { ComponentChildren } from 'preact';

type Props = {
  title: string;
  lead?: string | undefined;
  back?: { href: string; label: string } | undefined;
  action?: ComponentChildren;
};

export function PageHeader({ title, lead, back, action }: Props) {
  return (
    <div class="page-header">
      {back && (
        <a class="back-link" href={back.href}>
          <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
            <path d="M15 5l-7 7 7 7" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
          </svg>
          {back.label}
        </a>
      )}
      <div class="page-header__row">
        <h1 class="page-title">{title}</h1>
        {action}
      </div>
      {lead && <p class="page-lead">{lead}</p>}
    </div>
  );
}
