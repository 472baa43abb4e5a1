/** Fixed vocabularies of the module, shared by table, contract and web (no server imports here). */

/** A participant's gender as they state it; left out (null) when they do not. */
export const genders = ['woman', 'man', 'other'] as const;
export type Gender = (typeof genders)[number];
