// Usage: <button data-enhance="theme-toggle" aria-pressed="false" hidden>…</button>
// Flips between light and dark and remembers the choice; the inline script in
// BaseLayout applies the stored choice before first paint.
const storageKey = 'readout-theme';
const darkQuery = '(prefers-color-scheme: dark)';

function activeTheme(): 'light' | 'dark' {
  const chosen = document.documentElement.dataset.theme;
  if (chosen === 'light' || chosen === 'dark') return chosen;
  return window.matchMedia(darkQuery).matches ? 'dark' : 'light';
}

export function themeToggle(button: Element): void {
  if (!(button instanceof HTMLButtonElement)) return;
  const sync = () => button.setAttribute('aria-pressed', String(activeTheme() === 'dark'));
  button.addEventListener('click', () => {
    const next = activeTheme() === 'dark' ? 'light' : 'dark';
    document.documentElement.dataset.theme = next;
    try {
      localStorage.setItem(storageKey, next);
    } catch {
      // Private modes may refuse storage; the choice then lasts for this page only.
    }
    sync();
  });
  window.matchMedia(darkQuery).addEventListener('change', sync);
  sync();
  button.hidden = false;
}
