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
  // Pagefind asks for its entry file anew at each start, as by default, under a tag known here so that a link can fetch it ahead.
  var cacheTag = String(Date.now());
  window.startPagefind = function () {
    if (!started) {
      started = import(base + 'pagefind/pagefind.js').then(function (pagefind) {
        // In the page's own thread: a worker would cost a second copy of the runtime for searches of a few milliseconds.
        return pagefind.options({ noWorker: true, metaCacheTag: cacheTag }).then(function () {
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
    fetchEngineFiles();
    window.startPagefind();
    // Pagefind's first search makes an Intl.Segmenter, for which Chromium loads its data (some 30 ms); made now, it
    // is ready then, and the making fills time the page spends waiting on the network.
    if (window.Intl && Intl.Segmenter) setTimeout(function () { new Intl.Segmenter(document.documentElement.lang, { granularity: 'grapheme' }); });
    return;
  }
  if (navigator.connection && navigator.connection.saveData) return;
  var whenIdle = window.requestIdleCallback || function (callback) { setTimeout(callback, 300); };
  addEventListener('load', function () {
    whenIdle(function () { window.startPagefind(); }, { timeout: 2000 });
  });

  // For a link: what Pagefind's start fetches one after the other (its entry file, then the index's metadata and
  // WebAssembly that the entry names) asked for at once, while Pagefind's script loads; Pagefind's own requests then
  // find them in. The search index names those two files on the search page (scripts/lib/search/engine-files.ts).
  function fetchEngineFiles() {
    var folder = base + 'pagefind/';
    preload(folder + 'pagefind-entry.json?ts=' + cacheTag);
    (script.getAttribute('data-search-files') || '').split(' ').filter(Boolean).forEach(function (file) {
      preload(folder + file);
    });
  }
  function preload(href) {
    var link = document.createElement('link');
    link.rel = 'preload';
    link.as = 'fetch';
    link.crossOrigin = 'anonymous';
    link.href = href;
    document.head.appendChild(link);
  }
})();
