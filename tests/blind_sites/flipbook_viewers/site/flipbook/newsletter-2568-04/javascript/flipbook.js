/* flipbook.js - HTML5 page-flip reader */
(function () {
  function el(t, a) { var e = document.createElement(t); for (var k in a) e.setAttribute(k, a[k]); return e; }
  window.addEventListener('load', function () {
    var cfg = window.bookConfig; if (!cfg) return;
    document.title = cfg.bookTitle;
    var book = document.getElementById('flipbook');
    document.getElementById('bookTitle').textContent = cfg.bookTitle;
    cfg.pages.forEach(function (p, i) {
      var pg = el('div', {'class': 'page', 'data-page': i + 1});
      pg.appendChild(el('img', {src: p.large, alt: 'page ' + (i + 1), width: cfg.pageWidth, height: cfg.pageHeight}));
      book.appendChild(pg);
    });
    if (cfg.searchFile) {
      fetch(cfg.searchFile).then(function (r) { return r.json(); }).then(function (d) { window.bookSearch = d; });
    }
  });
})();
