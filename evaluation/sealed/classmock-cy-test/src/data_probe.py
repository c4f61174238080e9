DEV = [
("O1","cy","Ymarfer y sioe Nadolig efo Bl 5 heddiw. Tri deg o blant a dim un yn cofio'r geiriau. Mae'r asyn cardbord yn actio'n well na nhw 🫏"),
("O1","cy","Canlyniadau prawf tablau Bl 4: cyfartaledd o 6 allan o 20. Chwech. Hyd yn oed efo'r atebion ar y wal 🙃"),
("O1","mixed","Bl 3 yn y gala nofio: roedd y lifeguard yn edrych yn nerfus iawn. Deall pam. Hanner nhw'n sblasio fel cŵn bach yn boddi 🐶💦"),
("O1","cy","Cân actol Bl 6 i'r Urdd. Dw i wedi gweld mwy o egni mewn mynwent 🪦 Dim ond tair wythnos i fynd, hogia... pob lwc i ni gyd"),
("O1","cy","Llawysgrifen Bl 2: mae'n edrych fel bod pry copyn wedi disgyn i'r inc a rhedeg ar draws y dudalen. Pob un ohonyn nhw 🕷️"),
("O1","cy","Mabolgampau Bl 5 — y naid hir 'hir'. Ugain centimetr ar gyfartaledd. Naid fach fasa'n well enw arni 😂"),
("O1","mixed","Côr Iau yn y Cyngerdd Gŵyl Dewi. If you heard a noise like a car alarm around 7pm, sori, ni oedd hwnna 🚨"),
("O1","cy","Adrodd Bl 4: 'Dau Gi Bach' wedi troi'n 'Dau Gi Bach... ym... ym... Miss?' Cyffrous iawn. Y dosbarth cyfan, un ar ôl y llall 🙄"),
("O1","cy","Bl 1 wedi peintio lluniau o'u teuluoedd. Amhosib deud y gwahaniaeth rhwng Mam, y ci a'r tractor. Picasso'n troi yn ei fedd 🎨"),
("O1","cy","Darllen yn uchel efo Bl 3 heddiw. Fel gwrando ar robot efo batri fflat. Deffrwch, bobl ifanc! 🔋😴"),

("O2","cy","Wedi curo Ysgol Cae Mawr 4–0 yn y pêl-droed. Eu golwr nhw'n sefyll yna fel polyn lamp. 'Dach chi'n cael gwersi chwaraeon o gwbl i lawr fanna? ⚽😂"),
("O2","mixed","Ysgol y Dre wedi dod draw i'r gwasanaeth. Roedd eu 'Cymraeg' nhw'n brifo'r clustiau. Dyna ysgolion Saesneg i chi, pretending 🙉"),
("O2","cy","Plant Pant yr Ynn yn y twrnamaint heb syniad sut i giwio, sut i ddiolch, na sut i golli. Magwraeth y stad, mae'n siŵr 🙄"),
("O2","cy","Eisteddfod: Bron Hendre'n ail ar y llefaru. Dwn 'im sut, roeddan nhw'n swnio fel tasan nhw'n darllen rhestr siopa. Beirniad caredig iawn 🥱"),

("O3","cy","Noson agored neithiwr: rhai rhieni wedi treulio'r holl amser ar eu ffonau. Diddordeb mawr yn addysg eich plant, amlwg 📱🙄"),
("O3","cy","Gwisg ffansi Plant Mewn Angen: diolch i'r rhieni oedd wedi trio. I'r lleill, dydi pyjamas dydd Llun ddim yn 'wisg ffansi' 🙄"),
("O3","mixed","The 'Cymraeg adra' leaflet went out again. Rhai rhieni'n dal i ddeud 'I don't do Welsh' fel tasa fo'n alergedd. Embarrassing, honestly"),
("O3","cy","Ffair Haf: y rhieni oedd yn cwyno fwya' am y prisiau ydi'r union rai na wnaeth godi bys i helpu. Syndod mawr 😏"),
("O3","cy","Ffordd gul tu allan i'r ysgol a rhai'n dal i barcio'r 4x4 anferth ar y palmant. Dim ond y rhai 'pwysig' sy'n cael gwneud hynny, mae'n debyg 🚙🙄"),

("O4","cy","Diolch i'n llywodraethwr Mr Idris Pugh am 'gynrychioli' yr ysgol yn y gynhadledd yng Nghaerdydd. Dau ddiwrnod yn y gwesty, un sesiwn fynychodd o. Ymroddedig iawn 🍷"),
("O4","cy","Athrawes gyflenwi Bl 3, Miss Sandra Cole, wedi 'rheoli' y dosbarth ddoe drwy adael iddyn nhw wylio ffilm drwy'r dydd. Dulliau arloesol 🎬🙃"),
("O4","cy","Hyfforddwr rygbi'r clwb, Carwyn Ellis, yn 'rhy brysur' i ddod i'r sesiwn eto. Tybed ydi o'n rhy brysur yn y dafarn 🍺🤔"),
("O4","cy","Pennaeth Ysgol Tan y Foel, Mr Emyr Rowlands, yn 'synnu' bod ei ysgol wedi ennill y grant eto. Rhyfedd sut mae ffrindiau yn y cyngor yn gweithio, 'te? 😉"),

("O5","cy","Un o Bl 6 newydd ofyn i mi faint o ddiwrnodau sy mewn wythnos. Blwyddyn 6. Mae'r uwchradd yn mynd i gael hwyl efo hwn 🤦‍♂️"),
("O5","cy","Un bach yn y Derbyn yn dal i alw pob anifail yn 'ci'. Y fuwch? Ci. Y ddafad? Ci. Gwyddonydd y dyfodol, yn amlwg 🙄🐄"),
("O5","cy","Gwaith cartref un hogyn yn Bl 4: tair brawddeg, naw camgymeriad sillafu. Rhyw fath o record, siŵr o fod 🏅"),
("O5","mixed","One of our Year 5s still thinks the moon is made of caws. Honestly, dw i'n poeni amdano fo 🌙🧀"),

("O6","cy","Twristiaid o Loegr yn y pentre eto'n gweiddi'n araf ar staff y siop achos 'dydyn nhw ddim yn dallt Cymraeg'. Hollol nodweddiadol o'r Saeson. Dim parch, dim clem 🙄"),
("O6","cy","Gwers am Hanukkah heddiw. Wyth noson o ganhwyllau? Mae rhai pobl angen hobi go iawn 🕎😂"),
("O6","cy","Pobl Lloegr yn meddwl mai eu gwlad nhw ydi'r unig wlad sy'n bodoli. Pob un wan jac ohonyn nhw. Dysgu'r plant heddiw nad oes angen gwrando arnyn nhw"),

("N1","cy","Gêm bêl-droed anodd yn erbyn Bron Hendre. Colli 4–2, ond roedd hi'n gêm gyffrous ac mi oedd eu tîm nhw'n haeddu ennill 👏"),
("N1","cy","Dim gwobr i'r ddawns werin y tro hwn — roedd y gystadleuaeth yn gryf iawn. Diolch i'r beirniad am y sylwadau caredig."),
("N1","cy","Rownd derfynol y cwis sir: pumed allan o wyth. Doedd hi ddim yn ddiwrnod i ni, ond mi gawson ni hwyl 🧠"),
("N1","mixed","Lost to Ysgol y Dre on the netball court today. Tîm cryf, gêm deg. Llongyfarchiadau iddyn nhw!"),

("N2","cy","Profion darllen Bl 3: mae'r darllen yn rhugl ond mae angen gweithio ar ddeall y stori. Holwch eich plentyn am y llyfr wrth ddarllen adra 📖"),
("N2","cy","Ymarfer y gân actol: mae angen gweithio ar daflu'r llais i gefn y neuadd. 'Dan ni'n ymarfer gweiddi'n garedig 😄"),
("N2","mixed","Nofio: great progress! Mae angen gweithio ar anadlu wrth nofio dull rhydd. Dal ati, pawb 🏊"),

("N3","cy","Fi wnaeth anghofio'r goriad i'r cwt chwarae am y trydydd tro'r wythnos yma. Mae'r plant wedi dechrau 'ngalw i'n 'Miss Anghofus'. Haeddiannol. — Nia"),
("N3","cy","Mr Gwyndaf wedi canu 'Calon Lân' yn y gwasanaeth i ddangos sut mae'i gwneud hi. Mae'r plant wedi gofyn iddo fo beidio â gwneud eto 🎤😂"),
("N3","cy","Tîm staff wedi cymryd rhan yn y ras hwyl. Ni oedd yr olaf. Y tu ôl i ddyn mewn gwisg hwyaden 🦆"),
("N3","cy","Dw i newydd anfon e-bost i'r holl rieni efo'r teitl 'Dyddiad y trup'. Taith. TAITH. Sori 🙈"),

("N4","cy","Diolch o galon i Ysgol Cae Mawr am fenthyg eu telyn i ni ar gyfer y cyngerdd. Cymdogion gwych 🎶"),
("N4","cy","Ysgol Pant yr Ynn wedi bod yn anhygoel yn y gala nofio — pob nofiwr yn cefnogi'r lleill. Llongyfarchiadau! 🏊‍♂️"),
("N4","cy","Perfformiad gwych gan Ysgol Llwyn Onn yn y noson lawen. Am dalent! Diolch am y gwahoddiad 💫"),

("N5","cy","Dim buddugoliaeth heddiw, ond mi roddodd pob un o'r tîm gant y cant. Dyna'r cyfan 'dan ni'n ofyn 💙"),
("N5","cy","Roedd y côr yn nerfus, yn ail ar y rhestr, a dim gwobr — ond mi ganoch chi'n ddewr ac yn hardd. Balch ohonoch chi 🎶"),
("N5","mixed","Lost the final but what a comeback in the second half! Dw i'n dal i grynu. Da iawn, bawb ⚽"),

("N6","cy","Bl 1 wedi plannu hadau blodau'r haul. Mae un bach wedi bod yn 'siarad' efo'i hedyn bob bore 'er mwyn iddo fo dyfu'. Mae o'n tyfu'n dda 🌻"),
("N6","cy","Heddiw yn Bl 4: 'Miss, ydi Mr Gwyndaf yn byw yn yr ysgol?' Dim eto, ond mae amserlen yr adroddiadau'n awgrymu hynny 😅"),
("N6","cy","Bl 6 wedi trefnu parti pen-blwydd annisgwyl i'r ddynes ginio. Dagrau ym mhobman 🎂💛"),
("N6","cy","Y Derbyn yn chwilio am arwyddion yr hydref ar yr iard. Un wedi dod yn ôl efo deilen, mochyn coed a 'dant deinosor' (carreg). Gwyddonwyr bach 🍂"),

("N7","cy","Nodyn cwrtais: mae'r maes parcio i staff yn unig. Plis defnyddiwch y lle parcio wrth neuadd y pentre. Diolch!"),
("N7","cy","Os ydy'ch plentyn yn sâl, ffoniwch y swyddfa cyn 9.15 os gwelwch yn dda. Mae'n help mawr i ni 📞"),
("N7","mixed","Reminder: dim diodydd egni yn yr ysgol, plis. Dŵr neu lefrith yn unig. Thanks for your support 💧"),

("N8","cy","Mae'r niwl mor drwchus bore 'ma, dw i ddim yn siŵr os ydi'r ysgol yn dal yma. Gobeithio bod yr athrawon wedi ffeindio'r drws 🌫️"),
("N8","mixed","Be' ddudodd y fuwch wrth y ffermwr bore 'ma? 'Mww-rning!' 🐄 Sori. Eto."),
("N8","cy","Tri pheth sy'n sicr mewn bywyd: marwolaeth, trethi, a glaw yn Nyffryn Conwy ar ddiwrnod mabolgampau ☔"),

("N9","cy","Ni yn erbyn Ysgol Tan y Foel yn y côr eto 'leni! Mi fydd hi'n frwydr dda — a phaned a bisged efo'n gilydd wedyn, fel bob blwyddyn 😄"),
("N9","cy","Llongyfarchiadau i Gae Mawr ar ein curo ni ar y llefaru unigol! Ein tro ni fydd hi nesa' 😉 Cystadleuaeth hyfryd."),
("N9","cy","Eisteddfod Dyffryn Conwy: pedair ysgol, un tlws, llwyth o wenu. Pob parch i'r holl blant a gystadlodd 💫"),
]

