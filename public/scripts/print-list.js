// In danh sách: a button that prints the list, and the full addresses of its notes (the page writes them
// site-relative when it does not know the site's address). Without JavaScript the browser's own print works
// the same, with site-relative addresses.
for (const button of document.querySelectorAll('[data-print]')) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}
for (const address of document.querySelectorAll('.print-notes [data-href]')) {
  address.textContent = new URL(address.dataset.href, window.location.href).href;
}
