// Line icons for the bottom navigation (24x24, stroke follows the text colour).
// Drawn here rather than pulled from an icon font so the shell stays tiny and offline.
export type NavIconName = 'home' | 'households' | 'children' | 'sponsors' | 'pokja' | 'genre';

const paths: Record<NavIconName, string[]> = {
  home: ['M3 10.5 12 3l9 7.5', 'M5.5 9v11h13V9', 'M10 20v-6h4v6'],
  // A megaphone: outreach sessions.
  genre: ['M4 10v4h3l7 4V6l-7 4H4Z', 'M17.5 9.5a3.5 3.5 0 0 1 0 5', 'M8 14.5 9.5 20h2.5l-1-4.5'],
  households: [
    'M9 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6Z',
    'M3 20c0-3.3 2.7-6 6-6s6 2.7 6 6',
    'M16 5.5a2.5 2.5 0 1 1 0 5',
    'M17.5 14.2c2 .7 3.5 2.8 3.5 5.3',
  ],
  children: [
    'M12 8.5a3 3 0 1 0 0-6 3 3 0 0 0 0 6Z',
    'M7 21v-5.5L5 12l3.5-1.5h7L19 12l-2 3.5V21',
    'M10 21v-4h4v4',
  ],
  sponsors: [
    'M12 20s-7-4.3-7-9.5A3.8 3.8 0 0 1 12 8a3.8 3.8 0 0 1 7 2.5c0 5.2-7 9.5-7 9.5Z',
    'M9.5 12.5h5',
    'M12 10v5',
  ],
  pokja: [
    'M4 5h16v11H8l-4 4V5Z',
    'M8 9h8',
    'M8 12.5h5',
  ],
};

export function NavIcon({ name }: { name: NavIconName }) {
  return (
    <svg
      class="nav-icon"
      viewBox="0 0 24 24"
      width="24"
      height="24"
      fill="none"
      stroke="currentColor"
      stroke-width="1.8"
      stroke-linecap="round"
      stroke-linejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {paths[name].map((d) => (
        <path key={d} d={d} />
      ))}
    </svg>
  );
}
