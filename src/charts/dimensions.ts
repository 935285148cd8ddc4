// Charts are drawn at build time once per width band; CSS container queries show the band
// that fits the space. Within a band the SVG scales by at most ~1.25x, and never below the
// point where the smallest text (13 units) would render under 12 CSS px.

export const fontSize = { tick: 13, label: 14, value: 14, title: 15 } as const;
export const minRenderedText = 12;

/** Layout widths, narrowest first. */
export const bandWidths = [280, 380, 520, 700, 940] as const;

/**
 * The container width from which each band is shown: where the band's smallest text, scaled
 * down to fit, is still 12 px. The first band is the fallback for anything narrower.
 */
export const bandThresholds: readonly number[] = bandWidths.map((width, index) =>
  index === 0 ? 0 : Math.ceil((minRenderedText * width) / fontSize.tick),
);

/**
 * The bands a chart needs in a container that is never wider than `maxWidth` px: a band whose
 * threshold lies beyond it could never be shown. The widest band drawn is shown from its
 * threshold up, however wide the container (the CSS hides a band only when a wider one follows).
 */
export function bandsUpTo(maxWidth: number): number[] {
  return bandWidths.filter((_, index) => bandThresholds[index]! < maxWidth);
}

export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface Frame {
  width: number;
  height: number;
  margin: Margin;
  /** Plot area, inside the margins. */
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export function frame(width: number, height: number, margin: Margin): Frame {
  return {
    width,
    height,
    margin,
    left: margin.left,
    right: width - margin.right,
    top: margin.top,
    bottom: height - margin.bottom,
  };
}

// Average advance widths of a system sans-serif, in ems, set a little above DejaVu Sans (the
// widest common default, measured in Chromium). A label measured too long only costs space;
// one measured too short collides or is clipped.
const wideChar = /[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/;

function charWidth(char: string): number {
  if (wideChar.test(char)) return 1;
  if (char === ' ') return 0.33;
  if (/[il.,:;'’!|]/.test(char)) return 0.34;
  if (/[mwMW@%]/.test(char)) return 0.98;
  if (/[A-Z]/.test(char)) return 0.74;
  if (/[0-9]/.test(char)) return 0.66;
  return 0.63;
}

// Layouts measure every label several times; a table answers for the common characters.
const asciiWidths = Float64Array.from({ length: 128 }, (_, code) => charWidth(String.fromCharCode(code)));

/** Estimated rendered width of a line of text at a font size, in px. */
export function textWidth(text: string, size: number): number {
  let ems = 0;
  for (const char of text) {
    const code = char.charCodeAt(0);
    ems += code < 128 ? asciiWidths[code]! : charWidth(char);
  }
  return ems * size;
}

/** Greedy word wrap to a width; a single over-long word gets a line of its own. */
export function wrapText(text: string, size: number, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, size) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Shortens text to fit a width, ending with an ellipsis. */
export function truncateText(text: string, size: number, maxWidth: number): string {
  if (textWidth(text, size) <= maxWidth) return text;
  let out = text;
  while (out.length > 1 && textWidth(`${out}…`, size) > maxWidth) out = out.slice(0, -1);
  return `${out.trimEnd()}…`;
}
