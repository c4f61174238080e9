"""Write dev/README.md and test/README.md from images.jsonl plus the notes below."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

DESC = {
    "dev": {
        "IMG_4102.png": ("Tystysgrif / Seren yr Wythnos certificate on a wooden table, marker name", "Seren (as 'star'), Mrs G. Powell's signature, Dosbarth Eos"),
        "IMG_4107.png": ("coat-peg labels along a wall, steep angle", "Dosbarth Dryw, Miss Pritchard"),
        "IMG_4111.png": ("tray unit, labelled trays with initials", "Spare, Pensiliau, Hebog (class)"),
        "IMG_4118.png": ("whiteboard register with ticks, glare", "Mr Harries, 'adref – sâl'"),
        "IMG_4120.png": ("reading-record page on carpet, pencil name, low contrast", "Roald Dahl, 'Sali Mali' (book character; a pupil is called Mali), Nain, Mrs Kinsey, Barcud"),
        "IMG_4133.png": ("Sêr yr Wythnos display board, stars with names", "'Summer term', 'Tymor yr Haf', Eos class"),
        "IMG_4136.png": ("birthday balloons by month (Welsh/English)", "month names incl. Mai"),
        "IMG_4140.png": ("Welsh numbers worksheet photographed sideways (90°)", "teacher initials CK"),
        "IMG_4152.png": ("football team sheet on a cork board", "Ysgol Bryn Onnen, Bailey Park, Mr Rowlands, Clwb Garddio"),
        "IMG_4155.png": ("library shelf, face-out books", "Hope Jones Saves the World, Grace and Family, Gwen the Rescue Hen, Matilda, Roald Dahl, Josh Lacey"),
        "IMG_4161.png": ("weather chart and seasons", "'eira' (snow), 'awel ysgafn' (breeze), 'Haf' (summer)"),
        "IMG_4163.png": ("Welsh heroes poster", "Tanni Grey-Thompson, Gareth Bale, Jade Jones, Betsi Cadwaladr, Roald Dahl"),
        "IMG_4170.png": ("house points on a whiteboard", "houses Blorens/Ysgyryd/Pen-y-Fâl/Deri, 'Will Ysgyryd catch up…'"),
        "IMG_4178.png": ("staff 'Meet the Team' board", "Mrs Grace Powell, Miss Seren Pritchard, Mr Jack Harries, Miss Ruby Fenwick, Mrs Eira Jones, Mr Rhodri Bevan (all staff)"),
        "IMG_4181.png": ("Dylan Thomas Day poster (a pupil is called Dylan)", "Dylan Thomas, Under Milk Wood, class names Tylluan/Gwennol"),
        "IMG_4190.png": ("nativity poster", "'Seren Fach Bethlehem', Mary, Joseph, Eos a Dryw"),
        "IMG_4192.png": ("swimming certificate on a fridge, motion blur, ALL CAPS name", "Monmouthshire Schools Swimming Programme"),
        "IMG_4196.png": ("sticker chart", "day names in Welsh"),
        "IMG_4201.png": ("self-portrait display with captions", "Frida Kahlo, Oriel Barcud"),
        "IMG_4207.png": ("Headteacher's award, faded print, very low contrast", "H. Wyatt"),
        "IMG_4210.png": ("eisteddfod results table on cork", "house names, class names"),
        "IMG_4215.png": ("weather writing worksheet, hand shadow", "'Mae'r awel yn chwythu…' (awel = breeze, same sheet as a pupil called Awel)"),
        "IMG_4219.png": ("water bottles with labels written vertically (90°)", "Poteli Dŵr"),
        "IMG_4224.png": ("two blank Seren yr Wythnos certificates", "blank Name field, 'Seren'"),
        "IMG_4230.png": ("Ffair Haf / Summer Fair poster", "Haf, Summer, Friends of Cwm Gafenni"),
        "IMG_4233.png": ("TT Rock Stars top-3 poster", "Hebog"),
        "IMG_4240.png": ("whiteboard 'Penblwydd Hapus Rowan!' at a steep angle", "Y Ddraig Goch"),
        "IMG_4245.png": ("school values display", "Hope/Gobaith as a value, 'Summer term focus: HOPE'"),
        "IMG_4251.png": ("sports-day flipchart outdoors", "house names Deri, Blorens"),
        "IMG_4258.png": ("reading corner, books scattered on a rug", "Sky Song, Ruby Redfort, Jack and the Beanstalk, Rowan of Rin, The Worst Witch"),
    },
    "test": {
        "DSC_0711.png": ("Darllenydd y Mis certificate on a clipboard", "H. Gwyther, Dosbarth Holly"),
        "DSC_0714.png": ("laminated peg labels with cartoon photos, sheen", "'Dosbarth Willow / Willow Class' heading (a pupil is called Willow), Miss Jeremy"),
        "DSC_0720.png": ("faded lunch-choice whiteboard", "Rowan (class), Mrs Ashworth"),
        "DSC_0722.png": ("drawer unit seen from the side", "Siswrn / Scissors, Alder (class)"),
        "DSC_0729.png": ("spiral reading diary page", "George's Marvellous Medicine (a pupil is called George), Amazing Grace, Flat Stanley, Mrs Gwyther, Holly (class)"),
        "DSC_0731.png": ("Seren yr Wythnos board with portraits", "Seren (as 'star'), Cedar (class)"),
        "DSC_0736.png": ("birthday list poster by month", "month names"),
        "DSC_0740.png": ("sums worksheet photographed sideways (270°), CAPS name with initial", "-"),
        "DSC_0745.png": ("tag-rugby squad in a plastic wallet, glare", "Pen-y-pound, 'Mr Jack' (staff surname)"),
        "DSC_0750.png": ("'Who's who' staff list", "Miss Hope Jeremy, Mrs Grace Ashworth, Mr Will Pendry, Mrs Haf Gwyther, Mrs Ruby Okafor, Mr Rhys Jack, Mrs Seren Buckley, Mrs Awel Morris; class names Willow/Rowan/Holly"),
        "DSC_0752.png": ("'Newydd yn y llyfrgell' book display", "Eira Wen a'r Saith Corrach, Amazing Grace, Ruby's Worry, Mrs Buckley"),
        "DSC_0755.png": ("Gair yr Wythnos vocabulary cards", "awel, eira, haf, seren as words"),
        "DSC_0761.png": ("house-point jars", "houses Glyndŵr, Dwynwen, Gwenllian (a pupil is called Gwenllian), Llywelyn"),
        "DSC_0763.png": ("St David's Day poster", "Dewi Sant (a pupil is called Dewi)"),
        "DSC_0768.png": ("Paralympic heroes poster", "Tanni Grey-Thompson, Aled Sion Davies, Hollie Arnold, Mark Colbourne"),
        "DSC_0770.png": ("term-dates letter", "'Summer term', 'tymor yr haf', May Day, Mr H. Aldridge"),
        "DSC_0774.png": ("swimming certificate in a plastic sleeve, dim warm light", "Instructor: Sam (adult), Mehefin"),
        "DSC_0779.png": ("class points on the interactive screen (photo of a screen)", "Sycamore, 'Pawb / Whole class'"),
        "DSC_0783.png": ("landscape paintings with captions", "Kyffin Williams, Yr Ysgyryd, The Blorenge"),
        "DSC_0786.png": ("Headteacher's award photographed at night, rotated 25°, CAPS", "Huw Aldridge"),
        "DSC_0790.png": ("eisteddfod results on a flipchart", "houses Dwynwen, Llywelyn, Glyndŵr, 'Tŷ Gwenllian'"),
        "DSC_0792.png": ("'Fy ngwyliau haf' writing sheet", "haf, summer, Tenby"),
        "DSC_0797.png": ("lunchboxes from above; one label upside down, one at 90°", "-"),
        "DSC_0801.png": ("blank Jack and the Beanstalk sequencing sheet", "Jack (character), 'sky', blank Name field"),
        "DSC_0804.png": ("Ffair Aeaf poster", "'Peiriant eira', 'a seren for the tree', Siôn Corn"),
        "DSC_0809.png": ("times-tables podium display", "Cedar"),
        "DSC_0812.png": ("whiteboard welcome for a new starter, heavy glare", "Alder, Mr Pendry"),
        "DSC_0815.png": ("Rowan Class rules poster", "Rowan (class), Mrs Ashworth (shares surname with a pupil)"),
        "DSC_0819.png": ("sack-race rosettes on the field, motion blur", "-"),
        "DSC_0823.png": ("World Book Day characters poster", "George (character), Matilda, Willy Wonka, Hermione Granger, Harry Potter, Sali Mali, The Gruffalo"),
    },
}

SCHOOL = {
    "dev": ("Cwm Gafenni Primary School (Ysgol Gynradd Cwm Gafenni)", "Heol y Felin Fach, Abergavenny NP7 6QX",
            "Eos (Reception), Dryw (Y1), Robin (Y2), Barcud (Y3), Hebog (Y4), Tylluan (Y5), Gwennol (Y6)",
            "Blorens, Ysgyryd, Pen-y-Fâl, Deri", 29, "Grace, Seren, Jack, Ruby, Eira, Rhodri"),
    "test": ("Maes Deri Primary School (Ysgol Gynradd Maes Deri)", "Lôn y Dderwen, Abergavenny NP7 8ZR",
             "Willow (Reception), Rowan (Y1), Alder (Y2), Holly (Y3), Sycamore (Y4), Cedar (Y5), Oak (Y6)",
             "Glyndŵr, Dwynwen, Gwenllian, Llywelyn", 28, "Hope, Grace, Will, Haf, Ruby, Seren, Awel; and Mr Rhys Jack"),
}


EX = {"dev": "`Isla P.`, `SKY MAHONEY`, `Harry S`", "test": "`Grace Ll.`, `SEREN H.`, `Jac V.`"}


def main():
    for half in ("dev", "test"):
        D = os.path.join(ROOT, half)
        lines = [json.loads(l) for l in open(os.path.join(D, "images.jsonl"), encoding="utf-8")]
        pos = [l for l in lines if l["pupil_names"]]
        nn = sum(len(l["pupil_names"]) for l in lines)
        sname, addr, classes, houses, welsh, shared = SCHOOL[half]
        rows = []
        for l in lines:
            f = os.path.basename(l["file"])
            kind, neg = DESC[half][f]
            names = ", ".join(n["text"] for n in l["pupil_names"]) or "—"
            rows.append(f"| {f} | {kind} | {names} | {neg} |")
        other = "test" if half == "dev" else "dev"
        txt = f"""SEALED: do not read if you work on the safepost engine

