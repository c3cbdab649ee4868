// A long document's own page sends an address of one of its items (`/<document>/#<id>`, as bulletins cite it)
// on to the page of the document that holds the id: the page naming it apart, else the one holding the
// narrowest whole part it is in (`iii-2-y4` is in `iii-2`, in `iii`). src/lib/document-pages.ts reads it alike.
(function () {
  const data = document.getElementById('cac-trang-van-ban');
  if (!data) return;
  const pages = JSON.parse(data.textContent);
  function pageOf(id) {
    const named = pages.find((page) => page.exact.includes(id));
    if (named) return named;
    let found = null;
    let length = -1;
    for (const page of pages) {
      for (const root of page.roots) {
        if ((id === root || id.startsWith(root + '-')) && root.length > length) {
          found = page;
          length = root.length;
        }
      }
    }
    return found;
  }
  function forward() {
    const id = decodeURIComponent(location.hash.slice(1));
    if (!id || document.getElementById(id)) return;
    const page = pageOf(id);
    if (page) location.replace(page.path + '#' + encodeURIComponent(id));
  }
  forward();
  window.addEventListener('hashchange', forward);
})();
