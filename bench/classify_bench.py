"""Classifier benchmark: throughput on ~2 KB articles, peak RSS, and start-up time.

    .venv/bin/python bench/classify_bench.py [--runs 5] [--articles 2000] [--startup-runs 5]

Articles are built from the unit-test articles (our own text), padded to ~2 KB with their own
sentences, so the numbers do not depend on any external corpus.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from domain.classify import get_classifier  # noqa: E402
from tests.unit.classify.articles import ARTICLES, SEED_LIKE_ID  # noqa: E402


def make_articles(count: int, size: int = 2048) -> list[dict[str, str]]:
    bases = [SEED_LIKE_ID, *({"id": k, **v} for k, v in ARTICLES.items())]
    out: list[dict[str, str]] = []
    for index in range(count):
        base = bases[index % len(bases)]
        body = base["body"]
        while len(body) < size:
            body += "\n" + base["body"]
        out.append({**base, "id": f"bench-{index}", "body": body[:size]})
    return out


def throughput(articles: list[dict[str, str]], runs: int) -> float:
    classifier = get_classifier()
    for article in articles[:50]:  # warm-up (lexicons are compiled on start-up already)
        classifier.classify(article)
    rates = []
    for _ in range(runs):
        start = time.perf_counter()
        for article in articles:
            classifier.classify(article)
        rates.append(len(articles) / (time.perf_counter() - start))
    return statistics.median(rates)


def startup(runs: int) -> float:
    code = "from domain.classify import get_classifier; get_classifier()"
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--startup-runs", type=int, default=5)
    args = parser.parse_args()
    articles = make_articles(args.articles)
    mean_size = statistics.mean(len(a["title"]) + len(a["body"]) for a in articles)
    rate = throughput(articles, args.runs)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    start = startup(args.startup_runs)
    rows = [
        ("articles / run", f"{len(articles)} (mean {mean_size:.0f} chars)"),
        ("throughput (median)", f"{rate:,.0f} articles/s  (target >= 2,000)"),
        ("peak RSS", f"{peak_mb:,.0f} MB  (target <= 300)"),
        ("start-up (median)", f"{start:.2f} s  (target < 1.5)"),
    ]
    width = max(len(k) for k, _ in rows)
    print(f"{'metric':<{width}}  value")
    print(f"{'-' * width}  {'-' * 40}")
    for key, value in rows:
        print(f"{key:<{width}}  {value}")


if __name__ == "__main__":
    main()
