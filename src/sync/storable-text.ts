// Text that every store keeps exactly as sent: no U+0000 (PostgreSQL text and jsonb cannot hold
// it) and no lone UTF-16 surrogate (it has no UTF-8 form: PostgreSQL refuses it in jsonb and
// node-pg silently turns it into U+FFFD in text). Account fields, path and query parameters
// are checked with it (issue #12), so such text is a 400 on both stores, never a 500 nor a
// silently changed value.
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function isStorableText(text: string): boolean {
  return !text.includes('\u0000') && !loneSurrogate.test(text);
}
