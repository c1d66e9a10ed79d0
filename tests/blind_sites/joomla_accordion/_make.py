#!/usr/bin/env python3
"""Generator of the joomla_accordion blind site (สำนักงานเขตบางบอน, as of 2024-04-30, FY2567).
Joomla SEF URLs with suffix (/index.php/<menu>/<id>-<alias>.html) because a static server cannot
tell index.php?option=com_content&id=NN pages apart. Ground truth: truth.json / truth.md (by hand)."""
import os, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _lib import *

HERE = os.path.dirname(os.path.abspath(__file__))
S = os.path.join(HERE, 'site')
if os.path.exists(S):
    shutil.rmtree(S)
DN = 'สำนักงานเขตบางบอน'
IMG = '/images/ita/2567'


def f(p):
    return os.path.join(S, p.lstrip('/'))


NAV = '''<nav class="container-nav" aria-label="Top Menu">
<ul class="mod-menu mod-list nav navbar-nav dj-megamenu">
<li class="nav-item item-101 default"><a href="/index.php">หน้าหลัก</a></li>
<li class="nav-item item-110 deeper parent"><a href="/index.php/about.html">เกี่ยวกับเรา</a>
 <ul class="mod-menu__sub list-unstyled small">
 <li class="nav-item item-111"><a href="/index.php/about/61-history.html">ประวัติเขตบางบอน</a></li>
 <li class="nav-item item-112"><a href="/index.php/about/12-structure.html">โครงสร้างหน่วยงาน</a></li>
 <li class="nav-item item-113"><a href="/index.php/about/13-executives.html">ผู้บริหาร</a></li>
 <li class="nav-item item-114"><a href="/index.php/about/14-authority.html">อำนาจหน้าที่</a></li>
 </ul></li>
<li class="nav-item item-120"><a href="/index.php/news.html">ข่าวประชาสัมพันธ์</a></li>
<li class="nav-item item-130"><a href="/index.php/ita-2567.html">ITA 2567</a></li>
<li class="nav-item item-140"><a href="/index.php/eservice/33-online-services.html">E-Service</a></li>
<li class="nav-item item-150"><a href="/index.php/travel/60-travel.html">ท่องเที่ยว</a></li>
<li class="nav-item item-160"><a href="/index.php/about/15-contact.html">ติดต่อเรา</a></li>
</ul></nav>'''


def page(path, title, body, created=None, hits=None, itemid=130):
    info = ''
    if created:
        info = f'''<dl class="article-info text-muted"><dt class="article-info-term">รายละเอียด</dt>
<dd class="create"><span class="icon-calendar"></span> สร้างเมื่อ: {created}</dd>
<dd class="hits"><span class="icon-eye"></span> ฮิต: {hits or 57}</dd></dl>'''
    html = f'''<!DOCTYPE html>
<html lang="th-th" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>{title} - {DN}</title>
<link href="/templates/cassiopeia/css/template.min.css?4a2f" rel="stylesheet">
<link href="/media/vendor/bootstrap/css/bootstrap.min.css" rel="stylesheet">
</head>
<body class="site com_content view-article itemid-{itemid}">
<header class="header container-header full-width">
 <div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/"><img src="/images/logo/bangbon-logo.png" alt="{DN}" width="64" height="64"></a>
 <div class="site-description">สำนักงานเขตบางบอน กรุงเทพมหานคร<br><small>Bang Bon District Office</small></div></div></div>
 <div class="grid-child container-nav">{NAV}</div>
</header>
<div class="site-grid">
<div class="grid-child container-component">
<nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs"><ol class="mod-breadcrumbs breadcrumb"><li class="breadcrumb-item"><a href="/index.php">หน้าหลัก</a></li><li class="breadcrumb-item active">{title}</li></ol></nav>
<main>
<div class="com-content-article item-page">
<div class="page-header"><h1>{title}</h1></div>
{info}
<div class="com-content-article__body">
{body}
</div>
</div>
</main>
</div>
<div class="grid-child container-sidebar-right">
<div class="moduletable"><h3>ลิงก์ที่น่าสนใจ</h3><ul>
<li><a href="https://www.bangkok.go.th/">กรุงเทพมหานคร</a></li>
<li><a href="https://webportal.bangkok.go.th/bangkhunthian">เขตบางขุนเทียน</a></li>
<li><a href="https://webportal.bangkok.go.th/nongkhaem">เขตหนองแขม</a></li>
<li><a href="https://e-gpbma.bangkok.go.th/">e-GPBMA</a></li>
<li><a href="https://itas.nacc.go.th/">ITAS</a></li></ul></div>
<div class="moduletable"><h3>สถิติผู้เข้าชม</h3><p>วันนี้ 112<br>เดือนนี้ 3,410<br>ทั้งหมด 284,551</p></div>
</div>
</div>
<footer class="container-footer footer full-width"><div class="grid-child">
<p>สำนักงานเขตบางบอน 1 ซอยเอกชัย 119 แขวงบางบอนเหนือ เขตบางบอน กรุงเทพฯ 10150 โทร. 0 2450 2400</p>
<p>Copyright © 2567 สำนักงานเขตบางบอน. All Rights Reserved.</p></div></footer>
</body></html>
'''
    write(f(path), html)


SIGN = ['(นางสาวจิราพร สุขเกษม)', 'ผู้อำนวยการเขตบางบอน']

# ----------------------------------------------------------- images
png(f('/images/logo/bangbon-logo.png'), 64, 64, 'กทม.', bg=(0, 100, 160), fg=(255, 255, 255), size=14)
png(f('/images/banners/ita2567.png'), 600, 140, 'ITA 2567 สำนักงานเขตบางบอน\nร่วมใจ โปร่งใส ไม่รับสินบน', bg=(20, 90, 150), fg=(255, 255, 255), size=22)
orgchart(f('/images/about/structure-2567.png'), 'ผู้อำนวยการเขตบางบอน',
         ['ฝ่ายปกครอง', 'ฝ่ายทะเบียน', 'ฝ่ายการคลัง', 'ฝ่ายรายได้', 'ฝ่ายโยธา', 'ฝ่ายรักษา\nความสะอาดฯ',
          'ฝ่ายเทศกิจ', 'ฝ่ายสิ่งแวดล้อม\nและสุขาภิบาล', 'ฝ่ายพัฒนาชุมชน\nและสวัสดิการสังคม', 'ฝ่ายการศึกษา'])
