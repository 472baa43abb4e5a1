/**
 * A small table of figures as every contract sends it (a report breakdown, a trace's counts, a
 * profile's detail table): cells are numbers or already-written text, and `units` says per column
 * what the numbers are, so a reader formats a share 0–1 as per cent.
 */
import { z } from 'zod';
import { figureCellUnits } from '../../shared/format';

export const figureTable = z.object({
  /** What the table shows, in the reader's language. */
  caption: z.string(),
  columns: z.array(z.string()),
  /** One per column: 'fraction' cells are shares 0–1, 'text' names the row; left out, plain figures. */
  units: z.array(z.enum([...figureCellUnits, 'text'])).optional(),
  /** Null where there is no figure. */
  rows: z.array(z.array(z.union([z.string(), z.number(), z.null()]))),
});
