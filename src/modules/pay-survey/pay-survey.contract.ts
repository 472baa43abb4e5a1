import { z } from 'zod';
import { changeStamp } from '../../core/http/changed-by';
import { year } from '../../core/http/route-kit';
// The table's lists, written out: the web bundle reads this contract and must not pull in Drizzle
// (pay-survey.contract.test.ts keeps them the same).
export const payCategoryKinds = ['work_group', 'job_value_level', 'equal_value'] as const;
export const payActionStatuses = ['planned', 'done', 'not_done'] as const;

const hiddenReason = z.enum(['small_group', 'protects_another']);
const share = z.number().nullable();

/** `?year=` — the survey year; this Swedish year when left out. */
export const payYearQuery = z.object({ year: year.optional() });

/** Women's or men's figures of a category as published: null when hidden. */
const publishedFigures = z.object({
  /** Women (men) in the category. */
  n: z.number().int().nullable(),
  /** Mean pay level (SEK a month for full time), as the layer rounds a mean. */
  mean: z.number().nullable(),
  median: z.number().nullable(),
});

/** Women against men in a category, published: a hidden one has only its reason. */
const publishedComparison = z.object({
  women: publishedFigures,
  men: publishedFigures,
  /** (men − women) / men of the means, as the layer rounds a share. */
  meanGap: share,
  medianGap: share,
  reason: hiddenReason.nullable(),
});

/** A gap of 5 % or more (Directive 2023/970 Art. 10) and whether HR has explained it. */
export const payGapFlag = z.object({
  /** |mean gap in pay level| ≥ 5 %. */
  basic: z.boolean(),
  /** |mean gap in variable pay| ≥ 5 %. */
  variable: z.boolean(),
  explained: z.boolean(),
  /** A gap of 5 % or more that is not explained: a joint pay assessment is due. */
  assessment: z.boolean(),
});

/** One category of workers (the organisation, a work group or a level). */
const payCategory = z.object({
  /** `all`, `work_group:<name>` or `job_value_level:<n>`. */
  key: z.string(),
  /** Pay level (monthly salary / fte). */
  basic: publishedComparison,
  /** Variable pay of those who received any. */
  variable: publishedComparison,
  /** Of the category's women (men), the share who received variable pay (EU e). */
  receivingVariable: z.object({ women: share, men: share }),
  /**
   * The flag, for HR on every category, hidden ones too: it says only whether a gap reached 5 %,
   * never its size or a count, and the duty to assess does not depend on a group's size.
   */
  flag: payGapFlag,
});

const equalValueComparison = z.object({
  womenGroup: z.string(),
  womenGroupLevel: z.number().int(),
  womenGroupMean: z.number(),
  otherGroup: z.string(),
  otherGroupLevel: z.number().int(),
  otherGroupMean: z.number(),
  /** The women-dominated group is paid less although its work is valued as high or higher. */
  lowerPaid: z.boolean(),
});

const quartile = z.object({
  quartile: z.number().int(),
  womenShare: share,
  menShare: share,
  ofAllWomen: share,
  ofAllMen: share,
  reason: hiddenReason.nullable(),
});

/** HR's analysis of one category: explained by an objective, gender-neutral reason, or not. */
export const payFinding = z.object({
  year: z.number().int(),
  categoryKind: z.enum(payCategoryKinds),
  /** The work group's name, the level's number, or `<women-dominated group> → <other group>`. */
  categoryKey: z.string(),
  explained: z.boolean(),
  explanation: z.string(),
  ...changeStamp.shape,
});
export type PayFinding = z.infer<typeof payFinding>;

/** `GET /pay-survey?year=` — the year's survey as HR sees it: published figures and every flag. */
export const paySurveyView = z.object({
  year: z.number().int(),
  /** Whether the year has salary rows at all. */
  imported: z.boolean(),
  /** The years with salary rows, latest first (the page's choice of year). */
  years: z.array(z.number().int()),
  /** Fewer women or men than this in a category hide it. */
  threshold: z.number().int(),
  /** EU metrics a–e are the organisation's figures. */
  overall: payCategory,
  /** Equal work, and EU metric g by work group. */
  workGroups: z.array(payCategory.extend({ workGroup: z.string(), level: z.number().int() })),
  /** Work of equal value by level, and EU metric g by level. */
  levels: z.array(payCategory.extend({ level: z.number().int() })),
  /** Women-dominated groups against the groups valued the same or lower, both shown. */
  equalValue: z.array(equalValueComparison),
  /** EU metric f. */
  quartiles: z.array(quartile),
  /** 1 − exp(β_woman) with its 95 % interval (HC1); a gap's bounds may lie below 0. */
  adjusted: z.object({
    value: share,
    low: share,
    high: share,
    n: z.number().int().nullable(),
    reason: hiddenReason.nullable(),
  }),
  findings: z.array(payFinding),
});
export type PaySurveyView = z.infer<typeof paySurveyView>;

/** `PUT /pay-survey/findings` — HR's explanation of a category, set or replaced. */
export const payFindingInput = z.object({
  year,
  categoryKind: z.enum(payCategoryKinds),
  categoryKey: z.string().trim().min(1).max(300),
  explained: z.boolean(),
  /** Required when explained: the objective, gender-neutral reason. */
  explanation: z.string().trim().max(4000),
});
export type PayFindingInput = z.infer<typeof payFindingInput>;

/** One action of a year's action plan. */
export const payAction = z.object({
  id: z.uuid(),
  year: z.number().int(),
  description: z.string(),
  owner: z.string(),
  /** YYYY-MM-DD. */
  dueOn: z.string(),
  status: z.enum(payActionStatuses),
  /** How it went, written at the next year's follow-up. */
  followUp: z.string(),
  ...changeStamp.shape,
});
export type PayAction = z.infer<typeof payAction>;

/** `GET /pay-survey/actions?year=` — the year's plan, and last year's actions to follow up. */
export const payActionPlan = z.object({
  year: z.number().int(),
  actions: z.array(payAction),
  previous: z.array(payAction),
});
export type PayActionPlan = z.infer<typeof payActionPlan>;

/** `POST /pay-survey/actions`. */
export const payActionInput = z.object({
  year,
  description: z.string().trim().min(1).max(2000),
  /** Who answers for it (a role or a name). */
  owner: z.string().trim().min(1).max(200),
  dueOn: z.iso.date(),
});
export type PayActionInput = z.infer<typeof payActionInput>;

/** `PATCH /pay-survey/actions/:id` — only the fields named change. */
export const payActionPatch = z.object({
  description: z.string().trim().min(1).max(2000).optional(),
  owner: z.string().trim().min(1).max(200).optional(),
  dueOn: z.iso.date().optional(),
  status: z.enum(payActionStatuses).optional(),
  followUp: z.string().trim().max(4000).optional(),
});
export type PayActionPatch = z.infer<typeof payActionPatch>;

/** `GET /pay-survey/salaries?year=&page=` — a page of the year's salary rows, for checking an import. */
export const salaryQuery = z.object({
  year: year.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const salaryRecord = z.object({
  employeeRef: z.string(),
  gender: z.enum(['woman', 'man', 'other']),
  jobTitle: z.string(),
  workGroup: z.string(),
  jobValueLevel: z.number().int(),
  monthlySalary: z.number(),
  fte: z.number(),
  birthYear: z.number().int(),
  hiredOn: z.string(),
  variablePay: z.number().nullable(),
});
export type SalaryRecord = z.infer<typeof salaryRecord>;

export const salaryPage = z.object({
  year: z.number().int(),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  rows: z.array(salaryRecord),
});
export type SalaryPage = z.infer<typeof salaryPage>;
