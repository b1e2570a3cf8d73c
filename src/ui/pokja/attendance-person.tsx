// One row of the attendance screen: a member or a guest with the status buttons and, when
// present, the signature (drawn on the screen, optional). Signing opens the pad in place.
import { useState } from 'preact/hooks';
import type { AttendanceStatus } from '../../domain/attendance.ts';
import { useT } from '../i18n/language.tsx';
import { AttendanceStatusChoice } from './attendance-status-choice.tsx';
import { SignaturePad } from './signature-pad.tsx';

type Props = {
  name: string;
  detail: string | null;
  status: AttendanceStatus | null;
  signature: string | null;
  onStatus: (status: AttendanceStatus) => void;
  onSignature: (dataUrl: string) => void;
  onRemove?: (() => void) | undefined;
};

export function AttendancePerson({ name, detail, status, signature, onStatus, onSignature, onRemove }: Props) {
  const t = useT();
  const [isSigning, setSigning] = useState(false);
  return (
    <li class="attendance-person" data-testid="attendance-person">
      <div class="attendance-person__head">
        <span class="attendance-person__who">
          <span class="attendance-person__name">{name}</span>
          {detail && <span class="attendance-person__detail">{detail}</span>}
        </span>
        {onRemove && (
          <button type="button" class="icon-button" aria-label={t('pokja.attendance.removeGuest', { name })} onClick={onRemove}>
            <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
              <path d="M6 6l12 12M18 6L6 18" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" />
            </svg>
          </button>
        )}
      </div>
      <AttendanceStatusChoice name={name} status={status} onStatus={onStatus} />
      {status === 'hadir' && !isSigning && (
        <div class="attendance-person__sign">
          {signature && <img class="signature-image" src={signature} alt={t('pokja.attendance.signatureOf', { name })} />}
          <button
            type="button"
            class="button button--ghost"
            aria-label={signature ? t('pokja.attendance.signAgainOf', { name }) : undefined}
            onClick={() => setSigning(true)}
          >
            {t(signature ? 'pokja.attendance.signAgain' : 'pokja.attendance.sign')}
          </button>
        </div>
      )}
      {isSigning && (
        <SignaturePad
          label={t('pokja.attendance.signatureOf', { name })}
          onCancel={() => setSigning(false)}
          onSave={(dataUrl) => {
            setSigning(false);
            onSignature(dataUrl);
          }}
        />
      )}
    </li>
  );
}
