"""bench/hate_suite.py, the held-out HateCheck judge: its label mapping, its figures, and that it
never prints a case. The suite itself is never used here (it stays outside the repository): the
rows below are invented, in the suite's CSV shape."""

from __future__ import annotations

import csv
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[3]


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("safepost_bench_hate_suite", ROOT / "bench" / "hate_suite.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while it loads
    spec.loader.exec_module(module)
    return module


hate_suite = _load()
Case = hate_suite.Case


def test_removal_mapping_counts_hate_threat_and_abuse_as_hateful() -> None:
    cases = [
        Case("derog_h", True, "hate"),
        Case("threat_h", True, "threat"),
        Case("derog_h", True, "other"),
        Case("ident_pos_nh", False, "praise"),
        Case("ident_pos_nh", False, "abuse"),
        Case("counter_ref_nh", False, "complaint"),
    ]
    result = hate_suite.figures(cases, hate_suite.REMOVAL, 2.0)
    assert result["agreement"] == pytest.approx(4 / 6)
    assert result["hateful"] == {"n": 3, "accuracy": pytest.approx(2 / 3)}
    assert result["non_hateful"] == {"n": 3, "accuracy": pytest.approx(2 / 3)}
    assert result["friendly_mentions_flagged"] == {"n": 2, "flagged": 1, "share": 0.5}
    assert result["counter_speech_flagged"] == {"n": 1, "flagged": 0, "share": 0.0}
    assert result["cases_per_second"] == 3.0
    by_function = {row["functionality"]: row for row in result["functionalities"]}
    assert by_function["derog_h"]["accuracy"] == 0.5 and by_function["derog_h"]["gold"] == "hateful"


def test_strict_mapping_counts_hate_alone() -> None:
    cases = [Case("threat_h", True, "threat"), Case("ident_pos_nh", False, "abuse")]
    result = hate_suite.figures(cases, hate_suite.STRICT, 1.0)
    assert result["hateful"]["accuracy"] == 0.0
    assert result["non_hateful"]["accuracy"] == 1.0


def test_missing_suite_says_how_to_get_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "argv", ["hate_suite.py", "--cases", str(tmp_path / "absent.csv")])
    assert hate_suite.main() == 2
    err = capsys.readouterr().err
    assert "No HateCheck suite" in err and "hatecheck-data" in err and "Traceback" not in err


def test_prints_figures_never_case_text(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    texts = ["Zebracorn choir sang beautifully tonight", "Quokkaberry bake sale raised plenty"]
    suite = tmp_path / "cases.csv"
    with suite.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["functionality", "case_id", "test_case", "label_gold"])
        writer.writeheader()
        for number, text in enumerate(texts, 1):
            writer.writerow({"functionality": "ident_neutral_nh", "case_id": number, "test_case": text,
                             "label_gold": "non-hateful"})
    out_json = tmp_path / "figures.json"
    monkeypatch.setattr(sys, "argv", ["hate_suite.py", "--cases", str(suite), "--json", str(out_json)])
    assert hate_suite.main() == 0
    printed = capsys.readouterr().out + out_json.read_text(encoding="utf-8")
    assert "agreement with label_gold" in printed
    for word in ("Zebracorn", "Quokkaberry"):
        assert word not in printed
