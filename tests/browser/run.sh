#!/usr/bin/env bash
# Serves a fresh store in a temporary folder on a free port, ingests the examples over the
# API, and runs the browser test against it. Needs node/npm and Debian's chromium.
#   MARSAD_BIN=target/release/marsad tests/browser/run.sh   (a binary already built)
#   tests/browser/run.sh                                      (builds the debug binary)
# Exits non-zero when a check fails; screenshots go to tests/browser/screenshots/.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
marsad="${MARSAD_BIN:-}"
if [ -z "$marsad" ]; then
  (cd "$root" && cargo build -q -p marsad-cli)
  marsad="${CARGO_TARGET_DIR:-$root/target}/debug/marsad"
fi

store="$(mktemp -d)"
server=""
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$store"
}
trap cleanup EXIT

# Port 0: the system picks a free port, and the server says which on its first line.
"$marsad" serve --db "$store/db" --token browser-test --addr 127.0.0.1:0 2> "$store/server.log" &
server=$!
url=""
for _ in $(seq 100); do
  url="$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$store/server.log" | head -n 1 || true)"
  [ -n "$url" ] && break
  kill -0 "$server" 2>/dev/null || { cat "$store/server.log" >&2; exit 1; }
  sleep 0.1
done
[ -n "$url" ] || { echo "the server did not start" >&2; cat "$store/server.log" >&2; exit 1; }

python3 - "$root/examples" > "$store/articles.json" <<'PY'
import json, pathlib, sys
root = pathlib.Path(sys.argv[1])
articles = [json.loads(line) for line in (root / "feed.jsonl").read_text().splitlines() if line.strip()]
for path in sorted((root / "articles").glob("*.txt")):
    articles.append({"id": path.name, "source": "examples", "published": "2018-06-15", "text": path.read_text()})
print(json.dumps(articles, ensure_ascii=False))
PY
curl -sfS -X POST -H "Authorization: Bearer browser-test" -H "Content-Type: application/json" \
  --data-binary "@$store/articles.json" "$url/api/ingest" >/dev/null

cd "$here"
# The committed lockfile pins playwright-core; `npm ci` installs exactly it.
[ -d node_modules/playwright-core ] || npm ci --no-audit --no-fund
MARSAD_URL="$url" node ui.test.mjs
