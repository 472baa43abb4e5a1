/** Fixed vocabularies of the module, shared by its code, its contract and the web (no server imports here). */

/**
 * The keys of the periods results are shown for (periods.ts reads them): "2025", "2025-Q3",
 * "2025-T2", "2025-07", "R12:2025-07".
 */
export const periodPattern =
  /^(\d{4})$|^(\d{4})-Q([1-4])$|^(\d{4})-(\d{2})$|^R12:(\d{4}-\d{2})$|^(\d{4})-T([1-3])$/;

/** The safety index's id in the report contract and among the goals. */
export const safetyIndexId = 'safety_index';
