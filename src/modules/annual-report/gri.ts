import type { AnnualReport } from '../../core/report';
import type { GriDisclosure } from './annual-report.contract';

/** The GRI content index: the disclosures the report's indicators answer (to be filled in). */
export function griIndex(_report: AnnualReport): GriDisclosure[] {
  return [];
}
