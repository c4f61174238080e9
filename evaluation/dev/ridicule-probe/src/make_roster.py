import csv
rows = """Reception|Dryw|Cadi|Morgan|
Reception|Dryw|Osian|Price|Osh
Reception|Dryw|Elsi|Jenkins|
Reception|Dryw|Harri|Lloyd|
Reception|Dryw|Mali|Rees|
Reception|Dryw|Jac|Thomas|
Reception|Dryw|Nel|Evans|
Reception|Dryw|Tomos|Williams|Twm
Year 1|Dryw|Efa|Bowen-Hughes|
Year 1|Dryw|Gruffudd|Jones|Guto
Year 1|Dryw|Lili|Powell|
Year 1|Dryw|Macsen|Davies|
Year 1|Dryw|Ava|Pearce|
Year 1|Dryw|Steffan|Howell|
Year 1|Dryw|Megan|Griffiths|Meg
Year 1|Dryw|Ifan|Roberts|
Year 1|Dryw|Zainab|Hussain|
Year 2|Titw|Nanw|Lewis|
Year 2|Titw|Deio|Rhys|
Year 2|Titw|Seren|Edwards|
Year 2|Titw|Charlie|Brooks|
Year 2|Titw|Alaw|Jenkins|
Year 2|Titw|Llew|Parry|
Year 2|Titw|Olivia|Kowalska|Liv
Year 2|Titw|Aled|James|
Year 2|Titw|Gwenllian|Morris|Gwen
Year 3|Titw|Tirion|Davies|
Year 3|Titw|Dylan|Thomas|
Year 3|Titw|Erin|Walters|
Year 3|Titw|Cai|Owen|
Year 3|Titw|Leusa|Pugh-Evans|
Year 3|Titw|Mason|Fletcher|
Year 3|Titw|Heledd|Rees|
Year 3|Titw|Rhodri|Harries|Rhod
Year 4|Barcud|Elis|Morgan|
Year 4|Barcud|Gwion|Bevan|
Year 4|Barcud|Lowri|Thomas|
Year 4|Barcud|Ayesha|Rahman|
Year 4|Barcud|Sion|Jenkins|
Year 4|Barcud|Manon|Davies|
Year 4|Barcud|Tyler|Roberts|
Year 4|Barcud|Begw|Lloyd|
Year 4|Barcud|Owain|Price|
Year 5|Barcud|Cerys|Howells|
Year 5|Barcud|Ianto|Williams|
Year 5|Barcud|Lleucu|Evans|
Year 5|Barcud|Finley|Ward|Finn
Year 5|Barcud|Anest|Rowlands|
Year 5|Barcud|Morgan|Jones|
Year 5|Barcud|Catrin|Phillips|Cat
Year 5|Barcud|Rhys|Hopkin|
Year 6|Barcud|Gethin|Evans|Geth
Year 6|Barcud|Mabli|Griffiths|
Year 6|Barcud|Ioan|Thomas|
Year 6|Barcud|Sioned|Bevan|
Year 6|Barcud|Kacper|Nowak|
Year 6|Barcud|Elen|Davies|
Year 6|Barcud|Tomi|Pritchard|
Year 6|Barcud|Nansi|Watkins|
Year 6|Barcud|Ellis-Jay|Cooper|EJ"""
no_sm = {"Zainab","Kacper","Leusa","Tyler"}
with open("roster.csv","w",newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow("pupil_id,first_name,last_name,preferred_name,year_group,class_name,consent_social_media,consent_website".split(","))
    for i,r in enumerate(rows.splitlines(),1):
        yg,cl,fn,ln,pn = r.split("|")
        sm = "no" if fn in no_sm else "yes"
        w.writerow([f"BE{i:03d}",fn,ln,pn or fn,yg,cl,sm,sm if fn!="Leusa" else "yes"])
