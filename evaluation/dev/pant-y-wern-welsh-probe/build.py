"""Build the Pant-y-Wern Welsh word-name probe (roster.csv, staff.csv, posts.jsonl) from the marked-up posts below.

Markup as ysgol-y-wawr's: ``{Surface}`` a pupil by preferred name, ``{Surface=Preferred}`` a pupil
written another way (mutated, lower case), ``{Surface=?}`` a child not on the roster. Everything is
invented. Run: ``python evaluation/dev/pant-y-wern-welsh-probe/build.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from evaluation import builder  # noqa: E402

NAMES = (
    "Haf Eira Seren Alaw Awel Gwawr Heledd Nel Cai Hedd Celyn Afon Gwen Bryn Mali Llew Dewi Cadi Dai Gruff "
    "Tomos Tesni Enfys Mabon Rhiannon Elin Lleu Iwan Osian Lowri Cerys Efa Elis Ifan Mabli Gethin Iestyn Nia"
).split()
FIRST = {"Dai": "Dafydd", "Gruff": "Gruffudd"}
SURNAMES = "Jones Davies Evans Williams Rees Owen Morgan Lloyd Huws Rhys Pugh Griffiths Lewis Thomas Bowen".split()
YEARS = ["Reception", "Year 1", "Year 2", "Year 3", "Year 4", "Year 5", "Year 6"]
CLASSES = {"Reception": "Dryw", "Year 1": "Dryw", "Year 2": "Titw", "Year 3": "Robin",
           "Year 4": "Bronfraith", "Year 5": "Barcud", "Year 6": "Gwalch"}
STAFF = [
    ("PW01", "Mrs", "Glenys", "Morgan", "Headteacher"),
    ("PW02", "Mr", "Aled", "Pugh", "Deputy Headteacher"),
    ("PW03", "Miss", "Awen", "Rhys", "Class Teacher"),
    ("PW04", "Mr", "Huw", "Bowen", "PE Lead"),
    ("PW05", "Mrs", "Sian", "Lloyd", "School Secretary"),
]

SEC, HEAD, PTA, BL2, BL6, CHWA, URDD = "sec", "head", "pta", "bl2", "bl6", "chwa", "urdd"
POSTS: list[tuple[str, str]] = [
    # --- posts naming pupils: verb-subject order, "da iawn X", mutation, genitives, lists, lower case ---
    (SEC, "Mae {Haf} wedi ennill y wobr gyntaf am ysgrifennu stori yn Eisteddfod yr ysgol."),
    (HEAD, "Da iawn {Eira}! Seren yr wythnos am ei gwaith mathemateg."),
    (PTA, "Diolch i {Alaw} a {Chai=Cai} am helpu yn y bore coffi ☕"),
    (BL2, "da iawn {seren=Seren} a {nel=Nel} am ddarllen mor dda heddiw"),
    (HEAD, "Llongyfarchiadau i {Ruff=Gruff} ar ennill ei felt du mewn jiwdo! 🥋"),
    (CHWA, "Gôl wych gan {Ddai=Dai} yn y munud olaf! Da iawn hogia 🙌"),
    (BL6, "Ma' {Awel} a {Gwawr} wedi gneud gwaith grêt ar y prosiect afonydd."),
    (SEC, "Bydd {Heledd} yn canu unawd yn y Cyngerdd Nadolig nos Iau."),
    (HEAD, "Mae {Hedd} wedi dangos caredigrwydd mawr tuag at ddisgyblion newydd y tymor hwn."),
    (URDD, "Pob lwc i {Celyn} ac {Afon} yn rownd derfynol y llefaru yn Eisteddfod yr Urdd!"),
    (HEAD, "Rwy mor falch o {Gadi=Cadi} a {Thomos=Tomos} heddiw."),
    (SEC, "Llun gwych gan {Seren} o Flwyddyn 2 o'r enfys dros y cae 🌈"),
    (HEAD, "Gwaith {Haf}: cerdd am yr haf, wedi'i hysgrifennu ar ôl y daith i'r traeth."),
    (PTA, "Llyfr {Eira} oedd y gorau yn y gystadleuaeth dylunio clawr – Eira Wen a'r Saith Corrach!"),
    (CHWA, "Tîm pêl-rwyd: {Alaw}, {Awel}, {Gwawr}, {Heledd}, {Nel}, {Mali} a {Tesni}. Pob lwc ferched!"),
    (SEC, "Bydd {Llew} a {Bryn} yn darllen y llith yn y gwasanaeth Nadolig yng Nghapel Seion."),
    (BL6, "Odd {Dai} a {Gruff} yn ffab yn y sioe neithiwr, chware teg iddyn nhw!"),
    (HEAD, "Aeth {Dewi} â ni ar daith o amgylch y fferm lle mae'n byw – diolch i'w deulu!"),
    (URDD, "Canlyniadau'r Eisteddfod Gylch: 1af {Heledd} (unawd), 2il {Hedd} (llefaru), 3ydd {Celyn} (dawnsio)."),
    (BL2, "heddiw buodd {cai=Cai} yn dangos ei ymlusgiad i'r dosbarth 🦎"),
    (PTA, "Enillydd y raffl: {Enfys} o Flwyddyn 4! 🎉"),
    (HEAD, "Diolch o galon i {Gwen} am drefnu casgliad bwyd i'r banc bwyd lleol."),
    (SEC, "Cyflwynwyd tystysgrif i {Wen=Gwen} gan y Cynghorydd Sir."),
    (CHWA, "Rhedodd {Afon} y ras 800m mewn amser arbennig. Ymlaen i'r rownd genedlaethol!"),
    (BL6, "Ysgrifennodd {Tesni} gerdd am y môr ac fe'i darllenodd o flaen yr ysgol gyfan."),
    (HEAD, "Mae {Mabon} a {Rhiannon} wedi cael eu hethol i'r Cyngor Ysgol."),
    (PTA, "Huge thanks to {Haf}'s mam for the cakes – diolch yn fawr! 🧁"),
    (SEC, "Seren y mis: {Seren}! Mae hi bob amser yn barod i helpu."),
    (HEAD, "Canodd {Alaw} yr alaw werin 'Dacw 'Nghariad' ar y delyn."),
    (BL2, "da iawn {eira=Eira}, {haf=Haf} ac {awel=Awel} am daclusio'r dosbarth ✨"),
    (PTA, "Diolch i dad {Nel} am drwsio'r sied 🔨"),
    (CHWA, "Gêm gyfartal yn erbyn Ysgol y Garn – goliau gan {Gai=Cai} a {Llew}."),
    (SEC, "Mae {Gwawr} yn cynrychioli Sir Gâr yn y gystadleuaeth gwyddbwyll."),
    (HEAD, "Ar ran yr ysgol, diolch i {Heledd} a {Hedd} am groesawu'r ymwelwyr o Lydaw."),
    (URDD, "Aeth {Eira} ac {Afon} i Wersyll Llangrannog gyda Blwyddyn 5 – amser gwych!"),
    (BL6, "{Celyn} oedd yr unig un i gael marciau llawn yn y prawf sillafu! 👏"),
    (PTA, "Diolch i {Dewi} a'i chwaer {Mali} am werthu rhaglenni yn y cyngerdd."),
    (HEAD, "Roedd {Cadi} yn dawnsio Cadi Ha gyda'r parti dawns gwerin."),
    (SEC, "Llongyfarchiadau i {Fryn=Bryn} ac i {Ddewi=Dewi} ar eu gwobrau chwaraeon."),
    (CHWA, "Hogia bach, {Gruff} a {Dai} yn chwara'n dda yn y twrnament rygbi. Balch iawn ohonoch chi!"),
    (BL2, "gofynnodd {haf=Haf} pam mae'r haf yn boeth, felly buon ni'n dysgu am yr haul ☀️"),
    (HEAD, "Bu {Awel} yn sôn am ei thaith i Batagonia yn y gwasanaeth."),
    (SEC, "Derbyniodd {Elin} a {Lleu} wobr am eu prosiect ailgylchu."),
    (HEAD, "Gyda {Chadi=Cadi} a {Thomos=Tomos} yn arwain, canodd y côr 'Calon Lân' cyn y gêm rygbi."),
    (BL6, "Enillodd {Iwan} y gystadleuaeth canu 'Yma o Hyd' – Dafydd Iwan y dyfodol! 🎤"),
    (SEC, "Mae {Bryn} wedi bod yn ymarfer ar gyfer ei arholiad piano gradd 3."),
    (HEAD, "Well done to {Seren} and {Haf} for their poems at the Urdd!"),
    (PTA, "Mam yn dweud: 'fy {Nghadi=Cadi} i yw'r seren!' – diolch am y lluniau o'r sioe."),
    (URDD, "Bydd {Gwawr}, {Alaw} ac {Enfys} yn cystadlu yn y côr cerdd dant ddydd Sadwrn."),
    (BL6, "Gwych gweld {Afon} yn helpu plant bach y Derbyn amser chwarae."),
    (HEAD, "Diolch i {Heledd} am gyflwyno'r gwasanaeth am Ddydd Santes Dwynwen."),
    (CHWA, "Seren y gêm: {Nel}! Tair gôl yn yr ail hanner ⚽"),
    (BL2, "roedd {hedd=Hedd} a {celyn=Celyn} yn brysur yn yr ardd yn plannu cennin"),
    (SEC, "Bydd {Eira} a {Haf} yn cyflwyno'r blodau i'r gwesteion."),
    (HEAD, "Mae stori {Awel} am y ddraig wedi ei chyhoeddi yng nghylchgrawn Cip!"),
    # --- posts naming nobody: the same words as words, titles, chapels, farms, places, famous people ---
    (SEC, "Bydd gwyliau'r haf yn dechrau ddydd Gwener 23 Gorffennaf."),
    (HEAD, "Eira trwm! Mae'r ysgol ar gau heddiw. Cadwch yn gynnes ❄️"),
    (PTA, "Noson i gofio: 'Seren Bethlehem' gan Gôr yr Ysgol yng Nghapel Bethel."),
    (SEC, "Alaw werin y mis yw 'Ar Lan y Môr'. Dysgwch hi gartref!"),
    (HEAD, "Mae'r awel yn fain heddiw – cofiwch gotiau."),
    (CHWA, "Codi gyda'r wawr ar gyfer y daith gerdded i ben Pen y Fan!"),
    (HEAD, "Gwasanaeth coffa yng Nghapel Hebron: darllenwyd cerdd Hedd Wyn, 'Rhyfel'."),
    (BL6, "Mae Llyn Celyn yn ein hatgoffa o hanes Capel Celyn. Cofiwch Dryweryn."),
    (SEC, "Taith Blwyddyn 3 i Fferm Bryn Haf i weld yr ŵyn bach 🐑"),
    (PTA, "Casglwch ddail celyn ar gyfer addurniadau Nadolig."),
    (URDD, "Glanhau glan yr afon gyda'r Cyngor Ysgol ddydd Sadwrn."),
    (BL6, "Canu Heledd: Blwyddyn 6 yn astudio'r hen farddoniaeth."),
    (HEAD, "Hedd perffaith hedd – emyn y mis yn y gwasanaeth."),
    (SEC, "Croeso i Mr Bryn Jones, ein gofalwr newydd."),
    (HEAD, "Diolch i Bryn Terfel am ymweld â'r ysgol a chanu gyda'r côr!"),
    (PTA, "Gwisgwch goch ar gyfer Dydd Gŵyl Dewi – cawl a bara brith yn y neuadd!"),
    (HEAD, "Dewi Sant: gwnewch y pethau bychain."),
    (BL2, "darllenwch 'Sali Mali' a 'Magi Ann' gyda'ch plentyn gartref"),
    (SEC, "Sioe Nadolig: 'Seren Wib' gan Flwyddyn 1 a 2."),
    (BL6, "Blwyddyn 4 yn dysgu am chwedl Pwyll a Rhiannon o'r Mabinogi."),
    (URDD, "Cân newydd y côr: 'Awel y Môr'."),
    (PTA, "Bws i Gapel Salem yn gadael am 10 o'r gloch."),
    (HEAD, "Daeth tymor yr hydref â gwynt ac awel oer."),
    (SEC, "Dywedodd y Cyngor y cai pawb barcio ar y cae ddydd Sadwrn."),
    (PTA, "Gŵyl Ddewi hapus i bawb! 🏴"),
    (HEAD, "Roedd Eira Wen yn y pantomeim yn Theatr y Lyric yn wych!"),
    (SEC, "Gwawr newydd i'r ysgol: mae'r estyniad newydd yn barod."),
    (BL6, "Mae'r afon yn uchel – peidiwch â pharcio ger y bont."),
    (PTA, "Celyn, iorwg ac uchelwydd: gweithdy addurniadau ddydd Sadwrn."),
    (HEAD, "Haf bach Mihangel! Mwynhewch yr haul."),
    (BL2, "yr wythnos hon darllenon ni 'Nel a'r Ddraig Fach' gan Angharad Tomos"),
    (HEAD, "Bydd Heledd Cynwal o S4C yn cyflwyno'r noson wobrwyo."),
    (HEAD, "Mae hedd a thawelwch yr ardd weddi yn bwysig i'r plant."),
    (CHWA, "The gruff old troll in our Billy Goats Gruff play was brilliant!"),
    (SEC, "Ras Hwyl yr Haf o amgylch Llyn Tegid – cofrestrwch erbyn dydd Llun."),
    (URDD, "Enillodd ein côr y wobr gyntaf am ganu 'Myfanwy'!"),
    (BL6, "Fferm Glan Afon fydd lleoliad y daith natur eleni."),
    (PTA, "Seren fôr, cregyn a chrancod: diwrnod gwych ar y traeth."),
    (HEAD, "Mae Mrs Morgan yn diolch i'r Parchedig Dewi Rhys am arwain y gwasanaeth Diolchgarwch."),
    (SEC, "Rhybudd: afon Teifi wedi gorlifo ger Llechryd – ffordd ar gau."),
    (BL2, "thema'r tymor yw 'y tywydd': glaw, eira, haul, gwynt ac awel"),
    (CHWA, "Cae chwarae ar gau oherwydd y glaw – pob gêm wedi ei gohirio."),
    (HEAD, "Darlleniad o 'Llyfr Mawr y Plant' gyda Blwyddyn 1 bore 'ma."),
    (PTA, "Mae Enfys, y siop elusen ar y stryd fawr, yn casglu gwisgoedd ysgol ail-law."),
    (URDD, "Tocynnau i weld Gwawr Edwards yn canu yng Nghanolfan y Celfyddydau."),
    (SEC, "Diolch i Ffermwyr Ifanc Pant-y-Wern am y goeden Nadolig."),
    (HEAD, "Bore o hedd ac o haul: diolch am wythnos hyfryd."),
    (BL6, "Eira Wen, Sinderela a Hugan Fach Goch: gwisgoedd Diwrnod y Llyfr!"),
    (PTA, "Alaw, Tawe a Thaf: dysgon ni am afonydd Cymru."),
]


# Round 2: written after the first commit, scored once before any change it prompted.
POSTS_2: list[tuple[str, str]] = [
    (SEC, "Enillodd {Gwawr} a {Chelyn=Celyn} y ras gyfnewid ddoe."),
    (HEAD, "Dywedais wrth {Ddai=Dai} ei fod yn seren go iawn!"),
    (BL6, "Siaradodd {Heledd} â {Chai=Cai} am y prosiect dŵr."),
    (CHWA, "Pas gan {Afon}, croesiad gan {Nel} a gôl gan {Ruff=Gruff}! 🔥"),
    (PTA, "Cacennau gan {Eira} a'i mam – blasus iawn, diolch!"),
    (URDD, "Dyma {Alaw} yn derbyn ei medal yn yr Eisteddfod Sir."),
    (BL2, "bore ma buodd {awel=Awel} a {gwen=Gwen} yn peintio lluniau o'r môr"),
    (HEAD, "Croeso nôl i {Hedd} ar ôl ei lawdriniaeth – rydyn ni wedi gweld dy eisiau di!"),
    (SEC, "Cafodd {Seren} a {Mali} dystysgrif am bresenoldeb llawn."),
    (BL6, "Wel, am gêm! {Bryn} yn sgorio cais yn y funud olaf."),
    (CHWA, "Chwaraewr y gêm: {Llew}. Amddiffyn cadarn drwy'r prynhawn."),
    (HEAD, "Roedd {Haf} a {Tesni} wedi paratoi cyflwyniad gwych am y Wladfa."),
    (PTA, "Diolch o galon i rieni {Enfys} am noddi'r crysau newydd."),
    (URDD, "Bydd {Dewi} yn adrodd 'Y Llwynog' yn y rhagbrawf am 10."),
    (BL2, "diolch {cadi=Cadi} am ddod â dy gi bach i'r dosbarth heddiw 🐶"),
    (SEC, "Mae {Afon} o Flwyddyn 6 wedi ei dewis i garfan nofio'r sir."),
    (HEAD, "Pob lwc i {Gwen}, {Celyn} ac {Eira} sy'n symud i'r ysgol uwchradd."),
    (PTA, "Dawns y Nadolig: {Awel} a {Lleu} oedd brenin a brenhines y ddawns 👑"),
    (BL6, "{Haf}, {Hedd} a {Seren} sy'n gyfrifol am y blwch ailgylchu wythnos yma."),
    (CHWA, "Ras traws gwlad: 1af {Gwawr}, 2il {Heledd}, 3ydd {Alaw}."),
    # naming nobody
    (SEC, "Tywydd haf o'r diwedd! Cofiwch eli haul a het."),
    (HEAD, "Diwrnod eira heddiw – mae'r ysgol ar gau."),
    (PTA, "Plu eira papur: gweithdy crefft i'r teulu ddydd Sadwrn."),
    (BL6, "Gwaith ymchwil ar Afon Tywi a'i llednentydd."),
    (URDD, "Cyngerdd Haf yr Urdd yn Neuadd Pantycelyn nos Wener."),
    (CHWA, "Cwrs golff Pant Celyn: diwrnod hwyl i'r teuluoedd."),
    (SEC, "Mae Heol Afon ar gau oherwydd gwaith ffordd."),
    (HEAD, "Caffi Seren yn y pentref yn rhoi hufen iâ am ddim i enillwyr y ras!"),
    (PTA, "Diolch i Siop Alaw am y gwobrau raffl."),
    (BL2, "roedd eira ar y cae bore ma ac roedd pawb eisiau chwarae"),
    (BL6, "Gruff Rhys o'r Super Furry Animals yn canu yn yr ŵyl gerdd."),
    (URDD, "Cerys Matthews ac Elin Fflur yn beirniadu'r gystadleuaeth canu pop."),
    (HEAD, "Heddwch a hedd: ein thema ar gyfer Sul y Cofio."),
    (SEC, "Gwobr Seren Aur am bresenoldeb: llongyfarchiadau i Flwyddyn 3!"),
    (PTA, "Mae Tŷ Haf, y cartref gofal ar y bryn, yn diolch i'r côr am ganu."),
    (CHWA, "Ras Hwyl Nant Alaw – cofrestrwch erbyn dydd Iau."),
    (BL6, "Dros yr haf darllenwch 'Seren a Sbarc' gan Huw Aaron."),
    (HEAD, "Awel iach a haul braf ar ein taith i Ynys Llanddwyn."),
    (SEC, "Mae Mrs Morgan yn diolch i Ffermwyr Ifanc Bryn Celyn am eu rhodd."),
    (URDD, "Cân actol: 'Gwawr Newydd' – Blwyddyn 5 a 6 yn yr Eisteddfod."),
    (PTA, "Seren wib, seren fôr a seren arian: gweithdy gwyddoniaeth."),
    (BL2, "heddiw dysgon ni am yr haf a'r gaeaf, y glaw a'r eira"),
    (HEAD, "Diolch i Dewi Pws am ymweld a rhannu ei ganeuon."),
    (SEC, "Gwasanaeth yng Nghapel Bryn Seion ddydd Sul am 10."),
    (CHWA, "Eira mawr ar y mynyddoedd: dim gemau pêl-droed y penwythnos hwn."),
    (BL6, "Darllen 'Llyfr Glas Nebo' a 'Hedd Wyn' gan Alan Llwyd yn y dosbarth."),
    (PTA, "Noson Awel Aman Tawe: ynni cymunedol yn y neuadd."),
    (HEAD, "Bore coffi Cafod Celyn: diolch am godi £300!"),
    (URDD, "Gwersyll Glan-llyn: taith Blwyddyn 6 ym mis Mai."),
    (SEC, "Mae'r afon wedi gorlifo ger Pont Alaw."),
]


# Round 3: written after the second commit (bilingual notices, headings, hashtags, themes), scored once
# before any change it prompted.
POSTS_3: list[tuple[str, str]] = [
    (SEC, "Summer Fair / Ffair Haf: Saturday 5 July, 11–2. Croeso i bawb!"),
    (HEAD, "Thema'r tymor: Eira, Iâ a Rhew ❄️ Bydd y plant yn dysgu am y gaeaf."),
    (PTA, "#DiwrnodEira #Haf2026 – lluniau'r wythnos ar y wefan."),
    (BL6, "GWYL HAF YR YSGOL – NOS WENER – TOCYNNAU £2"),
    (URDD, "Seren yr Wythnos: {Celyn}! Da iawn ti am dy waith caled."),
    (SEC, "Snow day! Diwrnod eira! The school is closed today. Mae'r ysgol ar gau heddiw."),
    (HEAD, "Cyngerdd Alaw a Chân: nos Iau yn y neuadd am 6."),
    (CHWA, "Gwobr Seren y Mis: {Gruff} am ei agwedd wych yn ymarfer."),
    (PTA, "Raffl yr Haf: gwobr gyntaf – hamper, ail – taleb £20."),
    (BL2, "#seren yr wythnos yw {efa=Efa} 🌟"),
    (HEAD, "Dawn, Hedd a Heddwch: Diwrnod Heddwch Rhyngwladol yn yr ysgol."),
    (SEC, "Afon, Môr a Mynydd: prosiect daearyddiaeth Blwyddyn 5."),
    (URDD, "Canlyniadau: Unawd Bl 2 – {Nel} (1af); Llefaru Bl 4 – {Osian} (2il)."),
    (BL6, "Ein nofel ddosbarth: 'Haf yr Hud' – pwy sy'n gallu dyfalu'r diwedd?"),
    (PTA, "Seren & Sêr Dance School are offering free taster sessions this Saturday."),
    (HEAD, "Well done to Year 6 – the Seren Network has chosen two of our pupils for their Oxbridge day."),
    (SEC, "Gwawr a Machlud: arddangosfa luniau Blwyddyn 3 yn y cyntedd."),
    (CHWA, "Tîm Eira v Tîm Haf yn y gêm dynnu rhaff! Tîm Haf enillodd 💪"),
    (PTA, "Diolch i Fferm Celyn am y pwmpenni 🎃"),
    (HEAD, "Llongyfarchiadau i {Heledd} ac {Iestyn} – Prif Ddisgyblion newydd!"),
    (BL2, "wythnos yma: haf, hydref, gaeaf, gwanwyn – y tymhorau 🍂"),
    (URDD, "Parti Alaw yn ennill y parti cerdd dant yn yr Eisteddfod Sir!"),
    (SEC, "Heulwen, Awel a Glaw: cân newydd y Cyfnod Sylfaen."),
    (HEAD, "Taith i Gastell Caerffili a Pharc Celyn ddydd Mercher."),
    (BL6, "Mae {Lowri} a {Seren} wedi ysgrifennu llythyr at y Prif Weinidog."),
    (PTA, "Stondin Awel: sebon a chanhwyllau cartref yn y ffair."),
    (CHWA, "Ymarfer rygbi ar Gae Afon heno am 5."),
    (SEC, "Bws Mini Cai's Coaches yn hwyr heddiw – ymddiheuriadau."),
    (HEAD, "Cofiwch: Noson Agored, Nos Fawrth. Bydd {Tomos} a {Mabli} yn eich tywys o gwmpas."),
    (URDD, "Gwersyll yr Urdd: 'Awel y Mynydd' yw enw'r caban eleni!"),
    (BL2, "diolch i {gruff=Gruff} am rannu ei lyfr am ddeinosoriaid"),
    (PTA, "Cymdeithas Gymraeg Seren Hwyr: sgwrs am hanes y cwm."),
    (SEC, "Ffoniwch Cai yn y swyddfa gyngor i archebu lle."),
    (HEAD, "Haf o chwaraeon: clybiau ar ôl ysgol bob dydd yn ystod Mehefin."),
    (BL6, "Mae'r dosbarth yn astudio 'Hedd Wyn' – y ffilm a'r gerdd."),
]


def roster() -> list[dict[str, str]]:
    rows = []
    for i, pref in enumerate(NAMES):
        year = YEARS[(i * 3) % 7]
        rows.append(builder.pupil(builder.pupil_id("PW", i + 1), FIRST.get(pref, pref),
                                  SURNAMES[(i * 5) % len(SURNAMES)], pref, year, CLASSES[year]))
    return rows


def main() -> None:
    pupils = roster()
    builder.write_school(HERE, pupils, STAFF)
    builder.write_marked_posts(HERE, POSTS, "pyw", builder.ids_by_preferred_name(pupils))
    second = HERE.parent / "pant-y-wern-welsh-probe-2"
    second.mkdir(exist_ok=True)
    for name in ("roster.csv", "staff.csv", "school.toml"):
        (second / name).write_bytes((HERE / name).read_bytes())
    builder.write_marked_posts(second, POSTS_2 + POSTS_3, "pyw2", builder.ids_by_preferred_name(pupils))


if __name__ == "__main__":
    main()
