// Usage: <body data-enhance="embed-height" data-embed-id="<slug>/<chart-id>"> on an embed page.
// Tells the page that frames this one how tall the content is, each time that changes (a width
// band switch, wrapping text, an opened table), so the host snippet can size the iframe.
// Protocol: docs/embedding.md. Without a listening host nothing happens and the frame scrolls.
export function embedHeight(root: Element): void {
  const id = root.getAttribute('data-embed-id');
  if (!id || window.parent === window) return;
  let last = 0;
  new ResizeObserver(() => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    // Any origin may frame an embed, and the message holds nothing private: a public id and a size.
    window.parent.postMessage({ type: 'readout:embed-height', v: 1, id, height }, '*');
  }).observe(root);
}
