"""Write the second phrasing probe's comments.jsonl: `python evaluation/dev/phrasing-probe-2/build.py`.

The same three families and polarities as ``../phrasing-probe`` (ids ``<family>-<harm|ok>-<n>[-cy]``),
15 comments each, about a quarter Welsh. Written on branch s7-triforms *after* the rule changes that
the first probe prompted, without running the engine on them, and scored once: a check that the
changes carry over to wording they were not tuned on. ``../phrasing-probe/families.py`` scores it
(pass this folder's comments.jsonl as ``--gold``).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))  # the repository root, for evaluation.builder

from evaluation import builder  # noqa: E402

A_OK = [
    ("My grandparents came over from Bangladesh and they're doing the cooking demo at the summer fair", "parent", "other"),
    ("We're a same-sex couple and we just wanted to say how welcome the nursery team made us feel", "parent", "praise"),
    ("Is there a prayer room the Muslim staff and parents can use during the Eid open day?", "parent", "question"),
    ("Our daughter uses a hearing aid, could she sit near the front for the theatre trip?", "parent", "question"),
    ("Shout out to the Irish dancing club, the Traveller girls were fantastic on stage", "public", "praise"),
    ("As a Jewish grandad I loved seeing the children light the menorah", "parent", "praise"),
    ("Our son's best friend is a refugee from Eritrea and they've been inseparable since September", "parent", "other"),
    ("My husband is Chinese and happy to teach calligraphy at the Lunar New Year workshop", "parent", "other"),
    ("I'm a trans woman and a governor here, happy to answer questions at the open evening", "public", "other"),
    ("Our autistic twins would love a visual timetable for the trip, is that possible?", "parent", "question"),
    ("Vaisakhi greetings to all our Sikh families!", "parent", "praise"),
    ("Ysgol anhygoel, mae fy merch fyddar wedi ffynnu yma", "parent", "praise"),
    ("Ni'n deulu o Syria ac mae'r plant wedi gwneud cymaint o ffrindiau, diolch", "parent", "praise"),
    ("Oes modd cael cinio kosher ar gyfer y trip i Gaerdydd?", "parent", "question"),
    ("Mae gan fy merch ddwy fam ac roedd hi mor falch o ddarllen ei stori i'r dosbarth", "parent", "praise"),
]
A_HARM = [
    ("Bangladeshis have turned the high street into a slum and now the school's going the same way", "public", "hate"),
    ("Same-sex couples at the nursery, it's sick and the children shouldn't see it", "public", "hate"),
    ("Eritreans are nothing but trouble, the police are round that hostel every night", "public", "hate"),
    ("The Chinese spread that virus and now their kids are in our classrooms", "public", "hate"),
    ("Trans women are predators and one is a governor at this school, wake up", "public", "hate"),
    ("Deaf kids are a waste of a teacher's time, stick them in a special unit", "parent", "hate"),
    ("Albanians are gangsters, every last one, keep them away from the school gate", "public", "hate"),
    ("Muslim men are a danger to our girls and everyone's too scared to say it", "public", "hate"),
    ("Kurds are animals, look at the state of the park since they moved in", "public", "hate"),
    ("Travellers are a plague on this village, the school should refuse them", "public", "hate"),
    ("Bisexual teachers are perverts who can't make their minds up", "public", "hate"),
    ("Mae'r Albaniaid yn droseddwyr i gyd, cadwch nhw o'r ysgol", "public", "hate"),
    ("Mae pobl anabl yn faich ar bawb", "public", "hate"),
    ("Pla yw'r Sipsiwn ar y pentref", "public", "hate"),
    ("Mae dynion Mwslimaidd yn beryglus i'n merched ni", "public", "hate"),
]
B_OK = [
    ("Kurdish families are not criminals. They're parents like the rest of us", "parent", "other"),
    ("My neighbour said Gypsies never pay their way. I told her my best friend at school was a Traveller and the hardest worker I know", "parent", "other"),
    ("There's a rumour going round that the refugee kids are violent. It's completely untrue and it needs to stop", "parent", "other"),
    ("I would never tell a child their two mums aren't a proper family", "parent", "other"),
    ("Someone in the car park called a dad a 'terrorist' because of his beard. Disgraceful, I've told the head", "parent", "complaint"),
    ("Autistic children aren't rude, they communicate differently", "parent", "other"),
    ("Muslim girls in hijab are not oppressed, my daughter chose hers and she's proud of it", "parent", "other"),
    ("The comment saying Black parents are aggressive was vile and I'm glad it was deleted", "parent", "other"),
    ("Being trans isn't a trend and it isn't contagious", "public", "other"),
    ("Don't believe anyone who says Eastern European families don't value school, mine has a 100% attendance award", "parent", "other"),
    ("Nobody should call the wheelchair users in year 3 a nuisance, that's cruel", "parent", "other"),
    ("Dyw teuluoedd o Syria ddim yn beryglus, maen nhw wedi ffoi rhag rhyfel", "public", "other"),
    ("Clywais rywun yn dweud bod y Sipsiwn yn fudr. Dywedais ei fod yn anghywir", "parent", "other"),
    ("Fyddwn i byth yn galw rhywun yn enw hiliol", "parent", "other"),
    ("Dyw pobl hoyw ddim yn beryg i blant, stopiwch ddweud hynny", "parent", "other"),
]
B_HARM = [
    ("Kurdish families are not the kind of people we want at our school", "public", "hate"),
    ("I'm not prejudiced but Gypsies shouldn't be allowed on the school trip", "parent", "hate"),
    ("Refugee kids aren't capable of keeping up with ours and never will be", "parent", "hate"),
    ("Two mums is not a proper family and no school will make me say it is", "public", "hate"),
    ("No Muslim has any place on our parents' council", "public", "hate"),
    ("Autistic kids don't deserve the same places as kids who can behave", "parent", "hate"),
    ("Black parents aren't capable of raising kids properly, that's why the school has problems", "public", "hate"),
    ("Trans people aren't real and I won't pretend otherwise for any school", "public", "hate"),
    ("Eastern European families don't belong in a Welsh school", "public", "hate"),
    ("I don't have a problem with the disabled, I just don't want them in my daughter's class", "parent", "hate"),
    ("Jewish families never give anything back to this community", "public", "hate"),
    ("Dyw teuluoedd o Syria ddim yn perthyn yma", "public", "hate"),
    ("Dw i ddim yn hiliol ond dyw'r Sipsiwn ddim yn haeddu lle yn yr ysgol", "public", "hate"),
    ("Dyw dwy fam ddim yn deulu go iawn", "public", "hate"),
    ("Fydd y ffoaduriaid byth yn rhan o'r gymuned", "public", "hate"),
]
C_HARM = [
    ("Why do Albanians always end up running the car washes and the drugs?", "public", "hate"),
    ("Isn't it true that trans people are just mentally ill?", "public", "hate"),
    ("Why should my taxes pay for interpreters for families who won't learn English?", "public", "hate"),
    ("Why are Jewish families always so tight with money at the fair?", "public", "hate"),
    ("Honest question, why do Muslims breed so much?", "public", "hate"),
    ("Is it only me who thinks Travellers are thieves?", "public", "hate"),
    ("Are disabled kids really worth all this money when our kids go without?", "parent", "hate"),
    ("I personally think gay couples are a bad influence on young children", "parent", "hate"),
    ("No offence but Eritreans are lazy and live off benefits", "public", "hate"),
    ("In my opinion Muslim dads shouldn't be allowed on trips with our girls", "parent", "hate"),
    ("I reckon the refugees are the reason for all the crime around the school", "public", "hate"),
    ("Pam mae'r Albaniaid i gyd yn droseddwyr?", "public", "hate"),
    ("Onid yw pobl draws yn sâl yn eu pennau?", "public", "hate"),
    ("Yn fy marn i, mae'r mewnfudwyr yn ddiog", "public", "hate"),
    ("Dw i'n meddwl bod y Sipsiwn yn fudr", "public", "hate"),
]
C_OK = [
    ("Why do Sikh boys wear a patka? My son wants to understand his new friend", "parent", "question"),
    ("Isn't it true that the Eid party has moved to the big hall this year?", "parent", "question"),
    ("Honest question, how can I support my daughter's friend who has just come out as gay?", "parent", "question"),
    ("Why are the wheelchair users' seats at the back for the concert? They should be at the front", "parent", "complaint"),
    ("Is it only me who thinks the refugee welcome picnic should happen every year?", "parent", "praise"),
    ("I personally think the deaf awareness week was the best thing the school did this year", "parent", "praise"),
    ("No offence but the Diwali letter spelt the festival wrong 😂", "parent", "other"),
    ("In my opinion the Traveller families should be invited to help plan the history project", "parent", "other"),
    ("I reckon the Jewish museum trip needs more parent helpers, count me in", "parent", "other"),
    ("Why do Muslims pray five times a day? Asking for my 8 year old who is doing a project", "parent", "question"),
    ("Are the autism-friendly sessions at the cinema open to the whole class?", "parent", "question"),
    ("Pam mae bechgyn Sikh yn gwisgo patka? Mae fy mab eisiau deall", "parent", "question"),
    ("Onid yw'r parti Eid yn y neuadd fawr eleni?", "parent", "question"),
    ("Yn fy marn i roedd wythnos ymwybyddiaeth byddardod yn wych", "parent", "praise"),
    ("Dw i'n meddwl y dylai teuluoedd y Teithwyr helpu i gynllunio'r prosiect hanes", "parent", "other"),
]
SETS = {("a", "ok"): A_OK, ("a", "harm"): A_HARM, ("b", "ok"): B_OK, ("b", "harm"): B_HARM,
        ("c", "ok"): C_OK, ("c", "harm"): C_HARM}
WELSH = 4


def main() -> None:
    builder.write_jsonl(HERE / "comments.jsonl", builder.phrasing_comments(SETS, WELSH))


if __name__ == "__main__":
    main()
