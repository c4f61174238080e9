# Test set posts: Ysgol Gymraeg Glan Tywi (Llandeilo, Carmarthenshire, Welsh-medium) = GTY
# and Brookmead Primary School (Hythe, Kent) = BM.
# (school, voice, lang, family, live, text, alt)
POS = [
# --- now / live / check-in
("GTY","trip","cy","now",1,"Dyn ni yng Ngardd Fotaneg Genedlaethol Cymru nawr! 🌺 Blwyddyn 2 yn y Tŷ Gwydr Mawr yn chwilio am flodau o Chile.",None),
("GTY","trip","cy","now",1,"Ar hyn o bryd mae Blwyddyn 5 ar draeth Cefn Sidan yn mesur y twyni – gwynt o'r gorllewin a digon o dywod yn y brechdanau! 😂",None),
("GTY","trip","cy","now",1,"Helo o Gastell Dinefwr! 🏰 Blwyddyn 4 newydd gyrraedd y tŵr crwn, cinio yn y parc ceirw am 12:30.",None),
("GTY","trip","cy","now",1,"Yn fyw o faes Eisteddfod yr Urdd ym Meifod! Mae'r côr cerdd dant ar fin mynd ar y llwyfan – Llwyfan Coch, tua 2:10. Pob lwc! 🎶",None),
("GTY","pe","mixed","now",1,"📍 Parc Gwledig Pen-bre / Pembrey Country Park. Blwyddyn 6 ar y llethr sgïo nawr – Year 6 on the dry ski slope right now ⛷️",None),
("GTY","trip","cy","now",1,"Bore da o Farchnad Caerfyrddin! Y Dosbarth Derbyn yn prynu afalau a chaws ar gyfer y picnic – dyn ni yma tan 11.",None),
("GTY","head","cy","now",1,"Mae'r Cyngor Ysgol yn Neuadd y Sir, Caerfyrddin y prynhawn 'ma yn cwrdd â'r Maer. Balch iawn ohonyn nhw!",None),
("GTY","trip","cy","now",1,"Yn fyw o Lyn Llech Owain: mae Blwyddyn 3 yn gwneud celf tir ger y llyn ar hyn o bryd 🍂",None),
("GTY","trip","mixed","now",1,"Newydd gyrraedd Rheilffordd Gwili! All aboard – Blwyddyn 1 ar drên 11:00 o Fronwydd Arms.",None),
("BM","trip","en","now",1,"We're on the Harbour Arm in Folkestone right now! Year 4 sketching the lighthouse before the tide turns 🎨",None),
("BM","trip","en","now",1,"Live from the lifeboat station at Littlestone — Year 2 are sitting in a real lifeboat as we speak! 🚤",None),
("BM","trip","en","now",1,"📍 Dover Castle. Year 6 have just gone into the secret wartime tunnels. No signal underground so updates later!",None),
# --- alt text evidence
("GTY","trip","cy","alt",1,"Gwenu o glust i glust 😁","Plant Blwyddyn 2 yn padlo yn yr afon ym Mharc Dinefwr y bore 'ma"),
("GTY","pe","cy","alt",1,"Tîm gwych!","Tîm rygbi tag yr ysgol ar gae Parc y Scarlets cyn y gêm gyntaf am 10 heddiw"),
("BM","trip","en","alt",1,"Not a bad spot for a lesson 🐚","Year 3 pupils rock-pooling on the beach at Hythe this afternoon"),
# --- timetable with pick-up point and time
("GTY","office","cy","timetable",1,"Taith Blwyddyn 6 i Sain Ffagan ddydd Mercher: gadael maes parcio Ffair-fach am 8:00, yn yr amgueddfa 9:45–2:30, yn ôl yn Ffair-fach erbyn 4:15.",None),
("GTY","office","cy","timetable",1,"Cofiwch: Dosbarth Derbyn i Folly Farm ddydd Iau, 10 tan 2. Bydd y bws yn casglu wrth Neuadd y Dref, Llandeilo am 9:30.",None),
("GTY","office","mixed","timetable",1,"Taith i Gastell Carreg Cennen ddydd Gwener 14 Mehefin. Meet at the castle car park at 9.45, cerdded at y castell am 10, picnic ar y fferm am 12.",None),
("GTY","office","cy","timetable",1,"Gwersyll yr Urdd Llangrannog – bws yn gadael gorsaf drenau Llandeilo am 9 fore Llun, ac yn dychwelyd yno am 3:30 brynhawn Mercher.",None),
("GTY","head","cy","timetable",1,"Ymweliad Blwyddyn 5 â Llyfrgell Rhydaman ddydd Mawrth nesaf: cyrraedd 10:15, sesiwn gyda'r awdur 10:30, gadael am 12.",None),
("BM","office","en","timetable",1,"Year 5 Canterbury trip, Tuesday 12 March: coach leaves Hythe Green at 8.30, Cathedral tour 10–11.30, lunch in Westgate Gardens, back at Hythe Green 3.45.",None),
("BM","office","en","timetable",1,"Year 1 are off to Wildwood on Friday! Drop-off at the Red Lion Square bus stop by 8.50, home to the same stop about 3.",None),
("BM","office","en","timetable",1,"Year 6 Kingswood residential: coach bays at Folkestone Central station, 9am Monday; pick-up from the same place 2pm Friday.",None),
# --- fixtures
("GTY","pe","cy","fixture",1,"Gêm bêl-rwyd yn erbyn Ysgol Pen-y-Garn ddydd Mawrth – dechrau am 4 ar gyrtiau Canolfan Hamdden Rhydaman.",None),
("GTY","pe","mixed","fixture",1,"Twrnamaint rygbi tag Sir Gâr ddydd Sadwrn ym Mharc y Scarlets, Llanelli – gêm gyntaf 9:20 ar gae 4. Good luck team, pob lwc bois a merched!",None),
("GTY","pe","cy","fixture",1,"Ras traws gwlad yr ysgolion cynradd – Parc Dinefwr, ddydd Iau, ras merched Bl. 5/6 am 1:45 ger Tŷ Newton. Dewch i gefnogi!",None),
("BM","pe","en","fixture",1,"Football: Brookmead v Saltwood, Wednesday 3.45 kick-off at The Grove playing fields, Seabrook. Spectators welcome.",None),
("BM","pe","en","fixture",1,"Swimming gala at Hythe Pool, Friday 6pm (doors 5.30). Team list is on the app.",None),
("BM","pe","en","fixture",1,"Quicksticks hockey festival on the Folkestone School for Girls astro, Thursday 1–3pm. Year 4 squad, PE kits on.",None),
# --- public performance
("GTY","head","cy","performance",1,"Bydd côr yr ysgol yn canu yng Ngŵyl Gerdd Dinefwr, Eglwys Sant Teilo, nos Sadwrn 8 Mehefin am 7:00.",None),
("GTY","pta","mixed","performance",1,"Gŵyl Ddewi Caerfyrddin: bydd parti dawnsio gwerin yr ysgol yn perfformio ar Sgwâr Nott am 11:30 ddydd Gwener. Dewch i'n gweld – come and watch!",None),
("GTY","head","cy","performance",1,"Bydd Blwyddyn 6 yn canu carolau yng Nghartref Gofal Tŷ Cennen ddydd Mercher am 2, ac wedyn ar y Stryd Fawr am 3.",None),
("GTY","pta","cy","performance",1,"Ymunwch â ni yn Sioe Sir Gâr! Bydd y parti llefaru ar lwyfan y babell Gymraeg am 12:15, ddydd Mercher 7 Awst.",None),
("BM","pta","en","performance",1,"Our choir are singing on the Leas bandstand in Folkestone as part of the summer concerts, Sunday at 2pm.",None),
("BM","head","en","performance",1,"Year 6 will read their war poems at the Hythe war memorial service on Sunday 10 November at 10.45.",None),
# --- regular routines
("GTY","office","cy","routine",1,"Nofio i Flwyddyn 3 a 4 bob dydd Llun, 1:15–2:15, yng Nghanolfan Hamdden Rhydaman y tymor hwn.",None),
("GTY","head","cy","routine",1,"Ysgol Goedwig bob dydd Iau 9:30–12 yng Nghoed Penlan i Flwyddyn 1. Hen ddillad ac esgidiau glaw!",None),
("GTY","office","mixed","routine",1,"Bws cerdded / walking bus: bob bore Mawrth a bore Iau, yn gadael Sgwâr Ffair-fach am 8:25 – volunteers welcome!",None),
("GTY","pe","cy","routine",1,"Clwb Beicio Blwyddyn 5 bob nos Fercher 4–5 ar Lwybr Dyffryn Tywi rhwng Abergwili a Nantgaredig.",None),
("GTY","head","cy","routine",1,"Bob prynhawn Gwener am 1:30 mae Blwyddyn 6 yn helpu yn y banc bwyd yng Nghapel Newydd, Heol Caerfyrddin.",None),
("BM","head","en","routine",1,"Forest School every Tuesday 1–3pm at Brockhill Country Park for Oak class this half term.",None),
("BM","pe","en","routine",1,"Year 2 swim every Wednesday at 10.30 at Hythe Pool this term, walking down via Stade Street.",None),
# --- planned routes with a time window
("GTY","pta","cy","route",1,"Taith gerdded noddedig ddydd Sul: o Barc Dinefwr i Gastell Dryslwyn, cychwyn am 10, cyrraedd tua 1. Dewch i godi llaw!",None),
("GTY","head","cy","route",1,"Gorymdaith Gŵyl Dewi: byddwn yn cerdded o'r ysgol i lawr Heol Rhosmaen i Eglwys Sant Teilo rhwng 10 a 10:30 fore Gwener.",None),
("BM","pta","en","route",1,"Sponsored beach walk on Saturday: Hythe to Sandgate along the seafront, 10am–12, Years 3 to 6 with their grown-ups.",None),
]

