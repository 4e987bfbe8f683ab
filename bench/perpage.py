#!/usr/bin/env python3
"""Per-page view of the scorer's output, worst body first, with predicted vs expected date and
author, for tuning the extractor. Usage: bench/perpage.py DATASET PRED.json [--all]"""
import json, subprocess, sys, os
here = os.path.dirname(os.path.abspath(__file__))
root = os.path.normpath(os.path.join(here, '..', '..', 'shared'))
scorer = os.path.join(root, 'tools', 'score_extraction.py')
ds, pred = sys.argv[1], sys.argv[2]
out = subprocess.run([sys.executable, scorer, ds, pred, '--json', '--per-page'], capture_output=True, text=True).stdout
s = json.loads(out)['systems']
pages = list(s.values())[0]['pages']
preds = json.load(open(pred, encoding='utf-8'))
zh = os.path.join(root, 'datasets', 'zh-web-content-extraction')
def label(kind, pid):
    p = os.path.join(zh, kind, pid + '.txt')
    return open(p, encoding='utf-8').read().strip() if os.path.exists(p) else '?'
def f1(p, r): return 0 if p + r == 0 else 2 * p * r / (p + r)
for pg in sorted(pages, key=lambda p: f1(p['char_p'], p['char_r'])):
    pid = pg['id']; pr = preds.get(pid, {})
    line = f"{pid[:8]} char P{pg['char_p']:.2f} R{pg['char_r']:.2f}"
    if ds == 'zh':
        if pg.get('date_ok') is False: line += f" | date {pr.get('date')!r} want {label('date', pid)!r}"
        if pg.get('author_ok') is False: line += f" | author {pr.get('author')!r} want {label('author', pid)!r}"
    if '--all' in sys.argv or f1(pg['char_p'], pg['char_r']) < 0.97 or '|' in line:
        print(line)
