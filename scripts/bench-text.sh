#!/usr/bin/env bash
# Text engine benchmark: marsad's text engine and Lucene's ArabicAnalyzer over the same corpus,
# one core each, in one run, with the ratio. Lucene is Debian's liblucene8-java (installed here
# when missing and apt-get is usable); without it only marsad's figures are printed.
#   scripts/bench-text.sh [CORPUS.jsonl.gz] [LIMIT]
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${1:-../shared/corpus/ant-v2.1.jsonl.gz}"
limit="${2:-}"
[ -f "$corpus" ] || { echo "no corpus at $corpus" >&2; exit 1; }

cargo build --release -p marsad-cli >&2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "== marsad (text engine: fold + tokenize + segment + sentences)"
./target/release/marsad bench "$corpus" ${limit:+--limit "$limit"} --json > "$work/marsad.json"
python3 - "$work/marsad.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
print(f"{r['articles']} articles, {r['megabytes']:.1f} MB, {r['tokens']} tokens, peak RSS {r['peak_rss_mb']:.0f} MB")
for s in r["stages"]:
    print(f"  {s['stage']:<26} {s['seconds']:8.3f} s {s['mb_per_s']:8.1f} MB/s per core")
PY

lucene_jars=/usr/share/java
if [ ! -f "$lucene_jars/lucene-analyzers-common.jar" ] && [ ! -f "$lucene_jars/lucene-analyzers-common-8.7.0.jar" ]; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq liblucene8-java) >&2 || true
  fi
fi
classpath=$(ls "$lucene_jars"/lucene-core*.jar "$lucene_jars"/lucene-analyzers-common*.jar 2>/dev/null | tr '\n' ':')
if [ -z "$classpath" ] || ! command -v javac >/dev/null 2>&1; then
  echo "== Lucene not available: baseline skipped"
  exit 0
fi

echo "== Lucene ArabicAnalyzer (same texts)"
python3 - "$corpus" "$work/texts.bin" "${limit:-0}" <<'PY'
import gzip, json, sys
src, dst, limit = sys.argv[1], sys.argv[2], int(sys.argv[3])
opener = gzip.open if src.endswith(".gz") else open
n = 0
with opener(src, "rt", encoding="utf-8") as f, open(dst, "w", encoding="utf-8") as out:
    for line in f:
        if not line.strip():
            continue
        text = json.loads(line).get("text")
        if isinstance(text, str) and text.strip():
            out.write(text.replace("\0", " ") + "\0")
            n += 1
            if limit and n >= limit:
                break
PY
javac -d "$work" -cp "$classpath" scripts/lucene/ArabicAnalyzerBench.java
java -cp "$work:$classpath" ArabicAnalyzerBench "$work/texts.bin" 3 | tee "$work/lucene.txt"

python3 - "$work/marsad.json" "$work/lucene.txt" <<'PY'
import json, re, sys
r = json.load(open(sys.argv[1]))
engine = next(s for s in r["stages"] if s["stage"].startswith("text engine"))
lucene = float(re.search(r"([\d.]+) MB/s", open(sys.argv[2]).read()).group(1))
print(f"== ratio: marsad text engine {engine['mb_per_s']:.1f} MB/s / Lucene ArabicAnalyzer {lucene:.1f} MB/s = {engine['mb_per_s'] / lucene:.2f}x")
PY
