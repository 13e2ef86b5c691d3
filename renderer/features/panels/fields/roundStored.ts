/**
 * Rounds a value computed from what a person typed before it enters the document, so
 * 1,3 hours is stored as 78 minutes and not 78.00000000000001. Six decimals are far
 * below anything a person can type or read, and keep the file tidy.
 */
export function roundStored(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
