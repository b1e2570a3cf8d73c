// The village of a new record (issue #14): chosen, not typed, when the account lists its
// villages (one village: shown, nothing to do; several: a picker of them, named by code); typed
// as a 10-digit Kemendagri code only when the account's scope is a prefix or nobody signed in.
// `value` is the code as the form holds it (PP.KK.CC.DDDD or 10 digits).
import { formatVillageCode } from '../../domain/village-code.ts';
import { useT } from '../i18n/language.tsx';
import { FieldShell } from './field-shell.tsx';
import { SelectField } from './select-field.tsx';
import { TextField } from './text-field.tsx';

type Props = {
  id: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
  villages: readonly string[] | null;
  error?: string | undefined;
  onBlur?: () => void;
};

const digits = (code: string) => code.replace(/[.\s]/g, '');

export function VillageField({ id, label, value, onValue, villages, error, onBlur }: Props) {
  const t = useT();
  if (villages && villages.length === 1 && digits(value) === villages[0]) {
    return (
      <FieldShell id={id} label={label} error={error} isRequired>
        {(a11y) => <output {...a11y} class="input input--static" data-testid="village-fixed">{formatVillageCode(villages[0] ?? '')}</output>}
      </FieldShell>
    );
  }
  if (villages && villages.length > 0) {
    const options = villages.map((code) => ({ value: formatVillageCode(code), label: formatVillageCode(code) }));
    const current = options.find((option) => digits(option.value) === digits(value))?.value ?? '';
    return <SelectField id={id} label={label} value={current} options={options} onValue={onValue} error={error} hint={t('app.form.villageChoice')} isRequired />;
  }
  return <TextField id={id} label={label} value={value} onValue={onValue} onBlur={onBlur} inputMode="numeric" maxLength={16} hint={t('households.form.villageCodeHint')} error={error} isRequired />;
}
