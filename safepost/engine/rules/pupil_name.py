"""PUP001 pupil-name: a child's name in a post, a caption, a file name or a comment."""

from __future__ import annotations

from collections.abc import Iterable

from safepost.engine.findings import Fix, Hit, Severity
from safepost.engine.i18n import N_, phrase
from safepost.engine.names import NameMatch, find_names, school_index
from safepost.engine.names.finder import find_names_in_post
from safepost.engine.names.index import NameIndex
from safepost.engine.names.photo import NO_POST, PostNames
from safepost.engine.rules import Env, Field, FieldKind, TextRule
from safepost.engine.textnorm import fold


class PupilName(TextRule):
    """A child's name: a pupil on the roster, or another child the words make clear.

    What it flags:
        A pupil's full name, first or preferred name, or a common nickname of it (William as
        Will, Billy or Liam; Zofia as Zosia; Tomos as Twm), in any case, with or without
        accents (Siôn or Sion), as a possessive (only ``Isla`` in ``Isla's``), with an initial
        (``Olivia S.``, ``R. Smith``), inside a hashtag (the whole ``#WellDoneAmelia``), inside
        a file name or link (``olivia_smith`` in ``olivia_smith_sports_day.jpg``), in a Welsh
        mutated form after the word that causes it (``a Chadi``), misspelt by one slip
        (``Oliva``, ``Nathanial``), and when disguised with look-alike letters, invisible
        characters or spaced-out letters (``A m e l i a``).
        A child who is not on the roster (a new starter, a sibling, a baby) is flagged with
        lower confidence when a common first name stands where the words say a child is meant
        ("Well done Kacper!", "her baby brother Alfie", "whose little girl Poppy arrived",
        "Name: Ada Quinn", "Croeso i Wiktor").

    Why it matters:
        A child's name next to their photo, class or routine lets a stranger find and approach
        them. Safeguarding guidance and most school policies allow first names at most, and
        never with a photo; some allow none at all.

    Example:
        "Congratulations to Millie Hartley in Kestrels for her swimming badge!" names a pupil.
        "Will you join us for the Poppy Appeal on May Day?" names nobody: Will, Poppy and May
        are words here. So are "Mrs Marsden", "Harry Potter", "Holly class", "our Mary",
        "Mary was played by ...", "Hunter green", "Ivy, holly and mistletoe" and the book
        "reading Esme and the Lantern Tree".

    Use instead:
        Describe the child without naming them: "a Year 3 pupil", "one of our Kestrels". The
        suggested fix does that, and needs a person to confirm it reads well.

    Known problems:
        Context is judged from a few words either side, so an unusual sentence can mislead it:
        a pupil named after an everyday word in lower case ("grace") is missed in normal text
        unless a child cue stands right before it,
        an adult who shares a pupil's first name and has no title is flagged (unless the same
        text names a staff member of that name with a title or surname), and a child not on
        the roster with a rare name and no cue is missed. A misspelling is caught only one slip
        from the roster's spelling, never in its first letter, and one that is an everyday word
        is missed. Surnames on their own (``the Evans family``) are never flagged.
        Whether a roster name is also an everyday word is read from two shipped lists, for any
        roster: English dictionary words used at least once in a million words (SCOWL x
        wordfreq) and Welsh words (FreeDict's headwords, and the lower-case, unmutated forms of
        the Welsh spelling dictionary aspell-cy that it never capitalises: "gwawr", "tirion",
        "enfys", "celyn"). Such a name needs a naming context in lower case, and opening a
        sentence before a lower-case word that is not a verb ("Eira ar y mynydd", "River walk
        today", "Celyn ac iorwg") it is read as the word; a verb after it ("Blossom is out",
        "Cariad yw'r thema") makes it a child, so those are flagged. The English list also
        holds names that are rare words ("tom", "phoebe", "charlie"), so "Tom holding the cup"
        relies on "-ing" being read as a verb, and a pupil called Tom opening a sentence before
        an adjective or a noun is missed. aspell-cy also spells some given names in lower case
        as words ("elin", "alaw", "hedd", "osian"): pupils with those names are treated as
        word-names too, so "Osian ar y llwyfan" is missed ("Osian yn canu" is found). A name the dictionaries spell only with a capital ("Bonnie", "Skye")
        is never a word, so "Skye blue bunting" is flagged, and so are places that are given names
        and no dictionary word ("Skye, Iona and Mull: P4 have been mapping the Hebrides",
        "india_topic_display.jpg") unless a place cue is next to them ("skye_trip.jpg", "Florence,
        Italy", "Skye, Iona and Mull – great places for..."); no list of names says which are words.
        Word-names read as words from their grammar (``names/heads.py``, sixteenth session): a
        season before a year group and a noun ("Summer Year 6 leavers' disco"; "Summer Year 6 won"
        is the child), an activity done to the word opening a sentence ("River dipping at...",
        "Honey tasting in science"; not "River swimming", "Honey tasting the soup"), a list whose
        last word-name goes on in capitals ("Hope and Faith Together, the town's group"), birds
        or plants doing what they do where they live ("Robin and Wren visit our bird feeders";
        not "filled the bird feeders", nor with "Mrs Hall" or "his"), an adult's job, a comma and
        a full name ("Our poet in residence, Robin Llywelyn,"), a Welsh pair opened by a
        capitalised word that is no name ("Rhosyn a Chelyn"), a season's work in the school's
        plans ("gwaith Haf yw'r thema nesaf") and a Welsh question ("Beth yn y byd...?"). So a
        child in those shapes is missed: "Robin and Wren visit our bird feeders" said of two
        pupils, "River dipping at the stream" as a caption of a child, "Summer Year 6 relay
        team" (a noun after the year group), "gwaith Haf" in a post about the term's theme.
        A photo's file name and alt text are read with the post's own text (``names/photo.py``):
        a word-name the text names as a child is that child in the photo ("Diolch Hope" ...
        "hope_welsh_cakes.jpg", "Celyn wrth ochr y pwll"), unless the photo's own words make it
        the word (a title, an article, a year or the word's own neighbour: "miss_alaw",
        "llyfrgell-yr-enfys", "summer_2026", "summer_fair", "Summer Reading Challenge"; in an alt
        text a lower-case word or one a Welsh adjective follows: "seren aur", "Heulwen braf"); one
        the text uses only as a word, a class or an adult's name ("a robin", "Dosbarth Celyn",
        "Miss Alaw", "gyda'r wawr") is that word in the photo, unless a surname, a possessive or a
        cue marks the child (a class's name even after a cue). So a text that gets a name wrong
        carries the mistake into its photos, a
        child pictured in a post that uses her name only as the word is missed
        ("Saturday's Summer Fair" ... "Summer with a butterfly painted on her face"), and a child
        named in the text is flagged in a photo of the word when nothing in the file name says
        so ("poppy_paper_poppy.jpg": both). A word-name joined by "and"/"a" to an everyday word
        in a file name is a thing ("faith_and_belief", "seren_a_chalon").
        When the text says nothing of the name, a roster name in a file name is the child unless
        it is an English word written at least
        Zipf 5.0 often (wordfreq: "river", "summer", "hope") or its next word makes it the word,
        so "hazel_nut_tree.jpg" is read as the tree but "amber_jewellery.jpg" as a child. A
        child of no pupil whose name is an English word ("Jack", "Poppy") is found only after a
        strong cue ("baby Jack"); one whose name is only a Welsh word ("Tomi", "Seren") is read
        as any other name, as Welsh has no frequency list here to tell "seren" from "tomi". A month after "from" or "in"
        ("from May on sports day") is read as the month. A pet, a school house or a character
        is recognised only next to its cue ("our class hamster Bonnie", "Tŷ Celyn", "Joy and
        Sadness").
        Welsh grammar is read from a few words too: a word-name after Welsh "the" ("y Llew",
        "a'r deri") or before "y"/"yr" and a capitalised noun ("Bryn y Glyn") is the word; a
        name right after a capitalised Welsh noun that does not open the sentence ("Gŵyl Dewi",
        "Cwm Elan") is part of a place or a feast, and a word-name right before another pupil's
        first name that is nobody's surname ("Afon Teifi") is a place named noun-first. So two
        pupils written side by side with no comma ("Afon Teifi") or a title-case heading with no
        cue or colon ("Gwobr Ymdrech Gwion") are missed; a greeting with a cue ("Pen-blwydd
        Hapus Gwion") is found. A month's name is the month after "mis" or next to a number
        ("ym mis Medi", "18 Mai"). After a Welsh verb that opens the sentence ("Canodd Eira
        unawd") a word-name is the subject; Welsh possession before a name is read after a
        family word ("teulu Celyn") or a lower-case word for a child's work ("gwaith Derwen",
        "llun Enfys"; not after "y", nor before a capitalised second name: "cerdd Hedd Wyn"),
        so "gwaith Haf" about summer work in a Welsh clause is flagged.
        A few shapes say a child where the words alone say a word: names opening a sentence and
        a bare verb of theirs ("Fred and Hecky run in the race"; "Robin and Wren walk on Saturday
        starts..." stays the walk), a list of names, a dash and praise for a doing ("skye and
        rowan – great teamwork", "HOPE AND FAITH – WHAT A PERFORMANCE!"), a year group right
        after a roster name ("Begw Blwyddyn 1"), a child's role after a year or "wee"/"budding"
        ("our P5 author Lewis") and a possessive before a child's work ("Skye's poem"). So
        "Robin's poem about winter" meaning a poet's is flagged, and "Daisy and Poppy paint on
        canvas" reads as two children.
        Irish voices (``names/irish.py``) are read from grammar and one list, the 32 counties of
        Ireland: a county's name after "County"/"Co." or a place word ("at Derry", "heading to
        kerry"), beside "v" or a team's things ("Kerry v Tyrone", "a Derry jersey") or in a
        sentence about the All-Ireland is the county or its team, so a pupil called Kerry "in
        Kerry's jersey" is found but "Kerry v Clare in the relay" is missed; "river"/"lough"
        before a name is a water, in lower case too. "Fr", "Sr", "Naomh", a capitalised
        "Sister" or "Brother", "club chairman", "the late", an adult's job in apposition ("Brendan
        our caretaker") or a staff title in brackets make an adult; names listed after "houses"
        or ranked after a named house ("Ciarán house ... followed by Brigid and Patrick") are
        houses; "Erin go brách", a name sung, a name "in aid of", the second of a tale's pair
        ("the story of Oisín and Niamh") and a word of the week are no child. A pupil's name
        lenited after Irish "a" or "do" ("a Mhéabh", "a Sheáin") is found; other Irish
        mutations (eclipsis after "ár": "ár nÉabha") are not. Fadas are folded away, so a name
        written with or without them matches the roster's; shipped pet forms and anglicised
        spellings (``data/nicknames.txt``: "Bridie", "Deccy", "Keeva") find a pupil, and other
        pet forms only after a praise cue.
        A name right before "by" or "gan" and a capitalised name is a title ("Matilda by Roald
        Dahl"), so "Kacper by Mrs Hall" with no cue is missed; a season's name before a year is
        the season ("Summer 2026"); a word-name after the capitalised word opening its line with
        another capital after it ("Spring Summer Autumn"), or before a colon and a lower-case
        list ("Eira: oer a gwyn"), is the word, so a heading of pupils' word-names with no cue
        loses its first ("Stars Summer Hope": Summer), and a rota line "Haf: reading and maths" is missed.
        Any name, a word or not, is read as a place, a storm, a thing or an adult from general
        grammar, with no cue before it (``names/things.py``): right after a capitalised place or
        storm head ("Storm Bella", "Lake Louise", "Isle of Harris", "Ynys Enlli", "Traeth
        Mererid"), or itself such
        a head before a capitalised word that is not its pupil's surname ("Glen Lyon"); described
        as a kind in apposition or after "are" ("Morven, the hill behind the village", "Fraser
        and Grant – two Highland clans"); before a predicate or a verb no child has ("is in
        bloom", "is forecast", "are famous for" with no "he"/"she"/"his"/"her", "flooded");
        names given as names ("Glyn a Bryn yw enwau'r cŵn"); "from" an organisation ("Hamish
        from the fire service", "Gwion o'r heddlu"); Welsh apposition with "y"/"yr" and a kind
        ("Teifi, yr afon hiraf"); opening a sentence, alone or in a list, before a lower-case
        singular noun it describes ("Victoria sponge", "Angus cattle", "Jay and Finch nest
        boxes"); typed in lower case before a noun in a post that capitalises ("our own aisling
        poems"). A name right after another capitalised first name (a known one, or a capitalised
        non-word inside the sentence) that the two do not make a pupil's full name is a
        surname ("Andy Murray's", "Hugh Grant in the film") and is flagged only with a cue. So
        two pupils written side by side with no comma ("Storm Bella", "Ailsa Harris and Lewis")
        lose the second, two children "famous for their kindness" are missed, a child "from
        the dental practice" (any organisation word) is read as a visitor, a child opening a
        sentence before a noun that is not a caption word ("Skye top of the class") is missed,
        and a plural noun after a name not followed by "are" or "and" ("Morgan horses at the
        farm") or an unlisted product ("Campbell's
        soup", "Cullen skink") is still flagged, as is a
        namesake whose first name is not in the shipped list and opens the sentence ("Colin
        Fraser's show was great").
        Things' names listed and defined with "are" as a kind ("Amber, Jade and Ruby are
        precious stones") are the things; a single name before a comma and a country that is no
        pupil's name ("Florence, Italy") is the city; a name right after a form's label for a
        work ("Book: Sydney the Snail", "Llyfr:") is the title; "Will"/"May" before a dash or a
        colon ("Will - lights") is a rota's child, not a modal verb.
        Fifteenth session's grammar (no name listed): a lower-case "will"/"may" followed in its
        clause by a lower-case verb is the verb even after a child cue ("my son will find out"),
        so "my son will" in a post about a pupil called Will who then acts in lower case is
        missed; "hasn't", "isn't", "wasn't" after a word-name make it a person ("Brook hasn't got
        one"; not "didn't", said of the weather: "Rain didn't stop play"); a name inside an email
        address's local part is the adult's (PD101 reads the address); a name with a surname or
        an initial, or listed with one, is never an animal ("the lambs – Rosie and Will G."); a
        name "the" and an animal word ("Rose the tortoise") is the animal, a word-name too; an
        adult's job before or after a name ("our learning mentor Hodan", "Bill, our site
        manager") makes the adult, so a pupil given such a job in those words is missed; after
        a verb that takes two objects, "the ..." is the second object, not an epithet
        ("teaching Amina the Welsh song"); a quote opened by "I", "The", "A" or a question word
        holds a title ("'I Am Malala'"); a Welsh word-name in a file name after a Welsh noun or
        before a year is the word ("celf_enfys_dosbarth.jpg", "mabolgampau_heulwen_2026.jpg"),
        so "gwobr_celyn.jpg" for a pupil Celyn is missed; a word-name in capitals in a
        lower-case file name is the child ("forest_school_ROBIN_den.jpg"); a pupil's
        possessive before "brother", "sister" or "cousin" makes the next capitalised word a
        child, however rare ("Harleen's cousin Gurleen"); a country's name among words about
        countries is the country unless a praise cue stands before it ("Da iawn Mali!");
        a modal and a verb of feeling after a word-name make a person ("hope would love this").

    Known weaknesses:
        - **Recall off the roster rests on 7 spans.** Development bench: 121 of 121 name spans and 13 of
          13 in image fields, none false; recall 1.000 on roster names (114) and 1.000 on children not on
          the roster (7). Seven spans cannot show how often a child who is not on the roster is missed.
        - **Word-names are thinly tested after the fact.** Held-out word-name templates are 9 cases
          (5 quiet, 4 as children), all passed; the failure modes under Known problems (a lower-case
          word-name, a word-name opening a sentence before a noun or adjective, an adult who shares a
          pupil's first name) have no measured rate.
        - Names printed in photos (read from the image): `python bench/quality.py --kind images`
          finds 17 of 17 on the 15 public bench images, none false, and flags no clean image (0 of 6);
          15 images are far too few to show how often text in real photos is misread. On the
          developers' own drawn sets (`evaluation/dev-images/`, tuned on) P 0.956 R 1.000 (40
          pictures) and, first scored once, P 0.806 R 0.833 on a second set of 20 with another
          look (P 0.967 R 0.967 now); a third of 36 (`nant-yr-hebog`: tilted certificates,
          handwriting-like names, whiteboards, forms filled in by hand, place boards) first
          scored P 0.874 R 0.950, P 1.000 R 1.000 after its fixes and those found on four
          scratch probes. The sealed picture sets scored P 0.80 R 0.91 before the third set's
          changes. Pictures differ from posts: each OCR line is read as its own
          sentence, so a word-name alone on a line is a child unless the picture lists words
          around it (values, seasons, a board describing its headings as places or titled as a
          place topic, a price after the word, titles under a heading about books, a caption
          of a word-name and a word ("Autumn leaves"), seasons listed with two others on a
          weather chart, the lines of a reading record's "Llyfr / Book" column, title-case lines
          under a heading about books or a reading corner ("Seren a Sbarc"): `images/labels.py`).
          A fourth, independent set (an invented Monmouthshire school, 30 pictures, 54 names,
          written by someone else) first scored P 0.914 R 0.981 (3 of 11 clean pictures
          flagged), P 1.000 R 1.000 after its fixes (tuned on: only the first figure is honest).
          A book character with no author beside it and no heading about books ("Sali Mali"
          on a poster), a lone title among multi-word ones ("Matilda" under "Books we love"),
          a book title that is a pupil's full name on a display, "Grace will be said", a Welsh
          noun before a word-name outside the listed collocations ("Ffair Haf" is the season,
          "Gwaith Haf" stays a child, as it may be) and a pupil named like a class alone under
          a heading are misjudged; a child's
          label of first name and a lower-case word ("Grace dancing" is found, "Grace
          dances" is read as a caption) is missed; a handwritten name the recogniser reads in lower case is found
          only in a list of pupils' names ("Sage, will") or alone and large between sentences
          (a certificate's "jade"). OCR slips put back
          (`images/ocrtext.py`): a capital I read as l, a slash or a capital I for a
          handwritten l, j for a handwritten i, a doubled letter read once, one name read as
          two words, lost diacritics, a number or Welsh "a" glued to a name, an article glued to
          the word before it ("Tymoryr Haf") or a bullet to its neighbours, a surname's initial
          read small ("Seren w."); any other slip in
          a word is not, and text read out of order across an unusual layout is missed (a
          form's "Name:" and the answer on its row are joined); a rare word read as I-for-l
          ("loan" for a pupil Ioan) is flagged.

        - **Welsh word-names on a development set the developers wrote and tuned on**
          (`evaluation/dev/ysgol-y-wawr`: 120 pupils, 54 named after words; 159 posts, 150 name
          spans): precision 0.811 and recall 0.947 at first, 0.961 and 0.987 after the Welsh
          grammar cues; a second round written after those fixes (`ysgol-y-wawr-2`, 50 posts,
          43 spans) scored 0.949 and 0.860 at first, 1.000 and 0.930 after. Left: a praise word on its own ("Seren!"), a historical or biblical figure
          with no cue ("Roedd Taliesin yn fardd", "Adda ac Efa"), pets named in a later clause,
          a lower-case non-dictionary word-name ("ffion a rhosyn") and a lower-case name in an
          all-lower-case post ("diolch i eira"), "mam Seren" (Seren's mum, read as a mum called
          Seren). It is not a judge: the sealed schools are.
        - **Welsh grammar for word-names (twelfth session)**, on a probe an engineer wrote and then
          tuned on (`evaluation/dev/pant-y-wern-welsh-probe` and `-2`, 189 posts, 132 spans; first
          scores P 0.953 R 0.953 and, rounds 2-3, P 0.846 R 0.957; now 0.977 / 0.977 and 0.958 / 1.000):
          a lower-case name after a person's past tense in -odd ("gofynnodd haf") or before "yn"/"wedi"
          and a person's verb-noun ("buodd cai yn dangos") is a child; so is a name identified with a
          part ("GWEN yw'r enillydd"). A word-name listed the Welsh way with capitalised Welsh words
          ("Eira, Iâ a Rhew", "Alaw a Chân"), in apposition with a place or a business ("Enfys, y siop
          elusen"), the second of a legend's pair ("chwedl Pwyll a Rhiannon"), after a sentence-opening
          noun and "yn y" ("Caffi Seren yn y pentref") or glued into a hashtag after a Welsh word or
          before a year ("#DiwrnodEira", "#Haf2026") is the word. Left: a heading of a noun and a
          word-name ("Stondin Awel:", "Diwrnod Eira:") is read as the child's, as "Gwaith Haf:" must be;
          "Canu Heledd" (the old poem), a capitalised word-name before a mutated adjective ("Alaw
          werin"), "Haf yw'r tymor gorau" (a thing's identifying sentence), river names outside the
          dictionaries ("Alaw, Tawe a Thaf"), a business word missing from them ("Becws Celyn yn y
          dref"), and a lower-case name whose person's verb comes after an adjective and a place
          ("roedd hedd a celyn yn brysur yn yr ardd yn plannu").
        - **English word-names** (Hope, Faith, May, Frank, Ruby, River...) are read from grammar for a
          pupil on the roster: a phrase that introduces a person ("thanks to", "proud of"), a relative
          "who", a personal pronoun within five words in the same clause ("Faith and her family"; not
          "Hope she had a lovely day", where the name is a verb) or a person's verb
          ("Frank gave", "Joy won") make the child, and outweigh the word's usual neighbours; a value
          or theme ("Our value this term is Hope", "Patience is one of our school values"), a list
          with capitalised words that are no names ("Respect, Hope, Kindness"), a hyphened compound
          ("Sky-high"), a title ("the film Matilda", "Matilda by Roald Dahl", "reading Rosie's Walk",
          "Poppy the Pirate Dog", "the Gospel of Mark") and animals listed after an animal word ("our
          hens, Ruby and Pearl") make the word. So a pronoun that belongs to someone else ("Summer
          is here and she loves it") or a person's verb after a word ("Hope won the day") flags the
          word, and a child's name before "by" and an author-like full name ("a card for Hope by
          Roald Smith") is missed. Left: a word-name opening a sentence before "is"/"has" and a
          predicate ("Amber is the colour of energy") or before a regular
          past tense ("Joy filled the hall") is flagged (a season that comes, "Autumn has arrived",
          "Summer is here", or one named after the text speaks of the seasons, is now the season); a lower-case name in a post that has
          capitals is found only after a child cue ("well done grace"), not after "thanks to"; a post in capitals ("HOPE AND FAITH – WHAT A PERFORMANCE!") needs a cue;
          two pupils named like classes, with no cue ("Ash and Willow were our reporters"), are read
          as the classes; a cue split from the name ("proud I am of May") is not read.
          Development sets written by the developer who wrote these cues: `evaluation/dev/larkfield`
          (148 pupils, 60 named after words; 157 posts, 112 spans) scored P 0.948 R 0.821 at first and
          P 0.991 R 0.938 after (tuned on); `evaluation/dev/st-aidans` (75 pupils, 30 word-names; 80
          posts, 59 spans), written after the cues and scored once: P 0.919 R 0.966 (the engine before
          these cues: P 0.918 R 0.949). Its false alarms are the families left above and possessive
          titles ("Raven's Wood", "Destiny's Child", found no more since the Scottish cues below):
          the cues gained recall there, not precision.
          Changes after that score, not measured on it: the pronoun must stand in the name's own
          clause and not right after it; a phrase before the name no longer outweighs the word's
          own next word ("thank you to Summer term helpers"); a verb after "the story Ruby" makes
          Ruby the writer; a value needs its noun to end the phrase ("our values ambassadors");
          a month the sentence calls a month ("June is a busy month") is the month. Whether a
          name is a word still comes only from the shipped word lists (wordfreq and SCOWL); no
          cue lists given names.
        - **Scottish and Irish names that are places, words or surnames** (Iona, Skye, Clyde, Islay,
          Heather, Brodie, Saoirse): English "the" right before a name makes it a river, a family
          or a thing ("the Clyde", "the Fraser family", "Robert the Bruce"), so a child written
          "the Rowan in P5" is missed; a possessive before a capitalised everyday noun is a
          business or a place ("Brodie's Butchers", "Raven's Wood"), so a title-case heading
          "Skye's Big Day" is missed (a relative, "Iona's Mum", stays the child's); a name defined
          with "is a" as a place or a thing ("Iona is a small island off Mull") or "is the Irish
          word" is the word; someone introduced with a surname no pupil of that name has and
          "from" or a role ("Isla Gray from the library", "Isla Gray, our librarian") is the one
          a later bare "Isla" means, even after "thank you", unless a class or year follows it.
          Development set `evaluation/dev/kilcraig` (157 pupils, 60 named after places or words;
          classes named after islands, two of them pupils' names; 156 posts, 115 spans), written
          by the developer of these cues before them and tuned on: P 0.781 R 0.930 at first (one
          false alarm there was a pupil the writer gave her teacher's full name, since changed;
          P 0.787 on the corrected set), P 0.877 R 0.930 after. The shared bench (121 spans) and
          the other four dev sets did not move, except st-aidans' two possessive titles (P 0.919
          to 0.950).
        - **Places, storms, foods, breeds, namesakes, visitors and clans, from general grammar**
          (``names/things.py``, under Known problems; no name is listed): kilcraig P 0.877 to
          0.991 (R 0.930 unchanged: 14 of its 15 false alarms gone), st-aidans 0.950 to 0.966,
          ysgol-y-wawr 0.961 to 0.974, recall unchanged on all five dev sets and the shared bench
          (still 121 of 121); the held-out word-name table's "EN everyday words (quiet)" 0.95 to
          1.00, every other row unchanged. Tuned on kilcraig's false alarms, so its 0.991 shows
          coverage. A probe written by the same developer before these cues and then tuned on
          (`evaluation/dev/names-probe`: 30 pupils named like places, storms, foods and clans;
          25 posts using the names for things or adults, 28 naming the children in sentences
          of the same shape, 37 spans): P 0.617 R 1.000 at first, P 0.925 R 1.000 after. A
          second probe written after the cues (`evaluation/dev/names-probe-2`: 22 pupils, 21
          posts of things and adults, 21 of children, 26 spans), scored once: P 0.812 R 1.000
          (the engine before the cues: P 0.650), then P 0.963 R 1.000 after its fixes (tuned on;
          the held-out figure above was taken before those). Left:
          "Campbell's soup cans", "Heather is out on the hills", "Morgan horses at the riding
          school" and "Charlotte potatoes in the garden" (a plural noun is read only before
          "are"/"and"), "Cullen skink"
          (a food word too rare for the word list), "Sonny and Cher's", "Autumn has arrived".
        - **Sealed schools** (December 2026): the two newest, scored once after the Welsh grammar
          cues, precision 0.89 (bilingual Swansea) and 0.95 (Cumbria), recall 0.89 and 0.94; the
          five earlier ones precision 0.88, 0.85, 0.81, 0.83 and 0.67 (target 0.95), recall 0.94,
          0.85, 0.96, 0.97 and 0.80. A Welsh-medium school's word-names (Welsh words that are also
          given names) cost the most precision, and children who are not on the roster are often
          missed (one in five found on the bilingual school).
        - **Schools written by other voices, now** (`python bench/sealed.py`, eighth round of
          FIRST-SCORES.md): precision 0.85-0.87 on three of the five English, Scottish and Northern
          Irish sealed schools (0.96-0.98 on Dundee and Fellside) and 0.82-1.00 on the Welsh ones;
          recall 0.83-1.00 (below 0.98 on eleven of twelve; target 0.95 / 0.98).
          Two sealed schools were opened as development sets (`evaluation/dev/ysgol-bryncelyn`,
          `lagan-vale-integrated`) and their families put right in general grammar: figures of
          tales, patronymics and counted characters, names glossed as words, pets in apposition,
          Welsh family words and mutated lists, lower-case sentence openings, pet forms after
          praise (P 0.72 / 0.85 → 1.00 / 0.98 there, tuned on). On a new Welsh sealed school
          scored once afterwards recall rose 0.84 → 0.91; on a new English one (many pupils named
          Blessing, Precious, Grace, Destiny, King) precision stayed 0.87. Left on the opened
          schools: a show's title shouted ("ANNIE!!!"), a lower-case name inside a capitalised
          sentence with no cue ("Our bob"), another school's child with no cue, and Welsh words
          that are names in image file names ("gwawr_dros_eryri.jpg").
        - **Three more opened schools** (`evaluation/dev/kingfisher-lane`, `larchfield-primary-academy`,
          `lochbrae-primary`: Leicester, Birmingham, Scotland; P 0.83 / 0.85 / 0.87 at first, tuned on
          since, so their figures now show coverage only). A pupil's full name said of a famous
          namesake is read from how the post speaks of them (``names/namesakes.py``: "the next
          ...", "a future ...", "not that ...", "... in the making", "starring ...", "...'s
          autobiography", "...'s 'Title'", "signed by ...", "letters to ...", "met ... himself",
          "..., eat your heart out", "studying ...", "..., the author", the child set apart as "our
          very own ..."); no list of the famous is read, so a namesake named with none of these
          ("Was that Harry Kane at the match?") is still flagged, and a pupil compared with a star
          in those words ("a future Jack Nowak") is missed. Names listed before "are the three
          words" or "... just some of the names" are names discussed ("three of the new names in
          the register" stays children); a list after "real"/"genuine" before a plural noun is a
          period or a style ("real Tudor and Stuart objects"). Left: islands listed with a
          non-name ("Skye, Iona and Mull:"), a word-name before an emoji and an activity ("Honey
          🍯 tasting"), a deity after "baby" ("baby Krishna cradles"), an adult candidate who
          shares a common first name ("Good luck Elen, give her your vote"), a name as a quoted
          title's third word ("'I Am Malala'") and a lower-case name after "and" with no cue.
          On the sealed schools these changes moved one figure only, and down: Ysgol Bro Cennen
          recall 0.944 → 0.917 (two names lost; the cause is not known).
        - **Word-names from grammar, twelfth session** (``judge.py``, ``person.py``, ``things.py``;
          no name listed, whether a name is a word still comes from the word lists): a child is a
          word-name listed after a pupil named in full ("Poppy Bird and Daisy": "Bird" is her
          surname, not a word), the subject of a person's verb after a list or "has" ("autumn and
          robin won", "Summer has written"), the object of an imperative that takes a person ("Ask
          Hunter about..."), a name on a lost thing's label ("with the name Lily on it"), the owner
          of a house or the week's star in lower case ("at penny's house", "rocky is our star of
          the week"), and a cued list's opener ("Well done to holly and ..."). A word is a season
          that comes or is spoken of among the seasons, a name after "in" ("penpals in Dallas"), a
          name after a verb of buying ("we bought Apple juice"; "bought Apple a card" is the
          child), a capitalised name after English "a"/"an" ("every one a Blessing"; Welsh "a" is
          "and": the word before must be English only), "is out on the hills/trees" (in flower),
          "the capital of", a hyphened brand in a list ("Harley-Davidson"); adults are names
          listed after a staff group even with an unknown name among them ("our volunteers,
          Kerry, Joy and Faith"), a known short form before a name makes it a surname ("Bob
          Marley"), and a full name "would be proud" is a star held up. So a child after "in"
          ("so much talent in Paris") or after "bought" with a list ("bought Hope and Will new
          books") is missed. Left: "Hope rose to the challenge" ("rose" is also what rivers and
          suns do), "Cash only", a famous full name's possessive studied ("learnt about Harry
          Kane's record"), a lower-case list mate after "and" with no cue ("holly and ivy": the
          second), names written on a thing with no "name" ("STORM written on the lid"), a
          virtue in a proverb ("Patience really does pay off"), a film title ("Honey, I Shrunk
          the Kids"), a city as a saying's subject ("Paris is always a good idea"), a month
          before a noun mid-sentence ("brought May flowers"), characters listed with "a genie".
          The strong cue "his baby brother Tiernan" now takes Tiernan, not "brother". Development
          figures before → after are in docs/quality.md, "Twelfth session (branch s12-names)";
          each family was found on those sets (tuned on) or in sentences written for the tests.
        - **Fifteenth session (branch s15-names)**: thirteen grammar families from every
          development set's misses and false alarms and a new writer's probe
          (`evaluation/dev/wordnames-probe-3`: first score on the starting engine P 0.957 R 0.936,
          now 1.000 / 0.957, tuned on). Development figures moved only where the families were:
          lochbrae comments R 0.800 → 1.000, lagan-vale comments 0.933 → 1.000, rhosfach
          comments 0.815 → 0.889, rhosfach posts 0.942 → 0.986, and five sets' precision up; no
          set lost a span. Left: lower-case
          word-names in all-lower comments with no person's verb ("mason smells like...",
          "awen yn edrych mor ciwt"), a name shouted twice ("hope!!! hope!!!"), another school's
          children after "captained by", islands listed with a non-name ("Skye, Iona and Mull"),
          "Name + plural noun" foods and breeds ("Charlotte potatoes", "Morgan horses").
        - **Fifteenth session, word-names from frequency (branch s15-wordfreq)**: the hand-kept
          `lexicon.WORD_NAMES` and `FREQUENT_WORD_NAMES` (which names are words, and which are
          too frequent to look for) are gone; `lexicon.is_word_name` (the English and Welsh
          lists, and the months) decides for any roster, and a shipped wordfreq table
          (`zipf_en.txt`) decides which words are too frequent to be a child in a file name
          alone. The words next to a word-name that make it the word stay, as grammar
          (`WORD_NEIGHBOURS`). Pupil-name development figures did not move in text over 34
          set/kind pairs; images: kingfisher-lane 2 misses found ("amber_and_summer_..."),
          lochbrae 2 false alarms more ("Skye" in an islands picture, as "Iona" already was).
        - **Sixteenth session, photos read with their post (branch s16-photo)**: on
          `evaluation/dev/photonames-16` (written by an independent writer, tuned on since) the
          file-name and alt-text spans went from P 0.828 R 0.822 to P 0.942 R 0.956 (23 false
          alarms and 24 misses to 8 and 6), text unchanged; ysgol-bryncelyn's
          "gwawr_dros_eryri.jpg" (after "gyda'r wawr") is no longer flagged; no other dev set with
          photos moved. The Zipf bar was measured over every dev set with photos: with the post's
          text read, bars from 4.5 to 5.0 tie (4.0 loses one child, 5.3 and above add a false
          alarm), so 5.0 stays; without it the bar only traded false alarms for misses (4.0: 16
          and 30 on the probe, 5.0: 23 and 24, 5.5: 27 and 18). Left: text mistakes carried into
          photos (a word-name opening a sentence before a gerund, "River dipping with ...";
          lower-case Welsh words no dictionary lists, "beth yw elain?", "titw tomos las"), an
          event's stall ("christmas_fair_holly_stall.jpg"), the same name twice in one file name.
    """

    code = "PUP001"
    name = "pupil-name"
    family = N_("pupil identity")
    default_severity = Severity.BLOCK
    summary = N_("A child's name (a pupil on the roster, or another child)")

    def find(self, field: Field, env: Env) -> Iterable[Hit]:
        if not field.text:
            return []
        index = school_index(env.school)
        if field.kind is FieldKind.TEXT:
            matches, env.extra[_POST_KEY] = find_names_in_post(field.folded, index)
        else:
            matches = find_names(field.folded, index, file_name=field.kind is FieldKind.FILENAME,
                                 post=_post_names(field, env, index))
        if not matches:
            return []
        # the same pupils come up draft after draft: describe each group once per school
        places: dict[tuple[int, ...], tuple[str, str]] = env.school.memo("pupil-name:places", dict)
        return [_hit(index, match, field.kind, places) for match in matches]


