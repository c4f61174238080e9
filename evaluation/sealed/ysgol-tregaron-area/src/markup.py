import re
TYPES = {"TEL": "phone-number", "EMAIL": "email-address", "ADDR": "home-address", "DOB": "date-of-birth"}
RX = re.compile(r"\[\[(.+?)\|([A-Z0-9-]+)\]\]", re.S)

def parse(marked):
    """Return (plain_text, spans) from [[surface|CODE]] markup."""
    out = []; spans = []; pos = 0; plain_len = 0
    for m in RX.finditer(marked):
        pre = marked[pos:m.start()]
        out.append(pre); plain_len += len(pre)
        surf, code = m.group(1), m.group(2)
        start = plain_len
        out.append(surf); plain_len += len(surf)
        if code in TYPES:
            spans.append({"start": start, "end": plain_len, "type": TYPES[code], "pupil_id": None, "on_roster": None, "text": surf})
        elif code == "-":
            spans.append({"start": start, "end": plain_len, "type": "pupil-name", "pupil_id": None, "on_roster": False, "text": surf})
        elif re.fullmatch(r"TRE\d{3}", code):
            spans.append({"start": start, "end": plain_len, "type": "pupil-name", "pupil_id": code, "on_roster": True, "text": surf})
        else:
            raise ValueError(f"bad code {code!r} in {marked[:60]!r}")
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text or "|" in text:
        raise ValueError(f"leftover markup in {text[:80]!r}")
    for s in spans:
        assert text[s["start"]:s["end"]] == s["text"]
    return text, spans
