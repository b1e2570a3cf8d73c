// Three buttons for one person's attendance: Hadir / Izin / Tidak hadir (the pressed one is
// the status that counts). Each is a 44 px+ touch target; the group is named after the person.
import { attendanceStatuses } from '../../domain/attendance.ts';
import type { AttendanceStatus } from '../../domain/attendance.ts';
import { useT } from '../i18n/language.tsx';

type Props = { name: string; status: AttendanceStatus | null; onStatus: (status: AttendanceStatus) => void };

export function AttendanceStatusChoice({ name, status, onStatus }: Props) {
  const t = useT();
  return (
    <div class="status-choice" role="group" aria-label={t('pokja.attendance.statusOf', { name })}>
      {attendanceStatuses.map((option) => (
        <button
          key={option}
          type="button"
          class={`status-choice__option status-choice__option--${option}`}
          aria-pressed={status === option}
          onClick={() => onStatus(option)}
        >
          {t(`enums.attendanceStatus.${option}`)}
        </button>
      ))}
    </div>
  );
}