_POST_KEY = "pupil-name:post"


def _post_names(field: Field, env: Env, index: NameIndex) -> PostNames | None:
    """What the post's text says of its word-names, for a photo's file name or alt text: read
    when the text was checked, or now when a photo's fields are checked alone."""
    if field.kind not in (FieldKind.FILENAME, FieldKind.ALT):
        return None
    post: PostNames | None = env.extra.get(_POST_KEY)
    if post is None:
        text = env.draft.text if env.draft is not None else ""
        post = find_names_in_post(fold(text), index)[1] if text else NO_POST
        env.extra[_POST_KEY] = post
    return post


def _hit(index: NameIndex, match: NameMatch, kind: FieldKind, places: dict[tuple[int, ...], tuple[str, str]]) -> Hit:
    place = places.get(match.pupils)
    if place is None:
        place = places[match.pupils] = (_where(index, match.pupils), _year_pupil(index, match.pupils))
    where = place[0]
    if match.pupils:
        message = phrase("Names a pupil ({where})", where=where) if where else phrase("Names a pupil")
    else:
        message = phrase("Names a child who is not on the roster")
    explanation = phrase("Matched {reason}.", reason=phrase(match.reason))
    if match.hashtag:
        explanation = phrase("Matched {reason}. The whole hashtag is marked because the name is inside it.",
                           reason=phrase(match.reason))
    return Hit(
        start=match.start,
        end=match.end,
        message=message,
        explanation=explanation,
        fix=Fix(_replacement(match, kind, place[1]), safe=False),
        confidence=match.confidence,
    )


def _where(index: NameIndex, pupils: tuple[int, ...]) -> str:  # the year and class: never a name
    """"Year 3, Kestrels" for one pupil; the shared year, or a count, for several."""
    if not pupils:
        return ""
    places = {(index.pupils[p].year_group, index.pupils[p].class_name) for p in pupils}
    if len(places) == 1:
        return ", ".join(x for x in next(iter(places)) if x)
    years = {year for year, _ in places}
    if len(years) == 1:
        return phrase("{year}; {n} pupils share this name", year=next(iter(years)), n=len(pupils))
    return phrase("{n} pupils on the roster share this name", n=len(pupils))


def _year_pupil(index: NameIndex, pupils: tuple[int, ...]) -> str:
    """"a Year 3 pupil" when every pupil of that name is in one year; else "a pupil" or "a child"."""
    years = {index.pupils[p].year_group for p in pupils}
    if len(years) == 1 and (year := next(iter(years))):
        return phrase("a {year} pupil", year=year)
    return phrase("a pupil") if pupils else phrase("a child")


def _replacement(match: NameMatch, kind: FieldKind, year_pupil: str) -> str:
    if kind is FieldKind.FILENAME:
        return phrase("pupil")
    if match.hashtag:
        return ""
    return year_pupil
