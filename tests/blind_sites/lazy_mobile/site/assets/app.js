(function(){
  function el(t,c,txt){var e=document.createElement(t);if(c)e.className=c;if(txt)e.textContent=txt;return e;}
  /* main menu from JSON */
  fetch('/assets/menu.json').then(function(r){return r.json();}).then(function(m){
    var nav=document.getElementById('menu');var ul=el('ul');
    m.items.forEach(function(it){var li=el('li');var a=el('a',null,it.title);a.href=it.url||'#';li.appendChild(a);
      if(it.children){var sub=el('ul');it.children.forEach(function(c){var l2=el('li');var a2=el('a',null,c.title);a2.href=c.url;l2.appendChild(a2);sub.appendChild(l2);});li.appendChild(sub);}
      ul.appendChild(li);});
    nav.appendChild(ul);});
  document.getElementById('burger').addEventListener('click',function(){var n=document.getElementById('menu');n.hidden=!n.hidden;});
  /* lazy images and frames */
  function show(e){if(e.getAttribute('data-src')){e.src=e.getAttribute('data-src');e.removeAttribute('data-src');}}
  var lazy=[].slice.call(document.querySelectorAll('[data-src]'));
  if('IntersectionObserver' in window){var io=new IntersectionObserver(function(es){es.forEach(function(x){if(x.isIntersecting){show(x.target);io.unobserve(x.target);}});});lazy.forEach(function(e){io.observe(e);});}
  else{lazy.forEach(show);}
  /* buttons that open a document */
  document.addEventListener('click',function(ev){var t=ev.target.closest('[data-file]');if(t){ev.preventDefault();window.open(t.getAttribute('data-file'));}});
  /* load more */
  function render(list,items){items.forEach(function(it){var d=el('div','post');var a=el('a',null,it.title);a.href=it.url;d.appendChild(a);
      if(it.date){d.appendChild(el('small',null,' '+it.date));}
      (it.files||[]).forEach(function(f){var b=el('a','att',f.name);b.href='javascript:void(0)';b.setAttribute('data-file',f.url);d.appendChild(b);});
      list.appendChild(d);});}
  [].slice.call(document.querySelectorAll('button[data-api]')).forEach(function(btn){
    var list=document.getElementById(btn.getAttribute('data-target'));
    function load(){var n=btn.getAttribute('data-next');btn.disabled=true;btn.textContent='กำลังโหลด...';
      fetch(btn.getAttribute('data-api')+n).then(function(r){return r.json();}).then(function(j){render(list,j.items);
        btn.disabled=false;btn.textContent='โหลดเพิ่ม';
        if(j.next_page){btn.setAttribute('data-next',j.next_page);}else{btn.style.display='none';}});}
    btn.addEventListener('click',load);if(btn.hasAttribute('data-autoload')){load();}
  });
})();
