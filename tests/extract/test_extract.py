"""Specification of the extraction stage, as cases on real files.

* the seed articles extract to their gold bodies and titles (F1 >= 0.97, the benchmark's
  metric imported from ``../shared/eval/extraction/score.py``);
* the dev corpus pages, HTML and text dumps, reach their targets and never let a trap
  sentence (related headline, comment, caption, teaser) through;
* bad input gives an Article or a Skip, never an exception (``cases/bad_inputs.toml``);
* a learned outlet template removes a recurring line the single-page stripper keeps.
"""

from __future__ import annotations

import importlib.util
import json
import statistics
import tomllib
from pathlib import Path
from types import ModuleType

import pytest

from monitor.extract import OutletTemplate, extract_page, learn
from monitor.types import Article, Skip

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
SHARED = REPO / "../shared"
SEEDS = SHARED / "seeds"
DEV = SHARED / "data/stance-dev"
FIXTURES = HERE / "fixtures"


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("extraction_score", SHARED / "eval/extraction/score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


score = _scorer()


def f1(gold: str, text: str) -> float:
    tp_fp_fn = score.string_shingle_matching(true=gold, pred=text)
    p, r = score.precision_score(*tp_fp_fn), score.recall_score(*tp_fp_fn)
    return 2 * p * r / (p + r) if p + r else 0.0


def norm(s: str) -> str:
    return " ".join(s.split())


def _dev_docs() -> list[tuple[str, str, dict[str, str]]]:
    manifest = [json.loads(x) for x in (DEV / "manifest.jsonl").read_text().splitlines() if x]
    gold = {g["id"]: g for g in map(json.loads, (DEV / "gold.jsonl").read_text().splitlines())}
    return [
        (m["id"], kind, {"path": m[kind], "title": gold[m["id"]]["title"], "body": gold[m["id"]]["body"]})
        for m in manifest
        for kind in ("html", "txt")
    ]


DEV_DOCS = _dev_docs()
TRAPS: list[str] = tomllib.loads((HERE / "cases/traps.toml").read_text())["traps"]
BAD = tomllib.loads((HERE / "cases/bad_inputs.toml").read_text())["case"]


@pytest.fixture(scope="session")
def dev_extractions() -> dict[tuple[str, str], Article | Skip]:
    """Every dev page extracted once for the session."""
    return {(doc_id, kind): extract_page((DEV / doc["path"]).read_bytes()) for doc_id, kind, doc in DEV_DOCS}


# --- the seeds -----------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["fortune-2022-03-18", "national-interest-2022-03"])
def test_seed_extracts_to_its_gold_body_and_title(name: str) -> None:
    article = extract_page((SEEDS / f"{name}.txt").read_bytes())
    assert isinstance(article, Article)
    assert article.kind == "text"
    gold = (SEEDS / "gold" / f"{name}.body.txt").read_text()
    assert f1(gold, article.text) >= 0.97
    assert norm(article.title) == norm((SEEDS / "gold" / f"{name}.title.txt").read_text())


# --- the dev corpus ------------------------------------------------------------------------


@pytest.mark.parametrize(("kind", "target"), [("html", 0.97), ("txt", 0.95)])
def test_dev_mean_f1_reaches_target(
    dev_extractions: dict[tuple[str, str], Article | Skip], kind: str, target: float
) -> None:
    scores = []
    for doc_id, k, doc in DEV_DOCS:
        if k == kind:
            result = dev_extractions[(doc_id, k)]
            scores.append(f1(doc["body"], result.text if isinstance(result, Article) else ""))
    assert statistics.mean(scores) >= target


@pytest.mark.parametrize(("doc_id", "kind", "doc"), DEV_DOCS, ids=[f"{d}-{k}" for d, k, _ in DEV_DOCS])
def test_dev_page_title_is_the_headline_and_no_trap_gets_through(
    dev_extractions: dict[tuple[str, str], Article | Skip], doc_id: str, kind: str, doc: dict[str, str]
) -> None:
    article = dev_extractions[(doc_id, kind)]
    assert isinstance(article, Article)
    assert article.kind == ("html" if kind == "html" else "text")
    assert norm(article.title) == norm(doc["title"])
    text = norm(article.text)
    for trap in TRAPS:
        assert norm(trap) not in text, trap


def test_dev_html_metadata_is_read() -> None:
    doc = next(d for i, k, d in DEV_DOCS if k == "html")
    article = extract_page((DEV / doc["path"]).read_bytes())
    assert isinstance(article, Article)
    assert article.published is not None and article.language == "en"
    assert article.byline


# --- bad input -----------------------------------------------------------------------------


def _build(name: str) -> bytes:
    story = b"<p>The council approved the plan on Tuesday after a long debate, officials said.</p>"
    return {
        "empty": b"",
        "whitespace": b" \n\t \r\n" * 10,
        "tiny-html": b"<html><body><p>Hi</p></body></html>",
        "over-limit": b"<html><body>" + story * 80_000 + b"</body></html>",
        "deep": b"<html><body>" + b"<div>" * 5000 + story * 5 + b"</div>" * 5000 + b"</body></html>",
        "rss": b'<?xml version="1.0"?><rss version="2.0"><channel><title>Feed</title>'
        b"<item><title>One</title></item></channel></rss>",
        "nul": b"\x00\x01\x02binary\x00\x00\x00" * 100,
    }[name]


@pytest.mark.parametrize("case", BAD, ids=[c["id"] for c in BAD])
def test_bad_input_gives_an_article_or_a_skip(case: dict[str, str]) -> None:
    content = (FIXTURES / case["fixture"]).read_bytes() if "fixture" in case else _build(case["build"])
    result = extract_page(content, max_bytes=5_000_000 if case["id"] != "over-the-byte-limit" else 1_000_000)
    assert isinstance(result, (Article, Skip))
    if case["expect"] == "article":
        assert isinstance(result, Article), result
        assert result.kind == case["kind"]
        assert norm(case["contains"]) in norm(result.text)
        assert "\ufffd" not in result.text
    elif case["expect"] == "skip":
        assert isinstance(result, Skip)
        if "reason" in case:
            assert result.reason == case["reason"]


def test_learn_never_raises_on_bad_input() -> None:
    template = learn(None, b"%PDF-1.4 nothing")
    assert learn(template, b"").pages == template.pages == 0


# --- outlet templates ----------------------------------------------------------------------

RECURRING = "The Example Ledger is an independent newsroom funded by readers like you, and it always will be."


def test_template_learning_removes_a_recurring_line_the_stripper_keeps() -> None:
    pages = [(FIXTURES / f"outlet-page-{i}.txt").read_bytes() for i in (1, 2, 3)]
    alone = extract_page(pages[0])
    assert isinstance(alone, Article) and RECURRING in alone.paragraphs

    template = None
    for other in pages[1:]:
        template = learn(template, other)
    learned = extract_page(pages[0], template=template)
    assert isinstance(learned, Article)
    assert RECURRING not in learned.paragraphs
    assert learned.paragraphs == tuple(p for p in alone.paragraphs if p != RECURRING)


def test_template_round_trips_through_json() -> None:
    template = None
    for i in (1, 2, 3):
        template = learn(template, (FIXTURES / f"outlet-page-{i}.txt").read_bytes())
    assert template is not None and template.pages == 3
    again = OutletTemplate.from_json(template.to_json())
    assert again == template
    assert again.is_boilerplate(RECURRING)
    assert OutletTemplate.from_json("not json") == OutletTemplate()


def test_template_keeps_a_story_republished_once() -> None:
    """An updated story repeats its long paragraphs on two pages: not template yet."""
    page = (FIXTURES / "outlet-page-1.txt").read_bytes()
    template = learn(learn(None, page), (FIXTURES / "outlet-page-2.txt").read_bytes())
    article = extract_page(page, template=template)
    assert isinstance(article, Article)
    assert any(p.startswith("The regional council approved") for p in article.paragraphs)
