// The Genting sprout on a teal tile: the same drawing as public/favicon.svg and the
// manifest icons (scripts/make-icons.mjs).
export function AppLogo({ size = 32 }: { size?: number }) {
  return (
    <svg viewBox="0 0 100 100" width={size} height={size} aria-hidden="true" focusable="false">
      <rect width="100" height="100" rx="22" fill="#0f6e63" />
      <g transform="translate(50 50) scale(0.9) translate(-50 -50)">
        <path d="M50 78 C50 64 50 54 50 44" stroke="#fff" stroke-width="6" stroke-linecap="round" fill="none" />
        <path d="M50 50 C36 50 26 40 25 25 C40 25 50 34 50 50 Z" fill="#fff" />
        <path d="M50 44 C52 28 63 19 78 19 C78 35 67 45 50 44 Z" fill="#fff" />
        <path d="M28 80 Q50 70 72 80" stroke="#f5c451" stroke-width="6" stroke-linecap="round" fill="none" />
      </g>
    </svg>
  );
}
