// Record ids are made on the device, sortable by creation time, no server round trip
// (DESIGN.md): a UUID version 7 (RFC 9562) or a ULID (Crockford base 32, 26 characters).
// References between records (householdId, pledgeId ...) use the same check.

const uuidV7Pattern = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
// The first character is at most 7: a ULID's 48-bit timestamp fits in 10 base-32 digits.
const ulidPattern = /^[0-7][0-9A-HJKMNP-TV-Z]{25}$/i;

export function isUuidV7(value: string): boolean {
  return uuidV7Pattern.test(value);
}

export function isUlid(value: string): boolean {
  return ulidPattern.test(value);
}

export function isRecordId(value: string): boolean {
  return isUuidV7(value) || isUlid(value);
}
