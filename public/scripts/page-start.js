// Before the page is drawn: what needs JavaScript (the search page) takes its place at once, and nothing moves later.
document.documentElement.classList.add('js');

// Pagefind (its script, WebAssembly and index metadata, then init()) started before the reader searches, once:
// at once on the search page opened with a query or a filter (a link from a bulletin), in parallel with the page;
// elsewhere once the page has loaded and is idle, so that the search page (the header's box leads there) finds its
// files in the cache, and its own start finds the engine ready. Never on a connection that asks to save data,
// unless the reader is already searching. The search page waits on window.startPagefind() (src/client/search/engine.ts).
(function () {
  var script = document.currentScript;
  var base = script.src.slice(0, script.src.lastIndexOf('/scripts/') + 1);
  var started = null;
  window.startPagefind = function () {
    if (!started) {
      started = import(base + 'pagefind/pagefind.js').then(function (pagefind) {
        // In the page's own thread: a worker would cost a second copy of the runtime for searches of a few milliseconds.
        return pagefind.options({ noWorker: true }).then(function () {
          return pagefind.init();
        }).then(function () {
          // init() only begins: a preload of no words waits until the WebAssembly and metadata are in, and fetches nothing more.
          return pagefind.preload('');
        }).then(function () {
          return pagefind;
        });
      });
      // Said on the page (the search page then submits its form as a plain link); whoever searches hears of a failure.
      started.then(
        function () { document.documentElement.setAttribute('data-search-engine', 'ready'); },
        function () { document.documentElement.setAttribute('data-search-engine', 'failed'); }
      );
    }
    return started;
  };
  if (script.hasAttribute('data-search-page') && location.search.length > 1) {
    window.startPagefind();
    return;
  }
  if (navigator.connection && navigator.connection.saveData) return;
  var whenIdle = window.requestIdleCallback || function (callback) { setTimeout(callback, 300); };
  addEventListener('load', function () {
    whenIdle(function () { window.startPagefind(); }, { timeout: 2000 });
  });
})();
