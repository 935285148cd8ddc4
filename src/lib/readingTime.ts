import readingTime from 'reading-time';

/** Whole minutes to read an MDX body, counting prose only (not components or comments). */
export function minutesToRead(mdxBody: string): number {
  const prose = mdxBody
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replace(/^(import|export)\s.*$/gm, ' ')
    .replace(/<[^>]+>/g, ' ');
  return Math.max(1, Math.round(readingTime(prose).minutes));
}
