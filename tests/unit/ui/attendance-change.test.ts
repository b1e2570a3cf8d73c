import { describe, expect, it } from 'vitest';
import { nextAttendanceFields } from '../../../src/ui/pokja/attendance-change.ts';

const png = 'data:image/png;base64,iVBORw0KGgo=';

describe('one tap on the attendance screen', () => {
  it('marks a first signature as present', () => {
    expect(nextAttendanceFields(undefined, { signature: png })).toEqual({ status: 'hadir', signature: png });
    expect(nextAttendanceFields(undefined, { status: 'izin' })).toEqual({ status: 'izin', signature: null });
  });

  it('drops the signature when the person is marked izin or tidak hadir', () => {
    expect(nextAttendanceFields({ status: 'hadir', signature: png }, { status: 'izin' })).toEqual({ status: 'izin', signature: null });
    expect(nextAttendanceFields({ status: 'hadir', signature: png }, { status: 'tidak-hadir' })).toEqual({ status: 'tidak-hadir', signature: null });
  });

  it('keeps an earlier signature when hadir is tapped again, replaces it when signed again', () => {
    expect(nextAttendanceFields({ status: 'hadir', signature: png }, { status: 'hadir' })).toEqual({ status: 'hadir', signature: png });
    const other = `${png}AAAA`;
    expect(nextAttendanceFields({ status: 'hadir', signature: png }, { status: 'hadir', signature: other })).toEqual({ status: 'hadir', signature: other });
  });
});
