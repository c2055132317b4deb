"""How tests/data/library-v2.sqlite was written: run with the schema-2 code (commit 6b7032d).

Kept for the record; with a newer reader it would write a newer schema. The
sample digests are the bundled MIT ones; the other texts were made up for it.
"""

import json
import shutil
import sqlite3
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from reader.formats import hf_json  # noqa: E402
from reader.importer import import_documents, import_paths  # noqa: E402
from reader.library import Library  # noqa: E402

out = ROOT / "tests" / "data" / "library-v2.sqlite"
tmp = Path(tempfile.mkdtemp())
# 1. first run: the bundled samples, imported as the window did (absolute paths under resources/samples)
fake = tmp / "resources" / "samples"
shutil.copytree(ROOT / "resources" / "samples", fake)
lib = Library(tmp / "library.sqlite")
print(import_paths(lib, [fake]).summary())
# 2. a made-up "real" digest (text written for this test)
real = tmp / "digests" / "2025" / "01" / "23.md"
real.parent.mkdir(parents=True)
real.write_text(
    """## Daily Papers (2025-01-23)

### [Test Paper with $\\times$ LaTeX](https://arxiv.org/abs/2501.00001)

Vote: 31

Authors: Kim A, Lee B, +, Park C

- 첫 번째 요약 문장입니다.
- **What's New**: 두 번째 문장입니다.

### [DeepSeek-R1: Incentivizing Reasoning Capability in LLMs via Reinforcement Learning](https://arxiv.org/abs/2501.12948)

Vote: 96

Authors: DeepSeek-AI, Daya Guo

- 실제 요약 대신 쓴 시험용 문장입니다.
""",
    encoding="utf-8",
)
print(import_paths(lib, [tmp / "digests"]).summary())
# 3. a made-up Hugging Face day
items = [
    {
        "paper": {
            "id": "2501.00002",
            "title": "An English Only Paper",
            "summary": "This is the abstract.",
            "ai_summary": "This is the AI summary.",
            "upvotes": 12,
            "authors": [{"name": "Ann Smith"}, {"name": "Bo Jones"}],
        }
    },
    {
        "paper": {
            "id": "2501.00003",
            "title": "Abstract Only",
            "summary": "Only an abstract here.",
            "upvotes": 5,
            "authors": [{"name": "Cy Doe"}],
        }
    },
]
data = json.dumps(items).encode()
parsed = hf_json.parse_bytes(data, "hf:2025-01-24", "2025-01-24")
print(
    import_documents(
        lib, [("hf:2025-01-24", data, None)], 1, "hf", parse=lambda d, n: parsed
    ).summary()
)
lib.set_bookmarked(["2501.12948", "2501.00002"])
lib.set_read(["2501.00001", "2201.11903"])
lib.set_note("2501.00001", "a note")
lib.add_tag("2501.00002", "rl")
lib.close()
c = sqlite3.connect(tmp / "library.sqlite")
c.execute("PRAGMA wal_checkpoint(TRUNCATE)")
c.execute("PRAGMA journal_mode=DELETE")
c.execute("VACUUM")
print("user_version", c.execute("PRAGMA user_version").fetchone())
c.close()
shutil.copy(tmp / "library.sqlite", out)
print(out.stat().st_size)
