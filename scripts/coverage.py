#!/usr/bin/env python3
"""Coverage check: the names marsad's recognizers miss in a corpus.

usage: marsad analyze CORPUS > records.jsonl; python3 scripts/coverage.py records.jsonl [--top 200]

A "name the recognizers miss" is a word (with the word after it when that one starts with ال,
as in دير الزور) that follows a cue — مدينة، بلدة، قرية، محافظة، ريف، مخيم، معبر، حقل، مطار، قاعدة،
جبل، سد، نهر، or a title such as العميد، المتحدث باسم — or stands inside quotes, and that no mention
covers. Prints the total of such cue sites, how many are covered, and the most frequent misses.
"""
import collections
import json
import re
import sys

CUES = "مدينة|بلدة|قرية|محافظة|ريف|مخيم|معبر|حقل|مطار|قاعدة|جبل|سد|نهر|منطقة|ناحية|قضاء"
TITLES = "الرئيس|وزير|المتحدث باسم|الناطق باسم|الخبير|اللواء|العميد|العقيد|الشيخ|الجنرال|القيادي|رئيس الوزراء|السفير|المبعوث"
WORD = r"[\u0621-\u064a\u0640\u064b-\u0652]{2,}"
CUE_RE = re.compile(rf"(?:^|[\s«\"“(])(?:[وفبل]?(?:{CUES})|[وفبل]?(?:{TITLES}))\s+({WORD}(?:\s+ال{WORD})?)")
QUOTE_RE = re.compile(rf"[«\"“]({WORD}(?:\s+{WORD}){{0,2}})[»\"”]")
MARKS = re.compile("[\u064b-\u0652\u0640]")
# Words after a cue that are not names: adjectives (nisba forms with the article, الأمريكي،
# السابق), and function words.
NOT_NAMES = re.compile(r"^(ال\S+(ي|ية|يه)|في|من|على|إلى|عن|أخرى|السابق|الأسبق|الحالي)(\s|$)")


def covered(spans, start, end):
    return any(s < end and start < e for s, e in spans)


def main():
    path = sys.argv[1]
    top = int(sys.argv[sys.argv.index("--top") + 1]) if "--top" in sys.argv else 200
    sites = hits = 0
    missed = collections.Counter()
    for line in open(path, encoding="utf-8"):
        if not line.strip():
            continue
        record = json.loads(line)
        text = record["text"]
        spans = [(m["start"], m["end"]) for m in record["mentions"] if m["kind"] in ("actor", "place")]
        for regex in (CUE_RE, QUOTE_RE):
            for match in regex.finditer(text):
                start, end = match.span(1)
                if NOT_NAMES.match(MARKS.sub("", match.group(1))):
                    continue
                sites += 1
                if covered(spans, start, end):
                    hits += 1
                else:
                    missed[MARKS.sub("", match.group(1))] += 1
    print(f"cue sites: {sites}, covered by a mention: {hits} ({hits / max(sites, 1):.1%}), missed: {sites - hits}")
    print(f"top {top} missed names (count, name):")
    for name, count in missed.most_common(top):
        print(f"{count:6d}  {name}")


if __name__ == "__main__":
    main()
