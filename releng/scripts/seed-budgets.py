#!/usr/bin/env python3
"""Budget tables of the 2009-12 business plan (seed 002) as <budgets> elements of the sample plan.

Not product code: a one-off reader of the seed's tab-separated table text, kept so the sample's figures can be
checked against (or re-read from) the seed. Usage:

    releng/scripts/seed-budgets.py ../shared/seeds/002_272e946bc36ddec3.txt > budgets.xml
    releng/scripts/seed-budgets.py SEED --check examples/policing-london-2009-12/plan.plan

Revenue tables: "Outturn 2007/08 £000<TAB><TAB>Original Budget 2008/09 £000..." then one row per line:
outturn<TAB>label<TAB>six amounts (a blank field is a blank cell). Capital tables: "Heading<TAB>2009/10 £000s..." then
label<TAB>amounts. A row without amounts is a heading; a row whose label starts Total/Net/Grand total/Budget
requirement is a total.
"""
import re
import sys
from xml.sax.saxutils import quoteattr

REVENUE = [
    # (title as printed, id, business group)
    ("Revenue Budget – Summary by Expenditure Type", "budget-summary-expenditure-2009-12", None),
    ("Revenue Budget – Summary by Service", "budget-summary-service-2009-12", None),
    ("Metropolitan Police Authority 2009-12 Budget", "budget-mpa-2009-12", None),
    ("Territorial Policing 2009-12 Budget", "budget-tp-2009-12", "bg-tp"),
    ("Specialist Crime Directorate 2009-12 Budget", "budget-scd-2009-12", "bg-scd"),
    ("Specialist Operations 2009-12 Budget", "budget-so-2009-12", "bg-so"),
    ("Central Operations 2009-12 Budget", "budget-co-2009-12", "bg-co"),
    ("Olympics Security Directorate 2009-12 Budget", "budget-osd-2009-12", "bg-o"),
    ("Resources Directorate 2009-12 Budget", "budget-dor-2009-12", "bg-dor"),
    ("Directorate of Information 2009-12 Budget", "budget-doi-2009-12", "bg-doi"),
    ("Human Resources 2009-12 Budget", "budget-hr-2009-12", "bg-hr"),
    ("Public Affairs 2009-12 Budget", "budget-dpa-2009-12", "bg-dpa"),
    ("Deputy Commissioners' Portfolio 2009-12 Budget", "budget-dcp-2009-12", "bg-dcp"),
    ("Centrally Held", "budget-centrally-held-2009-12", None),
    ("Specific Grant Funding", "budget-specific-grants-2009-12", None),
]
CAPITAL = [
    ("CAPITAL 7 YEAR PROGRAMME 2009/10 TO 2015/16 - EXPENDITURE BY PROVISIONING GROUP", "budget-capital-by-provisioning-2009-16"),
    ("CAPITAL 7 YEAR PROGRAMME 2009/10 TO 2015/16 - EXPENDITURE BY CLIENT GROUP", "budget-capital-by-group-2009-16"),
    ("CAPITAL 7 YEAR PROGRAMME 2009/10 TO 2015/16 - EXPENDITURE BY CORPORATE OBJECTIVE", "budget-capital-by-objective-2009-16"),
    ("CAPITAL 7 YEAR PROGRAMME 2009/10 TO 2015/16 - FUNDING SOURCES", "budget-capital-funding-2009-16"),
]
REVENUE_COLUMNS = [("Outturn 2007/08", "2007/08", "outturn"), ("Original Budget 2008/09", "2008/09", "original budget"),
                   ("Revised Budget 2008/09", "2008/09", "revised budget"), ("Forecast 2008/09", "2008/09", "forecast"),
                   ("Budget 2009/10", "2009/10", "budget"), ("Budget 2010/11", "2010/11", "budget"),
                   ("Budget 2011/12", "2011/12", "budget")]
TOTAL = re.compile(r"(?i)^(total|net |grand total|budget requirement)")


def find(lines, title, start=0):
    for i in range(start, len(lines)):
        if lines[i].strip().rstrip(":") == title:
            return i
    raise SystemExit("seed: no table titled %r" % title)


def rows_after(lines, i, header_start):
    while not lines[i].startswith(header_start):
        i += 1
    header = lines[i].rstrip("\n").split("\t")
    rows = []
    i += 1
    while i < len(lines) and lines[i].strip():
        rows.append(lines[i].rstrip("\n").split("\t"))
        i += 1
    return header, rows


