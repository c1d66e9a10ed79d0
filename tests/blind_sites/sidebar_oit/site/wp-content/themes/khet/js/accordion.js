document.addEventListener('DOMContentLoaded',function(){
document.querySelectorAll('.ita-accordion li.menu-item-has-children > a').forEach(function(a){
a.addEventListener('click',function(e){var ul=a.nextElementSibling;if(!ul)return;
if(a.getAttribute('href')==='#'||ul.style.display==='none'){e.preventDefault();}
ul.style.display=(ul.style.display==='none')?'block':'none';});});});
