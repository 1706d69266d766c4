#!/usr/bin/env python3
"""Draws the labelled sample of the wild corpus (issue 9), reproducibly.

    evaluation/sample/draw_sample.py WILD_DIR [--seed N] > evaluation/sample/sample.tsv

WILD_DIR is the folder that ../shared/tools/wild-corpus.sh unpacked (it holds LIST). The script
reads no output of the parser: strata come from the candidate pattern of ../shared/LABELLING.md
alone, so that the sample does not favour what the parser already finds.

Strata (every article falls in exactly one):
  A  "speakers taking turns": some label text matches the candidate pattern on >= 3 lines; the
     labels that recur (>= 3 lines each) change at least 4 times in document order between at
     least two different labels, as speakers do; and at least half of those label lines open a
     paragraph of 60 or more characters after the label (speech, not a caption). Interviews are
     about 1% of the archive and concentrate here, so this stratum is oversampled.
  B  "label-like lines": some label text matches on >= 3 lines, but not as A.
  C  "the rest": no label text matches on 3 lines.
Articles of ../shared/corpus (already read and tested) are left out, by content hash.

Within each stratum, articles are drawn at random (Python's random.Random(seed), over the sorted
list, so the draw depends on the seed and the corpus only). The first DEV_SHARE of each stratum's
draw is the development part; the rest is the final part, scored only at the end.
"""
import argparse
import collections
import hashlib
import os
import random
import re
import sys

CANDIDATE = re.compile(
    r'^\s*(?:\*\*|__)?\s*[「【\[]?([^：:*\n\[\]()（）]{1,14}?)[」】\]]?\s*(?:\*\*)?\s*[：:]\s*(?:\*\*)?')
DRAW = {'A': 80, 'B': 70, 'C': 40}
SPEECH_CHARS = 60
DEV_SHARE = 0.6


def label_lines(text):
    """(label, characters of its paragraph after the label) for each candidate line."""
    lines = text.split('\n')
    found = []
    for i, line in enumerate(lines):
        m = CANDIDATE.match(line)
        if not m:
            continue
        rest = line[m.end():]
        j = i + 1
        while j < len(lines) and lines[j].strip() and not CANDIDATE.match(lines[j]):
            rest += lines[j]
            j += 1
        found.append((m.group(1).strip(), len(rest.strip(' *'))))
    return found


def stratum(text):
    found = label_lines(text)
    counts = collections.Counter(label for label, _ in found)
    if not any(n >= 3 for n in counts.values()):
        return 'C'
    recurring = [(label, chars) for label, chars in found if counts[label] >= 3]
    changes = sum(1 for (a, _), (b, _) in zip(recurring, recurring[1:]) if a != b)
    speech = sum(1 for _, chars in recurring if chars >= SPEECH_CHARS)
    turn_taking = changes >= 4 and len({label for label, _ in recurring}) >= 2
    return 'A' if turn_taking and 2 * speech >= len(recurring) else 'B'


def sha256(data):
    return hashlib.sha256(data).hexdigest()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('wild_dir')
    parser.add_argument('--seed', type=int, default=20261202)
    parser.add_argument('--known', default=os.path.join(os.path.dirname(__file__), '..', '..', '..', 'shared', 'corpus'))
    args = parser.parse_args()

    known = set()
    if os.path.isdir(args.known):
        for name in os.listdir(args.known):
            with open(os.path.join(args.known, name), 'rb') as f:
                known.add(sha256(f.read()))

    with open(os.path.join(args.wild_dir, 'LIST'), encoding='utf-8') as f:
        paths = sorted(line.rstrip('\n') for line in f if line.strip())
    by_stratum = collections.defaultdict(list)
    hashes = {}
    for path in paths:
        with open(os.path.join(args.wild_dir, path), 'rb') as f:
            data = f.read()
        digest = sha256(data)
        if digest in known:
            continue
        hashes[path] = digest
        by_stratum[stratum(data.decode('utf-8', errors='replace'))].append(path)

    rng = random.Random(args.seed)
    print('# seed %d; stratum sizes: %s' % (args.seed, ', '.join(
        '%s=%d' % (s, len(by_stratum[s])) for s in sorted(by_stratum))))
    print('id\tpart\tstratum\tsha256\tpath')
    for s in sorted(DRAW):
        drawn = rng.sample(by_stratum[s], DRAW[s])
        dev = round(DRAW[s] * DEV_SHARE)
        for i, path in enumerate(drawn):
            part = 'dev' if i < dev else 'final'
            print('%s%03d\t%s\t%s\t%s\t%s' % (s, i + 1, part, s, hashes[path], path))


if __name__ == '__main__':
    sys.exit(main())
