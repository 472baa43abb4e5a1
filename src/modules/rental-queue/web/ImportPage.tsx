import { ImportFilePage } from '../../../web/components/ImportFilePage';
import { rentalQueueQueries } from './queries';

const example = [
  'listing_id,area_code,published_on,applicant_ref,queue_position,queue_days,offered_on,accepted,let_to_ref,exception_code',
  '2026-0141,BN1,2026-03-02,S-482913,1,4120,2026-03-12,nej,S-220481,',
  '2026-0141,BN1,2026-03-02,S-220481,2,3876,2026-03-16,ja,S-220481,',
  '2026-0142,VA2,2026-03-04,S-119034,1,3990,,,S-870112,',
  '2026-0142,VA2,2026-03-04,S-870112,4,610,2026-03-14,ja,S-870112,samverkan',
].join('\n');

/** "Importera uthyrningar": the rental system's offers and lets through the core import pipeline, all or nothing. */
export default function ImportPage() {
  return (
    <ImportFilePage
      namespace="rental-queue"
      kind="lettings"
      backTo="/rental-queue"
      example={example}
      rules={[
        'import.ruleRows',
        'import.ruleTenant',
        'import.ruleDeclined',
        'import.ruleRefs',
        'import.ruleAgain',
      ]}
      summary={['listings', 'lettings', 'offers', 'replaced']}
      invalidates={rentalQueueQueries.all()}
    />
  );
}