NEG = [
# --- Welsh past tense
("GTY","trip","cy","past_cy",0,"Aethon ni i Gastell Carreg Cennen ddydd Gwener – dringo, ogof dywyll a llawer o chwerthin. Diolch i'r rhieni!",None),
("GTY","head","cy","past_cy",0,"Buon ni'n plannu coed ym Mharc Dinefwr gyda'r Ymddiriedolaeth Genedlaethol yr wythnos diwethaf. 🌳",None),
("GTY","trip","cy","past_cy",0,"Cawson ni ddiwrnod bendigedig yn yr Ardd Fotaneg ddoe. Da iawn Blwyddyn 2!","Plant yn edrych ar flodau yn y tŷ gwydr ddoe"),
("GTY","head","cy","past_cy",0,"Llongyfarchiadau i'r côr ar ddod yn gyntaf yn Eisteddfod yr Urdd ddoe! 🥇",None),
("GTY","office","cy","past_cy",0,"Buodd Blwyddyn 4 ar Reilffordd Gwili ddydd Mawrth diwethaf. Roedd y gyrrwr trên yn arbennig o garedig.",None),
("GTY","head","cy","past_cy",0,"Dychwelodd Blwyddyn 6 o Langrannog neithiwr – wedi blino'n lân ond yn hapus iawn.",None),
("GTY","pe","mixed","past_cy",0,"Sgïo ym Mhen-bre oedd uchafbwynt y tymor! Year 6 skied at Pembrey last week – diolch i'r hyfforddwyr.",None),
("GTY","head","cy","past_cy",0,"Cerddodd y Cyngor Ysgol i Neuadd y Dref y mis diwethaf i drafod sbwriel gyda'r cynghorwyr.",None),
("GTY","pe","cy","past_cy",0,"Aeth y tîm rygbi tag i Barc y Scarlets ddydd Sadwrn a chyrraedd y rownd gynderfynol. Gwych!",None),
("GTY","head","cy","past_cy",0,"Canodd plant Blwyddyn 1 yn y cartref gofal cyn y Nadolig – roedd y trigolion wrth eu boddau.",None),
# --- English past
("BM","trip","en","past_en",0,"Year 4 came back from Folkestone buzzing about the Harbour Arm. Thank you to the café staff who let us sketch from their terrace!",None),
("BM","head","en","past_en",0,"What a week! Our Kingswood crew are home, muddy and proud.",None),
("BM","pe","en","past_en",0,"We came 2nd at the district swimming gala on Friday night — so many personal bests!",None),
("BM","head","en","past_en",0,"Thank you Dover Castle for a memorable day. Year 6 will never look at a tunnel the same way again.",None),
# --- on site / visitors
("GTY","office","cy","onsite",0,"Mabolgampau ar gae'r ysgol ddydd Mercher 3 Gorffennaf am 1:00. Dewch â chadair!",None),
("GTY","head","cy","onsite",0,"Bydd Tîm Achub Mynydd Bannau Brycheiniog yn ymweld â'r ysgol ddydd Iau i siarad â Blwyddyn 5.",None),
("GTY","head","cy","onsite",0,"Ysgol Goedwig yn ein gardd natur ni bob bore Llun – dillad cynnes os gwelwch yn dda.",None),
("GTY","pe","cy","onsite",0,"Gêm gartref! Pêl-droed yn erbyn Ysgol Pen-y-Garn ddydd Gwener am 3:30 ar gae'r ysgol.",None),
("GTY","office","mixed","onsite",0,"Sioe Nadolig y Cyfnod Sylfaen – neuadd yr ysgol, dydd Mawrth 10 Rhagfyr, 2pm. Foundation Phase Christmas show, tickets from the office.",None),
("GTY","office","cy","onsite",0,"Mae lori'r Gwasanaeth Tân yn dod i iard yr ysgol fore yfory am 10! Blwyddyn 1 a 2 wedi cyffroi'n lân 🚒",None),
("BM","office","en","onsite",0,"Sports Day on the school field, Tuesday 2 July from 1pm — ice lollies on sale afterwards.",None),
("BM","pe","en","onsite",0,"The Bikeability instructors are with Year 6 on the playground Monday to Wednesday next week.",None),
("BM","head","en","onsite",0,"A falconer is bringing three birds of prey into assembly on Friday morning 🦅",None),
# --- vague future
("GTY","head","cy","vague",0,"Rydyn ni'n gobeithio mynd i Sain Ffagan rywbryd yn y gwanwyn. Mwy o wybodaeth yn nes ymlaen.",None),
("GTY","office","cy","vague",0,"Bydd Blwyddyn 6 yn mynd i Langrannog y flwyddyn nesaf fel arfer – cadwch lygad am lythyr.",None),
("GTY","head","cy","vague",0,"Hoffai'r côr ganu yn y gymuned yn amlach eleni. Syniadau am leoliadau? Cysylltwch â'r swyddfa.",None),
("BM","head","en","vague",0,"Year 3 are hoping to visit the Roman fort at Lympne some time next half term.",None),
("BM","head","en","vague",0,"We're looking into a beach school programme for the summer — more details when we have them.",None),
# --- parents' events at the school
("GTY","office","cy","parents_hall",0,"Noson rieni nos Fawrth a nos Iau, 3:30–6:30, yn y dosbarthiadau. Archebwch eich amser ar yr ap.",None),
("GTY","pta","cy","parents_hall",0,"Bore coffi i rieni newydd – bob dydd Gwener am 9 yn ystafell gymunedol yr ysgol.",None),
("GTY","pta","mixed","parents_hall",0,"Ffair Haf y CRhA / PTA Summer Fair: dydd Sadwrn 13 Gorffennaf, 12–3, ar iard yr ysgol.",None),
("BM","office","en","parents_hall",0,"Curriculum evening for Year 1 parents, Thursday 6pm in the school hall.",None),
("BM","pta","en","parents_hall",0,"PTA Bingo Night in the hall, Friday 7pm. Eyes down! 🎱",None),
# --- locations without children
("GTY","pta","cy","no_children",0,"Bydd stondin y CRhA ar Sgwâr y Farchnad, Llandeilo fore Sadwrn yn gwerthu planhigion – gwirfoddolwyr yn unig.",None),
("GTY","office","cy","no_children",0,"Mae'r pennaeth yng nghynhadledd y penaethiaid yn Aberystwyth heddiw. Mrs Thomas sy'n gyfrifol.",None),
("GTY","office","cy","no_children",0,"Heol Rhosmaen ar gau rhwng 9 a 3 ddydd Llun ar gyfer gwaith nwy. Gadewch ddigon o amser!",None),
("BM","pta","en","no_children",0,"Mrs Okafor is cycling from Hythe to Dungeness on Sunday for charity — setting off at 8am! Go Miss!",None),
("BM","office","en","no_children",0,"The county library van now stops on Seabrook Road on Tuesdays 2–4 — new times from the council.",None),
# --- weather / closure
("GTY","office","cy","weather",0,"Ysgol ar gau heddiw – llifogydd ar y ffordd i Ffair-fach. Cadwch yn ddiogel.",None),
("GTY","head","mixed","weather",0,"Rhybudd gwres / heat warning: dewch â het a photel ddŵr bob dydd yr wythnos hon.",None),
("BM","office","en","weather",0,"High winds on the seafront today so lunchtime play will be indoors.",None),
# --- times without places
("GTY","trip","cy","time_no_place",0,"Bws yn gadael am 8:30 bore fory. Peidiwch â bod yn hwyr! ⏰",None),
("GTY","office","cy","time_no_place",0,"Nofio bob prynhawn Mercher i Flwyddyn 5 – cofiwch y capiau nofio!",None),
("GTY","pe","cy","time_no_place",0,"Ymarfer rygbi tag ychwanegol ddydd Mawrth 3:30–4:30.",None),
("BM","trip","en","time_no_place",0,"Trip tomorrow — children in class by 8.40 please, we depart at 9.",None),
("BM","pe","en","time_no_place",0,"Match time changed to 4pm Thursday; venue details sent to team parents privately.",None),
# --- places without times
("GTY","head","cy","place_no_time",0,"Ein thema'r tymor hwn: Afon Tywi o'r tarddiad i'r môr! 🌊",None),
("GTY","office","cy","place_no_time",0,"Ydych chi wedi ymweld â Chastell Dryslwyn? Lle hyfryd am dro dros y Pasg.",None),
("GTY","head","mixed","place_no_time",0,"Diolch i Gyngor Sir Gâr am y grant i fynd â dosbarthiadau i Barc Gwledig Pen-bre eleni / thank you for the grant to take classes to Pembrey this year.",None),
("BM","head","en","place_no_time",0,"Year 5's local history topic is all about the Royal Military Canal.",None),
("BM","head","en","place_no_time",0,"Have you been to the new play park on Hythe Green? Our school council helped design it!",None),
# --- cancelled / archive / general
("GTY","office","cy","cancelled_other",0,"Mae'r daith i Folly Farm wedi'i chanslo oherwydd salwch gyrrwr y bws. Ad-daliad drwy'r ap.",None),
("GTY","head","cy","cancelled_other",0,"Llun o'r archif! Blwyddyn 6 ar draeth Llansteffan yn 2010 – ydych chi'n nabod rhywun?",None),
("BM","pe","en","cancelled_other",0,"Saturday's football at The Grove is off — pitch waterlogged. Next fixture TBC.",None),
("GTY","head","cy","cancelled_other",0,"Os ydych chi yn Llandeilo dros y penwythnos, mae goleuadau Nadolig y Stryd Fawr yn hyfryd!",None),
]
