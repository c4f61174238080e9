#!/usr/bin/env python3
"""Write school.toml and staff.csv."""
import csv, os
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TOML = '''# Sealed set: a synthetic Catholic primary school in Camborne, Cornwall. Used by `safepost check --school` and `safepost triage --school`.
name = "Our Lady Star of the Sea Catholic Primary School"
policy = "default"          # the default pack enables every rule
nation = "england"
address = "Trelowen Road, Camborne, Cornwall TR14 8QX"
local_authority = "Cornwall Council"
web_domains = ["ourladycamborne.sch.uk"]
email_domains = ["ourladycamborne.sch.uk"]
emails = ["office@ourladycamborne.sch.uk", "admissions@ourladycamborne.sch.uk"]
phones = ["01632 960418"]
allowed_link_domains = ["ourladycamborne.sch.uk", "cornwall.gov.uk", "gov.uk", "bbc.co.uk", "nhs.uk", "plymouth-diocese.org.uk"]
platforms = ["facebook"]
'''
STAFF = [
("Mrs", "Siobhan", "Tregenza", "Headteacher"),
("Mr", "Jago", "Hocking", "Deputy Headteacher; Designated Safeguarding Lead (DSL); Class teacher (Year 6, Michael)"),
("Mrs", "Kerensa", "Polkinghorne", "SENCo; Deputy DSL"),
("Miss", "Tamsin", "Curnow", "Class teacher (Reception, Ia)"),
("Mrs", "Agnieszka", "Wrona", "Class teacher (Year 1, Petroc)"),
("Mrs", "Grace", "Tonkin", "Class teacher (Year 2, Meriasek)"),
("Mr", "Ben", "Sweeney", "Class teacher (Year 3, Piran)"),
("Miss", "Demelza", "Carne", "Class teacher (Year 4, Kea)"),
("Mr", "Rob", "Tresidder", "Class teacher (Year 5, Columb)"),
("Mrs", "Joy", "Bautista", "Teaching assistant (TA)"),
("Mrs", "Lorna", "Trudgeon", "Teaching assistant (TA)"),
("Mrs", "Hope", "Jago", "Teaching assistant (TA)"),
("Miss", "Elowen", "Pearce", "Apprentice teaching assistant"),
("Mr", "Piran", "Nance", "Sports and surf coach"),
("Mr", "Francis", "Opie", "Site manager"),
("Mrs", "Faith", "Angwin", "Cook"),
("Mrs", "Morwenna", "Trewhella", "School business manager (runs the Facebook page)"),
("Mrs", "Sheila", "Pascoe", "Office administrator"),
("Mrs", "Rosa", "Dela Cruz", "Midday supervisor"),
("Mrs", "Teresa", "Mulligan", "Breakfast Club lead"),
("Fr", "Tomasz", "Nowak", "Parish priest and school chaplain"),
("Deacon", "Mick", "Rowe", "Parish deacon (chaplaincy team)"),
]
open(os.path.join(OUT, "school.toml"), "w", encoding="utf-8").write(TOML)
with open(os.path.join(OUT, "staff.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["staff_id", "title", "first_name", "last_name", "role"])
    for i, row in enumerate(STAFF, 1):
        w.writerow([f"CCS{i:02d}", *row])
