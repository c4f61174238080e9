# first|last|preferred|year|class|consent_social(y/n)
R = """
Hodan|Warsame||Reception|Robins|y
Yusuf|Al-Maqtari||Reception|Robins|y
Zofia|Kowalczyk||Reception|Robins|y
Harry|Evans||Reception|Robins|y
Tahmid|Chowdhury||Reception|Robins|y
Blessing|Okonkwo||Reception|Robins|y
Ioana|Popescu||Reception|Robins|n
Rhys|Bevan||Reception|Robins|y
Mei|Zhang||Reception|Robins|y
Haris|Mahmood||Reception|Robins|y
Seren|Llewellyn||Reception|Derwen|y
Cadi|Harries||Reception|Derwen|y
Osian|Jenkins||Reception|Derwen|y
Amal|Said||Reception|Derwen|y
Niamh|O'Sullivan||Reception|Derwen|y
Ayaan|Farah||Reception|Derwen|y
Gethin|Price||Reception|Derwen|y
Hope|Mensah||Reception|Derwen|y
Abdirahman|Abdi|Abdi|Reception|Derwen|y
Lili|Morgan||Reception|Derwen|n
Sagal|Jama||Year 1|Wrens|y
Kacper|Nowicki||Year 1|Wrens|y
Poppy|Hughes||Year 1|Wrens|y
Nusrat|Begum||Year 1|Wrens|y
Chidi|Eze||Year 1|Wrens|y
Andrei|Ionescu||Year 1|Wrens|y
Summer|Collins||Year 1|Wrens|y
Saleh|Al-Sabri||Year 1|Wrens|y
Xin|Liu||Year 1|Wrens|y
Jack|Thomas||Year 1|Wrens|y
Eira|Gwynne||Year 1|Celyn|y
Iolo|Rees||Year 1|Celyn|y
Zainab|Hussain||Year 1|Celyn|y
Tegan|Powell||Year 1|Celyn|y
Ciarán|Murphy||Year 1|Celyn|n
Farhiya|Ali||Year 1|Celyn|y
Mabli|Ellis||Year 1|Celyn|y
Ruby|Dwyer||Year 1|Celyn|y
Yasmin|Al-Qadhi||Year 1|Celyn|y
Dewi|Lloyd-Rees||Year 1|Celyn|y
Mohamed|Hassan|Mo|Year 2|Kingfishers|y
Wiktoria|Zielińska||Year 2|Kingfishers|y
River|Jones||Year 2|Kingfishers|y
Sumaiya|Islam||Year 2|Kingfishers|y
Ifeoluwa|Adebayo|Ife|Year 2|Kingfishers|y
Mihai|Dumitru||Year 2|Kingfishers|y
Grace|Walsh||Year 2|Kingfishers|y
Ibrahim|Qureshi||Year 2|Kingfishers|y
Yichen|Wang||Year 2|Kingfishers|y
Kayden|Harris||Year 2|Kingfishers|n
Alaw|Pritchard||Year 2|Onnen|y
Hedd|Watkins||Year 2|Onnen|y
Hamza|Iqbal||Year 2|Onnen|y
Nansi|Parry||Year 2|Onnen|y
Amani|Al-Hammadi||Year 2|Onnen|y
Aoife|Kelly||Year 2|Onnen|y
Macsen|Griffiths||Year 2|Onnen|y
Noor|Bashir||Year 2|Onnen|y
Precious|Nwosu||Year 2|Onnen|y
Elis|Vaughan||Year 2|Onnen|y
Ayesha|Rahman||Year 3|Herons|y
Jakub|Lewandowski|Kuba|Year 3|Herons|y
Holly|Bennett||Year 3|Herons|y
Abdullahi|Mohamud||Year 3|Herons|y
Bianca|Stan||Year 3|Herons|y
Tobiloba|Ogunleye|Tobi|Year 3|Herons|y
Faith|Morris||Year 3|Herons|y
Rafiq|Uddin||Year 3|Herons|y
Kai|Chen||Year 3|Herons|n
Liam|Brennan||Year 3|Herons|y
Heulwen|Thomas||Year 3|Bedwen|y
Taliesin|Howells|Tal|Year 3|Bedwen|y
Maryam|Khan||Year 3|Bedwen|y
Efa|Bowen||Year 3|Bedwen|y
Nasser|Al-Yafei||Year 3|Bedwen|y
Lena|Wójcik||Year 3|Bedwen|y
Caio|Roberts||Year 3|Bedwen|y
Favour|Okafor||Year 3|Bedwen|y
Sami|Osman||Year 3|Bedwen|y
Megan|Doyle-Lewis||Year 3|Bedwen|y
Ilhan|Yusuf||Year 4|Kestrels|y
Oliwia|Mazur||Year 4|Kestrels|y
Will|Parry||Year 4|Kestrels|y
Fahim|Miah||Year 4|Kestrels|y
Ana-Maria|Radu||Year 4|Kestrels|y
Emeka|Obi||Year 4|Kestrels|y
Brooke|Carter||Year 4|Kestrels|y
Zayn|Akhtar||Year 4|Kestrels|y
Hao|Lin||Year 4|Kestrels|y
Shannon|Fitzgerald||Year 4|Kestrels|n
Gwenllian|Davies|Gwen|Year 4|Criafol|y
Tomos|Prosser||Year 4|Criafol|y
Hafsa|Abdullahi||Year 4|Criafol|y
Llinos|Rowe||Year 4|Criafol|y
Omar|Al-Shami||Year 4|Criafol|y
Sion|Protheroe||Year 4|Criafol|y
Aleksandra|Kaczmarek|Ola|Year 4|Criafol|y
Awen|Matthews||Year 4|Criafol|y
Musa|Diriye||Year 4|Criafol|y
Ffion|Beynon||Year 4|Criafol|y
Khadra|Nur||Year 5|Falcons|y
Filip|Kamiński||Year 5|Falcons|y
Frankie|Moss||Year 5|Falcons|y
Arif|Hossain||Year 5|Falcons|y
Daria|Constantin||Year 5|Falcons|y
Chiamaka|Eze|Chi|Year 5|Falcons|y
Ethan|Sullivan||Year 5|Falcons|y
Safiya|Ahmed||Year 5|Falcons|y
Ruoxi|Huang||Year 5|Falcons|y
Connor|McCarthy||Year 5|Falcons|n
Haf|Lewis||Year 5|Helygen|y
Ianto|Phillips||Year 5|Helygen|y
Hanan|Al-Masri||Year 5|Helygen|y
Elan|Hopkins||Year 5|Helygen|y
Bilal|Aslam||Year 5|Helygen|y
Catrin|Owen||Year 5|Helygen|y
Mercy|Adeyemi||Year 5|Helygen|y
Deian|Rowlands||Year 5|Helygen|y
Ikram|Hirsi||Year 5|Helygen|y
Nel|Jenkins-Ahmed||Year 5|Helygen|y
Abdiwali|Warsame||Year 6|Eagles|y
Katarzyna|Nowak|Kasia|Year 6|Eagles|y
Tyler|Price-Evans||Year 6|Eagles|y
Shakil|Ahmed||Year 6|Eagles|y
Gabriel|Munteanu|Gabi|Year 6|Eagles|y
Adaeze|Nnamdi|Ada|Year 6|Eagles|y
Sky|Hennessy||Year 6|Eagles|y
Mariam|Al-Ariqi||Year 6|Eagles|y
Junjie|Zhou||Year 6|Eagles|y
Patrick|Doherty||Year 6|Eagles|y
Hunter|Wilkins||Year 6|Eagles|n
Mali|Thomas||Year 6|Ffawydden|y
Rhodri|Jenkins|Rhod|Year 6|Ffawydden|y
Ayan|Egal||Year 6|Ffawydden|y
Carys|Pugh||Year 6|Ffawydden|y
Faisal|Nasser||Year 6|Ffawydden|y
Gwion|Lloyd||Year 6|Ffawydden|y
Joy|Okoro||Year 6|Ffawydden|y
Idris|Yafai||Year 6|Ffawydden|y
Lowri|Evans||Year 6|Ffawydden|y
Yara|Saleh||Year 6|Ffawydden|y
Dylan|Mahoney||Year 6|Ffawydden|y
Mustafa|Aden||Year 6|Ffawydden|y
Lily|Chan||Year 6|Eagles|y
Tiago|Moreira||Year 5|Falcons|y
Sara|Ghebremedhin||Year 4|Kestrels|y
Angel|Bailey||Year 3|Herons|y
Wren|Jeffries||Year 2|Kingfishers|y
Sunny|Begum||Year 1|Wrens|y
Amira|Hussein||Reception|Robins|y
"""
rows=[l.split('|') for l in R.strip().splitlines()]
