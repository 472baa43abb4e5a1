/**
 * Amounts as exact integers: every amount times the same power of ten, the smallest that makes
 * them all whole (pabulib costs are integers or have a few decimals, e.g. "75000.0", "1234.50").
 * Counting then compares sums and shares without binary floating-point error.
 */
export function scaledToIntegers(amounts: number[]): { values: bigint[]; scale: number } {
  let decimals = 0;
  for (const amount of amounts) {
    while (decimals < 9 && !nearlyWhole(amount * 10 ** decimals)) decimals += 1;
  }
  const scale = 10 ** decimals;
  return { values: amounts.map((a) => BigInt(Math.round(a * scale))), scale };
}

const nearlyWhole = (x: number) => Math.abs(x - Math.round(x)) <= 1e-9 * Math.max(1, Math.abs(x));
