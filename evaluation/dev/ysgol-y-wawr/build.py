"""Build Ysgol y Wawr's development set (roster.csv, staff.csv, posts.jsonl) from the marked-up posts below.

Markup: ``{Surface}`` is a pupil named by her preferred name; ``{Surface=Preferred}`` is a pupil
written another way (a mutated form, capitals, a hashtag); ``{Surface=?}`` is a child not on the
roster. Everything is invented. Run: ``python evaluation/dev/ysgol-y-wawr/build.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))  # the repository root, for evaluation.builder

from evaluation import builder  # noqa: E402

# Names that are also everyday words (Welsh, then English), then other names.
WORD_NAMES = (
    "Haf Eira Awel Gwawr Seren Celyn Glyn Afon Heulwen Llinos Bryn Derwen Onnen Tirion Hedd Aur Llew Gwen "
    "Enfys Alaw Mererid Briallen Eirlys Rhosyn Elain Medi Mai Ffion Glain Deri Gwern Aeron Teifi Cain Wyn "
    "Nest Non Mali Cari Eirian "
    "Holly Ruby Rose Daisy Poppy Willow Summer Hope Grace Skye Ivy River Robin Wren"
).split()
OTHER_NAMES = (
    "Nia Tegwen Dewi Elen Eurgain Carys Rhys Mabli Lowri Gwenllian Iolo Cai Macsen Taliesin Nel Cadi Efa "
    "Dwynwen Sioned Osian Gethin Iwan Heledd Lleucu Deio Twm Gruff Mared Dyfan Morgan Caron Elan Math Gwion "
    "Ifan Harri Jac Alfie Evie Tesni Menna Ela Elis Ianto Bedwyr Mabon Begw Siwan Hywel Owain Steffan Llion "
    "Rhodri Ioan Lois Cynan Tudur Idris Catrin Manon Gwenno Anest Megan Noa Leo Oli"
).split()
FIRST = {"Twm": "Tomos", "Gruff": "Gruffydd", "Deio": "Dafydd", "Ianto": "Ifan", "Oli": "Oliver"}
SURNAMES = (
    "Jones Davies Evans Williams Thomas Roberts Hughes Lewis Griffiths Price Rees Jenkins Owen James Lloyd "
    "Powell Pugh Parry Bowen Howells Llywelyn Tudur Gruffudd Elis Ifans Prys Meredith Hopkin Watkins Harries "
    "Vaughan Pryce Gwilym Rowlands Huws Lewis Morris Edwards"
).split()
YEARS = ["Reception", "Year 1", "Year 2", "Year 3", "Year 4", "Year 5", "Year 6"]
CLASSES = {"Reception": "Derwen", "Year 1": "Derwen", "Year 2": "Celyn", "Year 3": "Onnen",
           "Year 4": "Helyg", "Year 5": "Bedw", "Year 6": "Criafol"}

STAFF = [
    ("SWY01", "Mrs", "Heulwen", "Jenkins", "Headteacher"),
    ("SWY02", "Mr", "Aled", "Prys", "Deputy Headteacher"),
    ("SWY03", "Miss", "Llinos", "Evans", "Class Teacher"),
    ("SWY04", "Mr", "Glyn", "Parry", "Class Teacher"),
    ("SWY05", "Mrs", "Menna", "Huws", "School Secretary"),
    ("SWY06", "Miss", "Gwawr", "Tomos", "Teaching Assistant"),
    ("SWY07", "Mr", "Iwan", "Lloyd", "Class Teacher"),
    ("SWY08", "Mrs", "Sara", "Bowen", "Class Teacher"),
    ("SWY09", "Mrs", "Eirlys", "Morgan", "Cook"),
]

SEC, HEAD, PTA = "sec", "head", "pta"
POSTS: list[tuple[str, str]] = [
    # --- posts that name pupils ---
    (SEC, "Seren yr Wythnos yn Nosbarth Celyn yw {Haf} am ei gwaith caled gyda'i darllen. Da iawn ti, {Haf}! ⭐"),
    (HEAD, "Llongyfarchiadau mawr i {Gwawr} ac {Eira} am ennill y gystadleuaeth llefaru yn Eisteddfod yr Urdd ddoe. Roedd y ddwy yn wych!"),
    (PTA, "Diolch enfawr i {Awel} a'i brawd {Bryn} am werthu cacennau yn y ffair! 🍰"),
    (SEC, "Bydd {Afon} a {Llew} o Flwyddyn 6 yn cynrychioli'r ysgol yn y cwis llyfrau yn Aberystwyth."),
    (HEAD, "Gwaith celf hyfryd gan {Seren} ym Mlwyddyn 3 – llun o'r afon ar ôl y glaw."),
    (PTA, "Enillydd y raffl: {Celyn} o Ddosbarth Derwen! Mae'r hamper ar ei ffordd adref 🎁"),
    (HEAD, "Rwy mor falch o {Heulwen} a {Tirion} a ganodd unawd yn y gwasanaeth bore 'ma."),
    (SEC, "Llongyfarchiadau i {Fryn=Bryn} ar ei dystysgrif nofio 25 metr."),
    (HEAD, "Diolch i {Wawr=Gwawr} am arwain y gân 'Ar Lan y Môr' yn y gwasanaeth."),
    (PTA, "Da iawn {Llinos}, {Derwen} ac {Onnen} am helpu i osod y byrddau yn y Ffair Nadolig! 🎄"),
    (SEC, "Mae {Hedd} ac {Aur} wedi ennill medal aur yn y ras traws gwlad."),
    (HEAD, "Seren yr Wythnos: {Seren Puw=Seren}! Mae hi wedi bod yn garedig wrth bawb."),
    (PTA, "Mae {Gwen} wedi codi £120 i'r ysgol drwy nofio milltir! Gwên o glust i glust ar ei hwyneb 😀"),
    (SEC, "Bydd {Enfys} yn darllen ei cherdd 'Yr Enfys' yn y cyngerdd."),
    (HEAD, "Da iawn i {Alaw} am chwarae'r alaw ar y delyn mor hyfryd."),
    (PTA, "Gwobrau gwisg ffansi: {Mererid} (Bl 2) fel môr-leidr a {Briallen} (Bl 4) fel y Llew o Narnia! 🦁"),
    (SEC, "Llongyfarchiadau i {Eirlys} a {Rhosyn} ar basio gradd 1 piano."),
    (HEAD, "Mae {Elain} a {Medi} wedi plannu cennin Pedr yn yr ardd gyda Mr Prys. Byddant yn blodeuo ym mis Mawrth."),
    (PTA, "Helo bawb! {Mai} a {Ffion} enillodd gystadleuaeth y poster. Diolch i bawb a gymerodd ran ✨"),
    (SEC, "Tystysgrifau presenoldeb 100% y tymor hwn: {Glain}, {Deri}, {Gwern}, {Aeron}, {Teifi} a {Cain}."),
    (HEAD, "Roedd {Wyn} a {Nest} yn ardderchog yn chwarae rhannau Joseff a Mair yn y sioe Nadolig."),
    (PTA, "Diolch i {Non} a {Mali} am y lluniau lliwgar ar gyfer calendr y CRhA 📅"),
    (SEC, "Mae {Cari} ac {Eirian} wedi cael eu dewis i'r Cyngor Ysgol."),
    (HEAD, "Well done {Holly} and {Ruby} for reading 50 books each this term! Da iawn chi!"),
    (PTA, "Our raffle winners: {Rose} (Bl 5), {Daisy} (Bl 1) and {Poppy} (Derbyn). Llongyfarchiadau! 🎉"),
    (SEC, "{Willow} a {Summer} fydd yn croesawu ymwelwyr i'r noson agored nos Iau."),
    (HEAD, "Special mention for {Hope} and {Grace}, who looked after a younger child who was upset at playtime. Diolch, ferched."),
    (PTA, "{Skye} and {Ivy} sold the most tickets for the disco – two free ice creams coming your way! 🍦"),
    (SEC, "Llongyfarchiadau i {River} ar ennill y gystadleuaeth sillafu."),
    (HEAD, "Diolch {Robin} a {Wren} am ofalu am yr ieir yr wythnos yma 🐔"),
    (SEC, "Da iawn {Nia}, {Tegwen} a {Dewi} am eu gwaith ar gyfer Dydd Gŵyl Dewi."),
    (HEAD, "Mae {Elen} ac {Eurgain} wedi ysgrifennu stori am Santes Dwynwen. Diolch i {Dwynwen} am ei darluniau hyfryd hefyd!"),
    (PTA, "Diolch {Carys} a {Rhys} am ein helpu gyda'r stondin llyfrau! 📚"),
    (SEC, "Llongyfarchiadau i {Fabli=Mabli} a {Lowri} ar eu llwyddiant yn yr Urdd."),
    (HEAD, "Mae {Iolo} wedi bod yn brysur yn cyfri adar i'r RSPB – yn union fel Iolo Williams!"),
    (PTA, "Diolch i {Gai=Cai} a {Macsen} am gario'r holl focsys i'r neuadd 💪"),
    (SEC, "Bydd {Taliesin} yn adrodd 'Hwiangerdd' yn y gwasanaeth ddydd Gwener."),
    (HEAD, "Da iawn {Nel}, {Cadi} ac {Efa} am y ddawns werin yn y cyngerdd Gŵyl Ddewi."),
    (PTA, "Llongyfarchiadau i {Sioned} a {Gwenllian} – enillwyr ein bake off! 🧁"),
    (SEC, "Diolch i {Osian} a {Gethin} am ddod â hen boteli i'r ailgylchu."),
    (HEAD, "Mae'n bleser gweld {Heledd} a {Lleucu} yn darllen gyda'r plant bach bob bore Mercher."),
    (PTA, "Enillwyr y cwis: tîm {Deio}, {Twm} a {Gruff}! 🏆"),
    (SEC, "Llongyfarchiadau i {Fared=Mared} a {Dyfan} ar gael eu dewis i dîm pêl-droed y sir."),
    (HEAD, "Da iawn {Morgan} a {Caron} am eu hymdrech yn y mabolgampau."),
    (PTA, "Diolch i {Elan} a {Math} am y posteri ar gyfer disgo Calan Gaeaf 🎃"),
    (SEC, "Gwobr ymdrech yr wythnos: {Gwion} (Bl 2), {Ifan} (Bl 4), {Harri} (Bl 6)."),
    (HEAD, "Roedd {Jac} ac {Alfie} wedi synnu pawb gyda'u harbrawf gwyddoniaeth."),
    (PTA, "{Evie} a {Tesni} fydd yn tynnu'r raffl yn y ffair haf eleni 🎟️"),
    (SEC, "Croeso nôl i {Fenna=Menna} ar ôl ei thaith i Batagonia."),
    (HEAD, "Mae {Ela} ac {Elis} wedi dysgu emyn newydd ar gyfer y gwasanaeth."),
    (PTA, "Diolch {Ianto}, {Bedwyr} a {Mabon} am ennill y ras berfa! 😂"),
    (SEC, "Llongyfarchiadau i {Begw} a {Siwan} ar basio'r prawf beicio."),
    (HEAD, "Taith i'r llyfrgell: {Hywel} ac {Owain} oedd y cyntaf i ddewis llyfr am y llew a'r llygoden."),
    (PTA, "Gwobr seren y gegin i {Steffan} a {Llion} am glirio'r byrddau bob amser ⭐"),
    (SEC, "Bydd {Rhodri} ac {Ioan} yn canu 'Calon Lân' yn y cyngerdd haf."),
    (HEAD, "Diolch i {Lois} a {Chynan=Cynan} am eu caredigrwydd tuag at ein disgyblion newydd."),
    (PTA, "Da iawn {Tudur} ac {Idris} am greu'r faner newydd 🏴"),
    (SEC, "Mae {Catrin}, {Manon} a {Gwenno} wedi ennill gwobr am eu prosiect ar Afon Teifi."),
    (HEAD, "Dyma {Anest} a {Megan} yn cyflwyno eu gwaith ar y bryniau lleol."),
    (PTA, "{Noa}, {Leo} ac {Oli} wnaeth y cacennau gorau 🍪"),
    (SEC, "Cafodd y gân newydd ei chyfansoddi gan {Wawr=Gwawr} a {Haf} o Flwyddyn 6."),
    (HEAD, "Rhoddwyd y tlws i {Gelyn=Celyn} ac i {Dderwen=Derwen} am eu gwaith tîm."),
    (PTA, "Gair o ddiolch i {Ddewi=Dewi} a {Thegwen=Tegwen} am helpu yn y caffi 💛"),
    (SEC, "Llongyfarchiadau i {Linos=Llinos} am ennill y gadair yn eisteddfod yr ysgol!"),
    (HEAD, "Aeth y wobr am y gerdd orau i {Dirion=Tirion}; yn ail roedd {Afon}."),
    (PTA, "DA IAWN {HAF=Haf} A {SEREN=Seren}!!! 🎉🎉"),
    (PTA, "diolch i {eira=Eira} am y llun hyfryd o'r ysgol x"),
    (PTA, "Diolch am bopeth eleni! {#DaIawnGwawr=Gwawr} 💛"),
    (SEC, "{Bryn} a {Glyn} sydd wedi ennill y gystadleuaeth adeiladu Lego eleni."),
    (HEAD, "{Eira} yw ein Seren yr Wythnos!"),
    (PTA, "Llongyfarchiadau i deulu {Bryn} ar enedigaeth ei chwaer fach, {Enlli=?} 👶"),
    (HEAD, "{Glyn} – diolch am dy help gyda'r meicroffon. Seren!"),
    (SEC, "Bydd {Awel} yn cynrychioli Ceredigion yn y gala nofio; pob lwc iddi hi a {Gwern}!"),
    (HEAD, "Mae {Aeron} wedi casglu aeron o'r clawdd i wneud jam gyda'r dosbarth."),
    (PTA, "Our summer fair helpers: {Summer}, {Skye} and {Daisy} from Dosbarth Bedw. Diolch o galon!"),
    (SEC, "Mae {Mai} yn dathlu ei phenblwydd ym mis Mai – penblwydd hapus!"),
    (HEAD, "Roedd {Heulwen} yn llygad yr haul yn ein llun dosbarth, a {Haf} yn gwenu fel arfer."),
    # --- posts that use the same words as ordinary words, titles, places ---
    (SEC, "Mae'r haf wedi cyrraedd! Cofiwch eli haul a het bob dydd ☀️"),
    (HEAD, "Seren yr Wythnos: bydd y tystysgrifau yn cael eu rhannu yn y gwasanaeth ddydd Gwener."),
    (PTA, "Ffair yr Haf – dydd Sadwrn 20 Mehefin, 11yb tan 2yp. Dewch yn llu! 🎪"),
    (SEC, "Oherwydd yr eira, bydd yr ysgol ar gau heddiw. Cadwch yn ddiogel ❄️"),
    (HEAD, "Roedd gwên o glust i glust ar wyneb pawb yn y mabolgampau ddoe."),
    (PTA, "Awel y môr a hufen iâ – diwrnod perffaith ar draeth Llangrannog gyda'r CRhA!"),
    (SEC, "Bydd Dosbarth Celyn a Dosbarth Derwen yn ymweld â Llyn Celyn ddydd Iau."),
    (HEAD, "Gwawr newydd i Ysgol y Wawr: mae'r adeilad newydd ar agor o'r diwedd!"),
    (PTA, "Addurniadau celyn a thinsel ar werth yn y ffair Nadolig 🎄 Celyn ffres o'r fferm!"),
    (SEC, "Taith gerdded Blwyddyn 5 ar hyd glan yr afon ac i fyny'r bryn y tu ôl i'r ysgol."),
    (HEAD, "Diolch i bawb am ddod i'r cyngerdd. Roedd yr heulwen yn disgleirio arnom drwy'r dydd!"),
    (PTA, "Ydych chi wedi clywed y llinos yn canu ger y bwrdd adar? Mae'r plant wedi gwneud bwydwyr newydd 🐦"),
    (SEC, "Dosbarth Onnen: cofiwch ddod â dillad addas i'r goedwig ddydd Llun."),
    (HEAD, "Mae'r dderwen fawr ar dir yr ysgol dros 200 oed. Buom yn mesur ei boncyff heddiw."),
    (PTA, "Tir tirion, awyr las – noson braf ar gyfer y barbeciw! 🌭"),
    (SEC, "Gwasanaeth Heddwch: byddwn yn darllen Neges Heddwch ac Ewyllys Da yr Urdd ar 18 Mai."),
    (HEAD, "Enillodd côr yr ysgol y fedal aur yn yr eisteddfod!"),
    (PTA, "Noson ffilm: Y Llew, y Wrach a'r Cwpwrdd Dillad 🦁 Popcorn am £1."),
    (SEC, "Mae'r gwaith celf 'Enfys o Obaith' yn cael ei arddangos yn y neuadd."),
    (HEAD, "Roedd yr alaw werin a chwaraeodd y band pres yn hyfryd."),
    (PTA, "Plannu briallu ac eirlys yn yr ardd gymunedol – dewch â menig! 🌼"),
    (SEC, "Tymor yr Hydref yn dechrau ddydd Iau 4 Medi. Gwelwn ni chi ym mis Medi!"),
    (HEAD, "Mae'r Urdd yn dathlu pen-blwydd arbennig eleni – mis Mai prysur iawn!"),
    (PTA, "Gwers natur: ffion a rhosyn gwyllt yn tyfu ar y clawdd ger yr ysgol."),
    (SEC, "Bydd Blwyddyn 6 yn ymweld ag Aberaeron a Dyffryn Aeron ddydd Mawrth."),
    (HEAD, "Prosiect afon: mae'r plant wedi bod yn astudio Afon Teifi o'r tarddiad i'r môr."),
    (PTA, "Taith gerdded noddedig o Fryn Celyn i Lan-non ddydd Sul! 🚶"),
    (SEC, "Gwersyll yr Urdd Glan-llyn: bydd Blwyddyn 6 yn aros yno o 3 i 5 Mawrth."),
    (HEAD, "Llyfr y mis: 'Haf y Llwynog'. Mae'r plant wrth eu boddau gyda'r stori."),
    (PTA, "Cân yr wythnos: 'Seren Fach' 🎶 Canwch gyda ni!"),
    (SEC, "Mae angen i'r plant wisgo crys gwyn ar gyfer y ddawns Nadolig."),
    (HEAD, "Gwers y bore: beth yw ystyr yr enw Seren? Mae Seren yn golygu 'star' yn Saesneg!"),
    (PTA, "Holly and ivy wreaths for sale at the Christmas fair – £15 each 🎄 Torchau celyn ar werth!"),
    (SEC, "Summer term dates / Dyddiadau tymor yr haf: the term starts on Monday 14 April."),
    (HEAD, "Poppy Appeal: diolch am gefnogi apêl y pabi. We raised £210."),
    (PTA, "Daisy chains, ruby red strawberries and plenty of sunshine – what a summer fair!"),
    (SEC, "Amber weather warning for wind tomorrow. Rhybudd oren am wynt yfory."),
    (HEAD, "The willow tunnel in the garden is finally growing again! Mae'r twnnel helyg yn tyfu."),
    (PTA, "We hope to see you all at the quiz night. Gobeithio'ch gweld chi yno!"),
    (SEC, "Will you help at sports day? Bydd angen gwirfoddolwyr ar y cae."),
    (HEAD, "A robin has nested in the bike shed – mae'r robin goch wedi gwneud nyth!"),
    (PTA, "Rose garden planting with Mr Prys on Saturday. Dewch â rhaw!"),
    (SEC, "Holly class from our partner school and Dosbarth Celyn will sing together at the carol service."),
    (HEAD, "A wren was spotted by the river bank – mae'r dryw bach yn ôl!"),
    (PTA, "Grace before lunch, then the big picnic on the field! 🧺"),
    (SEC, "Year 6 residential to the Isle of Skye – letters home today."),
    (HEAD, "Cân y mis: 'Calon Lân'. Mae'r plant wedi dysgu'r pennill cyntaf."),
    (PTA, "Santes Dwynwen: cardiau ar werth yn y swyddfa, 50c yr un 💌"),
    (SEC, "Dydd Gŵyl Dewi Hapus! Gwisgwch wisg Gymreig ddydd Gwener."),
    (HEAD, "Roedd Taliesin yn fardd enwog yn y chweched ganrif. Buom yn darllen ei gerddi."),
    (PTA, "Macsen Wledig a 'Yma o Hyd' – pawb yn canu yn y disgo! 🎤"),
    (HEAD, "Buom yn dysgu am wlad Mali yng Ngorllewin Affrica."),
    (SEC, "Stori Adda ac Efa yn y gwasanaeth bore 'ma."),
    (PTA, "Nia Ben Aur – ein drama eleni! Tocynnau ar werth nawr 🎭"),
    (HEAD, "Roedd y llew yn y sw yn cysgu drwy'r dydd, ond roedd y plant wrth eu boddau."),
    (SEC, "Bydd Mr Glyn Parry yn arwain y côr eleni."),
    (HEAD, "Diolch i Miss Llinos am drefnu'r daith i Gwm Elan."),
    (PTA, "Diolch o galon i Mam-gu Heulwen am wau'r holl hetiau! 🧶"),
    (SEC, "Pa fath o ddillad sydd eu hangen? Dillad cynnes, esgidiau glaw a het."),
    (HEAD, "Hedd a hawddgarwch i bawb dros y Nadolig gan bawb yn Ysgol y Wawr."),
    (PTA, "Haf hyfryd i bawb! Welwn ni chi ym mis Medi ☀️"),
    (SEC, "Bydd gemau pêl-rwyd y sir yn Nyffryn Aeron ac yng Nglyn Ceiriog eleni."),
    (HEAD, "Os cari di ddarllen, dyma'r clwb i ti! Clwb llyfrau bob dydd Mercher."),
    (PTA, "Nest boxes made by Year 4 are now up in the trees. Blychau nythu 🪺"),
    (SEC, "Cain yw'r gair i ddisgrifio llawysgrifen y plant eleni – da iawn bawb."),
    (HEAD, "Cafodd y cae ei orchuddio'n wyn gan farrug bore 'ma."),
    (PTA, "Seren y Gegin – gwobr newydd i'r gwirfoddolwr gorau yn y caffi 😊"),
    (SEC, "Noson Gwawr a Machlud: taith seryddiaeth i deuluoedd."),
    (HEAD, "Mae'r gwern a'r deri ar lan yr afon yn gartref i lawer o adar."),
    (PTA, "Aeron a mafon ffres ar werth ar y stondin! 🍓"),
    (SEC, "Bydd Miss Gwawr yn casglu'r ffurflenni caniatâd erbyn dydd Gwener."),
    (HEAD, "Mae'r awel yn gryf heddiw, felly bydd amser chwarae yn y neuadd."),
    (PTA, "Eira mawr! Dim ysgol heddiw – mwynhewch y dyn eira ⛄"),
    (SEC, "Gwybodaeth am Fryn y Glyn: mae'r llwybr i'r ysgol ar gau dros dro."),
    (HEAD, "Seren y Sêr yw thema'r wythnos wyddoniaeth: dewch i weld y planedau!"),
    (PTA, "Stondin blodau: rhosyn coch £2, llond bwced o eirlys £5."),
    (SEC, "Glyn a Bryn yw enwau'r ddau gi defaid newydd ar fferm yr ysgol! 🐑"),
    (HEAD, "Mae'r llinos aur yn ymweld â'r ardd bob bore."),
    (PTA, "Ras Gŵyl yr Haf: cofrestrwch erbyn 1 Gorffennaf."),
    (SEC, "Tymor yr Haf 2027: dyddiadau pwysig ar wefan yr ysgol."),
    (HEAD, "Enfys hyfryd dros y cae ar ôl y glaw heddiw 🌈"),
    (PTA, "Mae Afon Aeron wedi gorlifo – byddwch yn ofalus ar y ffordd i'r ysgol."),
]

# Round 2: written after the first fixes, scored once before any change they prompted.
POSTS_2: list[tuple[str, str]] = [
    (SEC, "Enillodd {Haf} a {Glain} y ras gyfnewid yn y mabolgampau ddoe."),
    (HEAD, "Aeth {Bryn} ac {Afon} i gynrychioli'r ysgol yn y gystadleuaeth siarad cyhoeddus."),
    (PTA, "Cafodd {Seren} hwyl fawr yn y disgo – diolch am y lluniau, mam {Seren}! 💃"),
    (SEC, "Canodd {Eira} unawd yn y gwasanaeth a chwaraeodd {Awel} y ffliwt."),
    (HEAD, "Roedd {Gwen} yn wên i gyd wrth dderbyn ei thystysgrif."),
    (PTA, "Diolch i deulu {Celyn} am roi coeden Nadolig i'r neuadd 🎄"),
    (SEC, "Bydd {Heulwen}, {Llinos} ac {Onnen} yn darllen yn y gwasanaeth Diolchgarwch."),
    (HEAD, "Mae gwaith {Derwen} ar goed brodorol Cymru yn cael ei arddangos yn y coridor."),
    (PTA, "Pob lwc i {Hedd} yn y gystadleuaeth gwyddbwyll ddydd Sadwrn! ♟️"),
    (SEC, "Cyflwynwyd y darian i {Gari=Cari} a {Glain} gan y maer."),
    (HEAD, "Chwaraeodd {Llew} a {Tirion} yn wych i dîm pêl-droed yr ysgol."),
    (PTA, "Raffl y Pasg: {Enfys} (Bl 3) enillodd yr wy mawr! 🐣"),
    (SEC, "Llongyfarchiadau i {Alaw} ar gyrraedd rownd derfynol yr Urdd ar yr unawd telyn."),
    (HEAD, "Ysgrifennodd {Medi} stori am ddraig goch ac ysgrifennodd {Mai} gerdd am yr hydref."),
    (PTA, "Enillwyr y gystadleuaeth cacennau: {Rhosyn} a {Briallen}! 🍰"),
    (SEC, "Mae {Aur} a {Deri} wedi bod yn helpu yn y llyfrgell amser cinio."),
    (HEAD, "Well done to {Summer} and {River} for the fantastic science fair project!"),
    (PTA, "Thank you {Grace} for organising the bake sale with {Hope} – diolch ferched! 🧁"),
    (SEC, "Gwobr yr wythnos i {Ivy} am ei gwaith ar yr Eisteddfod."),
    (HEAD, "Roedd {Cain} a {Gwern} yn gyfrifol am y goleuadau yn y sioe."),
    (PTA, "Diolch o galon i {Teifi} a {Nest} am werthu'r tocynnau raffl."),
    (SEC, "Taith Blwyddyn 4 i'r amgueddfa: diolch i {Elain} am ei chwestiynau gwych."),
    (HEAD, "Rwy'n falch iawn o {Wyn}, a ddangosodd garedigrwydd mawr i ddisgybl newydd."),
    (PTA, "Ein gwirfoddolwyr bach: {Robin}, {Wren} a {Willow} 💚"),
    (SEC, "Bydd {Mererid} a {Non} yn cyflwyno'r cyngerdd nos Iau."),
    # ordinary words, titles, places, namesakes
    (SEC, "Heulwen a chawodydd heddiw – dewch â chot law rhag ofn."),
    (HEAD, "Cân y gwasanaeth yfory: 'Heulwen ar y Bryn'."),
    (PTA, "Ffair Haf CRhA: stondinau, castell neidio a hufen iâ. Croeso i bawb!"),
    (SEC, "Rhybudd eira: bydd bws yr ysgol yn gadael am 2 o'r gloch heddiw."),
    (HEAD, "Buom yn ymweld â Chapel Glan-yr-afon a Neuadd Pen-y-bryn ar ein taith hanes."),
    (PTA, "Diolch i Gaffi'r Llew am y cacennau ar gyfer y bore coffi ☕"),
    (SEC, "Bydd y daith i Lyn Brenig yn gadael yr ysgol am 9 o'r gloch."),
    (HEAD, "Mae'r llinos werdd a'r llinos bengoch i'w gweld yn yr ardd eleni."),
    (PTA, "Enfys o liwiau yn y ffair! Diolch i bawb a ddaeth i'r stondin paentio wynebau 🌈"),
    (SEC, "Sioe Nadolig: 'Seren Bethlehem' – nos Fercher am 6 o'r gloch."),
    (HEAD, "Mae'r coed derw, ynn a chelyn yn y goedwig wedi tyfu'n dda."),
    (PTA, "Cyngerdd yr Haf yn Neuadd y Dref ddydd Gwener am 7 – tocynnau £3."),
    (SEC, "Gwyliau hanner tymor: bydd yr ysgol ar gau o 26 Mai tan 30 Mai."),
    (HEAD, "Mae Afon Aeron yn rhedeg heibio i'r ysgol, ac mae'r plant wedi bod yn mesur ei llif."),
    (PTA, "Ras hwyl Bryn Glas – cofrestrwch erbyn dydd Llun! 🏃"),
    (SEC, "Cofiwch: Dydd Miwsig Cymru ddydd Gwener, gwisgwch ddillad lliwgar."),
    (HEAD, "Darllenais 'Llyfr Glas Nebo' gyda Blwyddyn 6 y tymor hwn."),
    (PTA, "Gwên ar wyneb pob plentyn yn y parti Nadolig – diolch Siôn Corn! 🎅"),
    (SEC, "Tîm rygbi Cymru yn erbyn Lloegr: bydd Mr Glyn Parry yn dangos y gêm yn y neuadd."),
    (HEAD, "Roedd gwawr hyfryd dros y bryniau ar ein taith i Langrannog."),
    (PTA, "Aur, arian ac efydd: medalau i bawb a gymerodd ran yn y ras hwyl!"),
    (SEC, "Ymweliad gan yr awdur Manon Steffan Ros ddydd Mawrth nesaf."),
    (HEAD, "Mae Miss Llinos Evans yn dathlu 20 mlynedd yn yr ysgol eleni. Diolch, Llinos!"),
    (PTA, "Summer is here! Hufen iâ ar ôl ysgol ddydd Gwener, 50c 🍦"),
    (SEC, "Please send in old holly and ivy decorations for the recycling project."),
]

def roster() -> list[dict[str, str]]:
    rows = []
    for i, pref in enumerate(WORD_NAMES + OTHER_NAMES):
        year = YEARS[(i * 5) % 7]
        last = "Puw" if pref == "Seren" else SURNAMES[(i * 7) % len(SURNAMES)]
        rows.append(builder.pupil(builder.pupil_id("YW", i + 1), FIRST.get(pref, pref), last, pref, year,
                                  CLASSES[year], consent_social_media="no" if i % 17 == 5 else "yes"))
    return rows


def main() -> None:
    pupils = roster()
    by_name = builder.ids_by_preferred_name(pupils)
    builder.write_school(HERE, pupils, STAFF)
    word_names = f" ({len(WORD_NAMES)} word names)"
    builder.write_marked_posts(HERE, POSTS, "ywa", by_name, pupils_note=word_names)
    second = HERE.parent / "ysgol-y-wawr-2"
    second.mkdir(exist_ok=True)
    for name in ("roster.csv", "staff.csv", "school.toml"):
        (second / name).write_bytes((HERE / name).read_bytes())
    builder.write_marked_posts(second, POSTS_2, "ywa2", by_name, pupils_note=word_names)


if __name__ == "__main__":
    main()
