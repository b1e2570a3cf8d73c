// One checkbox with its label as a whole-row touch target (at least 48 px tall), for
// switches ("Sedang hamil") and checklists (counselling topics, members seen).
import type { ComponentChildren } from 'preact';

type Props = {
  id: string;
  label: string;
  isChecked: boolean;
  onChange: (isChecked: boolean) => void;
  /** A second line under the label (e.g. a member's target badges). */
  detail?: ComponentChildren;
};

export function CheckField({ id, label, isChecked, onChange, detail }: Props) {
  return (
    <label class={isChecked ? 'check check--on' : 'check'} for={id}>
      <input id={id} class="check__box" type="checkbox" checked={isChecked} onChange={(event) => onChange(event.currentTarget.checked)} />
      <span class="check__text">
        <span class="check__label">{label}</span>
        {detail}
      </span>
    </label>
  );
}
