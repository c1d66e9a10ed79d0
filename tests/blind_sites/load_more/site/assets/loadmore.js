
// โหลดรายการเพิ่มเติม: ดึงข้อมูลจาก /api/list.php ครั้งละ 5 รายการ
(function(){
  function esc(s){return String(s).replace(/[&<>"]/g,function(c){return {'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;'}[c];});}
  function render(it){
    var li=document.createElement('li');
    li.innerHTML='<time>'+esc(it.date_th)+'</time><span><a href="'+esc(it.url)+'"'+(it.type!=='html'?' target="_blank"':'')+'>'+esc(it.title)+'</a> '+(it.type&&it.type!=='html'?'<span class="badge">'+esc(it.type.toUpperCase())+'</span>':'')+'</span>';
    return li;
  }
  document.querySelectorAll('button.btn-more').forEach(function(btn){
    btn.addEventListener('click',function(){
      var cat=btn.getAttribute('data-cat'), off=parseInt(btn.getAttribute('data-offset'),10);
      var ul=document.getElementById(btn.getAttribute('data-target'));
      btn.disabled=true; btn.textContent='กำลังโหลด...';
      fetch('/api/list.php?cat='+encodeURIComponent(cat)+'&offset='+off,{headers:{'Accept':'application/json'}})
        .then(function(r){if(!r.ok) throw new Error('HTTP '+r.status); return r.json();})
        .then(function(data){
          (data.items||[]).forEach(function(it){ul.appendChild(render(it));});
          if(data.has_more){btn.setAttribute('data-offset',data.next_offset);btn.disabled=false;btn.textContent='โหลดเพิ่มเติม';}
          else{btn.remove();}
        })
        .catch(function(e){
          btn.disabled=false; btn.textContent='โหลดเพิ่มเติม';
          var p=document.createElement('p'); p.className='err'; p.textContent='ไม่สามารถโหลดข้อมูลได้ กรุณาลองใหม่อีกครั้ง'; btn.parentNode.insertBefore(p,btn);
        });
    });
  });
})();
