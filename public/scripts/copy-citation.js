// Sao chép trích dẫn: complete the citation with the page's full address (the site's, from the canonical link,
// when the site's address is known; else the one browsed), then copy it.
// Without JavaScript the citation stays on the page as text to select.
// A block: classic scripts share one global scope.
{
  const base = document.querySelector('link[rel="canonical"]')?.href ?? window.location.href;
  for (const box of document.querySelectorAll('.citation-box')) {
    const text = box.querySelector('.citation-text');
    const button = box.querySelector('.copy-citation');
    const status = box.querySelector('.copy-status');
    const address = new URL(text.dataset.permalink, base).href;
    text.textContent = text.dataset.citationPrefix + address;
    button.hidden = false;
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(text.textContent);
      } catch {
        const range = document.createRange();
        range.selectNodeContents(text);
        const selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
        document.execCommand('copy');
      }
      status.textContent = 'Đã sao chép trích dẫn.';
    });
  }
}
