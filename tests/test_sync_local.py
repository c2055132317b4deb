"""reader.sources.local: the Qt-free half of watching the user's own digest folders."""

from __future__ import annotations

import shutil
from pathlib import Path

from reader.library import Library
from reader.sources.local import changed_files, digest_files, rescan, watch_dirs


def _copy_some(corpus: Path, folder: Path, names: list[str]) -> list[Path]:
    out = []
    for name in names:
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(corpus / name, target)  # into tmp_path, never into the repo
        out.append(target)
    return out


def test_new_and_changed_files_are_found_and_imported(
    corpus: Path, tmp_path: Path, library: Library
):
    folder = tmp_path / "my digests"
    a, b = _copy_some(corpus, folder, ["2024/03/11.md", "2024/04/19.md"])
    (folder / "README.md").write_text("not a day")
    (folder / ".hidden").mkdir()
    (folder / ".hidden" / "x.md").write_text("hidden")
    assert digest_files(folder) == sorted([a.resolve(), b.resolve()])
    assert changed_files(folder, library.source_hashes()) == sorted([a.resolve(), b.resolve()])

    report = rescan(library, [folder])
    assert report.imported == 2 and len(library.days()) == 2
    assert changed_files(folder, library.source_hashes()) == []
    assert rescan(library, [folder]).imported == 0

    library.set_bookmarked(["2403.05135"])
    b.write_bytes(b.read_bytes().replace(b"Vote: ", b"Vote: 1", 1))
    (c,) = _copy_some(corpus, folder, ["2025/05/09.md"])
    assert changed_files(folder, library.source_hashes()) == sorted([b.resolve(), c.resolve()])
    report = rescan(library, [folder])
    assert report.imported == 2 and report.unchanged == 1
    assert library.bookmarked_ids() == ["2403.05135"] and len(library.days()) == 3


def test_watch_dirs_lists_every_visible_folder(tmp_path: Path):
    (tmp_path / "d" / "2024" / "03").mkdir(parents=True)
    (tmp_path / "d" / ".git" / "objects").mkdir(parents=True)
    root = (tmp_path / "d").resolve()
    assert watch_dirs(tmp_path / "d") == [root, root / "2024", root / "2024" / "03"]
    assert watch_dirs(tmp_path / "missing") == []


def test_a_missing_folder_is_reported_not_raised(tmp_path: Path, library: Library):
    report = rescan(library, [tmp_path / "gone"])
    assert report.imported == 0 and report.failed == [
        f"The folder {tmp_path / 'gone'} does not exist."
    ]
    assert changed_files(tmp_path / "gone", {}) == []
