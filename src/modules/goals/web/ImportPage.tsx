import { ImportFilePage } from '../../../web/components/ImportFilePage';
import { goalQueries } from './queries';

const example = [
  'indicator_id,year,area_code,target,baseline_year',
  'safety_index,2026,,0.82,2024',
  'safety_index,2026,BN,0.75,2024',
  'incidents_per_1000_households,2026,,300,2025',
].join('\n');

/** "Importera mål": a CSV or XLSX of goals through the core import pipeline, all or nothing. */
export default function ImportPage() {
  return (
    <ImportFilePage
      namespace="goals"
      kind="goals"
      backTo="/goals"
      example={example}
      rules={['import.ruleIndicator', 'import.ruleArea', 'import.ruleTarget', 'import.ruleAgain']}
      summary={['created', 'updated', 'unchanged']}
      invalidates={goalQueries.all()}
    />
  );
}
