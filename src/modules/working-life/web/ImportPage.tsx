import { ImportFilePage } from '../../../web/components/ImportFilePage';
import { workingLifeQueries } from './queries';

const example = [
  'year,body,women,men,other',
  '2022,company,74,92,',
  '2022,management,4,5,',
  '2022,board,7,6,',
  '2022,managers,11,13,',
].join('\n');

/** "Importera antal kvinnor och män": a CSV or XLSX of headcounts through the core import pipeline, all or nothing. */
export default function ImportPage() {
  return (
    <ImportFilePage
      namespace="working-life"
      kind="workforce"
      backTo="/working-life"
      example={example}
      rules={['import.ruleBody', 'import.ruleOther', 'import.ruleAgain']}
      summary={['created', 'updated', 'unchanged']}
      invalidates={workingLifeQueries.all()}
    />
  );
}
