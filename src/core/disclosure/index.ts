/**
 * The publication layer: every figure that leaves the server (API, exports, PDFs, the annual report,
 * the area profile, public pages) passes through here. Modules hand over contributing counts and the
 * structure they publish; they never decide on their own what is small or how far to round.
 */
export { areaDimension, calendarDimension, flatDimension, organisationMember } from './dimensions';
export {
  type Estimate,
  finePrecisionFrom,
  type PublishedShare,
  type PublishedVerdict,
  publishCount,
  publishedVerdict,
  publishRate,
  publishShare,
  roundInterval,
  roundMean,
  roundRate,
  roundShare,
  type ShareOptions,
  shareStep,
} from './publish';
export {
  type Dimension,
  type HiddenReason,
  type Member,
  type Partition,
  type ProtectedTable,
  protectTable,
  setSecondarySuppressionForAudit,
  type TableInput,
  unitKey,
} from './table';
export {
  type DisclosureKind,
  type DisclosureThresholds,
  disclosureKinds,
  disclosureThresholds,
  effectiveThreshold,
  setDisclosureThreshold,
} from './thresholds';
