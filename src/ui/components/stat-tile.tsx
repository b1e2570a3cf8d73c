// A large figure with its label; a link when it leads to the list behind the number.
type Props = { label: string; value: number | undefined; href?: string; testId?: string };

export function StatTile({ label, value, href, testId }: Props) {
  const figure = value === undefined ? '–' : value.toLocaleString('id-ID');
  const body = (
    <>
      <span class="stat-tile__value" data-testid={testId}>
        {figure}
      </span>
      <span class="stat-tile__label">{label}</span>
    </>
  );
  return href ? (
    <a class="stat-tile stat-tile--link" href={href}>
      {body}
    </a>
  ) : (
    <div class="stat-tile">{body}</div>
  );
}
