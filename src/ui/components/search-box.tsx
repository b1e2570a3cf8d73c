// A search input with a magnifier icon; filtering happens as the user types.
type Props = { label: string; placeholder: string; value: string; onValue: (value: string) => void };

export function SearchBox({ label, placeholder, value, onValue }: Props) {
  return (
    <div class="search-box">
      <svg class="search-box__icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
        <circle cx="11" cy="11" r="6.5" fill="none" stroke="currentColor" stroke-width="2" />
        <path d="M16 16l4.5 4.5" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
      </svg>
      <input
        class="input search-box__input"
        type="search"
        aria-label={label}
        placeholder={placeholder}
        value={value}
        onInput={(event) => onValue(event.currentTarget.value)}
        enterKeyHint="search"
      />
    </div>
  );
}
