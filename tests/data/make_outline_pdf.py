# Writes a three-page PDF with a two-level outline (bookmarks): what Qt's PDF writer cannot make.
objects = {}
def obj(n, body): objects[n] = body
pages = [3, 4, 5]
obj(1, "<< /Type /Catalog /Pages 2 0 R /Outlines 10 0 R /PageMode /UseOutlines >>")
obj(2, "<< /Type /Pages /Kids [3 0 R 4 0 R 5 0 R] /Count 3 >>")
for i, n in enumerate(pages):
    obj(n, f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {n+3} 0 R /Resources << /Font << /F1 9 0 R >> >> >>")
    text = f"BT /F1 24 Tf 72 760 Td (Page {i+1} of the outline fixture) Tj ET"
    obj(n + 3, f"<< /Length {len(text)} >>\nstream\n{text}\nendstream")
obj(9, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
obj(10, "<< /Type /Outlines /First 11 0 R /Last 12 0 R /Count 3 >>")
obj(11, "<< /Title (Chapter 1) /Parent 10 0 R /Next 12 0 R /Dest [3 0 R /Fit] >>")
obj(12, "<< /Title (Chapter 2) /Parent 10 0 R /Prev 11 0 R /First 13 0 R /Last 13 0 R /Count 1 /Dest [4 0 R /Fit] >>")
obj(13, "<< /Title (Section 2.1) /Parent 12 0 R /Dest [5 0 R /Fit] >>")
out = b"%PDF-1.4\n"
offsets = {}
for n in sorted(objects):
    offsets[n] = len(out)
    out += f"{n} 0 obj\n{objects[n]}\nendobj\n".encode()
xref = len(out)
count = max(objects) + 1
out += f"xref\n0 {count}\n0000000000 65535 f \n".encode()
for n in range(1, count):
    out += (f"{offsets[n]:010d} 00000 n \n" if n in offsets else "0000000000 65535 f \n").encode()
out += f"trailer\n<< /Size {count} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
open("outline.pdf", "wb").write(out)
