// A document's table of contents: open on a wide screen, where it stands beside the text; folded on a phone.
if (window.matchMedia('(min-width: 60rem)').matches) {
  for (const toggle of document.querySelectorAll('details.outline-toggle')) toggle.open = true;
}
