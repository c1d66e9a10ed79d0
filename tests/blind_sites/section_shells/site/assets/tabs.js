
function showTab(btn, id){
  var root = btn.closest('.yeartabs');
  root.querySelectorAll('.pane').forEach(function(p){p.style.display='none';});
  root.querySelectorAll('.tabs button').forEach(function(b){b.classList.remove('active');});
  document.getElementById(id).style.display='block'; btn.classList.add('active');
}
