/** Fixed vocabularies of the module, shared by table, contract and web (no server imports here). */

/** Who an activity is for. */
export const targetGroups = ['children', 'youths', 'women', 'seniors', 'newcomers', 'all'] as const;
export type TargetGroup = (typeof targetGroups)[number];