execs = [('นางสาวจิราพร สุขเกษม', 'ผู้อำนวยการเขตบางบอน', '0 2450 2400 ต่อ 6500'),
         ('นายธีรวัฒน์ ใจดี', 'ผู้ช่วยผู้อำนวยการเขต', '0 2450 2400 ต่อ 6501'),
         ('นางนันทนา รุ่งเรือง', 'ผู้ช่วยผู้อำนวยการเขต', '0 2450 2400 ต่อ 6502'),
         ('นายวิทยา พรหมมา', 'หัวหน้าฝ่ายปกครอง', '0 2450 2400 ต่อ 6510'),
         ('นางสาวศิริพร แสงทอง', 'หัวหน้าฝ่ายการคลัง', '0 2450 2400 ต่อ 6530'),
         ('นายชาญวิทย์ มั่นคง', 'หัวหน้าฝ่ายโยธา', '0 2450 2400 ต่อ 6550')]
for i in range(len(execs)):
    photo(f(f'/images/about/exec-{i+1}.png'), 100 + i)
png(f('/images/travel/wat-bangbon.png'), 360, 220, 'วัดบางบอน', bg=(200, 160, 90), size=18)

# ----------------------------------------------------------- home
news = [
    (54, 'kathin-2566', 'เขตบางบอนร่วมงานทอดกฐินสามัคคี', '28 ส.ค. 2566', 'เขตบางบอนร่วมกับชุมชนจัดงานทอดกฐินสามัคคี ณ วัดบางบอน'),
    (53, 'khlong-phasi', 'ผลการดำเนินงานขุดลอกคลองบางบอน ประจำปี 2566', '12 ก.ค. 2566', 'ฝ่ายโยธาขุดลอกคลองบางบอนระยะทาง 3.1 กิโลเมตร แล้วเสร็จร้อยละ 100 ตามแผนปฏิบัติราชการประจำปี 2566'),
    (52, 'mother-day', 'กิจกรรมปลูกต้นไม้ เฉลิมพระเกียรติ', '5 มิ.ย. 2566', 'สำนักงานเขตบางบอนจัดกิจกรรมปลูกต้นไม้ 1,000 ต้น ในพื้นที่สวนสาธารณะ'),
    (51, 'songkran-2566', 'สืบสานประเพณีสงกรานต์ 2566', '12 เม.ย. 2566', 'ผู้อำนวยการเขตบางบอนเป็นประธานพิธีรดน้ำขอพรผู้สูงอายุ'),
]
lst = ''.join(f'<li><a href="/index.php/news/{i}-{a}.html">{t}</a> <small>({d})</small></li>' for i, a, t, d, b in news)
home = f'''<div class="banner"><a href="/index.php/ita-2567.html"><img src="/images/banners/ita2567.png" alt="ITA 2567"></a></div>
<div class="moduletable"><h3>ข่าวประชาสัมพันธ์ล่าสุด</h3><ul class="latestnews">{lst}</ul></div>
<div class="moduletable"><h3>บริการประชาชน</h3><p><a href="/index.php/eservice/33-online-services.html">บริการออนไลน์</a> · <a href="/index.php/ita/41-complaint-channel.html">แจ้งเรื่องร้องเรียน</a></p></div>'''
page('/index.html', 'หน้าหลัก', home, itemid=101)
page('/index.php/index.html', 'หน้าหลัก', home, itemid=101)
page('/index.php/about.html', 'เกี่ยวกับเรา', '<ul><li><a href="/index.php/about/61-history.html">ประวัติ</a></li><li><a href="/index.php/about/12-structure.html">โครงสร้าง</a></li><li><a href="/index.php/about/13-executives.html">ผู้บริหาร</a></li><li><a href="/index.php/about/14-authority.html">อำนาจหน้าที่</a></li><li><a href="/index.php/about/15-contact.html">ติดต่อ</a></li></ul>', itemid=110)

# ----------------------------------------------------------- O1 articles
page('/index.php/about/61-history.html', 'ประวัติเขตบางบอน', '<p>เขตบางบอนแยกจากเขตบางขุนเทียน ตั้งเป็นเขตเมื่อ พ.ศ. 2541 มี 4 แขวง ได้แก่ บางบอนเหนือ บางบอนใต้ คลองบางพราน และคลองบางบอน พื้นที่ 34.7 ตร.กม.</p>', '3 มีนาคม 2563', 1205, 111)
page('/index.php/about/12-structure.html', 'โครงสร้างหน่วยงาน', '<p><img src="/images/about/structure-2567.png" alt="โครงสร้างสำนักงานเขตบางบอน" width="900"></p><p>สำนักงานเขตบางบอน แบ่งส่วนราชการออกเป็น 10 ฝ่าย</p>', '2 ตุลาคม 2566', 873, 112)
rows = ''.join(f'<div class="exec-card"><img src="/images/about/exec-{i+1}.png" alt="{n}" width="100" height="125"><p><strong>{n}</strong><br>{p}<br>โทร. {t}</p></div>' for i, (n, p, t) in enumerate(execs))
page('/index.php/about/13-executives.html', 'ผู้บริหารสำนักงานเขตบางบอน', f'<div class="exec-grid">{rows}</div><p>ข้อมูล ณ วันที่ 1 เมษายน 2567</p>', '1 เมษายน 2567', 640, 113)
page('/index.php/about/14-authority.html', 'อำนาจหน้าที่', '<p>สำนักงานเขตบางบอนมีอำนาจหน้าที่ตามพระราชบัญญัติระเบียบบริหารราชการกรุงเทพมหานคร พ.ศ. 2528 มาตรา 70 และประกาศกรุงเทพมหานคร เรื่อง การแบ่งส่วนราชการภายในสำนักงานเขต ได้แก่ การปกครอง การทะเบียนราษฎร การจัดเก็บภาษี การรักษาความสะอาด การโยธา การศึกษา การพัฒนาชุมชน และงานอื่นตามที่ผู้ว่าราชการกรุงเทพมหานครมอบหมาย</p>', '2 ตุลาคม 2566', 512, 114)
page('/index.php/about/15-contact.html', 'ติดต่อสำนักงานเขตบางบอน', '''<p>สำนักงานเขตบางบอน เลขที่ 1 ซอยเอกชัย 119 ถนนเอกชัย แขวงบางบอนเหนือ เขตบางบอน กรุงเทพมหานคร 10150</p>
<p>โทรศัพท์ 0 2450 2400 · โทรสาร 0 2450 2401<br>E-mail : bangbon@bangkok.go.th<br>Facebook : สำนักงานเขตบางบอน</p>
<div class="map"><iframe src="https://www.google.com/maps/embed?pb=!1m14!1m8!1m3!1d15505!2d100.4089!3d13.6615" width="100%" height="350" title="แผนที่สำนักงานเขตบางบอน"></iframe></div>''', '2 ตุลาคม 2566', 930, 160)

