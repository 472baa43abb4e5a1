/** Fixed vocabularies of the module, shared by table, contract and web (no server imports here). */

/** What kind of EST actor a partner organisation is. */
export const partnerKinds = [
  'housing_company',
  'municipality_unit',
  'police',
  'security_firm',
  'other_landlord',
  'other',
] as const;
export type PartnerKind = (typeof partnerKinds)[number];

/** When in the day an incident happened, as coarse as a report needs. */
export const timesOfDay = ['morning', 'day', 'evening', 'night'] as const;
export type TimeOfDay = (typeof timesOfDay)[number];

/** Where a report is in the weekly cycle: filed, looked at by a coordinator, part of a picture. */
export const reportStatuses = ['submitted', 'reviewed', 'compiled'] as const;
export type ReportStatus = (typeof reportStatuses)[number];

/** What the weekly meeting agreed: a priority for the week, or a hot-spot to watch. */
export const priorityKinds = ['priority', 'hotspot'] as const;
export type PriorityKind = (typeof priorityKinds)[number];

/** What happens to reports past the retention period: deleted, or reduced to counts. */
export const retentionModes = ['delete', 'reduce'] as const;
export type RetentionMode = (typeof retentionModes)[number];
