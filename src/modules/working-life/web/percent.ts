/**
 * Per cent as a form takes it (4,7) and the API's share 0–1 (0.047), rounded so that 0.1 × 3 stays
 * 0.3. (The goals and social-value forms have the same two lines; a shared home would be
 * src/shared/format.ts.)
 */
export const fromPercent = (value: number) => Math.round(value * 1e4) / 1e6;
export const toPercent = (share: number) => Math.round(share * 1e6) / 1e4;
