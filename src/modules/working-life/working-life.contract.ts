import { z } from 'zod';
import { changeStamp } from '../../core/http/changed-by';
import { year } from '../../core/http/route-kit';

/** The bodies GRI 405-1 asks about, known to every organisation; their names are in the i18n files. */
export const knownBodies = ['company', 'management', 'board', 'managers'] as const;
export type KnownBody = (typeof knownBodies)[number];

/** A body's code: lower-case letters, digits, `_` and `-`, as a file or a URL carries it. */
export const bodyCode = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9_-]{0,39}$/, 'a-z, 0-9, _ or -, at most 40');

const headcount = z.number().int().min(0).max(1_000_000);
const share = z.number().min(0).max(1);

/** A body whose make-up by gender is reported. */
export const bodySchema = z.object({
  /** `company`, `management`, `board`, `managers`, or one the organisation added. */
  code: z.string(),
  /** In the user's language for the known four; as the organisation named it for its own. */
  name: z.string(),
  /** One of the four every organisation has (not one it added). */
  known: z.boolean(),
});
export type Body = z.infer<typeof bodySchema>;
export const bodyList = z.array(bodySchema);

/** `POST /working-life/bodies`: a body of the organisation's own. */
export const bodyInput = z.object({
  /** Its code, unique in the organisation and none of the known four. */
  code: bodyCode,
  /** Its name, e.g. "Förvaltningsledning". */
  name: z.string().trim().min(1).max(120),
});
export type BodyInput = z.infer<typeof bodyInput>;

/** `PUT /working-life/headcounts/:year/:body`. */
export const headcountParams = z.object({ year, body: bodyCode });

/** How many women, men and others a body had in the year (a census). */
export const headcountInput = z.object({
  women: headcount,
  men: headcount,
  /** People of another gender or none recorded; 0 when left out. */
  other: headcount.default(0),
});
export type HeadcountInput = z.infer<typeof headcountInput>;

/** A body's headcount of a year with its women's share as published. */
export const headcountRow = z.object({
  year: z.number().int(),
  body: z.string(),
  /** The body's name in the user's language (or as the organisation named it). */
  bodyName: z.string(),
  women: z.number().int(),
  men: z.number().int(),
  other: z.number().int(),
  total: z.number().int(),
  /** women / (women + men + other), 0–1, as the publication layer publishes it; null for an empty body. */
  womenShare: z.number().nullable(),
  ...changeStamp.shape,
});
export type HeadcountRow = z.infer<typeof headcountRow>;

/** `GET /working-life/headcounts?year=`: every body's headcount of the year, or of every year, newest first. */
export const headcountList = z.array(headcountRow);
export const headcountQuery = z.object({ year: year.optional() });

/** `PUT /working-life/work-environment/:year`: the year's work-environment figures. */
export const workEnvironmentInput = z.object({
  /** Sick-leave hours over scheduled hours, 0–1 (0.047 for 4.7 %); null when not known. */
  sickLeaveShare: share.nullable(),
  /** The promotive share of health-promotion spending, 0–1 (the 80/20 rule aims at 0.8); null when not known. */
  promotiveShare: share.nullable(),
  /** Whether the organisation holds an ISO 45001 certificate for the year. */
  iso45001Certified: z.boolean(),
  /** The certificate's last valid day (YYYY-MM-DD); required when certified, null when not. */
  iso45001ValidUntil: z.iso.date().nullable(),
  /** Where the figures come from (the payroll system's report, the certification body). */
  sourceNote: z.string().trim().max(2000).default(''),
});
export type WorkEnvironmentInput = z.infer<typeof workEnvironmentInput>;
export const workEnvironmentParams = z.object({ year });

/** A year's work-environment figures, the shares as the publication layer publishes them. */
export const workEnvironmentYear = z.object({
  year: z.number().int(),
  sickLeaveShare: z.number().nullable(),
  promotiveShare: z.number().nullable(),
  iso45001Certified: z.boolean(),
  iso45001ValidUntil: z.string().nullable(),
  sourceNote: z.string(),
  ...changeStamp.shape,
});
export type WorkEnvironmentYear = z.infer<typeof workEnvironmentYear>;
/** `GET /working-life/work-environment`: every year entered, newest first. */
export const workEnvironmentList = z.array(workEnvironmentYear);
