import { ImportFilePage } from '../../../web/components/ImportFilePage';
import { socialValueQueries } from './queries';

const example = [
  'outcome;label;value_per_person_year;deadweight;attribution;duration_years;drop_off;source;valid_from_year;program_code',
  'work;Försörjningsstöd som inte betalas ut;120000;0,4;0,3;3;0,5;Kommunens egen uppgift 2025;2025;',
  'internship;Praktik;40000;0,5;0;1;;Egen uppskattning;2026;jobbpunkt',
].join('\n');

/** "Importera värderingar": a CSV or XLSX of the valuation table through the core import pipeline, all or nothing. */
export default function ImportPage() {
  return (
    <ImportFilePage
      namespace="social-value"
      kind="valuations"
      backTo="/social-value"
      example={example}
      rules={[
        'import.ruleOutcome',
        'import.ruleShares',
        'import.ruleProgramme',
        'import.ruleSource',
        'import.ruleAgain',
      ]}
      summary={['created', 'updated', 'unchanged']}
      invalidates={socialValueQueries.all()}
    />
  );
}
