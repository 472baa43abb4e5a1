import { addMessages } from '../../../core/i18n/i18n';

const sv = {
  errors: {
    budget: 'Budgeten måste vara ett tal som inte är negativt (fick {{value}}).',
    duplicate_project: 'Projektet {{project}} finns två gånger.',
    cost: 'Projektet {{project}} har en ogiltig kostnad ({{value}}): den måste vara ett tal som inte är negativt.',
    unknown_project: 'En röst nämner projektet {{project}}, som inte finns bland projekten.',
    completion_greedy: '--completion gäller bara metoden equal-shares.',
    pabulib_section:
      'Rad {{line}}: här väntades avsnittet {{expected}}, men raden är "{{found}}". En pabulib-fil har avsnitten META, PROJECTS och VOTES i den ordningen.',
    pabulib_missing_section: 'Filen saknar avsnittet {{section}}.',
    pabulib_header: 'Rad {{line}}: kolumnraden i {{section}} måste innehålla {{column}}.',
    pabulib_fields: 'Rad {{line}}: {{found}} fält, men kolumnraden har {{expected}}.',
    pabulib_quote: 'Rad {{line}}: ett citattecken stängs aldrig.',
    pabulib_number: 'Rad {{line}}: {{column}} måste vara ett tal som inte är negativt (fick "{{value}}").',
    pabulib_duplicate: 'Rad {{line}}: {{column}} "{{value}}" finns redan.',
    pabulib_unknown_project:
      'Rad {{line}}: rösten nämner projektet {{project}}, som inte finns under PROJECTS.',
    pabulib_missing_key: 'META saknar {{key}}.',
    pabulib_vote_type:
      'Filen har röster av typen "{{voteType}}"; bara godkännanderöster (approval) kan räknas med dessa metoder.',
  },
};

const en: typeof sv = {
  errors: {
    budget: 'The budget must be a number that is not negative (got {{value}}).',
    duplicate_project: 'Project {{project}} appears twice.',
    cost: 'Project {{project}} has an invalid cost ({{value}}): it must be a number that is not negative.',
    unknown_project: 'A ballot names project {{project}}, which is not among the projects.',
    completion_greedy: '--completion applies to the equal-shares method only.',
    pabulib_section:
      'Line {{line}}: the {{expected}} section was expected here, but the line is "{{found}}". A pabulib file has the sections META, PROJECTS and VOTES in that order.',
    pabulib_missing_section: 'The file has no {{section}} section.',
    pabulib_header: 'Line {{line}}: the column row of {{section}} must contain {{column}}.',
    pabulib_fields: 'Line {{line}}: {{found}} fields, but the column row has {{expected}}.',
    pabulib_quote: 'Line {{line}}: a quotation mark is never closed.',
    pabulib_number: 'Line {{line}}: {{column}} must be a number that is not negative (got "{{value}}").',
    pabulib_duplicate: 'Line {{line}}: {{column}} "{{value}}" appears twice.',
    pabulib_unknown_project:
      'Line {{line}}: the vote names project {{project}}, which is not under PROJECTS.',
    pabulib_missing_key: 'META has no {{key}}.',
    pabulib_vote_type:
      'The file has votes of type "{{voteType}}"; only approval votes can be counted with these methods.',
  },
};

let added = false;

/** Adds the counting library's messages (namespace budget-count) to the server's, once. */
export function countingMessages(): void {
  if (added) return;
  addMessages('budget-count', { sv, en });
  added = true;
}