# ----------------------------------------------------------- O2 (defect: previous governor's policy and old BMA plan)
pdf(f(IMG + '/o2/nayobai-phuwa-bkk.pdf'), ['นโยบายผู้ว่าราชการกรุงเทพมหานคร', '(พล.ต.อ.อัศวิน ขวัญเมือง)'], [
    'กรุงเทพฯ มหานครแห่งความสุข : ปลอดภัย สะดวก สะอาด ลดความเหลื่อมล้ำ',
    'นโยบายด้านความปลอดภัย ด้านการจราจร ด้านสิ่งแวดล้อม ด้านการศึกษา ด้านสาธารณสุข และด้านการบริหารจัดการ',
    'แถลงนโยบายต่อสภากรุงเทพมหานคร เมื่อวันที่ 21 พฤศจิกายน พ.ศ. 2561'])
pdf(f(IMG + '/o2/phaen-patibat-kth-2565.pdf'), 'แผนปฏิบัติราชการกรุงเทพมหานคร ประจำปี พ.ศ. 2565 (ฉบับสรุป)', [
    'แผนปฏิบัติราชการกรุงเทพมหานคร ประจำปี พ.ศ. 2565 จัดทำภายใต้แผนพัฒนากรุงเทพมหานคร ระยะ 20 ปี ระยะที่ 2 (พ.ศ. 2561 - 2565)',
    'ยุทธศาสตร์ที่ 1 มหานครปลอดภัย  ยุทธศาสตร์ที่ 2 มหานครสีเขียว สะดวกสบาย  ยุทธศาสตร์ที่ 3 มหานครสำหรับทุกคน ...'])
page('/index.php/ita/21-governor-policy.html', 'นโยบายผู้ว่าราชการกรุงเทพมหานคร', f'''<p>นโยบายผู้ว่าราชการกรุงเทพมหานคร และแผนที่เกี่ยวข้องกับการพัฒนากรุงเทพมหานคร</p>
<ul><li><a href="{IMG}/o2/nayobai-phuwa-bkk.pdf">นโยบายผู้ว่าราชการกรุงเทพมหานคร</a></li>
<li><a href="{IMG}/o2/phaen-patibat-kth-2565.pdf">แผนปฏิบัติราชการกรุงเทพมหานคร (ฉบับสรุป)</a></li></ul>''', '15 ธันวาคม 2564', 388)

# ----------------------------------------------------------- O3 schools (pass)
schools = [('โรงเรียนวัดบางบอน', '200 ถ.เอกชัย แขวงบางบอนเหนือ', '0 2451 2210'), ('โรงเรียนวัดกำแพง (บางบอน)', '46 ซ.เอกชัย 99 แขวงบางบอนใต้', '0 2416 5522'),
           ('โรงเรียนวัดบางประทุนนอก', '99 ถ.บางบอน 3 แขวงคลองบางพราน', '0 2894 3377'), ('โรงเรียนคลองบางบอน', '12 ซ.บางบอน 5 แขวงคลองบางบอน', '0 2415 7810'),
           ('โรงเรียนวัดสีสุก', '8 ถ.บางบอน 4 แขวงบางบอนใต้', '0 2892 1144')]
rows = ''.join(f'<tr><td>{n}</td><td>{a}</td><td>{t}</td></tr>' for n, a, t in schools)
page('/index.php/ita/22-schools.html', 'โรงเรียนสังกัดกรุงเทพมหานคร ในพื้นที่เขตบางบอน', f'<table class="table table-bordered"><tr><th>โรงเรียน</th><th>ที่อยู่</th><th>โทรศัพท์</th></tr>{rows}</table><p>ปีการศึกษา 2566</p>', '20 พฤศจิกายน 2566', 211)

# ----------------------------------------------------------- news (O4 defect: newest is ส.ค. 2566)
for i, a, t, d, b in news:
    page(f'/index.php/news/{i}-{a}.html', t, f'<p>{b}</p>', d, 90 + i, 120)
page('/index.php/news.html', 'ข่าวประชาสัมพันธ์', '<div class="blog">' + ''.join(f'<div class="blog-item"><h2><a href="/index.php/news/{i}-{a}.html">{t}</a></h2><p class="text-muted">สร้างเมื่อ {d}</p><p>{b}</p></div>' for i, a, t, d, b in news) + '</div>', itemid=120)

# ----------------------------------------------------------- O5 plan 2567 + report 2566 (pass)
pdf(f(IMG + '/o5/action-plan-2567.pdf'), ['แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๗', 'สำนักงานเขตบางบอน'], [
    'ระยะเวลาดำเนินการ ๑ ตุลาคม ๒๕๖๖ - ๓๐ กันยายน ๒๕๖๗ สอดคล้องกับนโยบายผู้ว่าราชการกรุงเทพมหานคร (นายชัชชาติ สิทธิพันธุ์) และแผนพัฒนากรุงเทพมหานคร ระยะที่ ๓'],
    table=[['โครงการ', 'ตัวชี้วัด', 'งบประมาณ', 'ระยะเวลา'], ['ปลูกต้นไม้ล้านต้น', '๒,๐๐๐ ต้น', '๑๒๐,๐๐๐', 'ต.ค. ๖๖ - ก.ย. ๖๗'],
           ['ลอกท่อระบายน้ำ', '๑๕ กม.', '๘๐๐,๐๐๐', 'ม.ค. - พ.ค. ๖๗'], ['ตรวจสุขภาพผู้สูงอายุ', '๕๐๐ คน', '๙๐,๐๐๐', 'ต.ค. ๖๖ - ก.ย. ๖๗']], tsize=10, sign=SIGN)
