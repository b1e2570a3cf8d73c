// The primary "Tambah …" link of a list screen, with a plus icon.
export function AddLink({ href, label, testId }: { href: string; label: string; testId?: string }) {
  return (
    <a class="button button--primary button--wide button--large" href={href} data-testid={testId}>
      <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
        <path d="M12 5v14M5 12h14" stroke="currentColor" stroke-width="2.4" stroke-linecap="round" />
      </svg>
      {label}
    </a>
  );
}
