// A full phone (issue #12, finding 9): IndexedDB refuses a write with QuotaExceededError when
// the origin's quota (in Chrome: what is left of the phone's free space) is used up. Dexie
// hands it on as its own QuotaExceededError, or as an AbortError whose `inner` is the
// browser's error (the transaction aborted because a request failed), or inside a BulkError.
// The write is rolled back whole: nothing saved before is touched.

const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);

/** True when `error`, or an error it wraps, says the storage quota is used up. */
export function isQuotaError(error: unknown, depth = 0): boolean {
  if (depth > 5 || typeof error !== 'object' || error === null) return false;
  const named = error as { name?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  if (typeof named.name === 'string' && QUOTA_NAMES.has(named.name)) return true;
  if (isQuotaError(named.inner, depth + 1) || isQuotaError(named.cause, depth + 1)) return true;
  const failures = named.failures;
  if (Array.isArray(failures)) return failures.some((failure) => isQuotaError(failure, depth + 1));
  if (failures && typeof failures === 'object') return Object.values(failures).some((failure) => isQuotaError(failure, depth + 1));
  return false;
}
