"""Small document helpers shared by the generator of this site (writerB)."""
import io, os
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.pdfgen import canvas as rlcanvas

FONTDIR = "/usr/share/fonts/truetype/tlwg/"
pdfmetrics.registerFont(TTFont("TH", FONTDIR + "Laksaman.ttf"))
pdfmetrics.registerFont(TTFont("THB", FONTDIR + "Laksaman-Bold.ttf"))
pdfmetrics.registerFont(TTFont("NO", FONTDIR + "Norasi.ttf"))

TD = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
def th(s):
    """Arabic -> Thai digits."""
    return str(s).translate(TD)

def _esc(s):
    return str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

def pdf(path, blocks, landscape_page=False, author="", title=""):
    """blocks: list of ('h', text) | ('p', text) | ('c', text) centred | ('t', rows, colwidths or None) | ('s', n)"""
    os.makedirs(os.path.dirname(path), exist_ok=True)
    size = landscape(A4) if landscape_page else A4
    doc = SimpleDocTemplate(path, pagesize=size, leftMargin=50, rightMargin=45, topMargin=45, bottomMargin=45,
                            title=title, author=author)
    h = ParagraphStyle("h", fontName="THB", fontSize=17, leading=24, alignment=1, spaceAfter=6)
    p = ParagraphStyle("p", fontName="TH", fontSize=14, leading=20, firstLineIndent=28, spaceAfter=4)
    c = ParagraphStyle("c", fontName="TH", fontSize=14, leading=20, alignment=1)
    r = ParagraphStyle("r", fontName="TH", fontSize=14, leading=20, alignment=2)
    cell = ParagraphStyle("cell", fontName="TH", fontSize=10.5, leading=14)
    story = []
    for b in blocks:
        k = b[0]
        if k == "h": story.append(Paragraph(_esc(b[1]), h))
        elif k == "p": story.append(Paragraph(_esc(b[1]), p))
        elif k == "c": story.append(Paragraph(_esc(b[1]), c))
        elif k == "r": story.append(Paragraph(_esc(b[1]), r))
        elif k == "s": story.append(Spacer(1, b[1]))
        elif k == "t":
            rows = [[Paragraph(_esc(x), cell) for x in row] for row in b[1]]
            cw = b[2] if len(b) > 2 else None
            t = Table(rows, colWidths=cw, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dddddd"))]))
            story.append(t); story.append(Spacer(1, 8))
    doc.build(story)

def scanned_pdf(path, lines, title=""):
    """Image-only PDF (no text layer) that looks like a scan of a typed page."""
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    os.makedirs(os.path.dirname(path), exist_ok=True)
    W, H = 1240, 1754
    img = Image.new("L", (W, H), 246)
    d = ImageDraw.Draw(img)
    f = ImageFont.truetype(FONTDIR + "Norasi.ttf", 34)
    fb = ImageFont.truetype(FONTDIR + "Norasi-Bold.ttf", 40)
    y = 120
    for i, ln in enumerate(lines):
        font = fb if i == 0 else f
        if ln.startswith("|"):
            cells = ln.strip("|").split("|")
            x = 110; cw = (W - 220) // len(cells)
            for cc in cells:
                d.rectangle([x, y - 6, x + cw, y + 46], outline=40)
                d.text((x + 8, y), cc.strip(), font=f, fill=30)
                x += cw
            y += 52
        else:
            d.text((110 if i else 300, y), ln, font=font, fill=25)
            y += 58
    img = img.rotate(0.6, fillcolor=240).filter(ImageFilter.GaussianBlur(0.7))
    buf = io.BytesIO(); img.convert("L").save(buf, "JPEG", quality=55); buf.seek(0)
    from reportlab.lib.utils import ImageReader
    c = rlcanvas.Canvas(path, pagesize=A4)
    c.setTitle(title or "scan")
    c.setCreator("Canon iR-ADV C5535 Scan")
    c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
    c.showPage(); c.save()

def xlsx(path, sheets):
    """sheets: list of (name, rows)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    os.makedirs(os.path.dirname(path), exist_ok=True)
    wb = Workbook(); first = True
    for name, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name[:31]
        for r in rows: ws.append(list(r))
        for cell in ws[1]: cell.font = Font(bold=True)
        for col in ws.columns:
            ws.column_dimensions[col[0].column_letter].width = 22
    wb.save(path)

def docx(path, title, paras, table=None):
    import docx as _d
    os.makedirs(os.path.dirname(path), exist_ok=True)
    doc = _d.Document()
    st = doc.styles["Normal"]; st.font.name = "TH SarabunPSK"; st.font.size = _d.shared.Pt(16)
    doc.add_heading(title, level=1)
    for p in paras: doc.add_paragraph(p)
    if table:
        t = doc.add_table(rows=0, cols=len(table[0])); t.style = "Table Grid"
        for row in table:
            cells = t.add_row().cells
            for i, v in enumerate(row): cells[i].text = str(v)
    doc.save(path)

def photo(path, label, seed=0):
    """Small passport-style placeholder photo (JPEG)."""
    from PIL import Image, ImageDraw
    os.makedirs(os.path.dirname(path), exist_ok=True)
    img = Image.new("RGB", (120, 150), (90 + seed * 20 % 120, 110, 160))
    d = ImageDraw.Draw(img)
    d.ellipse([35, 20, 85, 75], fill=(225, 195, 170))
    d.rectangle([20, 85, 100, 150], fill=(40, 50, 90))
    img.save(path, "JPEG", quality=70)
