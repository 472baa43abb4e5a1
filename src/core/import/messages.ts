import { addMessages } from '../i18n/i18n';

// The import pipeline's own messages (caps, zip bombs, job errors), beside the cell messages of
// core's `import.*`; keys are used as `imports:<key>`.
addMessages('imports', {
  sv: {
    too_large: 'Filen är för stor: högst {{max}} MB för den här importen.',
    too_many_rows: 'Filen har för många rader: högst {{max}} rader för den här importen.',
    zip_too_large:
      'XLSX-filen packas upp till mer än {{max}} MB och läses inte. Spara den som CSV eller dela upp den.',
    changed_meanwhile: 'Uppgifterna ändrades medan filen lästes. Ingenting ändrades – importera filen igen.',
    internal:
      'Importen misslyckades. Ingenting ändrades. Försök igen; kontakta administratören om felet kvarstår.',
    busy: 'En import av samma slag pågår redan. Vänta tills den är klar.',
  },
  en: {
    too_large: 'The file is too large: at most {{max}} MB for this import.',
    too_many_rows: 'The file has too many rows: at most {{max}} rows for this import.',
    zip_too_large:
      'The XLSX file unpacks to more than {{max}} MB and is not read. Save it as CSV or split it.',
    changed_meanwhile:
      'The data changed while the file was read. Nothing was changed – import the file again.',
    internal: 'The import failed. Nothing was changed. Try again; if it persists, contact the administrator.',
    busy: 'An import of the same kind is already running. Wait until it has finished.',
  },
});

/** Megabytes as the messages show them. */
export const megabytes = (bytes: number) => Math.round(bytes / 2 ** 20);
