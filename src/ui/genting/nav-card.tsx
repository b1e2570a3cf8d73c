// A link card of the Orang Tua Asuh tab: title, one line of what is behind it, a chevron.
export function NavCard({ href, title, lead, testId }: { href: string; title: string; lead: string; testId: string }) {
  return (
    <li class="list-item">
      <a class="list-item__link" href={href} data-testid={testId}>
        <span class="list-item__body">
          <span class="list-item__title">{title}</span>
          <span class="list-item__sub">{lead}</span>
        </span>
        <svg class="list-item__chevron" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
          <path d="M9 5l7 7-7 7" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
        </svg>
      </a>
    </li>
  );
}
