"""Quality and cost of "For you" and "Related", against random and keyword search.

    python benchmarks/recommend_quality.py                 # the 17 real days + a 5.5k generated archive
    python benchmarks/recommend_quality.py --days 3650     # the generated archive at 110k papers
    python benchmarks/recommend_quality.py --json          # one JSON line per figure as well

Protocol (printed with the figures):

- Topics are defined from titles only, by fixed regular expressions (TOPICS below),
  and from Hugging Face ``ai_keywords`` when the library has them; they are written
  before and independently of any method. A paper is "of the topic" when its title
  (or a keyword) matches.
- The days are split in two halves by date. For each topic with at least BOOKMARKS
  papers in the early half and MIN_LATER in the later half, a simulated user
  bookmarks BOOKMARKS topic papers drawn from the early half (TRIALS seeded draws).
- Each method ranks the papers of the later half; precision@K is the share of its
  top K (K = 20, or fewer when the later half holds fewer topic papers) that are of
  the topic. The figure is the mean over topics and trials.
- Methods: ``random`` (the exact expectation: the topic's share of the later half);
  ``keyword`` (what a user would type: the bookmarks' most distinctive title word,
  searched with the app's own search, ranked as the app ranks, by votes);
  ``fts5-bm25`` (SQLite FTS5 "more like this": a separate FTS5 table over title and
  text, queried with the OR of the bookmarks' 24 strongest words, Korean words by
  prefix, ranked by bm25; the library's own search index cannot rank: it keeps no
  positions, so bm25() is 0 for every row); ``tfidf-*`` (reader.simindex with the
  three term modes of reader.textfeatures, profile as in reader.recommend).
- Costs: time to build the index from scratch, to update it after one more day is
  imported, and to answer ``related`` (median over 50 papers) and ``recommend``.

On the generated archive the topic is only in the titles (the generator draws
summaries independently of titles), so its precision figures test titles and
cost; the real days test the method.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from import_speed import load_generator  # noqa: E402

from reader.importer import import_paths  # noqa: E402
from reader.library import Library, PaperQuery  # noqa: E402
from reader.recommend import Recommender, Signals  # noqa: E402
from reader.simindex import SimilarityIndex, paper_text  # noqa: E402
from reader.textfeatures import MODES, hangul_stem  # noqa: E402

SAMPLE = ROOT.parent / "shared" / "corpus-sample"
BOOKMARKS = 10
MIN_LATER = 5
TRIALS = 5
TOP = 20
TOPICS = {
    "video": r"\bvideos?\b|video-",
    "diffusion": r"diffusion",
    "3d": r"\b[34]d\b|gaussian|splat|\bmesh|nerf|reconstruction|avatar",
    "agents": r"\bagent",
    "reasoning": r"reason|chain-of-thought|\bcot\b|theorem|\bmath",
    "vision-language": r"vision[- ]language|multimodal|multi-modal|\bmllms?\b|\bl?vlms?\b",
    "speech/audio": r"speech|audio|sound|music|\basr\b|voice",
    "alignment/rl": r"alignment|preference|\brlhf\b|reinforcement|\bdpo\b|reward|\brl\b",
    "efficiency": r"quantiz|efficient|compression|sparse|pruning|distill",
    "llm": r"language models?\b|\bllms?\b",
}
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9-]+")
_STOP = {
    "a", "an", "the", "and", "or", "of", "in", "on", "for", "with", "via", "to", "from",
    "by", "is", "are", "as", "at", "into", "towards", "toward", "using", "your", "all",
    "model", "models", "large", "learning", "language", "data", "through",
}  # fmt: skip


def topics_of(title: str, keywords: str) -> set[str]:
    text = f"{title} {keywords}".lower()
    return {name for name, rx in TOPICS.items() if re.search(rx, text)}


class Corpus:
    """The library's papers with their first date and topics."""

    def __init__(self, db: Path) -> None:
        conn = sqlite3.connect(db)
        has_meta = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'paper_meta'").fetchone()
        kw = (
            "coalesce((SELECT keywords FROM paper_meta m WHERE m.paper = p.rowid), '')"
            if has_meta
            else "''"
        )
        rows = conn.execute(
            f"SELECT p.id, p.title, (SELECT min(date) FROM paper_days d WHERE d.paper_id = p.id),"
            f" p.votes, {kw} FROM papers p"
        ).fetchall()
        conn.close()
        self.title = {r[0]: r[1] for r in rows}
        self.date = {r[0]: r[2] for r in rows}
        self.topics = {r[0]: topics_of(r[1], r[4]) for r in rows}
        days = sorted(set(self.date.values()))
        self.split = days[len(days) // 2 - 1] if len(days) > 1 else days[0]
        self.early = [i for i in self.date if self.date[i] <= self.split]
        self.later = {i for i in self.date if self.date[i] > self.split}


def precision(ranked: list[str], topic: str, corpus: Corpus, k: int) -> float:
    top = ranked[:k]
    return sum(topic in corpus.topics[i] for i in top) / k if k else 0.0


def keyword_for(bookmarks: list[str], corpus: Corpus) -> str:
    """The word a user would type: most frequent in the bookmarks' titles, rarest in the library."""
    df: Counter[str] = Counter()
    for title in corpus.title.values():
        df.update({w.lower() for w in _WORD.findall(title)})
    counts = Counter(
        w.lower()
        for b in bookmarks
        for w in _WORD.findall(corpus.title[b])
        if w.lower() not in _STOP
    )
    n = len(corpus.title)
    return max(counts, key=lambda w: (counts[w] * math.log(n / df[w]), w)) if counts else ""


def keyword_search(library: Library, word: str, corpus: Corpus) -> list[str]:
    rows = library.rows(PaperQuery(text=word, sort="votes"), 0, 5000)
    return [r.id for r in rows if r.id in corpus.later]


class Fts5Bm25:
    """ "More like this" with SQLite FTS5: a separate table (the library's keeps no positions)."""

    def __init__(self, db: Path, work: Path) -> None:
        self.path = work / "fts5-mlt.sqlite3"
        self.path.unlink(missing_ok=True)
        start = time.perf_counter()
        conn = sqlite3.connect(self.path)
        conn.execute(f"ATTACH DATABASE '{db}' AS lib")
        conn.execute(
            "CREATE VIRTUAL TABLE mlt USING fts5 (pid UNINDEXED, body,"
            " tokenize='unicode61 remove_diacritics 2')"
        )
        from reader.simindex import _docs_sql

        docs_sql = _docs_sql(conn).replace("lib.", "lib.")
        rows = []
        for _rowid, sig, title, parts, keywords in conn.execute(docs_sql):
            head, body = paper_text(title, parts, keywords)
            rows.append((sig.split("|", 1)[0], f"{head}\n{head}\n" + "\n".join(body)))
        conn.executemany("INSERT INTO mlt (pid, body) VALUES (?, ?)", rows)
        conn.commit()
        self.build_s = time.perf_counter() - start
        conn.execute("CREATE VIRTUAL TABLE temp.v USING fts5vocab(main, mlt, row)")
        self.df = dict(conn.execute("SELECT term, doc FROM temp.v"))
        self.n = len(rows)
        self.text = dict(rows)
        self.conn = conn

    def rank(self, bookmarks: list[str], limit: int = 200) -> list[str]:
        counts: Counter[str] = Counter()
        for b in bookmarks:
            for w in re.findall(r"\w+", self.text.get(b, "").lower()):
                if len(w) >= 2 and w not in _STOP:
                    counts[hangul_stem(w) if "가" <= w[0] <= "힣" else w] += 1
        weight = {
            w: c * math.log((self.n + 1) / (self.df.get(w, 0) + 1)) for w, c in counts.items()
        }
        terms = sorted(weight, key=lambda w: -weight[w])[:24]
        if not terms:
            return []
        query = " OR ".join('"' + t.replace('"', '""') + '"*' for t in terms)
        rows = self.conn.execute(
            "SELECT pid FROM mlt WHERE mlt MATCH ? ORDER BY bm25(mlt) LIMIT ?",
            (query, limit + len(bookmarks)),
        ).fetchall()
        return [r[0] for r in rows if r[0] not in bookmarks]


def tfidf_rank(rec: Recommender, bookmarks: list[str], corpus: Corpus, k: int) -> list[str]:
    profile, _kept = rec.profile(Signals(dict.fromkeys(bookmarks, 1.0), ()))
    index = rec.index
    later = corpus.later

    def exclude(batch: list[int]) -> set[int]:
        ids = index.paper_ids(batch)
        return {d for d, pid in ids.items() if pid not in later or pid in bookmarks}

    hits = index.search(profile, k, exclude=exclude, max_terms=52)
    ids = index.paper_ids(h.doc for h in hits)
    return [ids[h.doc] for h in hits]


def evaluate(name: str, db: Path, work: Path, out: list[dict]) -> None:
    corpus = Corpus(db)
    trials = []
    rng = random.Random(15)
    for topic in TOPICS:
        early = sorted(i for i in corpus.early if topic in corpus.topics[i])
        later = [i for i in corpus.later if topic in corpus.topics[i]]
        if len(early) < BOOKMARKS or len(later) < MIN_LATER:
            continue
        for _ in range(TRIALS):
            trials.append((topic, rng.sample(early, BOOKMARKS), min(TOP, len(later))))
    topics = sorted({t for t, _b, _k in trials})
    print(
        f"\n== {name}: {len(corpus.title):,} papers, split after {corpus.split}, "
        f"later half {len(corpus.later):,}; topics {', '.join(topics)} ({len(trials)} trials)"
    )
    results: dict[str, list[float]] = {"random": [], "keyword": []}
    with Library(db) as library:
        words = []
        for topic, bookmarks, k in trials:
            share = sum(topic in corpus.topics[i] for i in corpus.later) / len(corpus.later)
            results["random"].append(share)
            word = keyword_for(bookmarks, corpus)
            words.append(word)
            results["keyword"].append(
                precision(keyword_search(library, word, corpus), topic, corpus, k)
            )
        print(f"   keywords typed: {', '.join(sorted(set(words)))}")
        fts = Fts5Bm25(db, work)
        results["fts5-bm25"] = [precision(fts.rank(b), t, corpus, k) for t, b, k in trials]
        costs = {"fts5-bm25": {"build_s": fts.build_s}}
        fts.conn.close()
        for mode in MODES:
            path = work / f"{name}-{mode}.sqlite3"
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
            with SimilarityIndex(path, db, mode=mode) as index:
                start = time.perf_counter()
                index.update(full=True)
                build = time.perf_counter() - start
                rec = Recommender(library, index)
                key = f"tfidf-{mode}"
                start = time.perf_counter()
                results[key] = [
                    precision(tfidf_rank(rec, b, corpus, k), t, corpus, k) for t, b, k in trials
                ]
                answer = (time.perf_counter() - start) / max(len(trials), 1)
                sample = random.Random(3).sample(sorted(corpus.title), min(50, len(corpus.title)))
                times = []
                for pid in sample:
                    start = time.perf_counter()
                    rec.related(pid, 8)
                    times.append(time.perf_counter() - start)
                costs[key] = {
                    "build_s": build,
                    "recommend_s": answer,
                    "related_median_ms": statistics.median(times) * 1000,
                    "index_mb": path.stat().st_size / 2**20,
                }
    print(f"   {'method':<22} {'precision@20':>12}  cost")
    for method, values in results.items():
        mean = statistics.mean(values) if values else float("nan")
        cost = ", ".join(f"{k} {v:,.3f}" for k, v in costs.get(method, {}).items())
        print(f"   {method:<22} {mean:12.3f}  {cost}")
        out.append({"corpus": name, "method": method, "precision": mean, **costs.get(method, {})})
    per_topic: dict[str, dict[str, list[float]]] = {}
    for (topic, _b, _k), r, kw, tf in zip(
        trials, results["random"], results["keyword"], results["tfidf-stems"]
    ):
        d = per_topic.setdefault(topic, {"random": [], "keyword": [], "tfidf-stems": []})
        d["random"].append(r)
        d["keyword"].append(kw)
        d["tfidf-stems"].append(tf)
    print("   per topic (random / keyword / tfidf-stems):")
    for topic, d in per_topic.items():
        print(f"     {topic:<16} " + " / ".join(f"{statistics.mean(v):.2f}" for v in d.values()))


def update_cost(name: str, source_files: list[Path], work: Path, out: list[dict]) -> None:
    """Import all days but the last, build; import the last day and time the update."""
    data = work / f"{name}-update"
    shutil.rmtree(data, ignore_errors=True)
    data.mkdir(parents=True)
    db = data / "library.sqlite3"
    with Library(db) as library:
        import_paths(library, source_files[:-1])
    with SimilarityIndex(data / "similar.sqlite3", db) as index:
        start = time.perf_counter()
        index.update()
        build = time.perf_counter() - start
        with Library(db) as library:
            import_paths(library, source_files[-1:])
        start = time.perf_counter()
        stats = index.update()
        day = time.perf_counter() - start
        start = time.perf_counter()
        index.update()
        idle = time.perf_counter() - start
    print(
        f"   index build {build:.2f} s; update after one more day ({stats.added} papers) "
        f"{day:.3f} s; update with nothing new {idle * 1000:.1f} ms"
    )
    out.append(
        {"corpus": name, "figure": "update", "build_s": build, "day_update_s": day, "idle_s": idle}
    )


def large_rows(
    data_dir: Path, queries: int = 50
) -> list[tuple[str, float, str, float | None, str]]:
    """Cost figures at the large archive for run.py: ``(figure, value, unit, budget, note)``.

    The index is built where the app keeps it (``DATA/cache/similar.sqlite3``) by the
    same child process the window runs, so the start-up and memory figures that
    follow in run.py include it. A day's update is measured by taking the newest
    30 papers out of the index and updating: the same diff and the same 30 papers'
    work as after importing a new day.
    """
    import resource
    import subprocess

    db = data_dir / "library.sqlite3"
    index_path = data_dir / "cache" / "similar.sqlite3"
    index_path.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{index_path}{suffix}").unlink(missing_ok=True)
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "reader.simindex", str(index_path), str(db)],
        check=True,
        cwd=ROOT,
        capture_output=True,
    )
    build = time.perf_counter() - start
    child_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    rows: list[tuple[str, float, str, float | None, str]] = []
    with Library(db) as library, SimilarityIndex(index_path, db) as index:
        n = index.size()
        rows.append(
            (f"similarity index build, {n:,} papers", build, "s", None,
             f"child process, peak {child_mb:.0f} MB; {index_path.stat().st_size / 2**20:.0f} MB file")
        )  # fmt: skip
        conn = index._conn()
        newest = [r[0] for r in conn.execute("SELECT doc FROM docs ORDER BY doc DESC LIMIT 30")]
        conn.execute("BEGIN")
        index._remove(conn, newest)
        conn.execute("COMMIT")
        index._set_meta(conn, "library", "")
        start = time.perf_counter()
        stats = index.update()
        day = time.perf_counter() - start
        rows.append(
            ("similarity index update after a day", day, "s", 2.0, f"{stats.added} papers added")
        )
        rec = Recommender(library, index)
        ids = sorted(r[0] for r in sqlite3.connect(db).execute("SELECT id FROM papers"))
        rng = random.Random(15)
        times = []
        for pid in rng.sample(ids, queries):
            start = time.perf_counter()
            rec.related(pid, 8)
            times.append(time.perf_counter() - start)
        times.sort()
        p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
        rows.append(
            (f"related, median, {n:,} papers", statistics.median(times) * 1000, "ms", 100.0,
             f"95th percentile {p95 * 1000:.0f} ms, {queries} papers")
        )  # fmt: skip
        kept = Signals(dict.fromkeys(rng.sample(ids, 10), 1.0), tuple(rng.sample(ids, 5)))
        start = time.perf_counter()
        rec.recommend(50, kept)
        rows.append(
            ("For You (recommend), 10 bookmarks", (time.perf_counter() - start) * 1000, "ms",
             None, "in a worker; 50 suggestions")
        )  # fmt: skip
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--days", type=int, default=183, help="days of the generated archive")
    parser.add_argument("--papers", type=int, default=30)
    parser.add_argument("--work", help="keep corpora and libraries here")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--skip-sample", action="store_true")
    opts = parser.parse_args(argv)
    work = Path(opts.work) if opts.work else Path(tempfile.mkdtemp(prefix="dpr-rec-"))
    work.mkdir(parents=True, exist_ok=True)
    print(__doc__.split("Protocol")[1].split("On the generated")[0].strip("\n :"))
    out: list[dict] = []
    try:
        corpora = []
        if SAMPLE.is_dir() and not opts.skip_sample:
            corpora.append(("real 17 days", sorted(SAMPLE.rglob("*.md"))))
        gen = work / f"corpus-{opts.days}x{opts.papers}"
        if not (gen / ".complete").exists():
            shutil.rmtree(gen, ignore_errors=True)
            load_generator().generate(gen, days=opts.days, papers=opts.papers, seed=1)
            (gen / ".complete").write_text("ok")
        corpora.append((f"generated {opts.days}x{opts.papers}", sorted(gen.rglob("*.md"))))
        for name, files in corpora:
            slug = re.sub(r"\W+", "-", name)
            data = work / slug
            shutil.rmtree(data, ignore_errors=True)
            data.mkdir(parents=True)
            db = data / "library.sqlite3"
            with Library(db) as library:
                import_paths(library, files)
            evaluate(name, db, work, out)
            update_cost(slug, [f for f in files if f.name != "ATTRIBUTION.md"], work, out)
    finally:
        if not opts.work:
            shutil.rmtree(work, ignore_errors=True)
    if opts.json:
        for row in out:
            print(json.dumps(row))
    return 0


if __name__ == "__main__":
    sys.exit(main())
