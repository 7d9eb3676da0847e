"""Extract saved pages with one extractor and print `{"path", "title", "text"}` JSON Lines.

The same contract as `stancewatch extract PATH... --jsonl` (DESIGN.md), so the shared scorers
read either. Peers (trafilatura, resiliparse) run through the same loop, so their figures are
comparable. `.gz` files are decompressed first, as the public benchmark ships `.html.gz`.

Timing and peak memory go to stderr as one JSON object (`--stats`), measured around the
extraction calls only (reading and decompressing the files is done before the clock starts).

Usage: python benchmarks/extraction/run.py [--extractor NAME] [--stats] [--one-core] PATH...
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

Extract = Callable[[bytes], tuple[str, str]]


def stancewatch() -> Extract:
    from monitor.extract import extract_page
    from monitor.types import Skip

    def run(content: bytes) -> tuple[str, str]:
        result = extract_page(content)
        if isinstance(result, Skip):
            return "", ""
        return result.title, result.text

    return run


def trafilatura_() -> Extract:
    import trafilatura

    def run(content: bytes) -> tuple[str, str]:
        doc = trafilatura.bare_extraction(content, favor_precision=True, with_metadata=True)
        if doc is None:
            return "", ""
        return doc.title or "", doc.text or ""

    return run


def resiliparse_() -> Extract:
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.encoding import bytes_to_str, detect_encoding
    from resiliparse.parse.html import HTMLTree

    def run(content: bytes) -> tuple[str, str]:
        tree = HTMLTree.parse(bytes_to_str(content, detect_encoding(content)))
        title = tree.title or ""
        return title, extract_plain_text(tree, main_content=True)

    return run


EXTRACTORS: dict[str, Callable[[], Extract]] = {
    "stancewatch": stancewatch,
    "trafilatura": trafilatura_,
    "resiliparse": resiliparse_,
}


def read(path: Path) -> bytes:
    data = path.read_bytes()
    return gzip.decompress(data) if path.suffix == ".gz" else data


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="+", type=Path)
    ap.add_argument("--extractor", choices=sorted(EXTRACTORS), default="stancewatch")
    ap.add_argument("--stats", action="store_true", help="timing and memory JSON on stderr")
    ap.add_argument("--one-core", action="store_true", help="pin this process to one CPU")
    ap.add_argument("--repeat", type=int, default=1, help="extract every page N times")
    args = ap.parse_args(argv)
    if args.one_core and hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    extract = EXTRACTORS[args.extractor]()
    pages = [(p, read(p)) for p in args.paths]
    extract(pages[0][1])  # warm-up: imports, lazy tables
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    out: list[str] = []
    start = time.perf_counter()
    for _ in range(args.repeat):
        out.clear()
        for path, content in pages:
            title, text = extract(content)
            out.append(json.dumps({"path": str(path), "title": title, "text": text}, ensure_ascii=False))
    elapsed = time.perf_counter() - start
    sys.stdout.write("\n".join(out) + "\n")
    if args.stats:
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(
            json.dumps(
                {
                    "extractor": args.extractor,
                    "pages": len(pages) * args.repeat,
                    "seconds": elapsed,
                    "pages_per_s": len(pages) * args.repeat / elapsed,
                    "peak_rss_mb": peak / 1024,
                    "rss_before_mb": rss_before / 1024,
                }
            ),
            file=sys.stderr,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
