/**
 * The kinds of data a publication threshold is set for, with their defaults. Apart from the rest of
 * the publication layer (no database, no Node) because the privacy contract, and so the web, reads it.
 */
export const disclosureKinds = {
  /** Tenants' survey answers (the safety index and its questions). */
  survey: { threshold: 10, floor: 10 },
  /** People in a programme (Jobbpunkt, En frisk generation …). */
  participants: { threshold: 10, floor: 10 },
  /** Employees per gender in a pay comparison. */
  pay: { threshold: 5, floor: 5 },
  /** Households that voted or answered (participatory budget, dialogues). */
  households: { threshold: 10, floor: 10 },
  /** Police-restricted EST reports inside published incident counts. */
  restricted_incidents: { threshold: 3, floor: 3 },
  /**
   * People behind a figure entered by hand (the organisation's own indicators). An entry does not say
   * whether it counts respondents, participants or households, so it gets their floor, 10.
   */
  manual: { threshold: 10, floor: 10 },
} as const;

export type DisclosureKind = keyof typeof disclosureKinds;
