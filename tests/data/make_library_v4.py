"""How tests/data/library-v4.sqlite was written: run with the schema-4 code (commit ad8cdf1).

Kept for the record; with a newer reader it would write a newer schema. It holds
the bundled MIT sample digests plus marks of every user-state kind schema 4 knew
(read, bookmark, note, tag, dismissed), so the migration to schema 5 (triage,
watch lists, removal tombstones) is proven on a real file.
"""

import shutil
import sqlite3
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from reader.importer import import_paths  # noqa: E402
from reader.library import Library  # noqa: E402

out = ROOT / "tests" / "data" / "library-v4.sqlite"
tmp = Path(tempfile.mkdtemp())
lib = Library(tmp / "library.sqlite")
print(import_paths(lib, [ROOT / "resources" / "samples"]).summary())
ids = [r[0] for r in lib._read("SELECT id FROM papers ORDER BY id LIMIT 4")]
lib.set_bookmarked(ids[:2])
lib.set_read(ids[1:3])
lib.set_note(ids[0], "a note from schema 4")
lib.add_tag(ids[0], "rl")
lib.set_dismissed([ids[3]])
lib.close()
c = sqlite3.connect(tmp / "library.sqlite")
c.execute("PRAGMA wal_checkpoint(TRUNCATE)")
c.execute("PRAGMA journal_mode=DELETE")
c.execute("VACUUM")
print("user_version", c.execute("PRAGMA user_version").fetchone())
c.close()
shutil.copy(tmp / "library.sqlite", out)
print(out.stat().st_size)
