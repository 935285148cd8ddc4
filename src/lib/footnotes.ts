// Footnotes are numbered in the order they appear on the page. Astro renders a page's components
// concurrently, so a counter read at render time could number them out of order: each <Footnote>
// leaves a placeholder instead, and the story layout numbers the placeholders in the finished body.

export interface Note {
  number: number;
  html: string;
}

const placeholderStart = '<readout-footnote key="';
const placeholderEnd = '"></readout-footnote>';

/** One page's footnotes: collected while the body renders, numbered once it has. */
export class Footnotes {
  readonly #notes: string[] = [];

  /** Keeps a note's HTML and returns the placeholder to put where its reference goes. */
  add(html: string): string {
    this.#notes.push(html);
    return `${placeholderStart}${this.#notes.length - 1}${placeholderEnd}`;
  }

  /** The body with each placeholder replaced by a numbered reference, and the notes in that order. */
  number(body: string): { html: string; notes: Note[] } {
    const notes: Note[] = [];
    // No scan of a page without notes; and indexOf, not a regular expression, for pages with them:
    // a story page is ~50 KB of mostly chart markup, which a regular expression scanned at ~0.5 ms a page.
    if (this.#notes.length === 0) return { html: body, notes };
    let html = '';
    let from = 0;
    for (let start = body.indexOf(placeholderStart); start !== -1; start = body.indexOf(placeholderStart, from)) {
      const end = body.indexOf(placeholderEnd, start);
      if (end === -1) break;
      const number = notes.length + 1;
      notes.push({ number, html: this.#notes[Number(body.slice(start + placeholderStart.length, end))] ?? '' });
      html += body.slice(from, start) + footnoteReference(number);
      from = end + placeholderEnd.length;
    }
    return { html: html + body.slice(from), notes };
  }
}

export const noteId = (number: number) => `note-${number}`;
export const noteRefId = (number: number) => `note-ref-${number}`;

function footnoteReference(number: number): string {
  return `<sup class="footnote-ref"><a href="#${noteId(number)}" id="${noteRefId(number)}" aria-label="Note ${number}">${number}</a></sup>`;
}
