// Footnotes are numbered in the order they appear on the page. Astro renders a page's components
// concurrently, so a counter read at render time could number them out of order: each <Footnote>
// leaves a placeholder instead, and the story layout numbers the placeholders in the finished body.

export interface Note {
  number: number;
  html: string;
}

const placeholder = /<readout-footnote key="(\d+)"><\/readout-footnote>/g;

/** One page's footnotes: collected while the body renders, numbered once it has. */
export class Footnotes {
  readonly #notes: string[] = [];

  /** Keeps a note's HTML and returns the placeholder to put where its reference goes. */
  add(html: string): string {
    this.#notes.push(html);
    return `<readout-footnote key="${this.#notes.length - 1}"></readout-footnote>`;
  }

  /** The body with each placeholder replaced by a numbered reference, and the notes in that order. */
  number(body: string): { html: string; notes: Note[] } {
    const notes: Note[] = [];
    const html = body.replace(placeholder, (_, key: string) => {
      const number = notes.length + 1;
      notes.push({ number, html: this.#notes[Number(key)] ?? '' });
      return footnoteReference(number);
    });
    return { html, notes };
  }
}

export const noteId = (number: number) => `note-${number}`;
export const noteRefId = (number: number) => `note-ref-${number}`;

function footnoteReference(number: number): string {
  return `<sup class="footnote-ref"><a href="#${noteId(number)}" id="${noteRefId(number)}" aria-label="Note ${number}">${number}</a></sup>`;
}
