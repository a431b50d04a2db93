/** `1 error`, `2 errors`, `0 warnings`: a count with its noun. */
export function formatCount(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
