// Usage: <div class="chart__body" data-enhance="chart-tooltip"> holding one [data-band] per width,
// whose marks carry data-label and data-value (already formatted by the build).
// Hover, tap or arrow keys show "label: value" over a mark; without JavaScript the chart's
// printed labels and its Data table say the same, so nothing here is needed to read it.
type Step = (index: number, count: number) => number;
const next: Step = (index) => index + 1;
const previous: Step = (index, count) => (index < 0 ? count - 1 : index - 1);
const keySteps = new Map<string, Step>([
  ['ArrowRight', next],
  ['ArrowDown', next],
  ['ArrowLeft', previous],
  ['ArrowUp', previous],
  ['Home', () => 0],
  ['End', (_, count) => count - 1],
]);

export function chartTooltip(body: Element): void {
  if (!(body instanceof HTMLElement)) return;
  const tooltip = document.createElement('div');
  tooltip.className = 'chart-tooltip';
  tooltip.hidden = true;
  // The live region speaks for keyboard users; the tooltip is only the visual echo.
  tooltip.setAttribute('aria-hidden', 'true');
  const status = document.createElement('p');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  body.append(tooltip);
  (body.closest('figure') ?? body).append(status);

  // One Tab stop for the whole chart, on the body rather than a band, so it survives a band
  // switch. role=application lets screen readers pass the arrow keys through; the marks stay
  // inside their role=img and are never focusable themselves.
  const title = body.querySelector('title');
  body.tabIndex = 0;
  body.setAttribute('role', 'application');
  body.setAttribute('aria-label', `${title?.textContent ?? 'Chart'}, interactive: use arrow keys to move between values`);
  // Every band has the same description; a hidden one still counts when referenced by id.
  const desc = body.querySelector('desc');
  if (desc?.id) body.setAttribute('aria-describedby', desc.id);

  let current = -1;
  let active: Element | undefined;

  // Only the band that fits is displayed, and that can change at any resize: ask each time.
  const marks = (): Element[] => {
    const band = [...body.querySelectorAll<HTMLElement>('[data-band]')].find((candidate) => candidate.offsetWidth > 0);
    return band ? [...band.querySelectorAll('[data-mark]')] : [];
  };

  const hide = () => {
    tooltip.hidden = true;
    status.textContent = '';
    active?.classList.remove('is-active');
    active = undefined;
  };

  const show = (mark: Element, announce: boolean) => {
    active?.classList.remove('is-active');
    active = mark;
    mark.classList.add('is-active');
    const text = `${mark.getAttribute('data-label')}: ${mark.getAttribute('data-value')}`;
    tooltip.textContent = text;
    tooltip.hidden = false;
    const frame = body.getBoundingClientRect();
    const box = mark.getBoundingClientRect();
    // Centred over the mark, but kept inside the chart so it is never cut off at an edge.
    const half = tooltip.offsetWidth / 2;
    const x = Math.min(Math.max(box.left + box.width / 2 - frame.left, half), frame.width - half);
    tooltip.style.left = `${x}px`;
    tooltip.style.top = `${box.top - frame.top}px`;
    if (announce) status.textContent = text;
  };

  const showMark = (target: EventTarget | null, announce = false) => {
    const mark = target instanceof Element ? target.closest('[data-mark]') : null;
    if (!mark) return hide();
    current = marks().indexOf(mark);
    show(mark, announce);
  };

  body.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') return hide();
    const step = keySteps.get(event.key);
    const list = marks();
    if (!step || list.length === 0 || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    current = Math.min(Math.max(step(current, list.length), 0), list.length - 1);
    show(list[current]!, true);
  });
  // Touch fires pointer events around a tap too; the click that follows is what shows the value.
  body.addEventListener('pointerover', (event) => {
    if (event.pointerType !== 'touch') showMark(event.target);
  });
  body.addEventListener('pointerleave', (event) => {
    if (event.pointerType !== 'touch') hide();
  });
  body.addEventListener('click', (event) => showMark(event.target));
  body.addEventListener('focusout', hide);
  // After a band switch the shown mark is no longer displayed: follow it into the new band.
  new ResizeObserver(() => {
    const mark = active && marks()[current];
    if (mark) show(mark, false);
  }).observe(body);
}