pdf(f(IMG + '/o5/annual-report-2566.pdf'), ['รายงานผลการปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๖', 'สำนักงานเขตบางบอน'], [
    'ผลการดำเนินงานตามแผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๖ (ต.ค. ๖๕ - ก.ย. ๖๖) บรรลุเป้าหมายร้อยละ ๙๑.๗'],
    table=[['โครงการ', 'เป้าหมาย', 'ผล'], ['ขุดลอกคลองบางบอน', '๓ กม.', '๓.๑ กม.'], ['คัดแยกขยะ', '๒๐ ชุมชน', '๒๒ ชุมชน']], tsize=10, sign=SIGN)
page('/index.php/ita/31-action-plan.html', 'แผนปฏิบัติราชการประจำปี และรายงานผลการปฏิบัติราชการประจำปี', f'''<p>1. <a href="{IMG}/o5/action-plan-2567.pdf">แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2567</a></p>
<p>2. <a href="{IMG}/o5/annual-report-2566.pdf">รายงานผลการปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2566</a></p>''', '10 พฤศจิกายน 2566', 301)

# ----------------------------------------------------------- O6 manuals per division (pass; links in panel)
divs = [('pokkrong', 'ฝ่ายปกครอง'), ('tabien', 'ฝ่ายทะเบียน'), ('klang', 'ฝ่ายการคลัง'), ('raidai', 'ฝ่ายรายได้'), ('yotha', 'ฝ่ายโยธา'),
        ('raksa', 'ฝ่ายรักษาความสะอาดและสวนสาธารณะ'), ('thetsakit', 'ฝ่ายเทศกิจ'), ('sukhaphiban', 'ฝ่ายสิ่งแวดล้อมและสุขาภิบาล'),
        ('phatthana', 'ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม'), ('suksa', 'ฝ่ายการศึกษา')]
o6 = ''
for slug, name in divs:
    pdf(f(f'{IMG}/o6/{slug}.pdf'), [f'คู่มือการปฏิบัติงาน {name}', 'สำนักงานเขตบางบอน'], [
        'วัตถุประสงค์ ขอบเขต คำจำกัดความ', 'ขั้นตอนการปฏิบัติงานและแผนผังกระบวนงาน', 'มาตรฐานคุณภาพงาน ระบบติดตามประเมินผล', 'เอกสารอ้างอิง แบบฟอร์มที่ใช้'], size=12)
    o6 += f'<li><a href="{IMG}/o6/{slug}.pdf">{name}</a></li>'

# ----------------------------------------------------------- O8 (pass)
page('/index.php/eservice/33-online-services.html', 'บริการออนไลน์ (E-Service)', '''<ul>
<li><a href="https://oss.bangkok.go.th/">ระบบ BMA OSS ยื่นขออนุญาตออนไลน์</a></li>
<li><a href="https://q.bangkok.go.th/">BMA Q จองคิวล่วงหน้า</a></li>
<li><a href="https://www.traffy.in.th/?page_id=27351">Traffy Fondue</a></li>
<li><a href="https://docs.google.com/forms/d/e/1FAIpQLSe-bangbon-booking/viewform">นัดหมายงานทะเบียน (Google Form)</a></li></ul>''', '4 ตุลาคม 2566', 455, 140)

# ----------------------------------------------------------- O9 tax stats (pass)
tx = [('ต.ค. 66', 1210450, 88200), ('พ.ย. 66', 980320, 61400), ('ธ.ค. 66', 1103900, 70250), ('ม.ค. 67', 1450220, 95500), ('ก.พ. 67', 2210870, 120300), ('มี.ค. 67', 3815600, 188900)]
rows = ''.join(f'<tr><td>{m}</td><td>{a:,}</td><td>{b:,}</td><td>{a+b:,}</td></tr>' for m, a, b in tx)
page('/index.php/ita/34-tax-statistics.html', 'สถิติการจัดเก็บภาษี ปีงบประมาณ 2567', f'<table class="table"><tr><th>เดือน</th><th>ภาษีที่ดินและสิ่งปลูกสร้าง</th><th>ภาษีป้าย</th><th>รวม (บาท)</th></tr>{rows}</table><p>ที่มา: ฝ่ายรายได้ ข้อมูล ณ 5 เม.ย. 2567</p>', '5 เมษายน 2567', 98)

# ----------------------------------------------------------- O10 scan only (defect: review)
scan_pdf(f(IMG + '/o10/scan-raidai-2567.pdf'), ['สถิติการจัดเก็บรายได้ สำนักงานเขตบางบอน', 'ปีงบประมาณ พ.ศ. ๒๕๖๗ (ต.ค. ๖๖ - มี.ค. ๖๗)'], [
    'ต.ค. ๖๖   ค่าธรรมเนียม ๓๑๒,๔๕๐   ค่าปรับ ๒๒,๑๐๐',
    'พ.ย. ๖๖   ค่าธรรมเนียม ๒๘๘,๑๐๐   ค่าปรับ ๑๙,๔๐๐',
    'ธ.ค. ๖๖   ค่าธรรมเนียม ๓๐๕,๗๒๐   ค่าปรับ ๒๕,๖๐๐',
    'ม.ค. ๖๗   ค่าธรรมเนียม ๓๔๑,๐๙๐   ค่าปรับ ๒๑,๘๐๐',
    'ก.พ. ๖๗   ค่าธรรมเนียม ๓๖๐,๒๓๐   ค่าปรับ ๒๘,๙๐๐',
    'มี.ค. ๖๗   ค่าธรรมเนียม ๔๐๒,๕๑๐   ค่าปรับ ๓๐,๐๕๐',
    '', 'ฝ่ายรายได้ รับรองข้อมูล'], seed=7)

