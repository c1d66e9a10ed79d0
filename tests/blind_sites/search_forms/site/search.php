<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>ค้นหาเอกสารเผยแพร่ | สำนักงานเขตบึงกุ่ม</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font-family:Tahoma,sans-serif;margin:0;background:#f4f6f9;color:#222}
header{background:#0b5a2a;color:#fff;padding:10px 20px} header a{color:#fff;text-decoration:none}
.portal{background:#073d1c;font-size:12px;padding:3px 20px;color:#cde} .portal a{color:#cde}
nav ul{list-style:none;margin:0;padding:0 20px;background:#e7efe9;display:flex;flex-wrap:wrap} nav li{margin:6px 10px}
main{background:#fff;margin:15px 20px;padding:15px 25px;min-height:400px} table{border-collapse:collapse}
td,th{border:1px solid #999;padding:4px 8px;vertical-align:top} th{background:#dde6f3}
.muted{color:#777;font-size:13px} footer{font-size:12px;color:#555;padding:10px 20px}
.box{border:1px solid #ccc;padding:10px;margin:10px 0;background:#fafafa} .nf{color:#b00;font-size:18px;padding:30px;text-align:center}
</style></head><body>
<div class="portal">กรุงเทพมหานคร | <a href="https://www.bangkok.go.th/">bangkok.go.th</a> | สำนักงานเขต ๕๐ เขต</div>
<header><a href="/"><b>สำนักงานเขตบึงกุ่ม</b> กรุงเทพมหานคร<br><small>Bueng Kum District Office</small></a></header>
<nav><ul><li><a href="/">หน้าหลัก</a></li><li><a href="/about/structure.html">โครงสร้าง</a></li><li><a href="/about/executives.html">ผู้บริหาร</a></li><li><a href="/about/duties.html">อำนาจหน้าที่</a></li><li><a href="/about/contact.html">ติดต่อเรา</a></li><li><a href="/news.php">ข่าวประชาสัมพันธ์</a></li><li><a href="/search.php">ค้นหาเอกสาร</a></li><li><a href="/eservice.html">E-Service</a></li><li><a href="/tracking.php">ติดตามสถานะคำขอ</a></li><li><a href="/qa.php">ถาม-ตอบ (Q&amp;A)</a></li><li><a href="/complaint.php">ร้องเรียนการทุจริต</a></li><li><a href="/ita/oit2568.html">ITA 2568</a></li></ul></nav>
<main><div class="muted">หน้าหลัก › ค้นหาเอกสาร</div>
<h2>ค้นหาเอกสารเผยแพร่</h2>
<form method="get" action="/search.php" class="box">หมวดเอกสาร <select name="cat"><option value="plan">แผนและผลการปฏิบัติราชการ</option><option value="budget">งบประมาณ</option><option value="proc">จัดซื้อจัดจ้าง</option><option value="tax">สถิติการจัดเก็บภาษี</option><option value="revenue">สถิติการจัดเก็บรายได้</option><option value="manual">คู่มือการปฏิบัติงาน</option><option value="hr">การบริหารงานบุคคล</option><option value="integrity">คุณธรรมและความโปร่งใส</option><option value="complaint">เรื่องร้องเรียน</option></select>
 ปีงบประมาณ (ที่เผยแพร่) <select name="year"><option value="2568">๒๕๖๘</option><option value="2567">๒๕๖๗</option></select> <button type="submit">ค้นหา</button></form><p class="muted">กรุณาเลือกหมวดเอกสารและปีงบประมาณ แล้วกดปุ่ม "ค้นหา"</p>
</main>
<footer>สำนักงานเขตบึงกุ่ม เลขที่ ๙๙ ถนนนวมินทร์ แขวงคลองกุ่ม เขตบึงกุ่ม กรุงเทพมหานคร ๑๐๒๔๐ โทร. ๐ ๒๕๑๐ ๐๘๑๖ โทรสาร ๐ ๒๕๑๐ ๐๘๑๗ อีเมล buengkum@bangkok.go.th<br>
ปรับปรุงเว็บไซต์ล่าสุด: ๑๘ มีนาคม ๒๕๖๘</footer></body></html>