#!/usr/bin/env python3
"""SQLite FTS5 bm25() as the speed peer of GenLab's BM25 retriever (`retrieval.bm25_qps`).

Usage:
    python3 tests/python/bm25_peer.py --chunks CHUNKS --queries QUERIES [--k 10] [--repeat 1]
                                      [--json] [--results OUT.jsonl]

CHUNKS   a UTF-8 file with one chunk per line, or a JSON list of strings (the file starts with '[');
         chunk i (0-based) becomes FTS5 rowid i + 1 and is reported as id i, like the engine.
QUERIES  the same forms, one query per line / entry. Empty queries are skipped (and counted).

The table is built in memory (`CREATE VIRTUAL TABLE t USING fts5(body, tokenize='unicode61
remove_diacritics 0')`, which like our default analyzer folds case and splits on non-alphanumerics
without stemming), then each query runs as
    SELECT rowid, bm25(t) FROM t WHERE t MATCH ? ORDER BY bm25(t) LIMIT k
with its terms double-quoted (so MATCH syntax in user text is inert) and joined by OR. FTS5's
bm25() uses k1 = 1.2, b = 0.75 and returns the negated score, so scores printed here are negated
back. Only the query loop is timed. Prints `queries_per_s=...` (or a JSON object with --json).
"""

import argparse
import json
import re
import sqlite3
import sys
import time

WORD = re.compile(r"[^\W_]+", re.UNICODE)  # runs of Unicode letters and digits


def read_items(path):
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except (OSError, UnicodeDecodeError) as e:
        sys.exit(f"bm25_peer: cannot read {path}: {e}")
    if text.lstrip().startswith("["):
        try:
            items = json.loads(text)
        except json.JSONDecodeError as e:
            sys.exit(f"bm25_peer: {path}: invalid JSON at line {e.lineno}, column {e.colno}: {e.msg}")
        if not isinstance(items, list) or not all(isinstance(x, str) for x in items):
            sys.exit(f"bm25_peer: {path}: expected a JSON list of strings")
        return items
    return text.split("\n") if not text.endswith("\n") else text[:-1].split("\n")


def match_expression(query):
    terms = []
    for term in WORD.findall(query.lower()):
        if term not in terms:  # distinct terms, as the engine counts them
            terms.append(term)
    return " OR ".join('"' + t.replace('"', '""') + '"' for t in terms)


def main():
    parser = argparse.ArgumentParser(description="SQLite FTS5 bm25() peer for retrieval.bm25_qps")
    parser.add_argument("--chunks", required=True)
    parser.add_argument("--queries", required=True)
    parser.add_argument("--k", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=1, help="run the query list this many times")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--results", help="write each query's (id, score) list as JSON lines")
    args = parser.parse_args()
    if args.k <= 0 or args.repeat <= 0:
        sys.exit("bm25_peer: --k and --repeat must be positive")

    chunks = read_items(args.chunks)
    queries = read_items(args.queries)
    db = sqlite3.connect(":memory:")
    try:
        db.execute("CREATE VIRTUAL TABLE t USING fts5(body, tokenize='unicode61 remove_diacritics 0')")
    except sqlite3.OperationalError as e:
        sys.exit(f"bm25_peer: this SQLite ({sqlite3.sqlite_version}) has no FTS5: {e}")
    start = time.perf_counter()
    db.executemany("INSERT INTO t(rowid, body) VALUES (?, ?)", ((i + 1, c) for i, c in enumerate(chunks)))
    db.commit()
    build_s = time.perf_counter() - start

    expressions = [match_expression(q) for q in queries]
    runnable = [e for e in expressions if e]
    sql = "SELECT rowid, bm25(t) FROM t WHERE t MATCH ? ORDER BY bm25(t) LIMIT ?"
    results = []
    start = time.perf_counter()
    for _ in range(args.repeat):
        results = [db.execute(sql, (e, args.k)).fetchall() for e in runnable]
    elapsed = time.perf_counter() - start
    count = len(runnable) * args.repeat
    qps = count / elapsed if elapsed > 0 else float("inf")

    if args.results:
        with open(args.results, "w", encoding="utf-8") as out:
            for e, rows in zip(runnable, results):
                out.write(json.dumps({"match": e, "results": [[r - 1, -s] for r, s in rows]}) + "\n")
    report = {"peer": "sqlite-fts5", "sqlite": sqlite3.sqlite_version, "chunks": len(chunks),
              "queries": count, "skipped_empty": len(expressions) - len(runnable), "k": args.k,
              "build_s": round(build_s, 3), "seconds": round(elapsed, 4), "queries_per_s": round(qps, 1)}
    if args.json:
        print(json.dumps(report))
    else:
        print(" ".join(f"{k}={v}" for k, v in report.items()))


if __name__ == "__main__":
    main()
