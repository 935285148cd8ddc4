// Words are counted as a reader meets them: runs of letters between spaces, which is how English
// and Korean are written (a Korean word, eojeol, is a run of syllables between spaces), and one
// word per character in Chinese and Japanese, which are written without spaces. The reading-time
// package counted every Hangul syllable as a word, so a Korean story read two to three times
// longer than it is; it also took ~1 ms a story, a second of every 1,000-story build.
const unspacedCharacter = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const wordsPerMinute = 200;

/** Words in prose: space-separated runs, plus each Chinese or Japanese character. */
export function wordCount(prose: string): number {
  const unspaced = prose.match(unspacedCharacter)?.length ?? 0;
  const spaced = unspaced > 0 ? prose.replace(unspacedCharacter, ' ') : prose;
  return unspaced + (spaced.match(/\S+/g)?.length ?? 0);
}

/** Whole minutes to read an MDX body, counting prose only (not components or comments). */
export function minutesToRead(mdxBody: string): number {
  const prose = mdxBody
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replace(/^(import|export)\s.*$/gm, ' ')
    .replace(/<[^>]+>/g, ' ');
  return Math.max(1, Math.round(wordCount(prose) / wordsPerMinute));
}
