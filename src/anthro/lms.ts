// The LMS method of the WHO Child Growth Standards, in the exact double arithmetic of WHO's
// anthro R package 1.1.0 (R/z-score-helper.R), so that results match it to the last bit
// before rounding. Source: WHO (2006) Child Growth Standards, Methods and development,
// chapter 7; ../shared/who-growth-standards/README.md ("z-score formulas", "Rounding").
// Invariants: L is never 0 in WHO's tables; NaN stands for R's NA and propagates.

/** Plain LMS z-score: ((y/M)^L − 1) / (S·L). */
export function computeLmsZscore(y: number, l: number, m: number, s: number): number {
  // (y/M)^1 is y/M exactly in R; skipping pow keeps the bits and saves time.
  const power = l === 1 ? y / m : Math.pow(y / m, l);
  return (power - 1) / (s * l);
}

/** The measurement at `z` SD: M·(1 + L·S·z)^(1/L) (anthro's calc_sd, same operation order). */
export function computeLmsValueAtZ(z: number, l: number, m: number, s: number): number {
  return m * Math.pow(1 + l * s * z, 1 / l);
}

/**
 * WHO's restricted application of the LMS method: beyond ±3 SD the distance is measured in
 * units of the 2-to-3 SD distance on that side. Applied by anthro to weight-for-age,
 * weight-for-length/height, BMI-for-age and the arm circumference and skinfold indicators.
 */
export function computeRestrictedZscore(y: number, l: number, m: number, s: number): number {
  const z = computeLmsZscore(y, l, m, s);
  if (z > 3) {
    const sd3pos = computeLmsValueAtZ(3, l, m, s);
    const sd23pos = sd3pos - computeLmsValueAtZ(2, l, m, s);
    return 3 + (y - sd3pos) / sd23pos;
  }
  if (z < -3) {
    const sd3neg = computeLmsValueAtZ(-3, l, m, s);
    const sd23neg = computeLmsValueAtZ(-2, l, m, s) - sd3neg;
    return -3 + (y - sd3neg) / sd23neg;
  }
  return z;
}

/**
 * R's round(x, 2) (R >= 4.0.0, src/nmath/fround.c): of the two 2-decimal candidates around
 * |x|, keep the one nearer in double arithmetic; on an exact tie keep the even last digit.
 * NaN and ±Infinity come back unchanged, and so does a number too large to have decimals.
 */
export function roundLikeR2(x: number): number {
  if (x === 0) return 0; // −0 too: R prints it as 0, and so should we
  if (!Number.isFinite(x)) return x;
  const a = Math.abs(x);
  if (a >= 1e13) return x; // R: log10(x) + digits > DBL_DIG (15) means "no rounding needed"
  const scaled = a * 100;
  const low = Math.floor(scaled);
  const down = low / 100;
  const up = Math.ceil(scaled) / 100;
  const distanceUp = up - a;
  const distanceDown = a - down;
  const rounded = distanceUp < distanceDown || (distanceUp === distanceDown && low % 2 === 1) ? up : down;
  return x < 0 && rounded !== 0 ? -rounded : rounded;
}
