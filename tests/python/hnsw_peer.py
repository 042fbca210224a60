#!/usr/bin/env python3
"""The peer of the benchmark `retrieval.hnsw_qps`: Debian's python3-hnswlib (hnswlib 0.6.2, the
same library and file format as the C++ header the engine uses) searching OUR saved hnsw.bin.

    /usr/bin/python3 tests/python/hnsw_peer.py --index INDEX_DIR/hnsw.bin --dim D \
        --queries QUERIES [--truth TRUTH] [--k 10] [--ef 64] [--threads 1] [--repeat 3] \
        [--per-query] [--json]

QUERIES: float32 rows of D values, a .npy file or raw little-endian float32 (any other suffix).
TRUTH:   the exact top-k ids per query (from VectorStore::exactSearch), a .npy file or raw
         little-endian int64, k (or more) ids per query in rank order; without it no recall.
--ef     the search breadth (hnswlib's set_ef); --threads hnswlib's thread count (1 for the benchmark).
--repeat times the search that many times and keeps the fastest; one untimed warm-up runs first.
--per-query calls knn_query once per query (what an application does) instead of once for the
         whole batch (hnswlib's fastest path, the default).
Prints "queries/s: X" and "recall@K: Y", or with --json one object
{"queries": N, "k": K, "ef": EF, "seconds": S, "queries_per_s": X, "recall_at_k": Y or null,
"cpu_seconds": the fastest repetition's CPU time of the calling thread, "queries_per_cpu_s"}.
Run it with Debian's own /usr/bin/python3: a python3 from elsewhere on PATH may not see
python3-hnswlib. Exit status 2: bad arguments or files; the message names the file.
"""

import argparse
import json
import os
import sys
import time


def fail(message):
    print("hnsw_peer: " + message, file=sys.stderr)
    sys.exit(2)


def load_rows(path, dtype, width, what):
    import numpy as np
    try:
        if path.endswith(".npy"):
            data = np.load(path, allow_pickle=False)
        else:
            data = np.fromfile(path, dtype=dtype)
    except (OSError, ValueError) as e:
        fail("%s: cannot read the %s (%s)" % (path, what, e))
    data = np.asarray(data, dtype=dtype)
    if data.ndim == 1:
        if width <= 0 or data.size % width != 0:
            fail("%s: %d values is not a whole number of rows of %d" % (path, data.size, width))
        data = data.reshape(-1, width)
    if data.ndim != 2:
        fail("%s: expected a 2-D array of %s" % (path, what))
    return np.ascontiguousarray(data)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--index", required=True)
    parser.add_argument("--dim", type=int, required=True)
    parser.add_argument("--queries", required=True)
    parser.add_argument("--truth")
    parser.add_argument("--k", type=int, default=10)
    parser.add_argument("--ef", type=int, default=64)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--per-query", action="store_true")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    try:
        import hnswlib
        import numpy as np
    except ImportError as e:
        fail("cannot import hnswlib or numpy (%s); run with /usr/bin/python3 and apt-get install "
             "python3-hnswlib" % e)
    if args.dim <= 0 or args.k <= 0 or args.ef <= 0 or args.repeat <= 0:
        fail("--dim, --k, --ef and --repeat must be positive")
    if not os.path.isfile(args.index):
        fail("%s: no such index file" % args.index)

    queries = load_rows(args.queries, np.float32, args.dim, "queries")
    if queries.shape[1] != args.dim:
        fail("%s: queries of dimension %d, --dim is %d" % (args.queries, queries.shape[1], args.dim))
    truth = None
    if args.truth:
        truth = load_rows(args.truth, np.int64, 0 if args.truth.endswith(".npy") else
                          (np.fromfile(args.truth, dtype=np.int64).size // max(len(queries), 1)), "exact ids")
        if truth.shape[0] != queries.shape[0] or truth.shape[1] < args.k:
            fail("%s: %s ids for %d queries at k %d" % (args.truth, truth.shape, len(queries), args.k))
        truth = truth[:, :args.k]

    index = hnswlib.Index(space="ip", dim=args.dim)
    # The file is ours and its manifest was checked by the caller; hnswlib itself checks little.
    index.load_index(args.index)
    index.set_ef(args.ef)
    index.set_num_threads(args.threads)
    k = min(args.k, index.get_current_count())

    def run():
        if args.per_query:
            rows = [index.knn_query(q, k=k)[0][0] for q in queries]
            return np.asarray(rows)
        return index.knn_query(queries, k=k)[0]

    labels = run()  # warm-up: page in the index
    best = float("inf")
    best_cpu = float("inf")  # this thread's CPU time: what a shared machine's other load cannot inflate
    for _ in range(args.repeat):
        start = time.perf_counter()
        start_cpu = time.thread_time()
        labels = run()
        best_cpu = min(best_cpu, time.thread_time() - start_cpu)
        best = min(best, time.perf_counter() - start)

    recall = None
    if truth is not None:
        hits = 0
        for found, exact in zip(labels, truth):
            hits += len(set(int(x) for x in found) & set(int(x) for x in exact[:k]))
        recall = hits / float(len(queries) * k) if len(queries) and k else 1.0

    qps = len(queries) / best if best > 0 else float("inf")
    if args.json:
        print(json.dumps({"queries": len(queries), "k": k, "ef": args.ef, "seconds": best,
                          "queries_per_s": qps, "recall_at_k": recall, "cpu_seconds": best_cpu,
                          "queries_per_cpu_s": len(queries) / best_cpu if best_cpu > 0 else None}))
    else:
        print("queries/s: %.1f" % qps)
        print("recall@%d: %s" % (k, "n/a" if recall is None else "%.4f" % recall))


if __name__ == "__main__":
    main()
