/* เว็บไซต์สำนักงานเขตประเวศ — front-end (ES2017, no build) */
(function () {
  'use strict';

  const SITE = {
    name: 'สำนักงานเขตประเวศ',
    sub: 'Prawet District Office · กรุงเทพมหานคร',
    menu: [
      { t: 'หน้าแรก', to: '/' },
      { t: 'เกี่ยวกับเขต', kids: [
        { t: 'โครงสร้าง / อำนาจหน้าที่', to: '/about/' },
        { t: 'ผู้บริหารเขต', to: '/about/executives.html' },
        { t: 'นโยบายผู้ว่าฯ กทม. และแผนพัฒนา', to: '/policy/' },
        { t: 'โรงเรียนในสังกัด', to: '/info/schools.html' } ] },
      { t: 'ข่าวสาร', to: '/news/' },
      { t: 'บริการประชาชน', kids: [
        { t: 'บริการออนไลน์ (E-Service)', to: '/eservice/' },
        { t: 'คู่มือประชาชน', to: '/manual/service.html' },
        { t: 'การขออนุญาต', to: '/permit/' } ] },
      { t: 'ITA / OIT ๒๕๖๘', to: '/oit/' },
      { t: 'ติดต่อเรา', to: '/contact/' }
    ],
    // ข่าวหน้าแรก
    news: [
      { d: '2025-07-18', t: 'เขตประเวศลงพื้นที่ขุดลอกคลองประเวศบุรีรมย์ รับมือฤดูฝน ๒๕๖๘', to: '/news/680718-canal.html' },
      { d: '2025-06-27', t: 'ประชุมคณะกรรมการชุมชน ไตรมาส ๓ ปีงบประมาณ ๒๕๖๘', to: '/news/680627-community.html' },
      { d: '2025-05-09', t: 'สรุปผลโครงการหน้าบ้านน่ามอง ถนนเฉลิมพระเกียรติ ร.๙', to: '/news/680509-frontyard.html' },
      { d: '2025-03-14', t: 'รายงานผลการดำเนินงานตามนโยบาย ๙ ด้าน ๙ ดี รอบ ๖ เดือน', to: '/news/680314-9d9d.html' }
    ],
    banners: [
      { t: 'แจ้งเหตุ/ร้องเรียนผ่าน Traffy Fondue', href: 'https://www.traffy.in.th/' },
      { t: 'จองคิวล่วงหน้า BMA Q', href: 'https://q.bangkok.go.th/' }
    ]
  };

  const TH_MONTH = ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'];
  const thDigits = (s) => String(s).replace(/[0-9]/g, (c) => '๐๑๒๓๔๕๖๗๘๙'[+c]);
  const thDate = (iso) => {
    const [y, m, d] = iso.split('-').map(Number);
    return thDigits(d + ' ' + TH_MONTH[m - 1] + ' ' + String(y + 543).slice(2));
  };

  function el(tag, attrs, ...kids) {
    const n = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => {
      if (k === 'class') n.className = v; else n.setAttribute(k, v);
    });
    kids.flat().forEach((k) => n.append(k && k.nodeType ? k : document.createTextNode(k == null ? '' : k)));
    return n;
  }

  function chrome(root) {
    const menu = el('ul', { class: 'menu' }, SITE.menu.map((m) => {
      if (!m.kids) return el('li', {}, el('a', { href: m.to }, m.t));
      return el('li', { class: 'has-sub' }, el('span', {}, m.t),
        el('ul', { class: 'sub' }, m.kids.map((k) => el('li', {}, el('a', { href: k.to }, k.t)))));
    }));
    const header = el('header', { class: 'top' },
      el('div', { class: 'brand' }, el('img', { src: '/img/logo-bma.png', width: 40, height: 40, alt: '' }),
        el('div', {}, el('b', {}, SITE.name), el('small', {}, SITE.sub))), menu);
    const main = el('main', { class: 'wrap', id: 'view' });
    const foot = el('footer', { class: 'foot' },
      el('p', {}, SITE.name + ' ' + 'เลขที่ ๙ ซอยอ่อนนุช ๖๕ ถนนอ่อนนุช แขวงประเวศ เขตประเวศ กรุงเทพฯ ๑๐๒๕๐'),
      el('p', {}, 'โทร ๐ ๒๓๒๘ ๗๑๒๑-๔ · ', el('a', { href: '/contact/' }, 'ติดต่อเรา')));
    root.append(header, main, foot);
    return main;
  }

  function home(view) {
    view.append(el('h1', {}, 'ยินดีต้อนรับสู่เว็บไซต์' + SITE.name));
    view.append(el('div', { class: 'banners' }, SITE.banners.map((b) => el('a', { href: b.href, class: 'banner' }, b.t, ' '))));
    view.append(el('h2', {}, 'ข่าวประชาสัมพันธ์ / ผลการดำเนินงาน'));
    SITE.news.forEach((n) => view.append(
      el('div', { class: 'news-card' }, el('small', {}, thDate(n.d)), el('br'), el('a', { href: n.to }, n.t))));
    view.append(el('p', {}, el('a', { href: '/news/' }, 'ข่าวทั้งหมด »')));
  }

  function linkOf(l, base) {
    if (l.page) return l.page;
    if (l.href) return l.href;
    return base + l.f;
  }

  function monthLabel(ym) {
    const [y, m] = ym.split('-').map(Number);
    return TH_MONTH[m - 1] + ' ' + thDigits(String(y).slice(2));
  }

  async function oit(view) {
    view.append(el('p', { class: 'pending' }, 'กำลังโหลดข้อมูล...'));
    let data;
    try {
      const r = await fetch('/api/oit.json', { cache: 'no-store' });
      data = await r.json();
    } catch (e) {
      view.textContent = 'ไม่สามารถโหลดข้อมูลได้ กรุณาลองใหม่อีกครั้ง';
      return;
    }
    view.textContent = '';
    view.append(el('h1', {}, data.title), el('p', {}, data.intro || ''));
    data.groups.forEach((g) => {
      const box = el('section', { class: 'oit-group' }, el('h2', {}, g.name));
      g.items.forEach((it) => {
        const row = el('div', { class: 'oit-item' }, el('span', { class: 'oit-code' }, it.code), el('span', {}, it.title));
        const list = el('ul', {});
        (it.links || []).forEach((l) => list.append(el('li', {}, el('a', { href: linkOf(l, data.base), target: l.page ? '_self' : '_blank' }, l.t))));
        if (it.series) {
          const s = it.series;
          const li = el('li', {}, s.label + ': ');
          s.months.forEach((ym, i) => {
            if (i) li.append(' | ');
            li.append(el('a', { href: data.base + s.pattern.replace('{m}', ym), target: '_blank' }, monthLabel(ym)));
          });
          list.append(li);
        }
        if (it.note) list.append(el('li', { class: 'pending' }, it.note));
        row.append(list);
        box.append(row);
      });
      view.append(box);
    });
    view.append(el('p', {}, el('small', {}, 'ปรับปรุงข้อมูลล่าสุด ' + data.updated)));
  }

  document.addEventListener('DOMContentLoaded', () => {
    const root = document.getElementById('root');
    if (!root) return;
    const view = chrome(root);
    const p = location.pathname.replace(/index\.html$/, '');
    if (p === '/oit/' || p === '/oit') oit(view); else home(view);
  });
})();
