import json, re, csv, sys, os, collections
sys.path.insert(0, os.path.dirname(__file__))
from roster_src import rows
from posts_src import P
from comments_src import C
OUT = os.path.join(os.path.dirname(__file__), '..', 'test')
SLUG = 'grangetown-cardiff'
ids = {}
with open(f'{OUT}/roster.csv', 'w', newline='') as f:
    w = csv.writer(f, lineterminator='\n')
    w.writerow(['pupil_id','first_name','last_name','preferred_name','year_group','class_name','consent_social_media','consent_website'])
    for i, (fn, ln, pref, yr, cl, cons) in enumerate(rows, 1):
        pid = f'GT{i:03d}'; ids[fn] = pid
        w.writerow([pid, fn, ln, pref or fn, yr, cl, 'yes' if cons == 'y' else 'no', 'yes' if cons == 'y' else 'no'])
TOK = re.compile(r'\[\[(.+?)\|(.+?)\]\]|\{\{(ph|em|ad|dob):(.+?)\}\}')
TYPES = {'ph': 'phone-number', 'em': 'email-address', 'ad': 'home-address', 'dob': 'date-of-birth'}
def parse(src):
    out = ''; spans = []; pos = 0
    for m in TOK.finditer(src):
        out += src[pos:m.start()]; pos = m.end()
        if m.group(1) is not None:
            shown, key = m.group(1), m.group(2)
            if key == '-':
                pid, on = None, False
            else:
                pid, on = ids[key], True
            spans.append({'start': len(out), 'end': len(out) + len(shown), 'type': 'pupil-name', 'pupil_id': pid, 'on_roster': on, 'text': shown})
            out += shown
        else:
            t = m.group(4)
            spans.append({'start': len(out), 'end': len(out) + len(t), 'type': TYPES[m.group(3)], 'pupil_id': None, 'on_roster': None, 'text': t})
            out += t
    out += src[pos:]
    for s in spans: assert out[s['start']:s['end']] == s['text']
    assert '[[' not in out and '{{' not in out, out
    return out, spans
stats = collections.Counter()
with open(f'{OUT}/posts.jsonl', 'w') as f:
    for i, (voice, lang, flags, text, imgs) in enumerate(P, 1):
        t, spans = parse(text)
        images, ispans = [], []
        for k, (fn, alt) in enumerate(imgs or []):
            fn2, s1 = parse(fn); alt2, s2 = parse(alt)
            images.append({'filename': fn2, 'alt': alt2})
            for field, ss in (('filename', s1), ('alt', s2)):
                for s in ss:
                    ispans.append({'image': k, 'field': field, **s})
        labels = {'offensive': 'O' in flags, 'live_location': 'L' in flags, 'unsafe_link': 'U' in flags, 'political_or_commercial': 'P' in flags}
        f.write(json.dumps({'id': f'{SLUG}-test-{i:03d}', 'text': t, 'images': images, 'labels': labels, 'spans': spans, 'image_spans': ispans}, ensure_ascii=False) + '\n')
        for k, v in labels.items():
            if v: stats['label:' + k] += 1
        for s in spans:
            stats['span:' + s['type']] += 1
            if s['type']=='pupil-name' and not s['on_roster']: stats['span:pupil-name off roster'] += 1
        if spans: stats['posts with spans'] += 1
        if ispans: stats['image pupil-name spans'] += len(ispans)
        if not spans and not ispans and not any(labels.values()): stats['clean posts'] += 1
        stats['post lang:' + lang] += 1; stats['post voice:' + voice] += 1
with open(f'{OUT}/comments.jsonl', 'w') as f:
    for i, (role, lang, cat, text) in enumerate(C, 1):
        t, spans = parse(text)
        r = 'parent' if role == 'grand' else role
        f.write(json.dumps({'id': f'{SLUG}-test-c{i:03d}', 'text': t, 'author_role': r, 'category': cat, 'spans': spans}, ensure_ascii=False) + '\n')
        stats['cat:' + cat] += 1; stats['role:' + r] += 1; stats['comment lang:' + lang] += 1
        if role == 'grand': stats['role detail: grandparent'] += 1
        for s in spans: stats['comment span:' + s['type']] += 1
for k in sorted(stats): print(k, stats[k])
