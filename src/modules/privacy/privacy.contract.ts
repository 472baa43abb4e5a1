import { z } from 'zod';
import { disclosureKinds } from '../../core/disclosure/kinds';

export const disclosureKindSchema = z.enum(Object.keys(disclosureKinds) as [keyof typeof disclosureKinds]);

export const thresholdRow = z.object({
  kind: disclosureKindSchema,
  /** The threshold in force: fewer contributors than this and a figure is not shown. */
  threshold: z.number().int(),
  /** The default, which is also the floor: an organisation may raise it, never lower it. */
  floor: z.number().int(),
});
export type ThresholdRow = z.infer<typeof thresholdRow>;

export const thresholdsResponse = z.array(thresholdRow);
export const thresholdBody = z.object({ threshold: z.number().int().min(1).max(1000) });
/** `/privacy/thresholds/:kind` — the kind of data whose threshold is set. */
export const kindParam = z.object({ kind: disclosureKindSchema });
