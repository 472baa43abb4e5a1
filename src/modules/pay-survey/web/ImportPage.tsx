import { ImportFilePage } from '../../../web/components/ImportFilePage';
import { payQueries } from './queries';

const example = [
  'year,employee_ref,gender,job_title,work_group,job_value_level,monthly_salary,fte,birth_year,hired_on,variable_pay',
  '2026,E0001,kvinna,Uthyrare,Uthyrare,3,33500,1,1984,2013-06-01,5000',
  '2026,E0002,man,Fastighetsskötare,Fastighetsskötare,2,24000,0.75,1979,2010-01-10,',
].join('\n');

/** "Importera löneuppgifter": HR's salary file through the core import pipeline, all or nothing. */
export default function ImportPage() {
  return (
    <ImportFilePage
      namespace="pay-survey"
      kind="salaries"
      backTo="/pay-survey"
      example={example}
      rules={['import.ruleRef', 'import.ruleGender', 'import.ruleFte', 'import.ruleAgain']}
      summary={['imported', 'replaced', 'years']}
      invalidates={payQueries.all()}
    />
  );
}
