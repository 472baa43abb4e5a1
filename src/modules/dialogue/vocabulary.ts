/** Fixed vocabularies of the module, shared by tables, contract, server and web (no server imports here). */

/** How a dialogue was held. */
export const dialogueMethods = [
  'meeting',
  'door_knocking',
  'digital_survey',
  'children_consultation',
  'scenario_workshop',
] as const;
export type DialogueMethod = (typeof dialogueMethods)[number];

/**
 * The groups participants are counted in. They overlap (a young woman is a youth and a woman; a
 * newcomer is also a man or a woman), so a dialogue's total is entered on its own, not summed.
 */
export const participantGroups = ['children', 'youths', 'women', 'men', 'seniors', 'newcomers'] as const;
export type ParticipantGroup = (typeof participantGroups)[number];

/** Participants per group; a group not counted is 0. */
export type GroupCounts = Record<ParticipantGroup, number>;
