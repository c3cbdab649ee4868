// Printing. Every link of the page's content gets a note number, and the notes, after the content, give each
// full address: the site's (from the canonical link, when the site's address is known), else the one browsed.
// The sheet says which site, which page and what day it was printed. The "In" buttons print.
// Without JavaScript the page prints its text, without notes.
// A block: classic scripts share one global scope.
{
  const main = document.querySelector('main');
  const base = document.querySelector('link[rel="canonical"]')?.href ?? window.location.href;

  function writeNotes() {
    const numbers = new Map();
    for (const link of main.querySelectorAll('a[href]')) {
      const href = link.getAttribute('href');
      if (href.startsWith('#') || link.closest('.breadcrumbs, .pagination, .downloads, .chips, .print-notes')) continue;
      const address = new URL(href, base).href;
      if (!numbers.has(address)) numbers.set(address, numbers.size + 1);
      link.dataset.note = String(numbers.get(address));
    }
    if (numbers.size === 0) return;
    const section = document.createElement('section');
    section.className = 'print-notes';
    section.setAttribute('aria-label', 'Địa chỉ các liên kết (khi in)');
    const heading = document.createElement('h2');
    heading.textContent = 'Địa chỉ các liên kết';
    const list = document.createElement('ol');
    for (const address of numbers.keys()) {
      const item = document.createElement('li');
      item.textContent = address;
      list.append(item);
    }
    section.append(heading, list);
    main.append(section);
  }

  function stamp() {
    const address = new URL(window.location.pathname + window.location.search, base).href;
    for (const element of document.querySelectorAll('[data-print-address]')) element.textContent = address;
    // dd/mm/yyyy, as vi-VN writes it, without Intl: its locale data costs every page tens of milliseconds at load.
    const now = new Date();
    const today = [now.getDate(), now.getMonth() + 1].map((part) => String(part).padStart(2, '0')).concat(String(now.getFullYear())).join('/');
    for (const element of document.querySelectorAll('[data-print-date]')) element.textContent = today;
  }

  writeNotes();
  stamp();
  window.addEventListener('beforeprint', stamp);
  for (const button of document.querySelectorAll('[data-print]')) {
    button.hidden = false;
    button.addEventListener('click', () => window.print());
  }
}