# ----------------------------------------------------------- O11 + O12 on one article (pass both)
ck = [('ko-sang', 'ขออนุญาตก่อสร้างอาคาร', ['คำขอ ข.1', 'โฉนดที่ดิน', 'แบบแปลน', 'รายการคำนวณ']),
      ('sathan-prakop', 'ขอใบอนุญาตประกอบกิจการที่เป็นอันตรายต่อสุขภาพ', ['คำขอ กอ.1', 'บัตรประชาชน', 'ผังบริเวณ'])]
lis = ''
for slug, name, docs in ck:
    pdf(f(f'{IMG}/o11/checklist-{slug}.pdf'), ['Checklist การพิจารณาออกใบอนุญาต', name], [],
        table=[['ลำดับ', 'รายการตรวจ', 'ผลการตรวจ']] + [[str(i), d, '☐ ครบ ☐ ไม่ครบ'] for i, d in enumerate(docs, 1)], tsize=10)
    lis += f'<li><a href="{IMG}/o11/checklist-{slug}.pdf">Checklist {name}</a></li>'
page('/index.php/ita/36-permit-checklist-tracking.html', 'การขออนุญาต: รายการตรวจ (Checklist) และการติดตามสถานะคำขอ', f'''
<h3>รายการตรวจเอกสาร (Checklist)</h3><ul>{lis}</ul>
<h3 id="tracking">ติดตามสถานะคำขออนุญาต (Tracking)</h3>
<p>ผู้ยื่นคำขอสามารถตรวจสอบสถานะคำขออนุญาตได้ด้วยตนเองผ่าน <a href="https://oss.bangkok.go.th/tracking">ระบบติดตามสถานะคำขอ BMA OSS</a> โดยใช้เลขที่คำขอที่ได้รับ</p>''', '12 มกราคม 2567', 143)

# ----------------------------------------------------------- O13 (pass, file names are the hint)
pdf(f(IMG + '/o13/plan67.pdf'), ['แผนการใช้จ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. 2567', 'สำนักงานเขตบางบอน'], [],
    table=[['ไตรมาส', 'แผน (บาท)'], ['1 (ต.ค.-ธ.ค. 66)', '32,400,000'], ['2 (ม.ค.-มี.ค. 67)', '36,900,000'], ['3 (เม.ย.-มิ.ย. 67)', '38,100,000'], ['4 (ก.ค.-ก.ย. 67)', '30,600,000']], tsize=10)
pdf(f(IMG + '/o13/rpt66.pdf'), ['รายงานผลการใช้จ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. 2566', 'สำนักงานเขตบางบอน'], ['เบิกจ่ายรวม 131,220,400 บาท คิดเป็นร้อยละ 95.4'],
    table=[['งบรายจ่าย', 'ได้รับ', 'เบิกจ่าย'], ['บุคลากร', '98,000,000', '97,640,000'], ['ดำเนินงาน', '27,500,000', '25,880,400'], ['ลงทุน', '12,100,000', '7,700,000']], tsize=10)

# ----------------------------------------------------------- O14 (defect: no community subsidy data)
pdf(f(IMG + '/o14/ngop-2567.pdf'), ['ข้อบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2567', 'เฉพาะส่วนของสำนักงานเขตบางบอน'], [],
    table=[['แผนงาน', 'งบประมาณ (บาท)'], ['บริหารทั่วไป', '55,300,000'], ['รักษาความสะอาด', '38,000,000'], ['โยธา', '21,400,000'], ['การศึกษา', '17,800,000'], ['พัฒนาชุมชน', '6,700,000']], tsize=10)
page('/index.php/ita/38-budget.html', 'ข้อมูลงบประมาณ สำนักงานเขตบางบอน ปี 2567', f'''<p>งบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2567 ตามข้อบัญญัติกรุงเทพมหานคร ส่วนของสำนักงานเขตบางบอน รวม 139,200,000 บาท</p>
<p><a href="{IMG}/o14/ngop-2567.pdf">ข้อบัญญัติงบประมาณ 2567 (ส่วนของเขต)</a></p>''', '25 ตุลาคม 2566', 187)

# ----------------------------------------------------------- O15 (pass: Oct 66 - Mar 67, Oct has no procurement)
months = [('2566-10', 'ตุลาคม 2566'), ('2566-11', 'พฤศจิกายน 2566'), ('2566-12', 'ธันวาคม 2566'), ('2567-01', 'มกราคม 2567'), ('2567-02', 'กุมภาพันธ์ 2567'), ('2567-03', 'มีนาคม 2567')]
data = {
    '2566-10': [['-', 'ไม่มีการจัดซื้อจัดจ้าง', '-', '-', '-', '-', '-', '-', '-']],
    '2566-11': [[1, 'ซื้อวัสดุงานบ้านงานครัว', 24600, 24600, 'เฉพาะเจาะจง', 'ร้านบอนพาณิชย์ 24,500', 'ร้านบอนพาณิชย์ 24,500', 'ราคาเหมาะสม', 'PO 3/2567 ลว. 9 พ.ย. 66']],
    '2566-12': [[1, 'จ้างซ่อมไฟฟ้าแสงสว่าง ซ.เอกชัย 131', 88000, 87500, 'เฉพาะเจาะจง', 'หจก.บางบอนไฟฟ้า 86,000', 'หจก.บางบอนไฟฟ้า 86,000', 'ราคาต่ำสุด', 'ใบสั่งจ้าง 7/2567 ลว. 6 ธ.ค. 66']],
    '2567-01': [[1, 'จ้างเหมาลอกท่อระบายน้ำ ถ.บางบอน 3', 790000, 785000, 'e-bidding', 'บจก.ท่อดี 742,000 / หจก.สายน้ำ 760,000', 'บจก.ท่อดี 742,000', 'ราคาต่ำสุด', 'สัญญา 2/2567 ลว. 26 ม.ค. 67']],
    '2567-02': [[1, 'ซื้อครุภัณฑ์คอมพิวเตอร์ 5 เครื่อง', 110000, 110000, 'เฉพาะเจาะจง', 'บจก.คอมเซ็นเตอร์ 108,500', 'บจก.คอมเซ็นเตอร์ 108,500', 'คุณสมบัติครบ ราคาต่ำ', 'PO 15/2567 ลว. 14 ก.พ. 67'],
                [2, 'ซื้อน้ำมันเชื้อเพลิง', 60000, 60000, 'เฉพาะเจาะจง', 'หจก.เอกชัยปิโตรเลียม 59,800', 'หจก.เอกชัยปิโตรเลียม 59,800', 'ใกล้หน่วยงาน', 'PO 16/2567 ลว. 20 ก.พ. 67']],
    '2567-03': [[1, 'จ้างปรับปรุงสวนหย่อม ซ.บางบอน 5', 350000, 348000, 'เฉพาะเจาะจง', 'หจก.สวนสวย 345,000', 'หจก.สวนสวย 345,000', 'ราคาต่ำสุด', 'สัญญา 4/2567 ลว. 18 มี.ค. 67']]}
