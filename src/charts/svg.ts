// A tiny element tree and its serializer. Marks build trees; one serializer escapes text,
// rounds numbers (stable snapshots, smaller files) and decides how colours are written.

export type AttrValue = string | number | boolean | undefined | null;
export type Attrs = Record<string, AttrValue>;
export type Child = SvgNode | string | null | undefined | false;

export interface SvgNode {
  tag: string;
  attrs: Attrs;
  children: Child[];
}

export function el(tag: string, attrs: Attrs = {}, ...children: (Child | Child[])[]): SvgNode {
  // A loop, not children.flat(): every mark of every chart passes through here.
  const flat: Child[] = [];
  for (const child of children) {
    if (Array.isArray(child)) for (const item of child) flat.push(item);
    else flat.push(child);
  }
  return { tag, attrs, children: flat };
}

/** A group that disappears when empty, so optional marks leave no trace in the output. */
export function group(attrs: Attrs, children: Child[]): SvgNode | null {
  return children.some(Boolean) ? el('g', attrs, children) : null;
}

export function round(value: number, digits = 1): number {
  const factor = 10 ** digits;
  const rounded = Math.round(value * factor) / factor;
  return Object.is(rounded, -0) ? 0 : rounded;
}

// Most strings need no escaping; testing first saves the replace chains on the build's hot path.
const textSpecials = /[&<>]/;
const attrSpecials = /[&<>"]/;

export function escapeText(text: string): string {
  return textSpecials.test(text) ? text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') : text;
}

export function escapeAttr(text: string): string {
  return attrSpecials.test(text) ? escapeText(text).replace(/"/g, '&quot;') : text;
}

/**
 * How class-named colours are written. In a page, classes point at CSS custom properties so the
 * chart follows the theme; a standalone file has no stylesheet, so colours become attributes.
 */
export type Paint = (className: string) => Attrs | undefined;

export interface RenderOptions {
  paint?: Paint;
}

const voidHtml = new Set(['br', 'col', 'hr', 'img', 'input', 'meta', 'wbr']);

function renderAttrs(attrs: Attrs): string {
  let out = '';
  for (const name in attrs) {
    const value = attrs[name];
    if (value === undefined || value === null || value === false) continue;
    if (value === true) out += ` ${name}`;
    else if (typeof value === 'number') out += ` ${name}="${round(value)}"`;
    else out += ` ${name}="${escapeAttr(value)}"`;
  }
  return out;
}

function paintAttrs(attrs: Attrs, paint: Paint | undefined): Attrs {
  if (!paint || typeof attrs['class'] !== 'string') return attrs;
  const painted: Attrs = {};
  for (const className of attrs['class'].split(/\s+/)) Object.assign(painted, paint(className));
  return { ...attrs, ...painted };
}

export function render(node: Child, options: RenderOptions = {}): string {
  if (node === null || node === undefined || node === false) return '';
  if (typeof node === 'string') return escapeText(node);
  // Markup serialized earlier (a chart drawing inside its figure) goes through as it is.
  if (node.tag === '#raw') return node.children.join('');
  const attrs = renderAttrs(paintAttrs(node.attrs, options.paint));
  if (node.children.length === 0 && voidHtml.has(node.tag)) return `<${node.tag}${attrs}>`;
  if (node.children.length === 0 && !isHtml(node.tag)) return `<${node.tag}${attrs}/>`;
  let inner = '';
  for (const child of node.children) inner += render(child, options);
  return `<${node.tag}${attrs}>${inner}</${node.tag}>`;
}

const svgTags = new Set(['svg', 'g', 'path', 'rect', 'line', 'circle', 'text', 'tspan', 'title', 'desc', 'polyline', 'polygon', 'defs', 'pattern', 'clipPath', 'use']);

function isHtml(tag: string): boolean {
  return !svgTags.has(tag);
}
