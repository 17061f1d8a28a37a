#!/usr/bin/env bash
# Builds marsad, serves a fresh store in a temporary folder, ingests the examples over the
# API, and runs the browser test against it. Needs node/npm and Debian's chromium.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$here/../.."
port="${PORT:-18181}"
(cd "$root" && cargo build -q -p marsad-cli)
store="$(mktemp -d)"
"$root/target/debug/marsad" serve --db "$store" --token browser-test --addr "127.0.0.1:$port" &
server=$!
trap 'kill "$server"; rm -rf "$store"' EXIT
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/api/stats" >/dev/null && break; sleep 0.2; done
python3 - "$root/examples" > "$store/articles.json" <<'PY'
import json, pathlib, sys
root = pathlib.Path(sys.argv[1])
articles = [json.loads(line) for line in (root / "feed.jsonl").read_text().splitlines() if line.strip()]
for path in sorted((root / "articles").glob("*.txt")):
    articles.append({"id": path.name, "source": "examples", "published": "2018-06-15", "text": path.read_text()})
print(json.dumps(articles, ensure_ascii=False))
PY
curl -sf -X POST -H "Authorization: Bearer browser-test" -H "Content-Type: application/json" \
  --data-binary "@$store/articles.json" "http://127.0.0.1:$port/api/ingest" >/dev/null
cd "$here"
[ -d node_modules ] || npm ci --no-audit --no-fund
MARSAD_URL="http://127.0.0.1:$port" node ui.test.mjs