o15 = ''
for k, name in months:
    xlsx(f(f'{IMG}/o15/sor-khor-ror1-{k}.xlsx'), ['แบบ สขร.1', f'สรุปผลการดำเนินการจัดซื้อจัดจ้าง ประจำเดือน {name}', 'สำนักงานเขตบางบอน'], SKR_HEAD, data[k])
    o15 += f'<li><a href="{IMG}/o15/sor-khor-ror1-{k}.xlsx">สขร.1 เดือน{name}</a></li>'
pdf(f(IMG + '/o15/prakat-phaen-jatsue-2567.pdf'), ['ประกาศสำนักงานเขตบางบอน', 'เรื่อง เผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2567'],
    ['สำนักงานเขตบางบอนขอเผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2567 รายละเอียดตามแนบท้ายประกาศนี้', 'ประกาศ ณ วันที่ 20 ตุลาคม พ.ศ. 2566'],
    table=[['โครงการ', 'วงเงิน', 'วิธี', 'ช่วงเวลา'], ['จ้างเหมาลอกท่อระบายน้ำ ถ.บางบอน 3', '790,000', 'e-bidding', 'ม.ค. 67'], ['ปรับปรุงสวนหย่อม ซ.บางบอน 5', '350,000', 'เฉพาะเจาะจง', 'มี.ค. 67']], tsize=10, sign=SIGN)
page('/index.php/ita/39-procurement.html', 'ประกาศจัดซื้อจัดจ้าง ปีงบประมาณ 2567', f'''<ul>
<li>20 ต.ค. 2566 <a href="{IMG}/o15/prakat-phaen-jatsue-2567.pdf">ประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง ปี 2567</a></li>
<li>8 ม.ค. 2567 <a href="https://e-gpbma.bangkok.go.th/announce/670108-0031">ประกาศประกวดราคาจ้างเหมาลอกท่อระบายน้ำ ถ.บางบอน 3 ด้วยวิธี e-bidding</a></li>
<li>26 ม.ค. 2567 <a href="https://e-gpbma.bangkok.go.th/announce/670126-0112">ประกาศผู้ชนะการเสนอราคา จ้างเหมาลอกท่อระบายน้ำ</a></li></ul>
<p>ดูประกาศทั้งหมดที่ <a href="https://e-gpbma.bangkok.go.th/">ระบบเผยแพร่ข้อมูลการจัดซื้อจัดจ้าง กทม. (e-GPBMA)</a></p>''', '20 ตุลาคม 2566', 266)

# ----------------------------------------------------------- O16 DOCX only, file name the hint (pass)
docx(f(IMG + '/o16/HR_2567_final.docx'), 'หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล สำนักงานเขตบางบอน ประจำปี 2567', [
    '1. การสรรหาและเลือกสรร ดำเนินการตามกฎ ก.ก. อย่างเปิดเผย โปร่งใส',
    '2. การแต่งตั้ง โยกย้าย พิจารณาตามหลักคุณธรรม ความรู้ความสามารถ และผลงาน',
    '3. การพัฒนาบุคลากร ฝึกอบรมอย่างน้อยคนละ 10 ชั่วโมงต่อปี',
    '4. การประเมินผลการปฏิบัติราชการ ปีละ 2 รอบ และการเลื่อนเงินเดือน',
    '5. การเสริมสร้างขวัญกำลังใจ การยกย่องเชิดชูเกียรติ และการรักษาวินัย',
    'ประกาศ ณ วันที่ 16 ตุลาคม 2566  (นางสาวจิราพร สุขเกษม) ผู้อำนวยการเขตบางบอน'])

# ----------------------------------------------------------- O17 (defect: channel only, no statistics)
page('/index.php/ita/41-complaint-channel.html', 'ช่องทางการร้องเรียนการทุจริต', '''<p>ประชาชนสามารถแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบของเจ้าหน้าที่สำนักงานเขตบางบอน ได้ที่</p>
<ol><li>ฝ่ายปกครอง สำนักงานเขตบางบอน ชั้น 2</li><li>โทรศัพท์ 0 2450 2400 ต่อ 6510</li><li>E-mail : bangbon@bangkok.go.th</li>
<li>ตู้รับความคิดเห็น บริเวณชั้น 1</li><li>สายด่วนกรุงเทพมหานคร 1555 / <a href="https://www.traffy.in.th/?page_id=27351">Traffy Fondue</a></li></ol>''', '9 ตุลาคม 2566', 174)

# ----------------------------------------------------------- O18-O20, O22 documents (pass)
pdf(f(IMG + '/o18/no-bribery-policy-2567.pdf'), ['ประกาศสำนักงานเขตบางบอน', 'เรื่อง นโยบายต่อต้านการรับสินบน (Anti-Bribery Policy)'], [
    'สำนักงานเขตบางบอนประกาศเจตนารมณ์ ไม่เรียก ไม่รับ ไม่ให้สินบน ในทุกรูปแบบ ข้าราชการและบุคลากรทุกคนต้องปฏิบัติตามนโยบายนี้ และรายงานเมื่อพบการกระทำที่เข้าข่ายการรับสินบน',
    'ประกาศ ณ วันที่ 6 พฤศจิกายน พ.ศ. 2566'], sign=SIGN)
