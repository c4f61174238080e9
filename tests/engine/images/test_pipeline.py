"""The image pipeline end to end: OCR text with boxes, metadata, faces, check() and the CLI."""

from __future__ import annotations

import json
import subprocess
import sys

from PIL import Image

from safepost.engine import check
from safepost.engine.draft import Draft, DraftImage
from safepost.engine.images import ImageAnalysis, OcrLine, scan_image, scan_image_for_bench
from safepost.engine.images.analyse import analyse_bytes
from safepost.engine.images.metadata import read_metadata
from safepost.engine.images.ocrtext import ocr_text, span_box
from tests.engine.images.conftest import EXAMPLES, REPO, encode


def _line(text: str) -> OcrLine:
    return OcrLine(text, (0, 0, 10 * len(text), 20), tuple((10 * i, 0, 10, 20) for i in range(len(text))), 1.0)


def test_it_puts_back_the_spaces_ocr_drops(school) -> None:  # type: ignore[no-untyped-def]
    text, boxes = ocr_text([_line("MrsBennett"), _line("MILLIEHARTLEY"), _line("Reduce,reuse")], school)
    assert text == "Mrs Bennett\nMILLIE HARTLEY\nReduce, reuse"
    assert len(boxes) == len(text)


def test_it_keeps_mc_names_and_email_addresses_whole(school) -> None:  # type: ignore[no-untyped-def]
    text, _ = ocr_text([_line("McDonald"), _line("Jo.Smith@gmail.com")], school)
    assert text == "McDonald\nJo.Smith@gmail.com"


def test_it_repairs_look_alike_letters_into_roster_names(school) -> None:  # type: ignore[no-untyped-def]
    text, _ = ocr_text([_line("Mo lqbal"), _line("0livia"), _line("11th")], school)
    assert text == "Mo Iqbal\nolivia\n11th"


def test_it_maps_a_span_to_the_box_of_its_characters(school) -> None:  # type: ignore[no-untyped-def]
    text, boxes = ocr_text([_line("Well done Millie")], school)
    start = text.index("Millie")
    assert span_box(boxes, start, start + 6) == (100, 0, 60, 20)


def test_it_finds_a_pupil_name_on_a_certificate_with_its_box(school, policy) -> None:  # type: ignore[no-untyped-def]
    report = scan_image(EXAMPLES / "star_of_the_week.png", school, policy)
    names = [f for f in report.findings if f.rule == "pupil-name" and f.source == "image[0].ocr"]
    assert names and "Millie" in (names[0].excerpt or "")
    x, y, w, _h = names[0].box or (0, 0, 0, 0)
    assert 150 < x < 450 and 280 < y < 400 and w > 100


def test_it_reads_gps_and_captions_from_exif(school, policy) -> None:  # type: ignore[no-untyped-def]
    report = scan_image(EXAMPLES / "trip_with_gps.jpg", school, policy)
    rules = {(f.rule, f.source) for f in report.findings}
    assert ("image-gps", "image[0].exif") in rules
    assert ("pupil-name", "image[0].exif") in rules


def test_it_reads_xmp_and_png_text(faces3: Image.Image) -> None:
    from PIL import PngImagePlugin

    xmp = ('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
           '<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:exif="http://ns.adobe.com/exif/1.0/" '
           'exif:GPSLatitude="51,38.2N" exif:GPSLongitude="3,13.6W"><dc:subject><rdf:Bag><rdf:li>Poppy Ashworth</rdf:li>'
           '</rdf:Bag></dc:subject></rdf:Description></rdf:RDF></x:xmpmeta>')
    info = PngImagePlugin.PngInfo()
    info.add_itxt("XML:com.adobe.xmp", xmp)
    info.add_text("Title", "Harry at the pond")
    meta = read_metadata(Image.open(__import__("io").BytesIO(encode(faces3, "PNG", pnginfo=info))))
    values = {m.value for m in meta.texts}
    assert {"Poppy Ashworth", "Harry at the pond"} <= values
    assert meta.gps is not None and round(meta.gps[0], 2) == 51.64 and meta.gps[1] < 0


def test_it_counts_faces_and_asks_about_untagged_ones(school, policy) -> None:  # type: ignore[no-untyped-def]
    image = DraftImage(filename="sports.jpg", path=str(EXAMPLES / "sports_day_faces.jpg"), tagged_pupils=("BF001",))
    report = check(Draft(id="d", text="Sports day", images=(image,), channel="facebook"), school, policy)
    more = [f for f in report.findings if f.rule == "more-faces-than-tags"]
    assert more and "Who else" in more[0].message and more[0].box is not None


def test_it_checks_ten_photos_in_one_draft(school, policy, faces3: Image.Image, tmp_path) -> None:  # type: ignore[no-untyped-def]
    paths = []
    for i in range(10):
        path = tmp_path / f"p{i}.jpg"
        path.write_bytes(encode(faces3, "JPEG"))
        paths.append(DraftImage(filename=path.name, path=str(path)))
    report = check(Draft(id="d", text="Trip", images=tuple(paths)), school, policy)
    sources = {f.source for f in report.findings if f.rule == "faces-not-tagged"}
    assert sources == {f"image[{i}]" for i in range(10)}


def test_it_keeps_text_only_checks_free_of_image_libraries() -> None:
    code = ("import sys; from safepost.engine import check, load_school, load_policy, Draft;"
            "s = load_school('examples/school'); check(Draft(id='x', text='Well done Millie'), s, load_policy('default'));"
            "print('PIL' in sys.modules or 'onnxruntime' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_it_gives_the_bench_the_scan_image_jsonl_shape(school, policy) -> None:  # type: ignore[no-untyped-def]
    row = scan_image_for_bench(EXAMPLES / "coat_pegs.png", "images/coat_pegs.png", school, policy)
    assert row["file"] == "images/coat_pegs.png"
    for f in row["findings"]:
        assert set(f) >= {"rule", "code", "severity", "text", "box", "message"}
    assert any(f["rule"] == "pupil-name" and f["box"] for f in row["findings"])


def test_it_scans_images_from_the_command_line() -> None:
    out = subprocess.run([sys.executable, "-m", "safepost", "scan-image", "--school", "examples/school", "--format", "jsonl",
                          "examples/images/trip_with_gps.jpg", "tests/engine/images/data/not_a_photo.jpg"],
                         cwd=REPO, capture_output=True, text=True)
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert out.returncode == 2 and "not an image" in out.stderr and "Traceback" not in out.stderr
    assert any(f["rule"] == "image-gps" for f in rows[0]["findings"]) and rows[1]["error"]


def test_it_leaves_the_analysis_school_independent(faces3: Image.Image) -> None:
    result = analyse_bytes(encode(faces3, "PNG"))
    assert isinstance(result, ImageAnalysis) and len(result.faces) == 3
