import { describe, expect, it } from 'vitest';
import { formatBytes } from '../../../src/ui/platform/storage.ts';

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
