#!/usr/bin/python3
"""Time Python feedparser over the shared corpus (and optionally more files): the baseline
that `dotnet run -c Release --project bench/FeedWatch.Benchmarks -- parse` compares against.

Usage:
  /usr/bin/python3 bench/feedparser_baseline.py [--seconds 2] [--file EXTRA.xml ...]

feedparser comes from Debian (`apt-get install -y python3-feedparser`, 6.0.10, the version the
corpus oracle was made with), so run it with the system /usr/bin/python3, not a pyenv python.
Like the C# runner: every file is read into memory first, three warm-up passes, then passes until
at least --seconds have elapsed; the median pass is reported. feedparser.parse() is given bytes,
no HTTP headers, default options (sanitizing and relative-URI resolution on).
"""
import argparse
import os
import statistics
import sys
import time

try:
    import feedparser
except ImportError:
    sys.exit("feedparser is not importable: apt-get install -y python3-feedparser, then run with /usr/bin/python3")

CORPUS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "corpus", "feeds")


def load_corpus(root):
    paths = sorted(os.path.join(d, f) for d, _, files in os.walk(root) for f in files)
    return [open(p, "rb").read() for p in paths]


def parse_all(documents):
    items = 0
    failed = 0
    for body in documents:
        try:
            items += len(feedparser.parse(body).entries)
        except Exception:  # feedparser is lenient; count anything that still escapes.
            failed += 1
    return items, failed


def measure(name, documents, seconds):
    for _ in range(3):
        parse_all(documents)
    times = []
    start = time.perf_counter()
    while len(times) < 3 or time.perf_counter() - start < seconds:
        t0 = time.perf_counter()
        items, failed = parse_all(documents)
        times.append(time.perf_counter() - t0)
    size = sum(len(d) for d in documents)
    median = statistics.median(times)
    print(f"{name:<34} {len(documents):>5} docs {size / 1e6:>7.2f} MB {items:>7} items {failed:>3} failed "
          f"{len(times):>3} runs  median {median * 1000:>9.1f} ms  best {min(times) * 1000:>9.1f} ms  "
          f"{size / 1e6 / median:>7.2f} MB/s  {items / median:>9.0f} items/s")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=2.0, help="minimum measured time per workload")
    parser.add_argument("--file", action="append", default=[],
                        help="another document to time on its own (e.g. one written by `parse --save-generated`)")
    args = parser.parse_args()
    print(f"feedparser {feedparser.__version__}, Python {sys.version.split()[0]}")
    for path in args.file:
        measure(os.path.basename(path), [open(path, "rb").read()], args.seconds)
    measure("corpus", load_corpus(CORPUS), args.seconds)


if __name__ == "__main__":
    main()
