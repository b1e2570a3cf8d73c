import type { id } from './id.ts';

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/** The shape every language must fill: the Indonesian dictionary with every leaf widened to string. */
export type Dictionary = Widen<typeof id>;

type Join<K, P> = K extends string ? (P extends string ? `${K}.${P}` : never) : never;
type Leaves<T> = { [K in keyof T]: T[K] extends string ? K & string : Join<K, Leaves<T[K]>> }[keyof T];

/** Every translation key, e.g. 'common.save' or 'validation.nikDigits'. */
export type MessageKey = Leaves<Dictionary>;