def trim(amounts):
    amounts = [a.strip() for a in amounts]
    while amounts and not amounts[-1]:
        amounts.pop()
    return amounts


def revenue(lines, title, ident):
    _, rows = rows_after(lines, find(lines, title), "Outturn 2007/08")
    out = []
    for f in rows:
        f += [""] * (8 - len(f))
        out.append((f[1].strip(), trim([f[0]] + f[2:8])))
    return REVENUE_COLUMNS, out


def capital(lines, title, ident):
    header, rows = rows_after(lines, find(lines, title), "")
    # the header line is the first non-blank line after the title
    i = find(lines, title) + 1
    while not lines[i].strip():
        i += 1
    header = lines[i].rstrip("\n").split("\t")
    rows = []
    i += 1
    while i < len(lines) and lines[i].strip():
        rows.append(lines[i].rstrip("\n").split("\t"))
        i += 1
    columns = []
    for h in header[1:]:
        year = h.replace("£000s", "").strip()
        columns.append((year, year, "programme"))
    return columns, [(f[0].strip(), trim(f[1:])) for f in rows]


def kind(label, amounts):
    if not amounts:
        return "heading"
    return "total" if TOTAL.match(label) else None


def xml(ident, title, group, capital_kind, columns, rows):
    attrs = 'id=%s title=%s' % (quoteattr(ident), quoteattr(title))
    if group:
        attrs += ' businessGroup="#%s"' % group
    if capital_kind:
        attrs += ' kind="capital"'
    out = ['  <budgets %s unit="£000">' % attrs]
    for n, (label, year, basis) in enumerate(columns, 1):
        out.append('    <columns id="%s-c%d" label=%s year="%s" basis="%s"/>' % (ident, n, quoteattr(label), year, basis))
    for n, (label, amounts) in enumerate(rows, 1):
        k = kind(label, amounts)
        head = '    <lines id="%s-l%d" label=%s%s' % (ident, n, quoteattr(label), ' kind="%s"' % k if k else "")
        if not amounts:
            out.append(head + "/>")
            continue
        out.append(head + ">")
        for a in amounts:
            out.append("      <amounts>%s</amounts>" % a if a else "      <amounts></amounts>")
        out.append("    </lines>")
    out.append("  </budgets>")
    return "\n".join(out)


def printed_title(t):
    if t.startswith("CAPITAL"):
        return "Capital 7 year programme 2009/10 to 2015/16 - " + t.split(" - ", 1)[1].lower()
    return t


def tables(lines):
    """Every table, in the seed's order."""
    found = []
    for title, ident, group in REVENUE:
        columns, rows = revenue(lines, title, ident)
        found.append((find(lines, title), (ident, printed_title(title), group, False, columns, rows)))
    for title, ident in CAPITAL:
        columns, rows = capital(lines, title, ident)
        found.append((find(lines, title), (ident, printed_title(title), None, True, columns, rows)))
    return [t for _, t in sorted(found, key=lambda x: x[0])]


def main():
    lines = open(sys.argv[1], encoding="utf-8").readlines()
    if len(sys.argv) > 3 and sys.argv[2] == "--check":
        plan = open(sys.argv[3], encoding="utf-8").read()
        bad = 0
        figures = 0
        for ident, title, group, cap, columns, rows in tables(lines):
            for n, (label, amounts) in enumerate(rows, 1):
                m = re.search(r'<lines id="%s-l%d" label="([^"]*)"[^>]*?(/>|>(.*?)</lines>)' % (re.escape(ident), n), plan, re.S)
                got = re.findall(r"<amounts>([^<]*)</amounts>|<amounts/>", m.group(3) or "") if m else None
                figures += sum(1 for a in amounts if a)
                if got is None or trim(got) != amounts:
                    bad += 1
                    print("differs: %s line %d %s: seed %s, plan %s" % (ident, n, label, amounts, got))
        print("%d figures checked, %d lines differ" % (figures, bad))
        sys.exit(1 if bad else 0)
    skip = set(sys.argv[2:])
    for ident, title, group, cap, columns, rows in tables(lines):
        if ident not in skip:
            print(xml(ident, title, group, cap, columns, rows))


if __name__ == "__main__":
    main()
