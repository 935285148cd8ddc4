import { withoutCommentsAndCode } from './chartPlacement.ts';

// Markdown images in a story body, checked before anything renders: each needs alt text, and
// must be a file beside the story (pages load nothing from other sites).

const imagePattern = /!\[([^\]]*)\]\(\s*<?([^\s)>]*)>?(?:\s+["'(][^)]*)?\)/g;

/** Every image problem in an MDX body, as "file:line: problem" lines. */
export function imageProblems(file: string, body: string, firstLine = 1): string[] {
  const source = withoutCommentsAndCode(body);
  const problems: string[] = [];
  for (const match of source.matchAll(imagePattern)) {
    const [, alt = '', src = ''] = match;
    const where = `${file}:${firstLine + (source.slice(0, match.index).match(/\n/g)?.length ?? 0)}: image ${src}`;
    if (alt.trim() === '') {
      problems.push(`${where}: alt text missing; describe what the image shows for readers who cannot see it, e.g. ![Officials of the PIPC and KISA at the meeting in Beijing](${src})`);
    }
    if (/^([a-z]+:)?\/\//i.test(src)) {
      problems.push(`${where}: images must be files beside the story (pages load nothing from other sites); save it in the story folder and write ![…](./photo.jpg)`);
    }
  }
  return problems;
}
