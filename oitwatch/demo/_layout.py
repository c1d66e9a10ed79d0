"""Lay out a district site: menus, item pages, post pages, the OIT index, documents on disk."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from oitwatch.demo._blocks import ItemSpec
from oitwatch.demo._web import Block, Doc, esc, href, page, paras, slugify, th, thai_date

SIBLINGS = [
    ("pranakorn", "พระนคร"),
    ("phayathai", "พญาไท"),
    ("bangkokyai", "บางกอกใหญ่"),
    ("huaikhwang", "ห้วยขวาง"),
    ("bangphlat", "บางพลัด"),
    ("khlongtoei", "คลองเตย"),
    ("ratchathewi", "ราชเทวี"),
    ("thawiwatthana", "ทวีวัฒนา"),
    ("bangkoknoi", "บางกอกน้อย"),
]
SUB_INDICATORS = {
    "ข้อมูลพื้นฐาน": "9.1",
    "การบริหารงาน": "9.2",
    "การบริหารเงินงบประมาณ": "9.3",
    "การบริหารและพัฒนาทรัพยากรบุคคล": "9.4",
    "การส่งเสริมความโปร่งใส": "9.5",
    "การป้องกันการทุจริต": "10.1",
    "มาตรการภายในเพื่อป้องกันการทุจริต": "10.2",
}
CSS = "body{font-family:sans-serif}#left-menu{float:left;width:240px}main{margin-left:260px}\n"


def code_form(code: str, i: int) -> str:
    """The item code written the varied ways districts write it (O15, O๑๕, o15, 0๑๕, O 15)."""
    n = code[1:]
    return [f"O{n}", f"O{th(n)}", f"o{n}", f"0{th(n)}", f"O {n}"][i % 5]


@dataclass
class _Item:
    spec: ItemSpec
    path: str
    blocks: list[Block]
    broken: bool
    posts: list[tuple[Block, str]] = field(default_factory=list)


class Layout:
    """Collects item pages, then writes the whole district site."""

    def __init__(
        self, root: Path, *, slug: str, name_th: str, fiscal_year: int, as_of: date, style: str
    ):
        self.root, self.slug, self.name, self.fy, self.as_of, self.style = (
            root,
            slug,
            name_th,
            fiscal_year,
            as_of,
            style,
        )
        self.items: list[_Item] = []
        self.files: dict[str, bytes] = {}  # path under root -> bytes
        self.docs_dir = f"/{slug}/public/user_files_editor/{sum(map(ord, slug)) % 900 + 100}"
        self.index_path = f"/{slug}/page/sub/{20000}/{slugify('การเปิดเผยข้อมูลสาธารณะ OIT')}"
        self.about_path = f"/{slug}/page/sub/{20001}/{slugify('ประวัติความเป็นมา')}"

    # --- collecting -----------------------------------------------------------------

    def doc_url(self, doc: Doc) -> str:
        return f"{self.docs_dir}/{doc.file}"

    def add_item(self, spec: ItemSpec, blocks: list[Block], *, broken: bool) -> None:
        menu_id = 20100 + 37 * int(spec.code[1:])
        path = f"/{self.slug}/page/sub/{menu_id}/{slugify(spec.label)}"
        item = _Item(spec, path, blocks, broken)
        for j, b in enumerate(x for x in blocks if x.post):
            post_id = menu_id * 10 + j + 1
            item.posts.append((b, f"{path}/1/info/{post_id}/{slugify(b.heading)[:80]}"))
        self.items.append(item)
        for b in blocks:
            for d in b.docs:
                if not (broken and not d.file.endswith(".png")):
                    self.files[self.doc_url(d)] = d.build()

    # --- rendering -------------------------------------------------------------------

    def _portal(self) -> str:
        links = " | ".join(f'<a href="/{s}/">{esc(n)}</a>' for s, n in SIBLINGS if s != self.slug)
        return f"<span>กรุงเทพมหานคร</span> » สำนักงานเขต: {links}"

    def _menu(self) -> str:
        out = [
            "<h3>เมนูหลัก</h3><ul>",
            f'<li><a href="/{esc(self.slug)}">หน้าแรก</a></li>',
            f'<li><a href="{href(self.about_path)}">ประวัติความเป็นมา</a></li>',
        ]
        if self.style == "index":
            out.append(
                f'<li><a href="{href(self.index_path)}">ITA / OIT ปี {th(self.fy)}</a></li></ul>'
            )
            return "".join(out)
        out.append("</ul>")
        group = None
        for it in self.items:
            if it.spec.group != group:
                if group is not None:
                    out.append("</ul>")
                group = it.spec.group
                out.append(f"<h3>{esc(group)}</h3><ul>")
            out.append(f'<li><a href="{href(it.path)}">{esc(it.spec.label)}</a></li>')
        out.append("</ul>")
        return "".join(out)

    def _render(self, path: str, title: str, body: str, crumbs: str = "") -> None:
        html = page(
            title=title,
            site_name=self.name,
            slug=self.slug,
            portal=self._portal(),
            menu=self._menu(),
            body=body,
            crumbs=crumbs,
        )
        self.files[path.rstrip("/") + "/index.html"] = html.encode("utf-8")

    def _block_html(self, b: Block) -> str:
        body = b.html
        listed = []
        for d in b.docs:
            url = href(self.doc_url(d))
            if f"@@open:{d.file}" in body:
                body = body.replace(f"@@open:{d.file}", f'<a href="{url}">{esc(b.open_label)}</a>')
            elif f"@@{d.file}" in body:
                body = body.replace(f"@@{d.file}", url)
            elif not d.file.endswith(".png"):
                listed.append(d)
        if listed:
            body += '<ul class="attachments">'
            for d in listed:
                text = b.open_label or d.label
                body += f'<li>{esc(d.label)} <a href="{href(self.doc_url(d))}">{esc(text)}</a></li>'
            body += "</ul>"
        return body

    def _item_page(self, it: _Item) -> None:
        parts = []
        for b in it.blocks:
            if not b.post:
                parts.append(f"<h2>{esc(b.heading)}</h2>{self._block_html(b)}")
        if it.posts:
            parts.append('<ul class="post-list">')
            for i, (b, path) in enumerate(
                sorted(it.posts, key=lambda p: p[0].posted or date.min, reverse=True)
            ):
                when = thai_date(b.posted, short=True, thai_digits=i % 2 == 1) if b.posted else ""
                parts.append(
                    f'<li><a href="{href(path)}">{esc(b.heading)}</a> <span class="date">{esc(when)}</span></li>'
                )
            parts.append("</ul>")
        crumb = f'<a href="{href(it.path)}">{esc(it.spec.label)}</a>'
        self._render(it.path, it.spec.label, "".join(parts), crumb)
        for b, path in it.posts:
            when = f'<p class="date">โพสต์เมื่อ {esc(thai_date(b.posted))}</p>' if b.posted else ""
            self._render(path, b.heading, when + self._block_html(b), f"{crumb} » {esc(b.heading)}")

    def _index_page(self) -> None:
        title = f"การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. {self.fy}"
        rows, group = [], None
        for i, it in enumerate(self.items):
            if it.spec.group != group:
                group = it.spec.group
                sub = SUB_INDICATORS.get(group, "")
                rows.append(
                    f'<tr><td colspan="3"><b>ตัวชี้วัดย่อยที่ {esc(sub)} {esc(group)}</b></td></tr>'
                )
            links = f'<a href="{href(it.path)}">คลิกที่นี่</a>'
            first = next(
                (d for b in it.blocks for d in b.docs if not d.file.endswith(".png")), None
            )
            if first is not None and i % 3 == 0:
                links += f' / <a href="{href(self.doc_url(first))}">เปิดเอกสาร</a>'
            title = (
                it.spec.title if i % 4 == 1 else it.spec.label
            )  # some rows use the official title
            rows.append(
                f"<tr><td>{esc(code_form(it.spec.code, i))}</td><td>{esc(title)}</td><td>{links}</td></tr>"
            )
        body = paras(
            f"{self.name} เผยแพร่ข้อมูลตามแบบตรวจการเปิดเผยข้อมูลสาธารณะ (Open Data Integrity and "
            f"Transparency Assessment: OIT) ข้อมูล ณ วันที่ {thai_date(self.as_of, thai_digits=True)}"
        )
        body += (
            '<table class="table" border="1"><thead><tr><th>ข้อ</th><th>หัวข้อ</th><th>ลิงก์ข้อมูล</th></tr>'
            f"</thead><tbody>{''.join(rows)}</tbody></table>"
        )
        self._render(self.index_path, title, body)

    def _home(self) -> None:
        body = paras(
            f"ยินดีต้อนรับสู่เว็บไซต์{self.name} กรุงเทพมหานคร",
            "สำนักงานเขตให้บริการประชาชนวันจันทร์ - วันศุกร์ เวลา 08.00 - 16.00 น. (เว้นวันหยุดราชการ)",
        )
        if self.style == "index":
            body += f'<p><a href="{href(self.index_path)}">การประเมินคุณธรรมและความโปร่งใส (ITA) ปี {self.fy}</a></p>'
        self._render(f"/{self.slug}", self.name, body)
        self._render(
            self.about_path,
            "ประวัติความเป็นมา",
            paras(
                f"{self.name} จัดตั้งขึ้นเพื่อให้บริการประชาชนในพื้นที่ ตั้งอยู่ในเขตกรุงเทพมหานคร",
                "ปัจจุบันพื้นที่เขตแบ่งการปกครองออกเป็นแขวงต่าง ๆ มีชุมชนที่จดทะเบียนหลายแห่ง",
            ),
        )
        login = (
            '<form method="post"><input name="user"><input name="password" type="password"></form>'
        )
        self._render(f"/{self.slug}/admin/login", "เข้าสู่ระบบ", login)
        self.files[f"/{self.slug}/static/site.css"] = CSS.encode()

    def write(self) -> None:
        self._home()
        for it in self.items:
            self._item_page(it)
        if self.style == "index":
            self._index_page()
        for path, data in self.files.items():
            target = self.root / path.lstrip("/")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        robots = self.root / "robots.txt"
        lines = (
            robots.read_text(encoding="utf-8").splitlines()
            if robots.is_file()
            else ["User-agent: *"]
        )
        rule = f"Disallow: /{self.slug}/admin/"
        if rule not in lines:
            lines.append(rule)
        robots.write_text("\n".join(lines) + "\n", encoding="utf-8")
