#!/usr/bin/env python3
"""Writes an issue of our house-format Markdown (../seeds/expected/NAME.md) as HTML the way an editor's
Word-compatible office suite would get it: lists as <ol> (automatic numbering once converted), the
catalogue as <ol> with the outlet after a line break (ol) or as a table (table), the masthead as a table,
links as <a href>. Usage: make-html.py NAME ol|table > NAME-KIND.html"""
import html, re, sys

name, kind = sys.argv[1], sys.argv[2]
lines = [l for l in open(f"../seeds/expected/{name}.md", encoding="utf-8").read().split("\n") if l.strip()]
lines = lines[1:]  # the house-format marker
e = html.escape
out = ["<!DOCTYPE html><html><head><meta charset='utf-8'><title>%s</title></head><body>" % e(lines[0][2:])]
out.append("<table border='0' width='620'><tr><td><h1>%s</h1></td></tr><tr><td><p>%s</p></td></tr></table>" % (e(lines[0][2:]), e(lines[1])))
i = 2
while not lines[i].startswith("## "):
    out.append("<p>%s</p>" % e(lines[i])); i += 1
out.append("<h2>%s</h2>" % e(lines[i][3:])); i += 1
catalogue = []
while not lines[i].startswith("## "):
    title = re.sub(r"^\d+\. ", "", lines[i]); outlet = lines[i + 1]
    catalogue.append((title, outlet)); i += 2
if kind == "ol":
    out.append("<ol>" + "".join("<li>%s<br>%s</li>" % (e(t), e(o)) for t, o in catalogue) + "</ol>")
else:
    out.append("<table border='1' width='620'><tr><th width='60'>序号</th><th width='440'>标题</th><th width='120'>来源</th></tr>" + "".join(
        "<tr><td>%d</td><td>%s</td><td>%s</td></tr>" % (n + 1, e(t), e(o.strip("（）"))) for n, (t, o) in enumerate(catalogue)) + "</table>")
out.append("<h2>%s</h2>" % e(lines[i][3:])); i += 1
n = 0
while i < len(lines):
    l = lines[i]
    m = re.match(r"^### (\d+)\. (.*)$", l)
    if m:
        n += 1
        out.append("<ol start='%d'><li><p><b>%s</b></p></li></ol>" % (n, e(m.group(2))))
    elif l.startswith("链接："):
        url = l[len("链接："):].strip("<>")
        out.append("<p>链接：<a href='%s'>%s</a></p>" % (e(url), e(url)))
    elif l.startswith("#### "):
        out.append("<h4>%s</h4>" % e(l[5:]))
    elif l.startswith("*") and l.endswith("*"):
        out.append("<p><i>%s</i></p>" % e(l[1:-1]))
    else:
        out.append("<p>%s</p>" % e(l.replace("\\\\", "\\").lstrip("\\")))
    i += 1
out.append("</body></html>")
print("\n".join(out))