pdf(f(IMG + '/o18/report-no-bribery-2567.pdf'), ['รายงานผลการนำนโยบายต่อต้านการรับสินบนสู่การปฏิบัติ', 'สำนักงานเขตบางบอน ประจำปีงบประมาณ พ.ศ. 2567 (รอบ 6 เดือน)'], [],
    table=[['กิจกรรม', 'ผล'], ['ประชุมชี้แจงนโยบายแก่บุคลากร', '20 พ.ย. 66 ผู้เข้าร่วม 120 คน'], ['ติดป้ายประชาสัมพันธ์ No Gift Policy', 'ทุกจุดบริการ 12 จุด'], ['เรื่องร้องเรียนเกี่ยวกับสินบน', 'ไม่มี']], tsize=10, sign=SIGN)
pdf(f(IMG + '/o19/risk-bribery-2567.pdf'), ['การประเมินความเสี่ยงต่อการรับสินบน', 'สำนักงานเขตบางบอน ประจำปีงบประมาณ พ.ศ. 2567'], ['กระบวนงานที่ประเมิน: การอนุญาตก่อสร้าง การตรวจสถานประกอบการ'],
    table=[['ความเสี่ยง', 'ระดับ', 'มาตรการควบคุม'], ['เรียกรับเงินเพื่อเร่งรัดการอนุญาต', 'สูง', 'ใช้ BMA OSS กำหนดลำดับคิวอัตโนมัติ'], ['ละเว้นการตรวจสถานประกอบการ', 'กลาง', 'ตรวจเป็นทีม 2 คน สลับพื้นที่']], tsize=10)
pdf(f(IMG + '/o19/risk-bribery-report-2567.pdf'), ['รายงานผลการดำเนินการเพื่อจัดการความเสี่ยงต่อการรับสินบน', 'สำนักงานเขตบางบอน รอบ 6 เดือน (ต.ค. 2566 - มี.ค. 2567)'], [
    'ดำเนินการตามมาตรการครบทั้ง 2 มาตรการ ไม่พบเหตุการณ์การรับสินบน'], sign=SIGN)
pdf(f(IMG + '/o20/dulayaphinit-2567.pdf'), ['แนวทางการปฏิบัติในการใช้ดุลยพินิจของเจ้าหน้าที่', 'สำนักงานเขตบางบอน'], [
    '1. ยึดกฎหมาย ระเบียบ และคู่มือสำหรับประชาชนเป็นหลัก', '2. บันทึกเหตุผลการใช้ดุลยพินิจทุกครั้ง', '3. แจ้งสิทธิอุทธรณ์กรณีไม่อนุญาต', 'ประกาศ ณ วันที่ 1 ธันวาคม 2566'], sign=SIGN)
pdf(f(IMG + '/o22/matrakan-2567.pdf'), ['มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', 'สำนักงานเขตบางบอน ประจำปีงบประมาณ พ.ศ. 2567'], [
    'ผลการประเมิน ITA ปี 2566 ได้ 91.84 คะแนน ประเด็นที่ต้องปรับปรุง: การเปิดเผยข้อมูลสาธารณะให้เป็นปัจจุบัน',
    'มาตรการ: แต่งตั้งคณะทำงาน ITA, ตรวจสอบเว็บไซต์เดือนละ 1 ครั้ง (ต.ค.66-มี.ค.67), ผู้อำนวยการเขตกำกับติดตาม'], sign=SIGN)
pdf(f(IMG + '/o22/report-matrakan-6m-2567.pdf'), ['รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส', 'สำนักงานเขตบางบอน รอบ ๖ เดือนแรก (ตุลาคม ๒๕๖๖ - มีนาคม ๒๕๖๗)'], [],
    table=[['มาตรการ', 'ผลการดำเนินการ'], ['แต่งตั้งคณะทำงาน ITA', 'คำสั่งที่ 512/2566 ลว. 3 พ.ย. 66'], ['ประชุมชี้แจง', '20 พ.ย. 66'], ['ตรวจเว็บไซต์รายเดือน', 'ดำเนินการ 6 ครั้ง']], tsize=10, sign=SIGN)

# ----------------------------------------------------------- travel (non-OIT)
page('/index.php/travel/60-travel.html', 'แหล่งท่องเที่ยวเขตบางบอน', '<p><img src="/images/travel/wat-bangbon.png" alt="วัดบางบอน"></p><p>วัดบางบอน · คลองบางบอน ล่องเรือชมสวน · ตลาดน้ำวัดกำแพง</p>', '1 กุมภาพันธ์ 2562', 2310, 150)

