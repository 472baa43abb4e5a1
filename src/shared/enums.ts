/**
 * Code lists the server's contracts and tables and the web's forms both use. The codes are stored
 * in the database and sent over the API; their names in either language live in the i18n files.
 */

/** The four focus areas activities and programmes are filed under. */
export const focusAreas = ['trygghet', 'dialog', 'gemenskap', 'arbete'] as const;
export type FocusArea = (typeof focusAreas)[number];

/** The UN's 17 Sustainable Development Goals, by number. */
export const sdgs = Array.from({ length: 17 }, (_, i) => i + 1);

/** What a user may be; what each role may do is each module's policy. */
export const roles = ['admin', 'analyst', 'hr', 'host', 'partner', 'viewer'] as const;
export type Role = (typeof roles)[number];
