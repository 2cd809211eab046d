"""The organisation rules' names and what each says (``WHY``), and the rules in force (``RULES``).

Part of :mod:`helpers.recognise.orgs`: each find of the rules carries its rule's name; the span
it becomes keeps the rule's ``WHY`` (:func:`~helpers.recognise.orgs.merge._merge`), and
:func:`~helpers.recognise.orgs.find.organisations` drops the finds of a rule switched off.
"""

from __future__ import annotations

# the ``why`` of each rule (the span's ``how`` is "evidence"; its spare ``surface`` field keeps this)
WHY = {
    "of": "an organisation word and its 'of' (or 'on') name",
    "amp": "names joined by '&'",
    "club": "a club named after a town",
    "nickname": "a club's word alone as its name before or after a sport's word ('Rovers striker')",
    "prefix": "a club's prefix before its name ('Real Betis') in an article about sport",
    "sport": "a town written as a team in an article about sport",
    "team": "a town and a plural nickname in an article about sport",
    "roster": "a player's club in brackets after the name in a line-up ('Kolbe (Toulon)')",
    "city_club": "a club's own word and its city in an article about sport ('Zalgiris Kaunas')",
    "result": "a name before its score in a result ('Arsenal 3 Chelsea 0') in an article about sport",
    "demonym": "a demonym that starts an organisation's own name",
    "country": "a country that starts an organisation's own name",
    "described": "described as a company or organisation ('X, a … company')",
    "owned": "named as a company ('shares of X', 'shares in X', 'a unit of X')",
    "based": "a company after 'X-based'",
    "longer": "an organisation's name that goes on past 'and', 'for', 'in', 'on', a hyphen or a possessive",
    "noun": "an organisation's noun before it ('chocolate maker X', 'regulator X', 'the band X')",
    "band": "a band: a member's role after it ('X guitarist', 'X singer')",
    "body": "an everyday word and a place's name ('Audit Scotland', 'Tourism Jasper')",
    "seat": "a seat of government that speaks or acts ('the White House said')",
    "school": "a US state's or town's name before 'State': a university or its team ('Ohio State')",
    "head": "an organisation word alone after 'the', in an article that names the organisation",
    "group": "a band's or a paper's name that starts with 'The' ('an album by The Triffids')",
    "party": "a party's name before a word of politics ('a Labor MP', 'the Liberal caucus', 'the Civil Contract party')",
    "employer": "the firm the text's analysts or economists work at ('analysts at Jefferies')",
    "listed": "a body named by a list of its fields ('the Culture, Media and Sport Committee')",
    "unit": "a military unit by its number or a fleet by its sea ('the 82nd Airborne Division', 'the Baltic Fleet')",
    "possessive": "a saint's, a people's, a monarch's or an officer's possessive (or a monarch's name) before an institution's word ('St Mary's Hospital', 'Sheriff's Office')",
}

# the rules in force (tests switch one off to see that a test pins it)
RULES = set(WHY)
