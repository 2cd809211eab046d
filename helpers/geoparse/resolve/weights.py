"""The evidence weights and distances of sense choice: what the article's evidence adds to a
sense's prior (log10 population + kind bonus), and the distances and sizes its rules work by.

Part of :mod:`helpers.geoparse.resolve`. In one module so the figures measured on the corpora
are tuned in one place; read by :mod:`~helpers.geoparse.resolve.scoring` (a round's scores),
:mod:`~helpers.geoparse.resolve.senses` (nearness), :mod:`~helpers.geoparse.resolve.candidates`
(the senses a name keeps), :mod:`~helpers.geoparse.resolve.colocation` and
:mod:`~helpers.geoparse.resolve.pairs`. (The list rule's figures live with it, in
:mod:`~helpers.geoparse.resolve.lists`, and the municipal share with the rule that reads it, in
:mod:`~helpers.geoparse.resolve.candidates`.)
"""

from __future__ import annotations

from helpers.gazetteer import ALT_NAME_PENALTY

# Evidence weights, added to the prior (log10 population + kind bonus). Chosen by looking at the
# classes of geocoding errors on the corpora (same-name towns, town-vs-country, town-vs-state).
PAIR_BONUS = 8.0  # "Alexandria, La." / "Danang, Vietnam"
STATE_BONUS = 2.5  # the article names the town's state
SUPPORT_BONUS = 3.0  # × share of the article's other places in the same country
# a state or province of a country none of the article's other places (this many or more) lie in
# loses what its kind adds to its prior: "later in Trujillo" in a story of Lima, Piura and
# Chiclayo was Venezuela's Trujillo state (578,000 people, +1 as a state) over Peru's city of a
# million
LONE_STATE_PENALTY = 1.0
_LONE_STATE_MIN_OTHERS = 3
NEAR_BONUS = 1.5  # within NEAR_KM of another place the article names
NEAR_KM = 150.0
# a city this big says nothing by its neighbourhood: a story naming Seoul and "the southwestern
# city of Gwangju" (1.4 million people) was the Gyeonggi town of 80,000 near Seoul; a Berlin
# story's "Frankfurt" was Frankfurt (Oder), 80 km away (round 53: 5 → 3 million, LGL acc@161
# .892 → .893, mean error 356 → 355 km; GWN unchanged; 2 and 1 million no better)
NEAR_MAX_POP = 3_000_000
# × share of the article's other towns, counties and states that lie in the same state (measured
# 1 → 5 on LGL/GWN: acc@161 0.851/0.912 → 0.859/0.913, flat from 3; weighting names by their
# mention count or by how sure their own best sense is did not help)
REGION_BONUS = 3.0
# × (up to COLOC_HITS) other names that have a town or county within NEAR_KM of this sense, whether
# or not that sense is the other name's current choice: two ambiguous names rarely both have
# senses side by side by chance (measured 0.5 / 1.0 / 1.5: LGL acc@161 0.868 / 0.874 / 0.875, GWN
# 0.913 / 0.913 / 0.912; counting 1 / 2 / 3 neighbours: LGL 0.871 / 0.873 / 0.874)
COLOC_BONUS = 1.0
COLOC_HITS = 3
_CELL = 1.5  # degrees: a NEAR_KM neighbour lies in the same or an adjacent cell
ALT_PENALTY = ALT_NAME_PENALTY  # an alternate name is a weaker claim than a place's own name

# a city or a state this big outweighs its namesakes under a 300th of its size (round 48: a
# thousandth left "a Brisbane woman" in Brisbane, California, 490 times smaller) by
# WORLD_PENALTY, unless WORLD_LOCAL_SHARE of the article's other towns lie in their state
WORLD_MIN_POP = 200_000
WORLD_RATIO = 300
WORLD_PENALTY = 3.0
WORLD_LOCAL_SHARE = 0.67
