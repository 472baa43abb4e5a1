/** Fixed vocabularies of the module, shared by tables, contract and web (no server imports here). */
export const severities = ['low', 'medium', 'high'] as const;
export type Severity = (typeof severities)[number];

export const actionStatuses = ['open', 'in_progress', 'done', 'wont_do'] as const;
export type ActionStatus = (typeof actionStatuses)[number];

export const presenceActivities = ['rounds', 'talks', 'activities'] as const;
export type PresenceActivity = (typeof presenceActivities)[number];

export const participantKinds = [
  'tenants',
  'housing_company',
  'municipality',
  'police',
  'association',
  'other',
] as const;
export type ParticipantKind = (typeof participantKinds)[number];
