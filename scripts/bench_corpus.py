#!/usr/bin/env python3
"""Helper of scripts/bench-corpus: the query list, the PostgreSQL side, and the report.

  bench_corpus.py queries CORPUS OUT.tsv          1,000 queries made from the corpus
  bench_corpus.py pg-rows CORPUS OUT.tsv          the corpus as COPY text rows (untimed)
  bench_corpus.py pg-load PORT ROWS.tsv           COPY + GIN index, timed; prints JSON
  bench_corpus.py pg-search PORT QUERIES.tsv      the queries as tsqueries, timed; JSON
  bench_corpus.py report FILES...                 both engines side by side, with ratios

Queries are in marsad's language (words, "phrases", OR, -word), one a line, with optional
tab-separated filters: query, source, from, to. PostgreSQL reads the same string with
websearch_to_tsquery('arabic', ...), whose syntax is the same for these forms: words are
ANDed (&), "phrases" become <->, OR is |, -word is !. Nothing of the corpus is kept: the
script writes the lists to temporary files that it removes.
"""

import collections
import gzip
import json
import os
import random
import re
import sys
import time

QUERY_COUNT = 1000
SEED = 5  # issue 5; any fixed value makes the list the same on every run
WORD = re.compile(r"[\u0621-\u064A]{3,}")
# The most frequent words are function words (في، من، على) that PostgreSQL's arabic
# configuration drops as stop words; queries draw from the ranks below them.
WORD_RANKS = (150, 4000)
BIGRAM_RANKS = (20, 1500)


