# Shared by the held-out sets' make_gold.py: turns a compact annotation (E entities, C claims,
# R relations) into gold.json in the format and conventions of shared/eval/gold-seeds.json,
# computing offsets and evidence sentences from the texts.
import json, os, re

SYMMETRIC = {'MET_WITH', 'COOPERATED_WITH'}
CONVENTIONS = os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../../../shared/eval/gold-seeds.json')


def build_gold(here, E, C, R):
    name = os.path.basename(here)
    arts = sorted(f[:-4] for f in os.listdir(here) if f.endswith('.txt'))
    texts = {a: open(os.path.join(here, a + '.txt'), encoding='utf8').read().replace('\u00a0', ' ') for a in arts}
    def sentence(a, snip):
        t = texts[a]; i = t.find(snip); assert i >= 0, (a, snip)
        s = max(t.rfind('\n', 0, i) + 1, max((m.end() for m in re.finditer(r'[.!?]["”]?\s+(?=["“A-Z])', t[:i])), default=0))
        m = re.search(r'[.!?]["”]?(?=\s|$)|\n', t[i + len(snip):])
        e = i + len(snip) + (m.end() if m else len(t) - i - len(snip))
        return {'articleId': a, 'sentence': t[s:e].strip(), 'start': s, 'end': e}
    ents = []
    for (i, ty, n, al) in E:
        ment = [a for a in arts if any(re.search(r'(?<!\w)' + re.escape(x) + r'(?!\w)', texts[a], re.I) for x in al + [n])]
        ents.append({'id': i, 'type': ty, 'name': n, 'aliases': al, 'mentionedIn': ment})
    ids = {e['id'] for e in ents}
    assert len(ids) == len(ents), 'duplicate entity id'
    claims = []
    for n, (a, sp, kind, cue, text) in enumerate(C):
        assert sp in ids, sp
        st = texts[a].find(text); assert st >= 0, (a, text)
        claims.append({'id': f'claim:{a[:3]}-{n:02d}', 'speaker': sp, 'text': text, 'kind': kind, 'about': [], 'articles': [a], 'cue': cue, 'start': st, 'end': st + len(text)})
    rels = {}
    for (s, p, o, neg, hed, title, a, snip) in R:
        assert s in ids and o in ids, (s, o)
        k = (s, p, o)
        if p in SYMMETRIC and (o, p, s) in rels: k = (o, p, s)  # one direction per symmetric pair
        ev = sentence(a, snip); ev['hedged'] = bool(hed)
        if k in rels:
            r = rels[k]
            if not any(x['start'] == ev['start'] and x['articleId'] == a for x in r['evidence']): r['evidence'].append(ev)
            r['hedged'] = r['hedged'] and bool(hed); r['negated'] = r['negated'] and bool(neg)
            continue
        r = {'id': f'rel:{len(rels)+1:02d}', 'subject': s, 'predicate': p, 'object': o, 'evidence': [ev], 'negated': bool(neg), 'hedged': bool(hed)}
        if title: r['title'] = title
        rels[k] = r
    gold = {
      'conventions': json.load(open(CONVENTIONS))['conventions'],
      'articles': [{'id': a, 'title': None, 'source': None, 'publishedAt': None, 'path': f'packages/extractor/test/{name}/{a}.txt'} for a in arts],
      'entities': ents, 'claims': claims, 'relations': list(rels.values()),
    }
    json.dump(gold, open(os.path.join(here, 'gold.json'), 'w'), ensure_ascii=False, indent=1)
    print(len(ents), 'entities', len(claims), 'claims', len(rels), 'relations')
