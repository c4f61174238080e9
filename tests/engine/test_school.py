from __future__ import annotations

from pathlib import Path

import pytest

from safepost.engine import InputError, load_school
from safepost.engine.school import ConsentKind, Nation, parse_roster

HEADER = "pupil_id,first_name,last_name,preferred_name,year_group,class_name,consent_social_media,consent_website\n"


def test_it_loads_the_example_school(example_school_dir: Path) -> None:
    school = load_school(example_school_dir)
    assert school.name == "Brookfield Primary School"
    assert school.nation is Nation.ENGLAND
    assert len(school.pupils) >= 10  # the pupil-name cases add synthetic pupils
    assert school.pupil("BF003") is not None
    assert school.pupil("BF003").has_consent(ConsentKind.SOCIAL_MEDIA) is False  # type: ignore[union-attr]
    assert "brookfield.sch.uk" in school.email_domains


def test_it_names_the_line_and_column_of_a_bad_consent_value() -> None:
    with pytest.raises(InputError) as err:
        parse_roster(HEADER + "P1,Amy,Lee,Amy,Year 1,Oaks,yes,yes\nP2,Ben,Ray,Ben,Year 1,Oaks,maybe,yes\n", "r.csv")
    assert str(err.value) == "r.csv:3:column consent_social_media: 'maybe' is not yes or no"


def test_it_rejects_duplicate_pupil_ids() -> None:
    with pytest.raises(InputError, match="duplicate pupil_id 'P1' \\(first on line 2\\)"):
        parse_roster(HEADER + "P1,Amy,Lee,Amy,Year 1,Oaks,yes,yes\nP1,Ben,Ray,Ben,Year 1,Oaks,no,yes\n", "r.csv")


def test_it_names_missing_columns() -> None:
    with pytest.raises(InputError, match="missing column\\(s\\): consent_website"):
        parse_roster("pupil_id,first_name,last_name,preferred_name,year_group,class_name,consent_social_media\n")


def test_it_names_the_toml_key_that_is_wrong(tmp_path: Path) -> None:
    (tmp_path / "school.toml").write_text('name = "X"\nnation = "france"\n')
    with pytest.raises(InputError, match=r"school\.toml:nation: 'france' is not one of england"):
        load_school(tmp_path)


def test_it_reports_toml_syntax_errors_with_line(tmp_path: Path) -> None:
    (tmp_path / "school.toml").write_text('name = "X"\nphones = [\n')
    with pytest.raises(InputError) as err:
        load_school(tmp_path)
    assert err.value.line is not None and "invalid TOML" in err.value.message


def test_it_loads_the_bench_school(bench_dir: Path) -> None:
    school = load_school(bench_dir)
    assert len(school.pupils) == 300 and len(school.staff) == 26
    assert school.nation is Nation.WALES


@pytest.mark.parametrize("missing", ["roster.csv", "staff.csv"])
def test_it_refuses_a_school_directory_without_its_roster_or_staff_list(tmp_path: Path, missing: str) -> None:
    (tmp_path / "school.toml").write_text('name = "X"\n')
    (tmp_path / "roster.csv").write_text(HEADER + "P1,Amy,Lee,Amy,Year 1,Oaks,yes,yes\n")
    (tmp_path / "staff.csv").write_text("staff_id,title,first_name,last_name,role\nS1,Ms,Ann,Bell,Head\n")
    (tmp_path / missing).unlink()
    with pytest.raises(InputError) as err:
        load_school(tmp_path)
    assert err.value.file == str(tmp_path / missing)
    assert f"no {missing} in the school directory {tmp_path}" in err.value.message


def test_it_loads_a_school_without_roster_or_staff_only_when_told(tmp_path: Path) -> None:
    (tmp_path / "school.toml").write_text('name = "X"\n')
    school = load_school(tmp_path, roster_required=False, staff_required=False)
    assert school.pupils == () and school.staff == ()
