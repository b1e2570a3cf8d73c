// R's text for a double as write.csv prints it: up to 15 significant digits (80.1 + 0.7 prints
// as 80.8), "Inf"/"-Inf" for infinities, nothing for NA. The slow, general path of the batch
// CLI's ByteWriter (csv-output.ts), which formats the common cases without strings.
export function formatNumberLikeR(value: number): string {
  if (Number.isNaN(value)) return '';
  if (!Number.isFinite(value)) return value > 0 ? 'Inf' : '-Inf';
  const shortest = String(value);
  return shortest.length <= 15 ? shortest : String(Number(value.toPrecision(15)));
}
