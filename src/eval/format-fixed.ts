// Python's `format(x, '.3f')`: rounds the exact binary value half to even, where
// `toFixed` rounds exact ties up (1/16 = 0.0625 → Python "0.062", toFixed "0.063").

/** @example formatFixed(0.0625, 3) === '0.062'; formatFixed(0.9375, 3) === '0.938' */
export function formatFixed(x: number, digits: number): string {
  if (!Number.isFinite(x) || Math.abs(x) >= 1e21) return x.toFixed(digits);
  // toFixed(100) spells out a double in [1e-30, 1e21) exactly, so a tie is visible
  const [whole, fraction] = Math.abs(x).toFixed(100).split('.');
  const rest = fraction.slice(digits);
  const tie = rest[0] === '5' && /^0*$/.test(rest.slice(1));
  const kept = BigInt(whole + fraction.slice(0, digits));
  const up = tie ? kept % 2n === 1n : rest[0] > '5' || rest[0] === '5';
  const text = (kept + (up ? 1n : 0n)).toString().padStart(digits + 1, '0');
  const body = digits ? `${text.slice(0, -digits)}.${text.slice(-digits)}` : text;
  // Python keeps the sign of negative numbers and of -0.0: "-0.000"
  return x < 0 || Object.is(x, -0) ? `-${body}` : body;
}
