
document.addEventListener('click',function(e){
  var t=e.target.closest('[data-bs-toggle="modal"]');
  if(t){var m=document.querySelector(t.getAttribute('data-bs-target'));if(m){m.classList.add('show');}e.preventDefault();return;}
  var c=e.target.closest('[data-bs-dismiss="modal"]');
  if(c){c.closest('.modal').classList.remove('show');}
  if(e.target.classList && e.target.classList.contains('modal')){e.target.classList.remove('show');}
});
