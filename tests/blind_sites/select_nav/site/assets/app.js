
(function(){
  document.querySelectorAll('[data-href]').forEach(function(el){
    el.addEventListener('click',function(){window.open(el.getAttribute('data-href'),'_blank');});
  });
  document.querySelectorAll('[data-url]').forEach(function(el){
    el.addEventListener('click',function(){location.href=el.getAttribute('data-url');});
  });
})();
