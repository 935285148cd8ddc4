// Usage: <section data-enhance="share-actions" data-share-title data-share-url> holding buttons
// with data-copy="#field" data-copied="Link copied" (copy that field's text) and data-native-share,
// and one [data-share-status] live region. The buttons stay hidden without JavaScript: the fields
// are selectable text and work as they are.

async function copyText(text: string, field: HTMLInputElement | HTMLTextAreaElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Older browsers, or clipboard access refused: select the text so Ctrl+C finishes the job.
    field.focus();
    field.select();
    return false;
  }
}

export function shareActions(root: Element): void {
  if (!(root instanceof HTMLElement)) return;
  const status = root.querySelector<HTMLElement>('[data-share-status]');
  const announce = (message: string) => {
    if (!status) return;
    // Cleared first so the same message twice is announced twice.
    status.textContent = '';
    window.setTimeout(() => (status.textContent = message), 50);
  };

  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    const field = root.querySelector<HTMLInputElement | HTMLTextAreaElement>(button.dataset.copy ?? '');
    if (!field) continue;
    button.hidden = false;
    button.addEventListener('click', async () => {
      const copied = await copyText(field.value, field);
      announce(copied ? (button.dataset.copied ?? 'Copied') : 'Selected: press Ctrl+C or ⌘C to copy');
    });
  }

  const share = root.querySelector<HTMLButtonElement>('button[data-native-share]');
  const url = root.dataset.shareUrl;
  if (share && url && typeof navigator.share === 'function') {
    share.hidden = false;
    share.addEventListener('click', () => {
      // A dismissed share sheet rejects; nothing to tell the reader.
      navigator.share({ title: root.dataset.shareTitle ?? document.title, url }).catch(() => undefined);
    });
  }
}
