// Drafts of the Pokja and GenRe forms: every field kept as the text the user typed, so a
// failed save never loses anything. draftToFields() turns a draft into the values the
// repository validates with the record's zod schema (empty text -> null, counts -> numbers,
// switches -> booleans, village code without dots); nothing here decides validity.
export type FieldKind = 'text' | 'optional' | 'count' | 'switch' | 'village';
export type DraftSpec<F extends string> = Record<F, FieldKind>;
export type Draft<F extends string> = Record<F, string>;

export const switchOn = 'yes';

export function emptyDraftOf<F extends string>(spec: DraftSpec<F>, values: Partial<Draft<F>> = {}): Draft<F> {
  const draft = Object.fromEntries(Object.keys(spec).map((field) => [field, ''])) as Draft<F>;
  return { ...draft, ...values };
}

/** A record's current values as draft strings (null and undefined -> ''). */
export function draftFromRecord<F extends string>(spec: DraftSpec<F>, record: object): Draft<F> {
  const values = record as Partial<Record<F, unknown>>;
  const draft = emptyDraftOf(spec);
  for (const field of Object.keys(spec) as F[]) {
    const value = values[field];
    if (spec[field] === 'switch') draft[field] = value === true ? switchOn : '';
    else if (value !== null && value !== undefined) draft[field] = String(value);
  }
  return draft;
}

function toValue(kind: FieldKind, text: string): unknown {
  const trimmed = text.trim();
  switch (kind) {
    case 'text':
      return trimmed;
    case 'optional':
      return trimmed === '' ? null : trimmed;
    case 'count':
      // Not a whole number: handed on as text so the schema names the problem.
      return trimmed === '' ? null : /^\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
    case 'switch':
      return text === switchOn;
    case 'village':
      return trimmed.replace(/[.\s]/g, '');
  }
}

export function draftToFields<F extends string>(spec: DraftSpec<F>, draft: Draft<F>): Record<F, unknown> {
  const fields = {} as Record<F, unknown>;
  for (const field of Object.keys(spec) as F[]) fields[field] = toValue(spec[field], draft[field]);
  return fields;
}
