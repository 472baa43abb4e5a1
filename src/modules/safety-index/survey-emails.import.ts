import { type Cell, cells } from '../../core/import/cells';
import { defineImportKind, type RowProblem } from '../../core/import/import-kind';
import { lookUp, lookupByNames, unknownName } from '../../core/import/look-up';
import { organisationHouseholds } from '../areas';
import { normaliseEmail, writeInvitationEmail } from './invitation-emails';
import { safetyPermissions } from './safety-index.policy';

/** An address cell: empty erases; anything else must be an e-mail address (not echoed in the report). */
const emailCell: Cell<string | null> = (raw) => {
  if (raw.trim() === '') return { ok: true, value: null };
  const email = normaliseEmail(raw);
  return email ? { ok: true, value: email } : { ok: false, error: { code: 'safety-index:import.not_email' } };
};

type EmailRow = { householdId: string; ref: string; email: string | null };
type Ctx = { byRef: Map<string, { id: string; ref: string; active: boolean }> };

/**
 * `survey-emails`: household_ref,email — the addresses households have given for the survey. An
 * empty email erases the household's address. Admins only; each change is audited, masked.
 */
export const surveyEmailsImport = defineImportKind<EmailRow, Ctx>({
  kind: 'survey-emails',
  permission: safetyPermissions['safety-index.admin'],
  key: 'household_ref',
  limits: { maxBytes: 10 * 2 ** 20, maxRows: 100_000, maxUnpackedBytes: 80 * 2 ** 20 },
  columns: [
    {
      name: 'household_ref',
      aliases: ['hushåll', 'hushall', 'hushållsreferens', 'ref'],
      required: true,
      cell: cells.text({ required: true, max: 64 }),
    },
    {
      name: 'email',
      aliases: ['e-post', 'epost', 'e-postadress', 'e-mail'],
      required: true,
      cell: emailCell,
    },
  ],
  prepare: async (db, actor) => {
    const rows = await organisationHouseholds(db, actor.organisationId);
    return {
      byRef: lookupByNames(
        rows,
        (r) => [r.ref],
        (r) => r,
      ),
    };
  },
  toRow: (v, ctx) => {
    const h = lookUp(ctx.byRef, v.household_ref);
    const email = (v.email as string | null) ?? null;
    if (!h) return [unknownName('household_ref', 'safety-index:import.unknown_household', v.household_ref)];
    if (email !== null && !h.active) {
      return [
        { column: 'household_ref', code: 'safety-index:import.moved_out', params: { value: h.ref } },
      ] as RowProblem[];
    }
    return { householdId: h.id, ref: h.ref, email };
  },
  commit: async (tx, actor, rows, _ctx, progress) => {
    const counts = { set: 0, erased: 0, unchanged: 0 };
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i];
      counts[await writeInvitationEmail(tx, actor, { id: r.householdId, ref: r.ref }, r.email)]++;
      if (i % 200 === 199) await progress(i + 1, rows.length);
    }
    await progress(rows.length, rows.length);
    return counts;
  },
});
