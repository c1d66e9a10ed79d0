/* viewer.js - minimal PDF.js application glue */
(function () {
  'use strict';
  var DEFAULT_URL = 'compressed.tracemonkey-pldi-09.pdf';
  function getFile() {
    var params = new URLSearchParams(window.location.search);
    var f = params.get('file');
    return f ? decodeURIComponent(f) : DEFAULT_URL;
  }
  function showError(msg) {
    var w = document.getElementById('errorWrapper');
    document.getElementById('errorMessage').textContent = msg;
    w.hidden = false;
  }
  document.addEventListener('DOMContentLoaded', function () {
    var file = getFile();
    var url = new URL(file, window.location.href).href;
    document.getElementById('download').href = url;
    document.getElementById('title').textContent = decodeURIComponent(url.split('/').pop());
    document.title = decodeURIComponent(url.split('/').pop()) + ' - PDF.js viewer';
    pdfjsLib.getDocument(url).promise.then(function (pdf) {
      document.getElementById('numPages').textContent = '/ ' + pdf.numPages;
      for (var i = 1; i <= pdf.numPages; i++) { PDFViewerApplication.renderPage(pdf, i); }
    }).catch(function (e) {
      showError('Missing PDF file. เกิดข้อผิดพลาดในการโหลดเอกสาร PDF (' + url + ')');
    });
  });
})();