# Pupil names visible in images – {half} half ({sname})

Written by **Rhodri**, a teaching assistant at an invented bilingual primary in Abergavenny
(English-medium, Welsh taught), who takes the photos for the school's page. Every picture here
was drawn with Pillow (`../src/`), not photographed. The schools, pupils, staff, emails and
phone numbers are invented; public figures, book titles and real local place names appear only
as hard negatives. The {other} half is about a different invented school, with its own roster, staff and wording.

School: {sname}, {addr}. Classes: {classes}. Houses: {houses}.

## Counts

| item | count |
|---|---|
| roster.csv | {60} pupils |
| staff.csv | 11 staff (several share names with pupils: {shared}) |
| images/ + images.jsonl | {len(lines)} PNG images: {len(pos)} showing pupil names ({nn} names in all), {len(lines) - len(pos)} showing none |
| names per positive image | 1–6 |
| images with some Welsh text | {welsh} of {len(lines)} (~{round(100 * welsh / len(lines))} %) |

Only one label type is used here: pupil names in images (bench `images.jsonl` format:
`{{"file": ..., "pupil_names": [{{"pupil_id": ..., "text": ...}}]}}`). No posts or comments.

## How it was labelled

* `text` is the name exactly as drawn (same case, with an initial and full stop when shown:
  {EX[half]}). Each pupil name drawn in a picture is listed once.
* Not pupil names (and so not listed): staff in any form, adults (instructors, signatories),
  famous and fictional people and characters, book titles, class names, house names, place
  names, and the word-names used as ordinary words (Welsh *seren*, *haf*, *eira*, *awel*;
  "Summer term", "Hope" as a school value, "Will …?" as a verb).
* Where a class is named after a word that is also a pupil's name (Willow class, Rowan class) the
  heading is not a name; the child's own peg label is.
* Sizes 900–1600 px wide; effects: perspective and rotation (a few degrees to 90°/270°, one
  label upside down), blur, motion blur, noise, JPEG artefacts, glare, low contrast, dim light,
  plastic-sleeve sheen, a photo of a screen. File names are neutral camera names.

## Images

| file | what it shows | pupil names (gold) | hard negatives in the picture |
|---|---|---|---|
""" + "\n".join(rows) + "\n"
        with open(os.path.join(D, "README.md"), "w", encoding="utf-8") as fh:
            fh.write(txt)


if __name__ == "__main__":
    main()
