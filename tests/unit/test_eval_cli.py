"""`python -m services.eval`'s arguments: refused in one line before any system starts."""
from __future__ import annotations

from pathlib import Path

import pytest

from services.eval.__main__ import main


def test_a_folder_without_the_gold_files_is_refused_in_one_line(tmp_path: Path, capsys) -> None:
    # Without the shared data the default folder held nothing, and the run died with a traceback.
    with pytest.raises(SystemExit) as exit_info:
        main(["--data", str(tmp_path), "--parts", "ner,quotes"])
    assert exit_info.value.code == 2
    error = capsys.readouterr().err
    assert "no gold file" in error and "conllpp_dev.txt" in error and "--data DIR" in error


def test_an_unknown_part_is_refused(tmp_path: Path, capsys) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--data", str(tmp_path), "--parts", "ner,sentiment"])
    assert exit_info.value.code == 2 and "unknown part sentiment" in capsys.readouterr().err