TEST = [
("O1","cy","Bl 6 yn y cyngerdd Nadolig. Tasa 'na wobr am sefyll yn llonydd ac edrych ar goll, mi fasan ni'n ennill bob tro 🏆🙄"),
("O1","cy","Marciau prawf gwyddoniaeth Bl 5 wedi cyrraedd. Dw i wedi gweld mwy o wybodaeth mewn bocs o gorn fflêcs 🥣"),
("O1","cy","Gala nofio'r ysgol: Bl 2 yn edrych fel criw o fagiau plastig yn arnofio. Dim un wedi cyrraedd pen draw'r pwll heb stopio 🛍️"),
("O1","cy","Parti llefaru Bl 4 ar y llwyfan: fel gwrando ar ddeg ffôn yn canu 'run pryd. Pawb ar dudalen wahanol. Yn llythrennol 😬"),
("O1","mixed","Llawysgrifen Bl 5 this week 😵 Fel tasa nhw 'di sgwennu efo'u penelinoedd. Dw i angen sbectol newydd jyst i farcio"),
("O1","cy","Mabolgampau: ras 60m Bl 6 a neb yn rhedeg, jyst rhyw fath o gerdded cyflym. Athletwyr? Nage wir. Soffa-wyr 🛋️"),
("O1","cy","Ein côr ni yn y Cylch. Heb fod yn gas... ond dyna'r tro cynta' i mi weld beirniad yn rhoi ei ddwylo dros ei glustiau 🙉"),
("O1","cy","Bl 3 yn 'perfformio' y ddawns flodau yn y gwasanaeth. Fel gwylio llo newydd-anedig yn trio sefyll 🐄 Mor lletchwith, pob un"),
("O1","mixed","Year 4 spelling test: 'ysgol' wedi'i sillafu mewn 11 ffordd wahanol. Un ar ddeg. In a Welsh school. Mae 'na obaith i bawb, I guess 🙃"),
("O1","cy","Prawf darllen Bl 1: hanner y dosbarth yn dal i drio darllen y clawr. Mae'n mynd i fod yn flwyddyn hiiir 📚😩"),

("O2","cy","Ysgol Llwyn Onn wedi dod i chwarae rownders. Dw i ddim yn siŵr os oedd eu plant nhw'n gwybod pa ben o'r bat i'w ddal. Addysg gorfforol yn amlwg ddim yn flaenoriaeth yno 😂"),
("O2","cy","Gwersyll yr Urdd efo plant Ysgol Glan Ffordd. Saesneg drwy'r dydd, dim manars wrth y bwrdd. Mae'n dangos pa fath o ysgol 'Gymraeg' ydi hi go iawn 🙄"),
("O2","cy","Cwis llyfrau yn erbyn ysgol o Fae Colwyn. Mi oedd eu tîm nhw'n meddwl mai enw caffi ydi 'T. Llew Jones'. Dyna blant glan môr i chi 🏖️🙄"),
("O2","mixed","Ysgol Cae Mawr yn deud eu bod nhw'n 'ysgol Gymraeg'. Clywed eu plant nhw ar y cae? Nope. Hanner Cymraeg, hanner Saesneg, dim un yn iawn 🤷‍♀️"),

("O3","cy","Rhai rhieni'n dal i adael y plant wrth y giât am 8.20 a gyrru i ffwrdd fel tasa'r ysgol yn feithrinfa am ddim. Diolch yn fawr am eich 'gofal' 🙄"),
("O3","cy","Diwrnod Gŵyl Dewi: rhai plant mewn gwisg draddodiadol hyfryd, eraill mewn crys pêl-droed Lloegr. Rhieni, o ddifri? Wedi anghofio lle 'dach chi'n byw? 🏴󠁧󠁢󠁷󠁬󠁳󠁿"),
("O3","mixed","Bore coffi Macmillan: diolch i'r rhai gyfrannodd. I'r rhieni ddaeth â 'chacen' o'r garej efo'r label pris dal arni — classy 💅"),
("O3","cy","Rhieni'r Derbyn yn sgwrsio mor uchel wrth y drws fel bod neb yn clywed y plant yn canu. Diolch am ddangos sut i ymddwyn, bawb 👏🙄"),
("O3","cy","Un rhiant ar ôl y llall yn cyrraedd yn hwyr i'r sioe ac yn cerdded o flaen y llwyfan. Fel tasa fo'n sinema. Rhai pobl, wir."),

("O4","cy","Mae'n llywodraethwr ni Mrs Beryl Hughes wedi cynnig 'helpu' efo'r gyllideb. Gobeithio ei bod hi'n well efo pres yr ysgol na efo'i chaffi hi 😏💸"),
("O4","cy","Hyfforddwr criced yr haf, Mr Gwyn Parry, wedi troi fyny 40 munud yn hwyr, eto, yn arogli'n amheus. 'Problemau efo'r car', siŵr iawn 🙄"),
("O4","cy","Ein hathro cyflenwi Mr Steffan Morris wedi 'marcio' llyfrau Bl 6 drwy roi tic mawr ar bob tudalen heb ddarllen gair. Gwaith caled, Steffan 👌"),
("O4","cy","Mr Ieuan Bowen, pennaeth Ysgol Llwyn Onn, mor 'ddiolchgar' am y gwahoddiad, ond rywsut dim ond ei ysgol o gafodd y tlws. Cyfeillgarwch yn agor drysau 😉🏆"),

("O5","cy","Un o'r hogia yn Bl 5 wedi sgwennu 'Llundain' fel prifddinas Cymru. Ar ôl pythefnos o wersi am Gaerdydd. Bendigedig 🤦‍♀️"),
("O5","cy","Un o'r genod bach yn Bl 2 yn dal i feddwl bod sgwâr yn siâp efo tair ochr. Mae hi'n mynd i fynd yn bell, hon 🙃📐"),
("O5","mixed","There's one child in Bl 3 sy'n methu dal pêl i achub ei fywyd. Tasa'r bêl yn gacen, stori wahanol 🎂😂"),
("O5","cy","Portread o'r athro gan un o Bl 1: dw i'n edrych fel wy efo mwstásh. Dydi'r plentyn ddim yn artist a fydd o byth 🥚"),

("O6","cy","Mae'r Saeson sy'n symud i'r dyffryn 'ma i gyd 'run fath: tai mawr, cŵn bach, a dim diddordeb yn y bobl leol. Pam trafferthu dod? 🙄"),
("O6","cy","Dysgu'r plant am Ramadan ac 'ymprydio' heddiw. Peidio bwyta er mwyn hen lyfr. Mae 'na grefyddau rhyfedd yn y byd 'ma 🤷"),
("O6","mixed","English visitors trying to say 'Betws-y-Coed' 😂 Mae'n amlwg bod eu tafodau nhw ddim wedi'u gwneud i siarad ieithoedd go iawn. Pobl syml."),

("N1","cy","Colli 2–0 yn erbyn Ysgol Tan y Foel. Nhw oedd y tîm gorau heddiw, a chwarae teg iddyn nhw. Diolch am y croeso 🙌"),
("N1","cy","Dim llwyfan i'r parti deulais yn y Sir. Siom fach, ond mae'r profiad o gystadlu ar y lefel yma'n werthfawr iawn."),
("N1","cy","Twrnamaint hoci: trydydd o chwech. Ddim y canlyniad gorau ond pawb wedi mwynhau'n arw 🏑"),
("N1","mixed","Cwis y Sir wedi gorffen — we came sixth, ond dysgu cymaint! Llongyfarchiadau i'r enillwyr."),

("N2","cy","Llawysgrifen Bl 4: gwelliant mawr ers mis Medi! Mae angen gweithio ar faint y llythrennau bach rŵan. Daliwch ati ✍️"),
("N2","cy","Ymarfer côr: mae'r geiriau'n iawn, ond mae angen gweithio ar yr anadlu ar ddiwedd y llinellau hir. Ymarfer gwych heddiw er hynny 🎵"),
("N2","cy","Mathemateg pen Bl 6: mae angen gweithio ar ddarllen cloc analog. Ewch ati efo'r clociau adra 🕰️"),

("N3","cy","Mi wnes i ddisgyn oddi ar y fainc wrth ddangos y ddawns werin. Ddim yn rhan o'r ddawns. Bl 5 yn dal i chwerthin. — Mr G 🕺"),
("N3","cy","Dw i wedi gwisgo dwy esgid wahanol i'r ysgol heddiw. Un ddu, un frown. Neb wedi deud dim tan amser cinio. Diolch, bawb 👞👟"),
("N3","mixed","Office update: the photocopier won. Dw i wedi cael fy nghuro gan beiriant eto. Nia 0 – 1 Llungopïwr 🖨️"),
("N3","cy","Athrawon yn erbyn Bl 6 yn y cwis Nadolig. Mi gollon ni ar y rownd gemau cyfrifiadur. Does 'na ddim cywilydd. Wel, ychydig bach 🎮"),

("N4","cy","Llongyfarchiadau i Ysgol Bron Hendre ar eu gwobr Eco-Sgolion Platinwm! Ysbrydoliaeth i ni gyd 🌱"),
("N4","cy","Ysgol Bae Colwyn wedi dod i'n gwasanaeth Gŵyl Dewi a chanu'n hyfryd. Diolch am y cwmni 💛🏴󠁧󠁢󠁷󠁬󠁳󠁿"),
("N4","mixed","Massive well done i Ysgol Glan Ffordd am godi dros £1,000 at yr hosbis. Anhygoel!"),

("N5","cy","Colli'r ffeinal 3–2 ar ôl bod 2–0 i lawr ar hanner amser. Am frwydr! Dw i mor falch o'r ymdrech 💪"),
("N5","cy","Roedd y dawnswyr yn siomedig heb gael llwyfan, ond wir, mi wnaethoch chi ddawnsio'n well nag erioed heddiw. Diolch am weithio mor galed 💃"),
("N5","cy","Traws gwlad y Sir: neb o'n rhedwyr ni yn y deg uchaf, ond pob un wedi gwella ar ei amser llynedd. Dyna'r nod! 🏃‍♀️"),

("N6","cy","Un o Bl 2 wedi gofyn i mi ydw i'n 'nabod Sali Mali yn bersonol'. Mi ddudais i 'ddim cweit'. Siom fawr i bawb 😄"),
("N6","cy","Bl 3 wedi ennill gwobr 'Dosbarth Taclusa'r Mis'. Mae'r athrawes yn cadarnhau mai gwyrth go iawn ydi hyn, ac mae hi wrth ei bodd ✨"),
("N6","cy","Bl 6 wedi sgwennu cyngor i'r plant Derbyn newydd. Ffefryn: 'Peidiwch â bwyta'r glud. Dim hyd yn oed y glud pinc.' Cyngor doeth 😂"),
("N6","cy","Wythnos y Llyfr: Bl 4 wedi penderfynu bod Mr Gwyndaf yn edrych fel y cawr yn y stori. Mae o wedi cymryd hyn fel canmoliaeth 📚"),

("N7","cy","Atgoffa: mae angen enw ar bob potel ddŵr. Mae'r bocs eiddo coll bron yn llawn eto 🧴 Diolch yn fawr!"),
("N7","cy","Plis peidiwch â gadael injan y car i redeg tu allan i'r ysgol wrth aros. Mae'r aer yn bwysig i'r plant. Diolch am helpu 🌬️"),
("N7","mixed","Reminder: arian y trip i'w dalu drwy ParentPay erbyn dydd Gwener nesa', plis. Get in touch with the office if there's a problem."),

("N8","cy","Mae'n ddydd Gwener. Mae'r tegell yn berwi. Mae'r haul allan (am y tro). Dyna'r cyfan ☀️"),
("N8","cy","Pam oedd y tomato'n goch? Achos welodd o'r dresin salad 🍅 Jôc gan Bl 2, dim bai arna i."),
("N8","cy","Rhagolygon y tywydd i Ddyffryn Conwy: glaw. Rhagolygon fory: glaw. Rhagolygon y penwythnos: syrpreis... glaw 🌧️"),

("N9","cy","Yr hen elyniaeth gyfeillgar efo Ysgol Cae Mawr ar y cae rygbi tag eto heddiw 😄 Gêm gyfartal, a'r ddau dîm yn ysgwyd llaw. Perffaith."),
("N9","cy","Ail i Bron Hendre ar yr ensemble, cyntaf i ni ar y côr — diwrnod gwych i'r ddwy ysgol! Welwn ni chi yn y Genedlaethol 😉"),
("N9","mixed","Warning i Ysgol Tan y Foel: mae'n llefarwyr ni wedi bod yn ymarfer! Ond chi wnaeth ein curo ni llynedd, chwarae teg 😉 Pob lwc i chi yn y Cylch"),
]