def articles(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                article = json.loads(line)
                if isinstance(article.get("text"), str) and article["text"].strip():
                    yield article


# ---------------------------------------------------------------- the query list

def corpus_counts(path):
    """Word counts over titles and texts; bigram counts over every third article (enough
    to rank the common ones, at a third of the time); sources; months."""
    words, bigrams, sources, months = (collections.Counter() for _ in range(4))
    for n, article in enumerate(articles(path)):
        tokens = WORD.findall((article.get("title") or "") + " " + article["text"])
        words.update(tokens)
        if n % 3 == 0:
            bigrams.update(zip(tokens, tokens[1:]))
        sources[article.get("source") or ""] += 1
        months[(article.get("published") or "")[:7]] += 1
    return words, bigrams, sources, months


def ranked(counter, ranks):
    """The items ranked `ranks[0]`..`ranks[1]`, ties broken by the item, so the list does
    not depend on the order the corpus was read in."""
    ordered = sorted(counter.items(), key=lambda item: (-item[1], item[0]))
    return [item for item, _ in ordered[ranks[0]:ranks[1]]]


def make_queries(path):
    words, bigrams, sources, months = corpus_counts(path)
    vocabulary = ranked(words, WORD_RANKS)
    phrases = [" ".join(pair) for pair in ranked(bigrams, BIGRAM_RANKS)
               if all(words[w] > 0 for w in pair)]
    outlets = [s for s, _ in sources.most_common() if s]
    # Date filters over months that hold a real share of the corpus.
    busy = sorted(m for m, n in months.items() if re.fullmatch(r"\d{4}-\d{2}", m) and n >= 500)
    rng = random.Random(SEED)
    word = lambda: rng.choice(vocabulary)
    kinds = [
        (40, lambda: word()),
        (20, lambda: f"{word()} {word()}"),
        (15, lambda: f'"{rng.choice(phrases)}"'),
        (10, lambda: f"{word()} OR {word()}"),
        (5, lambda: f'"{rng.choice(phrases)}" {word()}'),
        (5, lambda: f"{word()} -{word()}"),
        # a OR b c: both languages read it as a OR (b AND c).
        (5, lambda: f"{word()} OR {word()} {word()}"),
    ]
    makers = [make for weight, make in kinds for _ in range(weight)]
    lines = []
    for _ in range(QUERY_COUNT):
        query = rng.choice(makers)()
        source = start = end = ""
        roll = rng.random()
        if roll < 0.10 and outlets:
            source = rng.choice(outlets)
        elif roll < 0.18 and busy:
            start, end = month_range(rng.choice(busy))
        elif roll < 0.20 and outlets and busy:
            source = rng.choice(outlets)
            start, end = month_range(rng.choice(busy))
        lines.append("\t".join((query, source, start, end)))
    return lines


def month_range(month):
    year, number = map(int, month.split("-"))
    days = [31, 29 if year % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][number - 1]
    return f"{month}-01", f"{month}-{days:02d}"


def cmd_queries(corpus, out):
    lines = make_queries(corpus)
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    filtered = sum(1 for line in lines if line.split("\t", 1)[1].strip("\t"))
    print(f"{len(lines)} queries, {filtered} with a source or date filter", file=sys.stderr)


# ---------------------------------------------------------------- PostgreSQL

def copy_escape(value):
    if value is None:
        return r"\N"
    return (value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")
            .replace("\r", "\\r").replace("\0", ""))


def cmd_pg_rows(corpus, out):
    """The corpus as COPY text rows, written before the clock starts, so that PostgreSQL's
    ingest time is its own and not Python's JSON parsing."""
    count = text_bytes = 0
    with open(out, "w", encoding="utf-8") as f:
        for article in articles(corpus):
            published = (article.get("published") or "")[:10]
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", published):
                published = None
            row = (str(article.get("id") or count), article.get("source"), published,
                   article.get("title") or "", article["text"])
            f.write("\t".join(copy_escape(v) for v in row) + "\n")
            count += 1
            text_bytes += len(article["text"].encode("utf-8"))
    print(json.dumps({"rows": count, "text_bytes": text_bytes}))


def connect(port):
    import psycopg2
    return psycopg2.connect(host="127.0.0.1", port=int(port), user="postgres", dbname="postgres")


SCHEMA = """
CREATE TABLE articles (
    id text,
    source text,
    published date,
    title text,
    text text,
    tsv tsvector GENERATED ALWAYS AS (to_tsvector('arabic', title || ' ' || text)) STORED
)"""


def backend_peak_rss_mb(conn):
    """VmHWM of the backend that did the load (it and the server share one machine)."""
    with conn.cursor() as cur:
        cur.execute("SELECT pg_backend_pid()")
        pid = cur.fetchone()[0]
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024 / 1e6
    except OSError:
        return None
    return None


def cmd_pg_load(port, rows):
    conn = connect(port)
    cur = conn.cursor()
    # Created in the loading transaction: with wal_level=minimal, COPY then skips the WAL,
    # PostgreSQL's own fastest bulk load.
    cur.execute(SCHEMA)
    started = time.perf_counter()
    with open(rows, encoding="utf-8") as f:
        cur.copy_expert("COPY articles (id, source, published, title, text) FROM STDIN", f)
    conn.commit()
    loaded = time.perf_counter()
    cur.execute("CREATE INDEX articles_tsv ON articles USING gin (tsv)")
    cur.execute("ANALYZE articles")
    conn.commit()
    done = time.perf_counter()
    cur.execute("SELECT count(*), pg_total_relation_size('articles') FROM articles")
    count, size = cur.fetchone()
    print(json.dumps({
        "rows": count, "copy_seconds": loaded - started, "index_seconds": done - loaded,
        "seconds": done - started, "peak_rss_mb": backend_peak_rss_mb(conn),
        "table_mb": size / 1e6,
    }))
    conn.close()


# Top 10 by ts_rank, then ts_headline on those 10 only (as marsad makes snippets for the
# page only). An empty filter parameter is no filter.
SEARCH = """
PREPARE search(text, text, date, date) AS
SELECT id, title, source, published, rank,
       ts_headline('arabic', text, query, 'MaxWords=35, MinWords=15') AS snippet
FROM (
    SELECT id, title, source, published, text, query, ts_rank(tsv, query) AS rank
    FROM articles, websearch_to_tsquery('arabic', $1) AS query
    WHERE tsv @@ query
      AND ($2 IS NULL OR source = $2)
      AND ($3 IS NULL OR published >= $3)
      AND ($4 IS NULL OR published <= $4)
    ORDER BY rank DESC, id
    LIMIT 10
) AS top
ORDER BY rank DESC, id
"""


def read_queries(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.strip() and not line.startswith("#"):
                fields = (line.split("\t") + ["", "", ""])[:4]
                yield [fields[0]] + [field.strip() or None for field in fields[1:]]


def latency_figures(latencies, with_hits, failed, seconds):
    ordered = sorted(latencies)
    nearest = lambda p: ordered[max(1, min(len(ordered), -(-len(ordered) * p // 100))) - 1]
    return {
        "queries": len(ordered), "with_hits": with_hits, "failed": failed, "seconds": seconds,
        "mean_ms": sum(ordered) / len(ordered), "p50_ms": nearest(50), "p90_ms": nearest(90),
        "p99_ms": nearest(99), "max_ms": ordered[-1],
    }


def cmd_pg_search(port, queries):
    conn = connect(port)
    conn.autocommit = True
    cur = conn.cursor()
    cur.execute("SET client_min_messages = warning")  # no NOTICE for stop-word-only queries
    cur.execute(SEARCH)
    latencies, with_hits, failed = [], 0, 0
    started = time.perf_counter()
    for query, source, start, end in read_queries(queries):
        begin = time.perf_counter()
        try:
            cur.execute("EXECUTE search(%s, %s, %s, %s)", (query, source, start, end))
            rows = cur.fetchall()
            with_hits += bool(rows)
        except Exception as error:  # a query PostgreSQL rejects counts, as in marsad
            failed += 1
            print(f"pg: query {query!r}: {error}", file=sys.stderr)
        latencies.append((time.perf_counter() - begin) * 1e3)
    report = latency_figures(latencies, with_hits, failed, time.perf_counter() - started)
    print(json.dumps(report))
    conn.close()


# ---------------------------------------------------------------- the report

def load(path):
    with open(path) as f:
        return json.load(f)


def cmd_report(marsad_ingest, marsad_wall, marsad_rss_kb, marsad_search, pg_rows, pg_load,
               pg_search):
    mi, ms = load(marsad_ingest), load(marsad_search)
    rows, pl, ps = load(pg_rows), load(pg_load), load(pg_search)
    megabytes = rows["text_bytes"] / 1e6
    m_wall = float(open(marsad_wall).read())
    m_rss = int(open(marsad_rss_kb).read()) * 1024 / 1e6
    m = {"ingest_s": m_wall, "mb_s": megabytes / m_wall, "rss": m_rss, **ms}
    p = {"ingest_s": pl["seconds"], "mb_s": megabytes / pl["seconds"],
         "rss": pl["peak_rss_mb"] or float("nan"), **ps}
    print(f"\ncorpus: {rows['rows']} articles, {megabytes:.1f} MB of text (10^6 bytes of UTF-8)")
    print(f"marsad stored {mi['new']} articles ({mi['duplicates']} exact duplicates, "
          f"{mi['near_duplicates']} near-duplicates), {mi['boilerplate_lines_removed']} "
          f"boilerplate lines removed; ingest summary says {mi['seconds']:.1f} s in process")
    print(f"PostgreSQL: COPY {pl['copy_seconds']:.1f} s (to_tsvector per row) + GIN index "
          f"and ANALYZE {pl['index_seconds']:.1f} s; no analysis beyond stemming, no "
          f"duplicates; table + index {pl['table_mb']:.0f} MB")
    print()
    head = f"{'':<30}{'marsad':>12}{'PostgreSQL':>14}{'PG / marsad':>14}"
    print(head)
    print("-" * len(head))
    line = lambda name, key, fmt: print(
        f"{name:<30}{format(m[key], fmt):>12}{format(p[key], fmt):>14}"
        f"{ratio(p[key], m[key]):>14}")
    line("ingest wall seconds", "ingest_s", ".1f")
    line("ingest MB/s", "mb_s", ".2f")
    line("ingest peak RSS (MB)", "rss", ".0f")
    for key in ("mean_ms", "p50_ms", "p90_ms", "p99_ms", "max_ms"):
        line(f"query {key[:-3]} (ms)", key, ".3f")
    print(f"{'queries with >= 1 hit':<30}{m['with_hits']:>12}{p['with_hits']:>14}")
    print(f"{'queries failed':<30}{m['failed']:>12}{p['failed']:>14}")
    print("\n(marsad: full analysis, dedup, SQLite + tantivy; search timed in process, page of 10")
    print(" with snippets and the count of all hits. PostgreSQL: load + index only, peak RSS is")
    print(" the loading backend's VmHWM; search timed from a Python client on loopback,")
    print(" prepared statement, top 10 by ts_rank with ts_headline.)")
    print("\ngoals")
    goal("marsad ingest <= 30 s on 2 cores", m["ingest_s"] <= 30, f"{m['ingest_s']:.1f} s")
    goal("marsad peak RSS <= 1 GB", m["rss"] <= 1000, f"{m['rss']:.0f} MB")
    goal("search p50 <= 2 ms", m["p50_ms"] <= 2, f"{m['p50_ms']:.3f} ms")
    goal("search p99 <= 20 ms", m["p99_ms"] <= 20, f"{m['p99_ms']:.3f} ms")
    goal("ingest >= 4x faster than PostgreSQL", p["ingest_s"] >= 4 * m["ingest_s"],
         f"{p['ingest_s'] / m['ingest_s']:.2f}x")
    goal("search faster than PostgreSQL (p50 and p99)",
         m["p50_ms"] < p["p50_ms"] and m["p99_ms"] < p["p99_ms"],
         f"p50 {p['p50_ms'] / m['p50_ms']:.1f}x, p99 {p['p99_ms'] / m['p99_ms']:.1f}x")


def ratio(a, b):
    return f"{a / b:.2f}x" if b else "-"


def goal(name, met, figure):
    print(f"  [{'met ' if met else 'MISS'}] {name}: {figure}")


def main(argv):
    commands = {
        "queries": cmd_queries, "pg-rows": cmd_pg_rows, "pg-load": cmd_pg_load,
        "pg-search": cmd_pg_search, "report": cmd_report,
    }
    if len(argv) < 2 or argv[1] not in commands:
        sys.exit(__doc__)
    commands[argv[1]](*argv[2:])


if __name__ == "__main__":
    main(sys.argv)
