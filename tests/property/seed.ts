// Reproducible fast-check runs: a fixed seed per test file, overridable with FC_SEED=<n>
// to replay a failure that CI printed (fast-check prints the seed and the path).
export function fcParams(defaultSeed: number, numRuns: number): { seed: number; numRuns: number } {
  const fromEnv = process.env.FC_SEED;
  const seed = fromEnv !== undefined && fromEnv !== '' ? Number(fromEnv) : defaultSeed;
  return { seed, numRuns: Number(process.env.FC_RUNS ?? numRuns) };
}