# ----------------------------------------------------------- OIT accordion page
A = '/index.php/ita/'
panels = [
 ('9.1', 'O1', 'ข้อมูลพื้นฐาน', f'<ul><li><a href="/index.php/about/12-structure.html">โครงสร้าง</a></li><li><a href="/index.php/about/13-executives.html">ข้อมูลผู้บริหาร</a></li><li><a href="/index.php/about/14-authority.html">อำนาจหน้าที่</a></li><li><a href="/index.php/about/15-contact.html">ข้อมูลการติดต่อ</a></li></ul>'),
 ('9.1', 'O2', 'นโยบายผู้ว่าฯ และแผนที่เกี่ยวข้องกับการพัฒนา กทม.', f'<a href="{A}21-governor-policy.html">รายละเอียด</a>'),
 ('9.1', 'O3', 'โรงเรียนสังกัด กทม. ในพื้นที่เขต', f'<a href="{A}22-schools.html">รายละเอียด</a>'),
 ('9.1', 'O4', 'การประชาสัมพันธ์ข้อมูลผลการดำเนินงาน', '<a href="/index.php/news.html">ข่าวประชาสัมพันธ์</a>'),
 ('9.2', 'O5', 'แผนปฏิบัติราชการประจำปี และรายงานผลฯ', f'<a href="{A}31-action-plan.html?Itemid=130">รายละเอียด</a>'),
 ('9.2', 'O6', 'คู่มือการปฏิบัติหน้าที่', f'<ul>{o6}</ul>'),
 ('9.2', 'O7', 'คู่มือการให้บริการประชาชน', f'<a href="{IMG}/o7/คู่มือสำหรับประชาชน-2567.pdf">คู่มือสำหรับประชาชน (รวมเล่ม) ปี 2567</a>'),
 ('9.2', 'O8', 'E-Service', '<a href="/index.php/eservice/33-online-services.html">บริการออนไลน์</a> · <a href="https://oss.bangkok.go.th/">BMA OSS</a>'),
 ('9.2', 'O9', 'ข้อมูลสถิติการจัดเก็บภาษี', f'<a href="{A}34-tax-statistics.html">สถิติภาษี ปีงบ 67</a>'),
 ('9.2', 'O10', 'ข้อมูลสถิติการจัดเก็บรายได้', f'<a href="{IMG}/o10/scan-raidai-2567.pdf">สถิติรายได้ ต.ค.66-มี.ค.67</a>'),
 ('9.2', 'O11', 'Checklist การพิจารณาออกใบอนุญาต', f'<a href="{A}36-permit-checklist-tracking.html">Checklist</a>'),
 ('9.2', 'O12', 'Tracking System สถานะการขอใบอนุญาต', f'<a href="{A}36-permit-checklist-tracking.html#tracking">ระบบติดตามสถานะ</a>'),
 ('9.3', 'O13', 'แผน/รายงานการใช้จ่ายงบประมาณประจำปี', f'<p><a href="{IMG}/o13/plan67.pdf">เอกสาร 1</a> <a href="{IMG}/o13/rpt66.pdf">เอกสาร 2</a></p>'),
 ('9.3', 'O14', 'ข้อมูลงบประมาณ/ข้อบัญญัติ/เงินอุดหนุนชุมชน', f'<a href="{A}38-budget.html">ข้อมูลงบประมาณ</a>'),
 ('9.3', 'O15', 'ประกาศจัดซื้อจัดจ้าง และสรุปผลรายเดือน', f'<p><a href="{A}39-procurement.html">ประกาศต่าง ๆ</a></p><p>สรุปผลรายเดือน (สขร.1):</p><ul>{o15}</ul>'),
 ('9.4', 'O16', 'หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล', f'<a href="{IMG}/o16/HR_2567_final.docx">ดาวน์โหลด</a>'),
 ('9.4', 'O17', 'ช่องทางร้องเรียนการทุจริตและสถิติ', f'<a href="{A}41-complaint-channel.html">ช่องทางการร้องเรียน</a>'),
 ('10.1', 'O18', 'Anti-Bribery Policy และรายงานผล', f'<a href="{IMG}/o18/no-bribery-policy-2567.pdf">ประกาศนโยบาย</a> | <a href="{IMG}/o18/report-no-bribery-2567.pdf">รายงานผล</a>'),
 ('10.1', 'O19', 'ประเมินความเสี่ยงการรับสินบน และรายงานผล', f'<a href="{IMG}/o19/risk-bribery-2567.pdf">การประเมินความเสี่ยง</a> | <a href="{IMG}/o19/risk-bribery-report-2567.pdf">รายงานผล</a>'),
 ('10.1', 'O20', 'แนวทางการใช้ดุลยพินิจ', f'<a href="{IMG}/o20/dulayaphinit-2567.pdf">เปิดเอกสาร</a>'),
 ('10.1', 'O21', 'การจัดการทรัพย์สินของราชการ ของบริจาค ของกลาง', '<p>อยู่ระหว่างดำเนินการ</p>'),
 ('10.1', 'O22', 'มาตรการยกระดับคุณธรรมและความโปร่งใส และรายงานผล', f'<a href="{IMG}/o22/matrakan-2567.pdf">มาตรการ ปี 2567</a> | <a href="{IMG}/o22/report-matrakan-6m-2567.pdf">รายงานผล 6 เดือน</a>'),
]
groups = [('9.1', 'ข้อมูลพื้นฐาน'), ('9.2', 'การบริหารงาน'), ('9.3', 'การบริหารเงินงบประมาณ'), ('9.4', 'การบริหารและพัฒนาทรัพยากรบุคคล'), ('10.1', 'การป้องกันการทุจริต')]
tabs = '<ul class="nav nav-tabs" role="tablist">' + ''.join(
    f'<li class="nav-item"><button class="nav-link{" active" if i == 0 else ""}" data-bs-toggle="tab" data-bs-target="#tab{g.replace(".", "-")}" role="tab">{g} {n}</button></li>' for i, (g, n) in enumerate(groups)) + '</ul><div class="tab-content">'
for i, (g, n) in enumerate(groups):
    tabs += f'<div class="tab-pane fade{" show active" if i == 0 else ""}" id="tab{g.replace(".", "-")}" role="tabpanel"><div class="accordion" id="acc{g.replace(".", "-")}">'
    for gg, code, title, body in panels:
        if gg != g:
            continue
        tabs += f'''<div class="accordion-item">
<h2 class="accordion-header" id="h{code}"><button class="accordion-button collapsed" type="button" data-bs-toggle="collapse" data-bs-target="#c{code}" aria-expanded="false" aria-controls="c{code}">{code} {title}</button></h2>
<div id="c{code}" class="accordion-collapse collapse" aria-labelledby="h{code}" data-bs-parent="#acc{g.replace(".", "-")}"><div class="accordion-body">{body}</div></div>
</div>'''
    tabs += '</div></div>'
tabs += '</div>'
page('/index.php/ita-2567.html', 'ITA 2567 : การเปิดเผยข้อมูลสาธารณะ (OIT)', f'''<p>แบบตรวจการเปิดเผยข้อมูลสาธารณะ (Open Data Integrity and Transparency Assessment : OIT) สำนักงานเขตบางบอน ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ <br>คลิกที่หัวข้อเพื่อดูรายละเอียด</p>
{tabs}
<script src="/media/vendor/bootstrap/js/bootstrap.bundle.min.js"></script>''', '8 มกราคม 2567', 1022)
write(f('/templates/cassiopeia/css/template.min.css'), 'body{font-family:Tahoma,sans-serif}.accordion-button{width:100%;text-align:left}\n')
write(f('/media/vendor/bootstrap/css/bootstrap.min.css'), '.collapse:not(.show){display:none}.tab-pane{display:none}.tab-pane.active{display:block}\n')
write(f('/media/vendor/bootstrap/js/bootstrap.bundle.min.js'), '/* bootstrap bundle (trimmed) */\n')
print('done')
