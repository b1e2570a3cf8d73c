import { describe, expect, it } from 'vitest';
import { LOW_SPACE_BYTES, formatBytes, freeBytes, isLowOnSpace } from '../../../src/ui/platform/storage.ts';

describe('formatBytes', () => {
  it('uses decimal units with one decimal below 10 and the locale separator', () => {
    expect(formatBytes(0, 'id-ID')).toBe('0 B');
    expect(formatBytes(999, 'id-ID')).toBe('999 B');
    expect(formatBytes(1_250_000, 'id-ID')).toBe('1,3 MB');
    expect(formatBytes(1_250_000, 'en-GB')).toBe('1.3 MB');
    expect(formatBytes(42_000_000, 'id-ID')).toBe('42 MB');
    expect(formatBytes(300_000_000_000, 'en-GB')).toBe('300 GB');
  });
});

describe('isLowOnSpace', () => {
  it('warns when less than 50 MB are left for the app, and not when the browser does not say', () => {
    expect(LOW_SPACE_BYTES).toBe(50_000_000);
    expect(isLowOnSpace({ usedBytes: 10_000_000, quotaBytes: 2_000_000_000 })).toBe(false);
    expect(isLowOnSpace({ usedBytes: 10_000_000, quotaBytes: 59_000_000 })).toBe(true);
    expect(isLowOnSpace({ usedBytes: 10_000_000, quotaBytes: 60_000_000 })).toBe(false);
    expect(isLowOnSpace({ usedBytes: 5_000, quotaBytes: 4_000 })).toBe(true);
    expect(freeBytes({ usedBytes: 5_000, quotaBytes: 4_000 })).toBe(0);
    expect(isLowOnSpace({ usedBytes: 10_000_000, quotaBytes: null })).toBe(false);
    expect(isLowOnSpace(null)).toBe(false);
  });
});
