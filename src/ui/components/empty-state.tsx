// A calm, intentional empty screen: an illustration, a title, one sentence and
// (optionally) the action that fills it.
import type { ComponentChildren } from 'preact';

type Props = { title: string; body: string; children?: ComponentChildren; testId?: string };

export function EmptyState({ title, body, children, testId }: Props) {
  return (
    <div class="empty-state" data-testid={testId}>
      <svg class="empty-state__art" viewBox="0 0 120 90" width="120" height="90" aria-hidden="true" focusable="false">
        <rect x="8" y="72" width="104" height="6" rx="3" fill="#dbe7e4" />
        <path d="M30 72V44l22-18 22 18v28Z" fill="#e8f2ef" stroke="#0f6e63" stroke-width="2.5" stroke-linejoin="round" />
        <rect x="45" y="52" width="14" height="20" rx="2" fill="#fff" stroke="#0f6e63" stroke-width="2.5" />
        <path d="M86 72V58" stroke="#0f6e63" stroke-width="2.5" stroke-linecap="round" />
        <path d="M86 62c-6 0-10-4-10-10 6 0 10 4 10 10Zm0-2c1-7 5-10 11-10 0 6-4 10-11 10Z" fill="#f5c451" />
      </svg>
      <h2 class="empty-state__title">{title}</h2>
      <p class="empty-state__body">{body}</p>
      {children}
    </div>
  );
}
