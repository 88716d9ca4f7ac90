"""Find the entities an article mentions and resolve each mention to one entity.

Four sources of mentions, in order of trust: the curated reference entities and
their aliases; designated missions and vehicles of a known series (``Shenzhou
XII`` is ``Shenzhou-12``); names discovered by their form (a capitalised run
ending in a head word such as ``Conference`` or ``Agency``, a name after a role
word such as ``astronaut``); and short forms resolved within the article
(``Nie`` after ``Nie Haisheng``, ``the president``, an acronym defined in
parentheses). Overlaps keep the longest, most trusted span.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from .lexicon import Lexicon, Series
from .model import Document, Entity, Kind, Mention, Span
from .text import APPOSITIVE, PHOTO_CREDIT, SUB_DATELINE, TITLE_FORM, alternation, fold, slug

_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50}
_ROMAN_RE = r"(?:X{0,3}(?:IX|IV|V?I{1,3}|V)|X{1,3})"

# The words of what a firm makes or does that end its name and that it is also called without ("Occidental Petroleum",
# "Sega Enterprises"): head words, firm heads and trade words below.
_MADE_WORDS = "Petroleum Aircraft Steel Chemicals Pharmaceuticals Enterprises Communications"
# The words of a company's kind that open its name in other languages, which it is also called without: "Societe Bic"
# and "Bic", "Groupe Renault" and "Renault".
_OPENING_FORMS = "Societe Compagnie Compania Sociedad Societa Groupe Gruppo Grupo Banco Banque"
# Head words that make a capitalised run a name of that kind. The first head word decides.
_HEAD_WORDS = {
    Kind.GATHERING: """Conference Exhibition Summit Forum Congress Expo Symposium Workshop Festival
        Olympiad Airshow Dialogue Convention Fair Games Championships Meeting Open Cup Tour Olympics Paralympics
        Contest Bowl Marathon Prix Regatta Derby Stakes""",
    Kind.ORGANIZATION: f"""Organization Organisation Agency Administration Corporation Academy University
        Institute Committee Ministry Commission Office Council Bureau Association Society Laboratory School College
        Company Department Group Federation Foundation Center Centre Authority Observatory Observatories
        Bank Industries Airlines Airways Motors Holdings Technologies Shipyard Service Limited Exchange
        Alliance Survey Party Court Parliament Fund Church Senate Museum Force Dicastery Congregation League Team
        Systems Kaisha Confederation Network Consortium Club Guard Army Navy Forces Corps News Institutes Assembly
        Entertainment Board Aerospace Democrats Pictures Studios Transport Grill Restaurants Cafe Coffee Foods
        Brands Beverages Electronics Automobiles Police Works Electric Fleet Railways Laboratories Oil Insurance
        Microsystems Railroad Telecom Telekom Brigade Brigades Underground Mining Branch Deutsche Cars Automobile
        Partners Establishment Trains {_MADE_WORDS} {_OPENING_FORMS}""",
    Kind.PLACE: """Province City County Island Desert Spaceport Cosmodrome Banner Prefecture Crater Stadium
        Arena Airport Gulf Bay Sea Strait Lake River Mountains Peninsula Plateau Valley Palace Stade Estadio Stadio
        Stadion Bridge Tunnel Canal Rua Rue Calle Avenida Praca Piazza Plaza
        Mare Oceanus Sinus Lacus Palus Planitia Planum Mons Montes Vallis Dam Tower Towers Square Range Mount District
        Reservoir Park Gardens Firth Town Hospital Infirmary Grottoes Grotto Caves Islands Zoo Chapel Basilica Cathedral
        Abbey Mosque Temple
        Shrine Camp Stream Castle Street Collider Wall Gate Harbour Harbor Point Port Hotel Empire Statue Lagoon
        Atoll Archipelago Reef Glacier Fjord Wharf Pier Quay Republic Downs Racecourse Speedway Theatre Theater Trench
        Canyon Gorge Territory Territories Pradesh Oblast Krai Governorate Indies Sound Cape Road Avenue Boulevard
        Isles Isle Galleria Fort""",
    Kind.MISSION: """Mission Programme Program Project Telescope Lander Rover Orbiter Probe Explorer Experiment Surveyor
        Satellite""",
}
_HEADS: dict[str, Kind] = {w: kind for kind, words in _HEAD_WORDS.items() for w in words.split()}
# What is won, not who gives it: "the Academy Award", "the Nobel Prize".
_HONOURS = frozenset("Prize Award Awards Medal Trophy".split())
_PLACE_TAILS = (
    "Launch Site", "Launch Center", "Launch Centre", "Landing Site",
    "Control Center", "Control Centre", "Space Center", "Space Centre",
    "Space Force Station", "Air Force Station", "Space Force Base", "Air Force Base", "Air Base", "Naval Base",
    "Naval Air Station",
    "Railway Station", "Train Station", "Bus Station", "Metro Station", "Launching Station",
    "Proving Ground", "Sports Center", "Sports Centre", "Exhibition Center", "Exhibition Centre", "Convention Center",
    "Convention Centre", "Opera House", "Trade Center", "Trade Centre", "Flight Center", "Flight Centre",
    # (after a name, not opening one: "the Asch Building", not the headline's "Building Tiangong")
    " Building",
)  # fmt: skip

# A command, not a place: "the Southern Military District", "the Eastern Theater Command"; a maker of cars (not a
# family name: "Laurence des Cars"); a builder or an owner of power stations ("Horizon Nuclear Power").
_ORGANIZATION_TAILS = (
    "Military District", "Theater Command", "Theatre Command", "Motor Cars", "Air Lines", "Red Cross", "Red Crescent",
    "Nuclear Power", "Electric Power",
    # (a carmaker by its last word, "Skoda Auto", "Great Wall Auto"; not "the Detroit Auto Show")
    " Auto",
    # (a football club by its last word: "Manchester United", "Bristol Rovers", "Tottenham Hotspur")
    " United", " Rovers", " Wanderers", " Hotspur", " Albion",
)  # fmt: skip
_CHAMBER = re.compile(r"House of (?:Commons|Lords|Representatives|Councillors|Delegates|Peers|Keys)\b")
_VEHICLE_TAILS = ("Launch Vehicle", "Carrier Rocket")
# A craft, not a rocket: "H-II Transfer Vehicle", "Orbital Test Vehicle", "Mars Ascent Vehicle".
# (An observatory of light that only orbit sees, or of space itself, is a craft: "Chandra X-ray Observatory",
# "Compton Gamma Ray Observatory", "Herschel Space Observatory"; "Purple Mountain Observatory" is a body.)
_CRAFT_TAILS = (
    "Transfer Vehicle", "Test Vehicle", "Ascent Vehicle", "Return Vehicle", "Crew Vehicle",
    "X-ray Observatory", "X-Ray Observatory", "Gamma-ray Observatory", "Gamma-Ray Observatory", "Gamma Ray Observatory",
    "Space Observatory", "Heliospheric Observatory", "Dynamics Observatory", "Carbon Observatory",
)  # fmt: skip
# Words joined to a name by a hyphen that leave it a name ("Houston-based", "NASA-funded").
_JOINED_WORDS = "based born built made headquartered funded backed owned led run operated developed sponsored".split()
_PLACING = rf"(?:{'|'.join(_JOINED_WORDS)})"
_PLACED = tuple(f"-{w}" for w in _JOINED_WORDS)

# Possessives inside names, not owners before them: "National People's Congress".
_NOT_OWNERS = frozenset(("People's", "Children's", "Women's", "Men's"))
_SAINTS = frozenset(("St.", "St", "Saint"))
_OPENING_VERB = re.compile(r"[A-Z][a-z]+(?:[^s]s|ed)")
_CALENDAR_WORDS = frozenset(
    "January February March April May June July August September October November December "
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Jan. Feb. Mar. Apr. Jun. Jul. Aug. Sep. Sept. "
    "Oct. Nov. Dec. Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
)
_SHORT_COUNTRIES = ("U.S. ", "U.K. ")
_CONNECTORS = frozenset(("of", "on", "and", "for", "the", "de", "des", "du", "pour", "et", "bin", "ibn", "&"))
# What a body that speaks does, right after its name.
_BODY_REPORTS = "said|says|announced|reported|confirmed"
_SPEAKS_AFTER = re.compile(rf"\s+(?:{_BODY_REPORTS})\b")
_BUILT_BY = re.compile(r"\b(?:built|developed|made|designed|operated|run)\s+by\s+(?:the\s+)?$")
# Festivals that are days of the calendar, not gatherings: "the Spring Festival travel rush".
_HOLIDAYS = frozenset(
    ("Spring Festival", "Lantern Festival", "Qingming Festival", "Dragon Boat Festival", "Mid-Autumn Festival",
     "Double Ninth Festival", "Laba Festival", "Duanwu Festival", "Chinese New Year Festival")
)  # fmt: skip
# Money named by a head word: "paid in Deutsche Marks".
_CURRENCIES = frozenset(("Deutsche Mark", "Deutsche Marks"))
# Titles that, inside a run of capitalised words, end the name before them.
_RUN_TITLES = frozenset(
    "President Vice Premier Chairman Chairwoman Administrator Director Director-General Mayor Governor Minister "
    "Secretary Secretary-General Ambassador Chancellor Commissioner Spokesperson Spokesman Spokeswoman Deputy CEO "
    "Chief Captain Colonel Commander Lieutenant Admiral Sergeant Sheriff Speaker".split()
)
# A rank's first word, before the title in a run: "Indian Air Force Group Captain Shubhanshu Shukla".
_RANK_OPENERS = frozenset("Group Wing Flight Squadron Lieutenant Rear Vice".split())
_RUN_TITLE = re.compile(rf"\s(?:{'|'.join(sorted(_RUN_TITLES))})\s")
# An initial too ("Sara D. Roosevelt Park"), but not the last letter of "U.S.".
# (an engineer's title may open a firm's name: "Ing. C. Olivetti & C.")
_CAP = r"(?:\d+(?:st|nd|rd|th)|(?<!\.)[A-Z]\.(?=\s[A-Z])|(?:St|Ing)\.(?=\s[A-Z])|[A-Z][\w'-]*)"
# (the particles of Romance names, which join a town's words too: "Juiz de Fora", "Barra da Tijuca", and a
# venue's: "Estadio da Luz")
_ROMANCE_PARTICLES = "da|de|des|du|do|dos|das|di|del|della"
# ("Mohammed bin Rashid Space Centre", "Ball Aerospace & Technologies Corp.")
# (and French names' small words: "Societe Francaise des Teintures Inoffensives pour Cheveux", "Moet et Chandon")
_CONNECT = rf"(?:of|on|and|for|the|{_ROMANCE_PARTICLES}|pour|et|bin|ibn|&)"
# (not "and" before another small word, which opens a phrase of its own: "in the Gulf of Mexico and on the Sea of
# Japan" is two names)
_RUN = re.compile(
    rf"(?<![\w'-]){_CAP}(?:(?:\s+(?!and\s+(?:on|of)\s){_CONNECT})*\s+(?:{_CAP}|\([A-Z][A-Za-z]{{1,9}}\)))*"
)
_PARENTHESISED = re.compile(r"\(([^()\n]+)\)")
_ACRONYM_AFTER = re.compile(r"\s*\((?P<acr>[A-Z][A-Za-z0-9&]{1,9})\)")
# A personal name: two or three capitalised words ("Bill Nelson", "Loral O'Hara", "Zhai Zhigang"),
# or an initial and a family name ("S. Somanath").
_NAME_WORD = r"(?:O'|A'|D'|Mc|[ae]l-)?[A-Z][a-z]+"
# Up to four words, with the particles of some languages' names before the last ("Luiz Inacio
# Lula da Silva", "Ursula von der Leyen", "Laurence des Cars").
_PARTICLES = rf"(?: (?:{_ROMANCE_PARTICLES}|la|le|van|von|der|den|bin|ibn))*"
# (Two initials may open a longer name: "K.P. Sharma Oli", "F.W. de Klerk"; not "U.S." and the like.)
_NAME = (
    rf"(?:(?!U\.S\.|U\.K\.|U\.N\.|E\.U\.)[A-Z]\. ?[A-Z]\.\s?(?:(?:de|van|von|da|di|le|la) )*"
    rf"{_NAME_WORD}(?: {_NAME_WORD})?(?![\w'])"
    # (an initial before a given name and a family name: "T. Keith Glennan", "J. Edgar Hoover"; not "U.S. Army")
    rf"|(?<!\.)[A-Z]\. {_NAME_WORD} {_NAME_WORD}(?![\w'])"
    rf"|[A-Z]\.\s?{_NAME_WORD}(?![\w'])"
    # (A middle initial: "John F. Kennedy", "George W. Bush".)
    rf"|{_NAME_WORD} [A-Z]\. {_NAME_WORD}(?![\w'])"
    rf"|{_NAME_WORD}(?:{_PARTICLES}[ -]{_NAME_WORD}){{1,3}}"
    # (A Korean given name, last, holds a hyphen: "Lee Jae-myung", "Ban Ki-moon"; "Hong Kong-based" no.)
    # (or two: "Prayut Chan-o-cha")
    rf"(?:(?:-(?!(?:based|born|led|run|owned|made|style|backed|bound|era|elect)\b)[a-z]{{1,5}}){{1,2}}(?![\w-]))?)"
)
_PERSON_LIKE = re.compile(rf"{_NAME_WORD}(?: {_NAME_WORD}){{1,2}}")
_ROLE_WORDS = (
    "astronauts|astronaut|taikonauts|taikonaut|cosmonauts|cosmonaut|Astronauts|Astronaut|Taikonauts|Taikonaut|"
    "Cosmonauts|Cosmonaut|President|Premier|Vice Premier|"
    "Vice President|Chairman|chairman|Director|Commander|commander|minister|"
    "pilots|Pilots|pilot|instructor|worker|counterpart|rider|flight engineer|mission specialist|"
    "goalkeeper|Goalkeeper|striker|midfielder|defender|Engineer|"
    "spaceflight participant|Minister|Secretary-General|"
    "Secretary of State|Secretary of Defense|Secretary|Senator|Professor|Dr\\.|"
    # (the AP's abbreviated titles: "Gov. Dixy Lee Ray", "Sen. Henry Jackson")
    "Gov\\.|Sen\\.|Rep\\.|Gen\\.|Lt\\.|Col\\.|Capt\\.|Sgt\\.|"
    "spokesperson|spokesman|spokeswoman|chief designer|Chief Designer|scientist|engineer|"
    "Ambassador|Governor|Mayor|King|Queen|Prime Minister|Chancellor|Administrator|chief|head|champion|coach|"
    "Fire Chief|Police Chief|fire chief|police chief|Station Officer|Police Officer|Officer|"
    "salesman|saleswoman|financier|industrialist|banker|merchant|"
    "Commissioner|commissioner|Prosecutor|prosecutor|designer|Designer|"
    "founder|chief executive officer|Chief Executive Officer|chief executive|Chief Executive|CEO|"
    "Chief Technology Officer|chief technology officer|Chief Operating Officer|chief operating officer|"
    "Chief Financial Officer|chief financial officer|"
    "swimmer|athlete|player|sprinter|gymnast|diver|skater|cyclist|boxer|"
    "economist|analyst|researcher|journalist|reporter|writer|actor|actress|singer|architect|"
    "editor-in-chief|editor|cartoonist|columnist|correspondent|manager|"
    "activist|producer|anchor|presenter|filmmaker|director|novelist|poet|artist|painter|musician|pianist|"
    "composer|comedian|photographer|television host|TV host|talk show host|radio host|"
    "primatologist|paleontologist|anthropologist|archaeologist|physicist|chemist|biologist|astronomer|"
    "astrophysicist|geologist|mathematician|historian|philosopher|oceanographer|seismologist|volcanologist|"
    "meteorologist|epidemiologist|virologist|climatologist|glaciologist|zoologist|ecologist|physician|surgeon|"
    "Speaker|leaders|"
    "billionaire|businessman|businesswoman|entrepreneur|tycoon|wife|husband|Trade Representative|leader|Leader|"
    "brother|sister|son|daughter|father|mother|nephew|niece|cousin|pioneer|student|"
    "flyers|flyer|crewmates|crewmate|crew members|crew member|"
    "Cardinal|Archbishop|Bishop|Judge|judge|ruler|Sheikh|Crown Prince|Crown Princess|"
    "mission specialists|Group Captain|Wing Commander|Captain|captain|Colonel|Lieutenant|Admiral|Sergeant|Sheriff|"
    "sheriff|politician|diplomat|lawmaker|lawyer|statesman|assistant|aide|"
    "programmer|Programmer|inventor|Inventor|hacker|banker|golfer|footballer|cricketer|runner|skier|climber|"
    "mountaineer|explorer|aviator|sailor|racing driver|driver|rapper|drummer|guitarist|dancer|chef|"
    "dealer|handyman|carpenter|farmer|teacher|nurse|doctor|soldier|firefighter|police officer|officer|detective|"
    "sculptor|immigrant|emigrant|housewife|homemaker|seamstress|dressmaker|tailor|weaver|watchmaker|locksmith|"
    "priest|fisherman|candidate|nominee|challenger|rival|incumbent|investigator|principal investigator|master|"
    "miner|foreman|passenger|survivor|hostage|rescuer|volunteer|shoemaker|campaigner|laureate|pharmacist|jockey|"
    "trainer|teammate|team-mate|compatriot|sprinter|athlete|swimmer|cyclist|"
    "grandmaster|Founder|Co-founder|co-founder|Academician|academician|"
    "Principal investigator|Principal Investigator|"
    # (plural, opening a timeline's entry: "Scientists Ian Wilmut and Keith Campbell announce ...")
    "scientists|Scientists|researchers|Researchers|engineers|Engineers|astronomers|Astronomers"
)
# Titles before a name, stripped from it; "General" ends titles (Director General, Secretary
# General, Major General) and begins no personal name.
# (Longest first: "Chief Executive" before "chief".)
_TITLE_WORDS = sorted({*_ROLE_WORDS.split("|"), "General", "Secretary"}, key=lambda w: (-len(w), w))
_TITLE = re.compile(rf"(?:(?:{'|'.join(_TITLE_WORDS)})\s+)+", re.IGNORECASE)
# A capitalised title between a name's first words and the person's ("California Governor ...").
_TITLE_INSIDE = re.compile(rf"(?<=\s)(?:{'|'.join(w for w in _TITLE_WORDS if w[0].isupper())})\s+(?=[A-Z])")
# Each name in the list ends where a capitalised word does not follow: in "President A and
# Cambodian Prime Minister B", "Cambodian Prime Minister" is no second name.
# (An owner's "'s" may follow: "architect Zaha Hadid's firm"; not a particle that joins more of the
# name: "Saudi Crown Prince Mohammed bin Salman".)
_LISTED = rf"{_NAME}(?![\w-]|'(?!s\b)|\s+[A-Z]|\s+(?:bin|ibn|al|de|von|van|da|di)\s)"
# (A name in another script may follow each name: "Wu Fei (武飞) and Zhang Hongzhang (张洪章)".)
_LISTED_GLOSSED = rf"{_LISTED}(?:\s+\([^()\n]{{1,20}}\))?"
# (The role words as a trie: each position is tried against the few that can start there.)
# (After a comma, only a list of several names: "the four astronaut-designates, Prasanth
# Balakrishnan Nair, ... and Shubhanshu Shukla", "The crew, Chen Dong, Chen Zhongrui and Wang Jie".)
_SEVERAL = rf"(?:{_LISTED}(?:\s*,\s*{_LISTED})*,?\s+and\s+{_LISTED})"
# (A role of two words opening a sentence capitalises its first only: "Chief executive Martin Winterkorn resigns".)
_ROLES = [w.replace(chr(92), "") for w in _ROLE_WORDS.split("|")]
_OPENING_ROLES = [w[0].upper() + w[1:] for w in _ROLES if " " in w and w.islower()]
# Roles a firm may be described by too: "a rival", "a pioneer", "the market leader", "a key player".
_FIRMS_TOO = frozenset(
    """leader leaders pioneer champion rival master head chief counterpart incumbent challenger candidate nominee
    founder co-founder dealer driver producer player runner trainer anchor presenter compatriot""".split()
)
# (And a trade of one word opening a sentence: "Pilot Chesley Sullenberger, a former ..., glided ..."; read only
# there, since many such words are family names too.)
_KIN_ROLES = frozenset("brother sister mother father nephew niece cousin daughter".split())
_OPENING_TRADES = frozenset(
    w[0].upper() + w[1:]
    for w in _ROLES
    if w.isalpha()
    and w.islower()
    and len(w) >= 5
    and w.endswith(("er", "or", "ist", "ian", "ot"))
    and w not in _FIRMS_TOO
    and w not in _KIN_ROLES
    and w[0].upper() + w[1:] not in _ROLES
)
# Honorifics that may stand between a role and the name ("Dubai ruler Sheikh Mohammed bin Rashid Al
# Maktoum"), and that are part of a name of one word ("Prime Minister Sheikh Hasina").
_HONORIFICS = "Sheikh|Sir|Dame"
_ROLE_NAMES = re.compile(
    rf"\b(?P<role>{alternation([*_ROLES, *_OPENING_ROLES, *sorted(_OPENING_TRADES), 'crew'])})"
    # (an honorific may follow the role: "Dubai ruler Sheikh Mohammed bin Rashid Al Maktoum")
    rf"(?:\s+(?:{_HONORIFICS}))?"
    rf"(?:(?:-elect|-designate)?\s+|s?(?:-designates?)?,\s+(?={_SEVERAL})"
    # (or one name between commas: "Navalny's wife, Yulia Navalnaya, spoke")
    rf"|,\s+(?={_LISTED},))"
    rf"(?P<names>{_LISTED_GLOSSED}(?:\s*,\s*{_LISTED_GLOSSED})*(?:,?\s+and\s+{_LISTED_GLOSSED})?)"
)
# A name that speaks or is described by its office is a person: "said Lin Xiqiang",
# "Zhou Jianping said", "Lin Xiqiang, deputy director of ...".
_OFFICES = (
    r"director|head|spokes\w+|commander|professor|researcher|engineer|designer|president|member|"
    r"official|expert|scientist|astronaut|taikonaut|chairman|administrator|minister|manager|chief|secretary|"
    r"founder|co-founder|anchor|activist|producer|journalist|reporter|writer|singer|actor|actress|artist|filmmaker|"
    r"editor|cartoonist|columnist|"
    r"leader|diplomat|statesman|stateswoman|politician|lawmaker|lawyer|programmer|inventor|banker|"
    # (a science or a craft by its ending: "the paleoanthropologist", "an oceanographer", "a physician")
    r"[a-z]*(?:ologist|ographer|ician)"
)
_SPEAKING_NAMES = re.compile(
    rf"\b(?:said|says|told|according to|added|meets|marries|married|weds"
    # (or a name taken: "a person or group using the name Satoshi Nakamoto", "under the pseudonym ...")
    rf"|the\s+(?:pseudonym|pen\s+name|alias)|(?:using|under)\s+the\s+name)\s+(?P<a>{_NAME})\b"
    # ("The band, with George Harrison on guitar, plays ...")
    rf"|\bwith\s+(?P<c>{_NAME})\s+on\s+(?:guitar|bass|drums|keyboards|piano|vocals)\b"
    # A name read once, at the start of a word, then what may follow it: a verb, an office, or
    # ("Li Wei, a furniture maker from Foshan, said") a description and a verb.
    rf"|(?<![\w'-])(?P<b>{_NAME})(?:\s+(?:said|says|told|added|noted|stressed)\b"
    # (or meets, or marries, someone named after: "John Lennon meets Paul McCartney", read again from the verb)
    rf"|(?=\s+(?:meets|marries|married|weds)\b)"
    # (or does what is his or hers: "Ringo Starr plays his first show", "McCartney announces that he is leaving")
    rf"|\s+(?!(?:is|was|has|does)\b)[a-z]{{2,}}(?:s|ed)\s+(?:that\s+)?(?:his|her|he|she)\b"
    # (or a verb only a person takes: "after Rakesh Sharma flew aboard the Soyuz T-11")
    rf"|\s+flew\s+(?:aboard|on\s+board)\b"
    # (or scored: "with Cole Palmer scoring twice")
    rf"|\s+(?:scored|scoring)\b"
    # (or took an office: "Rishi Sunak became Britain's prime minister"; or is given an age: "Rishi
    # Sunak, 42, is ...")
    rf"|\s+(?:became|becomes|was\s+(?:elected|named|appointed))\s+(?:[\w'-]+\s+){{0,3}}?(?:{_OFFICES})\b"
    rf"|,\s+\d{{1,3}},\s"
    # (or the first woman to do something: "Eileen Collins, the first woman to command a shuttle flight")
    rf"|,\s+the\s+(?:first|second|third|last|only|youngest|oldest)\s+(?:[a-z]+\s+)?(?:woman|man|person)\s+(?:to|in)\s"
    # (or spent days in space: "Valeri Polyakov returns to Earth after a record 437 days in space")
    rf"|\s+(?:returns|returned)\s+to\s+Earth\s+after\s+(?:a\s+record\s+)?[\d,]+\s+days\b"
    rf"|\s+(?:spends|spent)\s+(?:a\s+record\s+)?[\d,]+\s+days\s+(?:in\s+space|in\s+orbit|aboard|on\s+board)\b"
    # ("Yuan Longping, the Chinese scientist known as ...": a nationality may come before the office)
    # (or an owner's: "Zabihullah Mujahid, the government's chief spokesman, said")
    # ("Henry Kissinger, former U.S. secretary of state")
    rf"|,\s+(?:(?:a|an|the)\s+)?(?:former\s+)?(?:[A-Z][a-z]+\s+|[A-Z]\.(?:[A-Z]\.)+\s+|[a-z]+'s\s+|[A-Z][\w.]*'s\s+)?"
    rf"(?:(?:deputy|vice|chief|executive|former|senior|general)\s+)*"
    # (and a word for the field: "Lauren Sanchez, a former news anchor")
    rf"(?:[a-z]+\s+)?(?:{_OFFICES})\b"
    rf"|{APPOSITIVE}(?:said|says|told|added|noted)\b"
    # or a relative clause that only a person takes: "Li Na, who won the French Open in 2011", also after
    # a description: "Vincenzo Peruggia, an Italian handyman who had worked at the museum".
    rf"|,\s+who\s|,\s+(?:a|an)\s+(?:[\w'-]+\s+){{0,3}}?[a-z]+\s+who\s)"
)
_NOT_NAME_WORDS = frozenset(
    "Space Station Center Centre China Chinese National International Satellite Launch Mission Moon "
    "Mars Earth Beijing Time News Xinhua The President Premier State Council Long March Shenzhou "
    "Tianzhou Tiangong Lunar Program Programme Science Technology Engineering Aerospace Aviation "
    "Academy Research Institute Administration Agency Manned Air Force Army Day Monday Tuesday "
    "Wednesday Thursday Friday Saturday Sunday January February March April May June July August "
    "September October November December Asia Pacific Europe European America American Russian "
    "Global World United Nations Summit Conference Ministry Department Office Committee Lander Rover "
    "Probe Explorer Orbiter Spacecraft Telescope Observatory Module Satellite Harbour Harbor "
    # (words of a business's name: "Top Shine Global, an investor in ...")
    "Global Capital Partners Ventures Investments Resources Energy Finance Trading "
    # (kin of several: "Brothers Richard and Maurice McDonald open ...", "Lehman Brothers")
    "Brothers Sisters Cousins Twins".split()
)
# A craft named just before the noun that says what it is: "the Orion spacecraft", "a Falcon 9
# rocket", "Russia's Luna-25 probe", "the Crew-7 mission". Up to three name tokens, the first
# capitalised; tokens that only qualify it (a nationality, an owner's "'s") are dropped after.
_CRAFT_TOKEN = r"(?:[A-Z][\w'.]*|\d[\w.]*)(?:-[\w.]+)*"
_CRAFT_NOUNS = {
    "carrier rocket": Kind.VEHICLE, "launch vehicle": Kind.VEHICLE, "rocket": Kind.VEHICLE,
    "spacecraft": Kind.MISSION, "spaceship": Kind.MISSION, "probe": Kind.MISSION, "lander": Kind.MISSION,
    "rover": Kind.MISSION, "orbiter": Kind.MISSION, "mission": Kind.MISSION, "booster": Kind.VEHICLE,
    "satellite": Kind.MISSION, "telescope": Kind.MISSION, "capsule": Kind.MISSION, "helicopter": Kind.MISSION,
    "spaceplane": Kind.MISSION, "space station": Kind.MISSION, "cargo ship": Kind.MISSION,
    "upper stage": Kind.VEHICLE,
}  # fmt: skip
# A ship is a craft only among words of space: "An uncrewed Progress cargo ship collides with the
# Spektr module", not "a Maersk cargo ship".
_SHIP_IN_SPACE = re.compile(r"\b(?:uncrewed|unmanned|robotic|space|module|orbit(?:al|ing)?|dock(?:s|ed|ing)?)\b")
# What a craft is for, between its name and its noun: "the ALOS-3 Earth observation satellite",
# "the XRISM X-ray astronomy satellite", "the Tianzhou-6 cargo spacecraft" (a word or two, the last
# one of these).
_CRAFT_PURPOSES = frozenset(
    "observation astronomy communication communications weather meteorological navigation remote-sensing "
    "sensing relay reconnaissance research science scientific experimental test ocean solar lunar Mars cargo "
    "crewed space X-ray gamma-ray infrared ultraviolet optical radio".split()
)


_VERB_LIKE = re.compile(r"[a-z]+ed|said|says|told|was|is|has|had|will|would|flew|led|won|became|met")
# Found noun first (a literal search), then the name in the few characters before it.
# (And "satellites" after the name of their constellation: "eight mock Starlink satellites"; "probes" after
# the name of a pair: "the twin ESCAPADE probes".)
# (and a programme's flights together: "the Viking missions of 1976")
# (and landers, rovers or orbiters named together: "the two Viking landers of 1976")
# (and "rockets" that carry what is launched: "launched ... on Proton rockets"; not "fired Grad rockets")
_CRAFT_PLURALS = "satellites|probes|missions|landers|rovers|orbiters|rockets"
_CARRIED_ON = re.compile(r"\b(?:on|by|aboard|atop)\s+(?:two\s+|twin\s+|separate\s+)?$")
_CRAFT_NOUN = re.compile(rf"(?<=\s)(?:{'|'.join(_CRAFT_NOUNS)}|{_CRAFT_PLURALS})(?![\w-])")
_CRAFT_NAME = re.compile(rf"(?<![\w'-])(?P<name>[A-Z][\w'.]*(?:-[\w.]+)*(?: {_CRAFT_TOKEN}){{0,3}})\s+$")
# "NASA's Double Asteroid Redirection Test (DART) spacecraft": the name is before its acronym.
_ACRONYM_BEFORE = re.compile(r"(?<=\s)\([A-Z][A-Za-z0-9&]{1,9}\)\s+$")
_ADJECTIVE_SUFFIX = re.compile(
    r"-(?:based|made|built|led|owned|run|developed|designed|funded|operated|class|style|type|like|related|bound)$"
)
# A size or a weight said of a craft: "the 98-meter rocket", "a 1.5-ton probe".
_MEASURE = re.compile(r"\d[\d.,]*(?:-[a-z]+)+")  # and "the 123-meter-tall rocket"
_CRAFT_REACH = 80  # characters before the noun: three name tokens and the space after them
_QUALIFIERS = frozenset(
    """American Russian Soviet Chinese Japanese Indian European Canadian French German Italian British
    Israeli Korean Emirati Iranian Brazilian Belarusian Kazakh Pakistani Turkish Saudi Australian
    Spanish Swedish Danish Dutch Belgian Swiss Austrian Polish Ukrainian Mexican Argentine U.S. US UK EU
    New Next First Second Third Last Lunar Martian Crewed Uncrewed Manned Unmanned Robotic Cargo Heavy
    Private Reusable Automated Unpiloted Ageing Aging Stricken""".split()
)
_ANAPHORA = re.compile(r"\b[Tt]he\s+(?P<role>president|premier|chinese president|general secretary)\b", re.I)
_STOP_FIRST = frozenset(
    [
        "The",
        "A",
        "An",
        "In",
        "On",
        "At",
        "For",
        "From",
        "With",
        "By",
        "To",
        "Of",
        "And",
        "But",
        "As",
        "When",
        "While",
        "After",
        "Before",
        "Since",
        "Over",
        "This",
        "That",
        "These",
        "Those",
        "It",
        "Its",
        "He",
        "She",
        "They",
        "We",
        "Our",
        "His",
        "Her",
        "Their",
        "Ahead",
        "Former",
        "During",
        "Under",
        "Chinese",
        "China's",
        # questions: "What spacecraft will be used?"
        "What",
        "Which",
        "Whose",
        "How",
        "Why",
        "Where",
        "Who",
    ]
)
# A column's label before a headline names no one ("Xinhua Headlines: ...", "China Focus: ...").
_LABEL = r"(?<![\w'-])(?:Xinhua (?:Headlines|Insight|Commentary|Explainer)|China Focus|Across China)\s*:"
_MASKS = re.compile(rf"{PHOTO_CREDIT}|{_LABEL}|\bBeijing [Tt]ime\b|\bUTC\b|\bGMT\b")

# Common Chinese family names in pinyin: a name that starts with one is read family-name first.
CHINESE_SURNAMES = frozenset(
    [
        "Wang",
        "Li",
        "Zhang",
        "Liu",
        "Chen",
        "Yang",
        "Huang",
        "Zhao",
        "Wu",
        "Zhou",
        "Xu",
        "Sun",
        "Ma",
        "Zhu",
        "Hu",
        "Guo",
        "He",
        "Gao",
        "Lin",
        "Luo",
        "Zheng",
        "Liang",
        "Xie",
        "Song",
        "Tang",
        "Han",
        "Feng",
        "Deng",
        "Cao",
        "Peng",
        "Zeng",
        "Xiao",
        "Tian",
        "Dong",
        "Yuan",
        "Pan",
        "Cai",
        "Jiang",
        "Yu",
        "Du",
        "Ye",
        "Cheng",
        "Wei",
        "Su",
        "Lu",
        "Ding",
        "Ren",
        "Shen",
        "Yao",
        "Jin",
        "Fu",
        "Zhong",
        "Lu",
        "Dai",
        "Cui",
        "Fan",
        "Fang",
        "Shi",
        "Qian",
        "Hou",
        "Bai",
        "Kong",
        "Mao",
        "Qiu",
        "Qin",
        "Xue",
        "Yan",
        "Duan",
        "Lei",
        "Long",
        "Tao",
        "Jia",
        "Meng",
        "Xiong",
        "Qi",
        "Mo",
        "Nie",
        "Zhai",
        "Jing",
        "Fei",
        "Gui",
        "Xi",
        "Hao",
        "Wen",
        "Yin",
    ]
)

TRUST_CURATED = 3
TRUST_SERIES = 3
TRUST_DESCRIBED = 3  # a name the article says is a firm's, over the place its head word makes it
TRUST_DISCOVERED = 2
TRUST_RESOLVED = 1


@dataclass(frozen=True)
class _Candidate:
    span: Span
    entity: Entity
    trust: int


class EntityFinder:
    """Compiled matchers for one lexicon; ``find`` is pure and reusable."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        surface: dict[str, Entity] = {}
        # A seat of power that is also the office it houses ("talks at the Kremlin", "the Kremlin
        # said"): the place, unless the name speaks; then the organization of the same name.
        seats: dict[str, Entity] = {}
        # (Another place of a name taken, by the name's first place: "Georgia" the state, after the country.)
        homonyms: dict[Entity, list[Entity]] = {}
        for entity in lexicon.entities:
            for alias in (entity.name, *entity.aliases):
                known = surface.setdefault(fold(alias), entity)
                if known is not entity and known.kind is entity.kind is Kind.PLACE:
                    homonyms.setdefault(known, []).append(entity)
                if {known.kind, entity.kind} == {Kind.PLACE, Kind.ORGANIZATION}:
                    place, office = (known, entity) if known.kind is Kind.PLACE else (entity, known)
                    surface[fold(alias)] = place
                    seats[place.id] = office
        self._surface = surface
        self._seats = seats
        self._homonyms = {place: tuple(others) for place, others in homonyms.items()}
        # A known name joined to a word that places something there is still named ("the
        # Houston-based company", "a U.S.-built module").
        self._gazetteer = re.compile(rf"(?<![\w'-])(?:{alternation(surface)})(?![\w]|-(?!{_PLACING}\b))")
        # Each series with its pattern and the first words of its spellings: a pattern is run on
        # the sentences only if one of those words (case-sensitive literals) is in the article.
        self._series = [
            (series, self._series_regex(series), {fold(s).split()[0] for s in series.spellings})
            for series in lexicon.series
        ]
        # (A short first word is looked for at the start of a word: "CNSA" holds no "NS-31".)
        self._at_word_start = {
            w: re.compile(rf"(?<![\w'-]){re.escape(w)}") for _, _, words in self._series for w in words if len(w) <= 3
        }

    def _homonym_places(self, folded: str, chosen: list[_Candidate]) -> list[_Candidate]:
        """A name two places share is the other place where the article puts a place inside that one
        just before it: "Atlanta, Georgia" is the U.S. state (everywhere in the article but a dateline's
        capitals: "WASHINGTON, May 4 (Xinhua) --")."""
        ends = {c.span.end: c.entity for c in chosen if c.entity.kind is Kind.PLACE}
        same: dict[Entity, Entity] = {}
        for c in chosen:
            before = ends.get(c.span.begin - 2) if folded.startswith(", ", c.span.begin - 2) else None
            if c.entity not in self._homonyms or before is None:
                continue
            inside = self.lexicon.containers(before)
            other = next((o for o in self._homonyms[c.entity] if o.id in inside), None)
            if other is not None and c.entity.id not in inside:
                same[c.entity] = other
        if not same:
            return chosen
        return [
            replace(c, entity=same[c.entity]) if c.entity in same and not c.span.cut(folded).isupper() else c
            for c in chosen
        ]

    @staticmethod
    def _series_regex(series: Series) -> re.Pattern[str]:
        spellings = "|".join(
            r"[\s-]?".join(map(re.escape, fold(s).split())) for s in sorted(series.spellings, key=len, reverse=True)
        )
        designator = series.designator or (
            r"\d{1,2}[A-Z]{0,2}" if series.kind is Kind.VEHICLE else rf"\d{{1,2}}|{_ROMAN_RE}"
        )
        # (a possessive after it: "Key dates of Voyager 1's journey")
        return re.compile(rf"(?<![\w'-])(?:{spellings})(?:\s*-\s*|\s+)(?P<d>{designator})(?![\w-]|'(?!s\b))")

    # ------------------------------------------------------------------ find

    def find(self, doc: Document) -> tuple[Mention, ...]:
        text = doc.text
        folded = _masked(fold(text))
        regions = [t for t in (doc.title, doc.subtitle) if t is not None] + [s.span for s in doc.sentences]
        series = self._active_series(folded)
        # What the article puts in parentheses, read once: a name there is an acronym it defines.
        in_parentheses = frozenset(m[1] for m in _PARENTHESISED.finditer(folded))
        candidates: list[_Candidate] = []
        # Quick tests, once an article, for rare patterns.
        beaten = " beat " in folded or " defeated " in folded
        sovereign = any(cue in folded for cue in _SOVEREIGN_CUES)
        cued = any(cue in folded for cue in _ORGANIZATION_CUES)
        renamed = " name is " in folded
        compass = any(f"{word} " in folded for word in _COMPASS_WORDS)
        one_named = any(cue in folded for cue in _ONE_NAMED_CUES)
        oceans = any(cue in folded for cue in _OCEAN_CUES)
        peers_or_shires = "shire" in folded or any(cue in folded for cue in _LORD_CUES)
        offices = any(cue in folded for cue in _OFFICE_CUES)
        cop = "COP" in folded
        championships = _CHAMPIONSHIP_CUE.search(folded) is not None
        hyphened = _KOREAN_NAME.search(folded) is not None
        japanese = _JAPANESE_FAMILY.search(folded) is not None or _JAPANESE_GIVEN_ENDING.search(folded) is not None
        ampersand = " & " in folded or ", Son" in folded or " Sons" in folded
        legal_forms = _LEGAL_FORM_CUE.search(folded) is not None
        for region in regions:
            candidates.extend(self._curated(folded, region))
            candidates.extend(self._designated(folded, region, series))
            candidates.extend(_discovered(folded, region, self._surface))
            candidates.extend(_role_names(folded, region))
            if sovereign:
                candidates.extend(_sovereigns(folded, region, self._surface))
            # (What a name is said to be outranks who speaks: "according to Red Electrica, Spain's
            # grid operator" names an organization.)
            candidates.extend(_described_organizations(folded, region, self._surface, in_parentheses))
            candidates.extend(_speaking_names(folded, region, self._surface))
            candidates.extend(_made_by(folded, region, self._surface))
            candidates.extend(_spelled_names(folded, region, self._surface))
            candidates.extend(_named_places(folded, region, self._surface))
            if compass:
                candidates.extend(_compass_places(folded, region, self._surface))
            candidates.extend(_lower_headed(folded, region, self._surface))
            if cued:
                candidates.extend(_cued_organizations(folded, region, self._surface))
            if renamed:
                candidates.extend(_real_names(folded, region, self._surface))
            candidates.extend(_people_of_places(folded, region, self._surface))
            candidates.extend(_paired_people(folded, region, self._surface))
            candidates.extend(_people_named_after_noun(folded, region, self._surface, self.lexicon.given_names))
            candidates.extend(_given_named_people(folded, region, self._surface, self.lexicon.given_names))
            candidates.extend(_pinyin_named_people(folded, region, self._surface))
            if japanese:
                candidates.extend(_japanese_named_people(folded, region, self._surface))
            if one_named:
                candidates.extend(_one_named_people(folded, region, self._surface))
            if oceans:
                candidates.extend(_oceans_alone(folded, region, self._surface))
            if peers_or_shires:
                candidates.extend(_peers_and_shires(folded, region, self._surface))
            if offices:
                candidates.extend(_office_holders(folded, region, self._surface))
            if cop:
                candidates.extend(_climate_conferences(folded, region, in_parentheses))
            if championships:
                candidates.extend(_championships(folded, region))
            if hyphened:
                candidates.extend(_korean_names(folded, region, self._surface))
            if ampersand:
                candidates.extend(_ampersand_names(folded, region, self._surface))
            if legal_forms:
                candidates.extend(_legal_form_names(folded, region, self._surface))
            if beaten:
                candidates.extend(_players(folded, region, self._surface))
        candidates.extend(_titled_organizations(folded, regions, self._surface))
        if doc.title is not None:
            candidates.extend(_life_subject(folded, doc.title, self._surface))
        if "replac" in folded or "succee" in folded or "sworn in" in folded:
            candidates.extend(_replaced_people(folded, self._surface))
        candidates.extend(_without_legal_form(folded, candidates, regions, self.lexicon.given_names))
        chosen = _resolve_overlaps(candidates)
        chosen = self._canonicalise(chosen)
        chosen = _given_as_found(chosen)
        # Craft named by their noun come after every other name: "Long March-7 Y6 rocket" is the
        # series' Long March 7, not a craft of its own.
        # A name of two words or more may hold a place's ("NASA's Europa Clipper mission").
        taken = _known_spans(chosen)
        taken_but_places = _known_spans([c for c in chosen if c.entity.kind is not Kind.PLACE])
        crafts = [
            c
            for region in regions
            for finder in (_named_craft, _craft_after_noun, _listed_crafts)
            for c in finder(folded, region, self._surface)
            if _free(c.span, taken_but_places if " " in c.entity.name else taken)
            # "China's FAST telescope": an acronym the article defines is that name's ("... (FAST)").
            and c.entity.name not in in_parentheses
        ]
        by_verb = [c for region in regions for c in _craft_by_verb(folded, region, self._surface)]
        if by_verb:
            # (A word of a longer name found is that name's: "The Dragon docked ..." after "the Crew Dragon Grace".)
            named_words = {w for c in (*chosen, *crafts) for w in c.entity.name.split()}
            crafts += [c for c in by_verb if c.entity.name not in named_words and _free(c.span, taken)]
        chosen += crafts
        if any(cue in folded for cue in _LAUNCHED_CUES):
            chosen += _launched_beside_crafts(folded, chosen, regions, self._surface)
        chosen = _crafts_named_for_bodies(folded, chosen, self._surface)
        if crafts and _CHRISTENED_CUE.search(folded):
            chosen = _christened_crafts(folded, chosen)
        chosen += _craft_again(folded, chosen, crafts, regions)
        chosen += _described_again(folded, chosen, regions)
        if " in " in folded or "In " in folded or " at " in folded:
            chosen += _places_within(folded, chosen, regions, self._surface, self.lexicon.given_names)
        chosen += _dateline_places(doc, folded, chosen, regions, self._surface)
        chosen += _places_again(folded, chosen, regions)
        held = _Regions(regions)
        placed = _places_by_container(folded, chosen, held)
        if placed:
            # (a place so found is no gathering its head word made it: "in Plymouth Meeting, Pennsylvania")
            spans = {c.span for c in placed}
            chosen = [c for c in chosen if c.span not in spans] + placed
        if compass:
            chosen += _compass_of_found(folded, chosen)
        if "'s " in folded:
            chosen += _places_owned(folded, chosen, held, self._surface)
        chosen += _people_of_countries(folded, chosen, self._surface)
        chosen += _titled_of(folded, chosen, self._surface)
        chosen += _opponents(folded, chosen, self._surface)
        if beaten:
            chosen = _beaten(folded, chosen, self._surface)
        chosen += _listed_with_people(folded, chosen, regions, self._surface)
        chosen += _listed_with_organizations(folded, chosen, regions, self._surface)
        if any(cue in folded for cue in _DEAL_CUES):
            chosen += _business_partners(folded, chosen, regions, self._surface)
        chosen += _acronyms(folded, chosen, regions)
        chosen = _one_bearer(folded, chosen, regions, self.lexicon.given_names)
        if any(cue in folded for cue in (" its name ", " itself ", " becomes ", " became ", " renamed ")):
            chosen = _renamed(folded, chosen)
        chosen = _known_companies(chosen, self._surface)
        if "Universit" in folded:
            chosen = _universities_by_town(folded, chosen)
        if doc.title is not None and " born" in folded:
            chosen = _born_as(folded, chosen, doc.title)
        if doc.title is not None and any(f" {verb}" in folded for verb in _FOUNDING_CUES):
            chosen = _founded_as(folded, chosen, doc.title)
        chosen = _family_names_over_places(folded, chosen)
        chosen += _named_like_their_firm(folded, chosen, regions, self._surface)
        if any(f" {noun}" in folded for noun in _CITY_CRAFT_NOUNS):
            chosen = _crafts_over_cities(folded, chosen)
        chosen = _people_named_as_bodies(folded, chosen, self.lexicon.given_names)
        chosen += _short_forms(folded, chosen, regions)
        chosen = _one_word_in_full(chosen)
        chosen += _role_anaphora(folded, chosen, regions)
        chosen += _craft_anaphora(folded, chosen, regions)
        chosen = _one_of_a_series(chosen)
        chosen = _tails_of_longer_names(chosen)
        chosen = _no_people_named_after_bodies(chosen)
        # (after the rules that tie a shorter name to a longer one: each craft stays itself)
        chosen += _joint_craft(folded, chosen, regions)
        chosen += _reporting_body(folded, chosen, regions)
        if any(cue in folded for cue in _CLUB_CUES):
            chosen = _clubs(folded, chosen, regions, self._surface)
        if self._seats:
            chosen = _speaking_seats(folded, chosen, self._seats)
        if any(c.entity in self._homonyms for c in chosen):
            chosen = self._homonym_places(folded, chosen)
        chosen += _regional_units(folded, chosen, self._surface)
        if "U.S. " in folded:
            chosen += _us_services(folded, chosen)
        vessels = _vessels(folded, chosen)
        # "U.S. dollars", "Hong Kong dollars": a currency, not the place; "named Fujian": a ship.
        final = [
            c
            for c in _editions(_resolve_overlaps(chosen))
            if not _currency(folded, c)
            and not _ship_name(folded, c)
            and c.span not in vessels
            and not _another_moon(folded, c)
            and not _initials_of_a_name(folded, c)
        ]
        # "allow a space station to stay in orbit": any station, no one's; "India's planned space
        # station": another country's, none named.
        final = [
            c
            for c in _generic_stations(folded, final)
            if not (
                c.span.cut(folded).lower() == "space station"
                and (
                    _INDEFINITE.search(folded, max(0, c.span.begin - 12), c.span.begin)
                    or _others_station(folded, c.span.begin, self._surface)
                )
            )
        ]
        # A name inside a title in quotation marks is the title's ("Tiangong Classroom").
        titles = _quoted_titles(folded)
        if titles:
            final = [c for c in final if not any(t.contains(c.span) and t != c.span for t in titles)]
        return tuple(Mention(c.span, c.entity) for c in sorted(final, key=lambda c: c.span))

    def _curated(self, folded: str, region: Span) -> Iterable[_Candidate]:
        for m in self._gazetteer.finditer(folded, region.begin, region.end):
            yield _Candidate(Span(m.start(), m.end()), self._surface[m[0]], TRUST_CURATED)

    def _active_series(self, folded: str) -> list[tuple[Series, re.Pattern[str]]]:
        """The series one of whose first words (a literal every match starts with) is in the text;
        a short one (``NS``, ``STS``, ``CZ``) at the start of a word ("CNSA" holds no "NS-31")."""
        return [
            (s, regex)
            for s, regex, words in self._series
            if any(w in folded and (len(w) > 3 or self._at_word_start[w].search(folded)) for w in words)
        ]

    def _designated(
        self, folded: str, region: Span, active: list[tuple[Series, re.Pattern[str]]]
    ) -> Iterable[_Candidate]:
        for series, regex in active:
            for m in regex.finditer(folded, region.begin, region.end):
                d = m["d"]
                number = str(_roman(d)) if re.fullmatch(_ROMAN_RE, d) else d
                name = series.canonical(number)
                known = self.lexicon.entity(series.kind, slug(name))
                entity = (
                    replace(known, cls=known.cls or series.cls)
                    if known is not None
                    else Entity(series.kind, slug(name), name, cls=series.cls, curated=False)
                )
                yield _Candidate(Span(m.start(), m.end()), entity, TRUST_SERIES)

    def _canonicalise(self, chosen: list[_Candidate]) -> list[_Candidate]:
        """Discovered names that are really curated ones (by slug) take the curated entity."""
        out = []
        for c in chosen:
            known = self.lexicon.entity(c.entity.kind, c.entity.id)
            out.append(replace(c, entity=known) if known and not c.entity.curated else c)
        return out


_QUOTED_TITLE = re.compile(r"\"(?P<a>[^\"\n]{3,80})\"|\u201c(?P<b>[^\u201d\n]{3,80})\u201d")


def _quoted_titles(folded: str) -> list[Span]:
    """What quotation marks hold that is a title of two words or more, its closing comma or stop left out."""
    titles = []
    for m in _QUOTED_TITLE.finditer(folded):
        group = "a" if m["a"] is not None else "b"
        inner = m[group].rstrip(",.")
        if " " in inner and TITLE_FORM.fullmatch(inner):
            titles.append(Span(m.start(group), m.start(group) + len(inner)))
    return titles


def _masked(folded: str) -> str:
    return _MASKS.sub(lambda m: " " * len(m[0]), folded)


def _roman(token: str) -> int:
    values = [_ROMAN[c] for c in token]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


_NUMBER_AFTER = re.compile(r" \d")


_CAMPUS = re.compile(r" at (?P<campus>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)(?![\w'-]| [A-Z])")


_COUNT_OPENERS = frozenset(
    """Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Twenty Thirty Forty Fifty Dozens Hundreds Thousands
    Millions Several Some Many Most All Both""".split()
)


def _discovered(folded: str, region: Span, surface: dict[str, Entity]) -> Iterable[_Candidate]:
    for m in _RUN.finditer(folded, region.begin, region.end):
        run = m[0]
        if " " not in run and "\n" not in run and "\t" not in run:
            yield from _country_body(folded, m.start(), m.end())
            continue  # one word: no name by its form
        tokens = [(m.start() + t.start(), m.start() + t.end(), t[0]) for t in re.finditer(r"\S+", run)]
        # ("Shanghai-based Tsinghua University Hospital": where it is based is no part of the name.)
        while tokens and (
            tokens[0][2] in _STOP_FIRST
            or tokens[0][2] in _CONNECTORS
            or tokens[0][2].endswith(_PLACED)
            # (a count opening the sentence, before a known name: "Seven Manchester United players were among ...";
            # not "Three Gorges Dam")
            or (
                tokens[0][0] == region.begin
                and tokens[0][2] in _COUNT_OPENERS
                and len(tokens) > 1
                and tokens[1][2] in surface
            )
        ):
            tokens.pop(0)
        # (and the first letter of a short form after them: "the Salvation Army and the U.S. Army"; and a day after
        # "on": "Trafalgar Square and Hyde Park on Monday")
        while tokens and (
            tokens[-1][2] in _CONNECTORS
            or (tokens[-1][2] in _CALENDAR_WORDS and len(tokens) > 2 and tokens[-2][2] == "on")
            or tokens[-1][2].startswith("(")
            or (len(tokens[-1][2]) == 1 and folded.startswith(".", tokens[-1][1]))
        ):
            tokens.pop()
        if len(tokens) == 1:
            yield from _country_body(folded, tokens[0][0], tokens[0][1])
            continue
        # "the University of Texas at Austin": a university's campus is part of its name.
        if len(tokens) in (3, 4) and tokens[0][2] == "University" and tokens[1][2] == "of":
            campus = _CAMPUS.match(folded, tokens[-1][1], region.end)
            if campus is not None:
                tokens.append((campus.start("campus"), campus.end("campus"), campus["campus"]))
        # "Ethiopian Airlines Flight 302": a flight's number and its word are no part of the airline's name.
        if len(tokens) >= 2 and tokens[-1][2] == "Flight" and _NUMBER_AFTER.match(folded, tokens[-1][1]):
            tokens.pop()
            # (and what flies a numbered flight is an airline, with no head word too: "Pan Am Flight 103")
            airline = Span(tokens[0][0], tokens[-1][1])
            name = airline.cut(folded)
            if (
                len(tokens) <= 3
                and _head_kind(name) is None
                and name not in surface
                and not any(t[2] in _CONNECTORS or t[2] in _CALENDAR_WORDS or t[2].endswith("'s") for t in tokens)
            ):
                yield _discovered_name(airline, Kind.ORGANIZATION, name)
                continue
        # "The Shanghai Stock Exchange's sci-tech board": the owner's name without its "'s".
        if tokens and tokens[-1][2].endswith("'s") and len(tokens[-1][2]) > 2:
            last = tokens[-1]
            tokens[-1] = (last[0], last[1] - 2, last[2][:-2])
        # "Shares of Contemporary Amperex ...", "Residents of Beijing", "Shares on Wall Street": a plural opening the
        # sentence is what the name is "of", not part of it.
        if (
            len(tokens) > 2
            and tokens[0][0] == region.begin
            and tokens[1][2] in ("of", "on")
            and tokens[0][2].endswith("s")
            and not tokens[0][2].endswith("ss")
            and tokens[0][2] not in _HEADS
            and tokens[0][2] not in surface
        ):
            tokens = tokens[3:] if tokens[2][2] == "the" else tokens[2:]
        # "Founds the Jane Goodall Institute ...": an entry with no subject opens with its verb.
        if (
            len(tokens) > 2
            and tokens[0][0] == region.begin
            and tokens[1][2] == "the"
            and _OPENING_VERB.fullmatch(tokens[0][2])
        ):
            tokens = tokens[2:]
        # "JAXA's Institute of ...": the name is what is possessed, after the last "'s".
        # (A saint's name is no owner: "St. Peter's Square".)
        owned = [
            i
            for i, t in enumerate(tokens[:-1])
            # (or a known name ending in "s", its apostrophe alone: "Mars' Jezero Crater", or a body's head
            # word so: "Space Exploration Technologies' Falcon 1 rocket", or a body's name of such a word: "the
            # Chinese Academy of Sciences' Institute of ..."; not "APEC Economic Leaders' Meeting")
            if (
                t[2].endswith("'s")
                or (
                    t[2].endswith("s'")
                    and (
                        t[2][:-1] in surface
                        or _HEADS.get(t[2][:-1]) is Kind.ORGANIZATION
                        or any(_HEADS.get(w[2]) is Kind.ORGANIZATION for w in tokens[:i])
                    )
                )
            )
            and t[2] not in _NOT_OWNERS
            and (i == 0 or tokens[i - 1][2] not in _SAINTS)
            # ("McDonald's Corp.", "Macy's Inc.": a firm's name with its legal form after it owns nothing)
            and not (
                i == len(tokens) - 2 and tokens[-1][2] in _LEGAL_FORM_WORDS and folded.startswith(".", tokens[-1][1])
            )
            # ("Bedloe's Island": an unknown word's, then a place's head word alone, is one name)
            and not (len(tokens) == 2 and t[2][:-2] not in surface and _HEADS.get(tokens[1][2]) is Kind.PLACE)
        ]
        if owned:
            # The one owner is a name too, if it makes one ("the Department of Defense's Utah Test ...").
            owner = tokens[: owned[0] + 1]
            # ("the Naval Research Laboratory for the Pentagon's Ballistic Missile Defense Organization": what
            # a name is "for the" owner of is no part of the owner's name, where the owner's thing has a name)
            made_for = next((i for i, t in enumerate(owner[1:-2], 1) if t[2] == "for" and owner[i + 1][2] == "the"), 0)
            if made_for and len(owned) == 1 and len(tokens) - len(owner) >= 2:
                yield from _discovered_tokens(folded, owner[:made_for], surface)
                owner = owner[made_for + 2 :]
            if len(owned) == 1 and _one_owner(owner):
                last = owner[-1]
                cut = 1 if last[2].endswith("'") else 2
                yield from _discovered_tokens(folded, [*owner[:-1], (last[0], last[1] - cut, last[2][:-cut])], surface)
            tokens = tokens[owned[-1] + 1 :]
            # ("The Indian Space Research Organisation's (ISRO) Polar Satellite Launch Vehicle": the
            # owner's acronym is no part of the name.)
            while tokens and tokens[0][2].startswith("("):
                tokens.pop(0)
        # "European Commission President Ursula von der Leyen": a name ends before the title of
        # whoever leads or speaks for it (the person after it is found by the title).
        led = False  # whether a title and its holder followed the name
        if len(tokens) > 2 and _RUN_TITLE.search(run):
            titled = next(
                (
                    i
                    for i, t in enumerate(tokens[1:-1], 1)
                    if t[2] in _RUN_TITLES
                    and tokens[i + 1][2] not in _CONNECTORS
                    and tokens[i - 1][2] not in _CONNECTORS
                ),
                None,
            )
            if titled is not None:
                if titled > 1 and tokens[titled - 1][2] in _RANK_OPENERS:
                    titled -= 1
                tokens, led = tokens[:titled], True
        # "Christina Koch and Canadian Space Agency": a person's name and, after "and", a name
        # of its own ("Lunar Exploration and Space Program Center" is one name).
        joins = [i for i, t in enumerate(tokens) if t[2] == "and"]
        partner: list[tuple[int, int, str]] = []  # a person before "and", when the name after is kept
        if joins:
            left, right = tokens[: joins[0]], tokens[joins[0] + 1 :]
            the_after = bool(right) and right[0][2] == "the"
            if the_after:
                right = right[1:]  # "the European Space Agency (ESA) and the Canadian Space Agency"
            while left and left[-1][2].startswith("("):
                left = left[:-1]
            left_text, right_text = " ".join(t[2] for t in left), " ".join(t[2] for t in right)
            right_kind = _head_kind(right_text) if len(right) >= 2 else None
            headed_of = right_kind is not None and len(right) >= 3 and right[0][2] in _HEADS and right[1][2] == "of"
            # (A place is not joined to a person so: "Utah Test and Training Range" is one name.)
            if right_kind is Kind.GATHERING and len(left) == 1 and left_text not in surface:
                # "the Summer and Winter Olympics": one word and a gathering's name are its kinds.
                tokens = right
            elif (
                right_kind not in (None, Kind.PLACE)
                and _PERSON_LIKE.fullmatch(left_text)
                and _could_be_person(left_text.split())
            ):
                tokens, partner = right, left
            elif len(right) >= 2 and (
                # "the Forbidden City and Tian'anmen Square", "the European Space Agency and the
                # Canadian Space Agency": two names of one kind, each ending in its head word (or in it and a
                # known place: "Imperial College London and University College London");
                # "the Gulf of Mexico and the Great Hall of the People": a known name on either side.
                (
                    right_kind is not None
                    and (right[-1][2] in _HEADS or (len(right) >= 3 and _ends_in_head(right, surface)))
                    and len(left) >= 2
                    and _ends_in_head(left, surface)
                    and _head_kind(left_text) is right_kind
                )
                or right_text in surface
                or left_text in surface
                # ("the Bank of Canada and the Bank of England", "The Ever Given and the Suez Canal":
                # "and the" before a name with a head word opens a name of its own; so does "and"
                # before an organization whose leader's title follows: "Johnson and European
                # Commission President Ursula von der Leyen agree ...".)
                or (the_after and right_kind is not None)
                or (led and right_kind is Kind.ORGANIZATION)
                # (a name that opens with its head word and "of" opens after "and": "to Barclays and Bank of
                # America")
                or headed_of
                # ("12 trains an hour between Paddington and Abbey Wood": two ends)
                or folded.endswith("between ", 0, m.start())
            ):
                yield from _people_of_bodies(folded, left, surface)
                if (
                    headed_of
                    and right_kind is Kind.ORGANIZATION
                    and len(left) == 1
                    and _one_body(folded, left_text, surface)
                ):
                    # (one word before it is a body too: "Barclays and Bank of America")
                    yield _discovered_name(Span(left[0][0], left[0][1]), Kind.ORGANIZATION, left_text)
                tokens = right
            elif (
                len(left) >= 2
                and left[-1][2] in _HEADS
                and len([t for t in right if t[2] not in _CALENDAR_WORDS and t[2] not in _CONNECTORS]) <= 2
                and not any(t[2] in _HEADS for t in right)
                and not any(
                    _HEADS.get(t[2]) is Kind.ORGANIZATION and after[2] == "of" for t, after in itertools.pairwise(left)
                )
            ):
                # "Trafalgar Square and Chinatown": a name with its head word, and after "and" words
                # that have none make no name of their own by form (a body's "of" holds them: "the Bureau of
                # Water Works and Supply" is one name).
                yield from _discovered_tokens(folded, left, surface)
                tokens = []
        # "the Kennedy Space Center for Axiom Mission 1": a place, and what it serves named after "for" (a
        # known name, or one with a head word of its own); "Lincoln Center for the Performing Arts" is one name.
        at_for = next((i for i, t in enumerate(tokens) if t[2] == "for"), None) if " for " in run else None
        if at_for is not None and at_for >= 2 and len(tokens) - at_for > 1:
            place_text = " ".join(t[2] for t in tokens[:at_for])
            served_text = " ".join(t[2] for t in tokens[at_for + 1 :])
            if _head_kind(place_text) is Kind.PLACE and (served_text in surface or _head_kind(served_text) is not None):
                yield from _discovered_tokens(folded, tokens[:at_for], surface)
                tokens = tokens[at_for + 1 :]
        # "Bennelong Point on Sydney Harbour": a place on another, each with its head word.
        on = next((i for i, t in enumerate(tokens) if t[2] == "on"), None) if " on " in run else None
        if (
            on is not None
            and on >= 2
            and len(tokens) - on > 2
            and _HEADS.get(tokens[on - 1][2]) is Kind.PLACE
            and _HEADS.get(tokens[-1][2]) is Kind.PLACE
        ):
            yield from _discovered_tokens(folded, tokens[:on], surface)
            # (with no "the" of the second: "Boulder Dam on the Colorado River")
            tokens = tokens[on + 2 :] if tokens[on + 1][2] == "the" else tokens[on + 1 :]
        yield from _people_of_bodies(folded, tokens, surface, partner)


def _people_of_bodies(
    folded: str,
    tokens: list[tuple[int, int, str]],
    surface: dict[str, Entity],
    partner: list[tuple[int, int, str]] | None = None,
) -> Iterable[_Candidate]:
    """The names a run (or its part) makes: "Pan Jianwei and Lu Chaoyang of the University of ...", people, then
    their organization (``partner``, a person named before "and", first); else the name the run makes."""
    of = _person_of_organization(tokens) if len(tokens) > 3 else None
    start = 0  # (read by index: a run may be long)
    while of is not None:
        for person in (partner, tokens[start:of]) if partner else (tokens[start:of],):
            span = Span(person[0][0], person[-1][1])
            yield _discovered_name(span, Kind.PERSON, span.cut(folded))
        partner = None
        start = of + 1
        if start < len(tokens) and tokens[start][2] == "the":
            start += 1
        # (and another person of another: "Kip Thorne ... of the California Institute of Technology and Rainer
        # Weiss of the Massachusetts Institute of Technology")
        joined = next(
            (
                i
                for i in range(start, len(tokens))
                if tokens[i][2] == "and" and _person_of_organization(tokens, i + 1) is not None
            ),
            None,
        )
        if joined is None:
            break
        yield from _discovered_tokens(folded, tokens[start:joined], surface)
        start = joined + 1
        of = _person_of_organization(tokens, start)
    yield from _discovered_tokens(folded, tokens[start:], surface)


# Words that may follow a body's head word at the end of its name: "Thai Airways International", "Marriott
# International", "Ogilvy Worldwide".
_AFTER_HEAD = frozenset(("International", "Worldwide"))


def _ends_in_head(tokens: list[tuple[int, int, str]], surface: dict[str, Entity]) -> bool:
    """Whether a name's last word is a head word, or one of the words that may follow one, or a known place's
    name after one ("Imperial College London")."""
    last = tokens[-1][2]
    return last in _HEADS or (
        len(tokens) >= 2
        and tokens[-2][2] in _HEADS
        and (last in _AFTER_HEAD or (len(tokens) >= 3 and _kind_of(surface, last) is Kind.PLACE))
    )


def _person_of_organization(tokens: list[tuple[int, int, str]], start: int = 0) -> int | None:
    """Where "of" stands after a personal name and before an organization's name, if it does (the tokens from
    ``start`` on)."""
    of = next((i for i in range(start, min(len(tokens), start + 4)) if tokens[i][2] == "of"), None)
    if of is None or not 2 <= of - start <= 3:
        return None
    words = [t[2] for t in tokens[start:of]]
    if not _PERSON_LIKE.fullmatch(" ".join(words)) or not _could_be_person(words):
        return None
    # (the organization's first words decide its kind: a run may hold many more; or a place's with its head word:
    # "Neil Gehrels of the Goddard Space Flight Center")
    rest = " ".join(t[2] for t in tokens[of + 1 : of + 1 + _ORGANIZATION_WORDS_READ])
    return of if _head_kind(rest) in (Kind.ORGANIZATION, Kind.PLACE) else None


_ORGANIZATION_WORDS_READ = 8


def _one_owner(owner: list[tuple[int, int, str]]) -> bool:
    """Whether an owner's words before its "'s" are one name: no "and" in them, or one inside a body's name whose
    words before it are no person's ("the American Telephone and Telegraph Company's Bell Telephone Laboratories";
    not "Christina Koch and the Canadian Space Agency's ...")."""
    joins = [i for i, t in enumerate(owner) if t[2] == "and"]
    if not joins:
        return True
    left = [t[2] for t in owner[: joins[0]]]
    return (
        bool(left)
        and _HEADS.get(owner[-1][2].removesuffix("'s").rstrip("'")) is Kind.ORGANIZATION
        and not (_PERSON_LIKE.fullmatch(" ".join(left)) and _could_be_person(left))
        and "the" not in (t[2] for t in owner[joins[0] :])
    )


def _one_body(folded: str, word: str, surface: dict[str, Entity]) -> bool:
    """Whether one capitalised word joined by "and" to a body's name may be a body's: no known name, function word,
    date, qualifier, people's word, head word, nor a person's family name in the article."""
    return not (
        word in surface
        or word in _STOP_FIRST
        or word in _CALENDAR_WORDS
        or word in _QUALIFIERS
        or word in _NATIONALITIES
        or word in _HEADS
        or word in CHINESE_SURNAMES
        or _last_word_of_a_name(folded, word)
    )


# Words that name a unit only with its owner: "Standing Committee", "Political Bureau".
_UNIT_WORDS = frozenset("Standing Central General Political Executive Permanent Special".split())


def _country_body(folded: str, begin: int, end: int) -> Iterable[_Candidate]:
    """A body's head word after a country's short name: "He served in the U.S. Army"."""
    short = begin - 5  # where "U.S. " would start
    if short >= 0 and _HEADS.get(folded[begin:end]) is Kind.ORGANIZATION and folded.startswith(_SHORT_COUNTRIES, short):
        yield _discovered_name(Span(short, end), Kind.ORGANIZATION, folded[short:end])


_PLACE_HEADS = frozenset(w for w, kind in _HEADS.items() if kind is Kind.PLACE)
_OFFICE_OPENERS = frozenset(
    "Minister Secretary President Governor Mayor Ambassador Chancellor Commissioner Senator".split()
)


def _discovered_tokens(
    folded: str, tokens: list[tuple[int, int, str]], surface: dict[str, Entity]
) -> Iterable[_Candidate]:
    """The name a run of capitalised tokens makes, if a head word gives it a kind."""
    if len(tokens) < 2:
        return
    tokens = list(tokens)
    while tokens and tokens[-1][2] in _CALENDAR_WORDS:
        tokens.pop()
        while tokens and tokens[-1][2] in _CONNECTORS:
            tokens.pop()
    if len(tokens) < 2:
        return
    # "Barbara Castle, the Minister of Transport, said": an office is no body (what it is "of the" may be: "the
    # Governor of the Bank of England").
    if tokens[0][2] in _OFFICE_OPENERS and tokens[1][2] in ("of", "for"):
        if len(tokens) > 4 and tokens[2][2] == "the":
            yield from _discovered_tokens(folded, tokens[3:], surface)
        return
    # "oil from the Persian Gulf for Shell": a place's name ends at its head word before "for" (where a body's goes on:
    # "the National Center for Space Studies").
    cut = next((i for i in range(1, len(tokens) - 1) if tokens[i][2] == "for" and tokens[i - 1][2] in _PLACE_HEADS), 0)
    if cut:
        yield from _discovered_tokens(folded, tokens[:cut], surface)
        yield from _discovered_tokens(folded, tokens[cut + 1 :], surface)
        return
    # "Summits of the Forum on China-Africa Cooperation": a plural head word names no one thing;
    # what it is "of" is the name (not where the plural is a head word of its own: "the Isles of Scilly").
    if (
        len(tokens) > 2
        and tokens[1][2] == "of"
        and tokens[0][2].endswith("s")
        and tokens[0][2][:-1] in _HEADS
        and tokens[0][2] not in _HEADS
    ):
        yield from _discovered_tokens(folded, tokens[3:] if tokens[2][2] == "the" else tokens[2:], surface)
        return
    # "a United Launch Alliance Atlas V rocket": a known craft, rocket or person after the last head word is
    # a name of its own (a place there may end the name: "Airport Authority Hong Kong").
    # (or after "on": "launched from the Baikonur Cosmodrome on Proton rockets")
    heads_at = [i for i, t in enumerate(tokens) if t[2] in _HEADS] if tokens[-1][2] not in _HEADS else []
    if heads_at and 0 < heads_at[-1] < len(tokens) - 1:
        after = heads_at[-1] + 1
        joined_on = tokens[after][2] == "on" and after < len(tokens) - 1
        rest = Span(tokens[after + joined_on][0], tokens[-1][1]).cut(folded)
        # (a place's head word is not joined by "on" to what follows: "the Baikonur Cosmodrome on Soyuz")
        if _kind_of(surface, rest) in (Kind.VEHICLE, Kind.MISSION, Kind.PERSON) or (
            joined_on
            and (_HEADS[tokens[heads_at[-1]][2]] is Kind.PLACE or _CRAFT_NOUN.match(folded, tokens[-1][1] + 1))
        ):
            tokens = tokens[: heads_at[-1] + 1]
    # ("President Park Geun-hye": a Korean family name that is a head word, then the given name, is a person's)
    if tokens[-2][2] in _HEADS and _KOREAN_GIVEN.fullmatch(tokens[-1][2]):
        return
    span = Span(tokens[0][0], tokens[-1][1])
    name_text = span.cut(folded)
    kind = _head_kind(name_text)
    # "Lion Air", "Malindo Air": a short name ending in "Air" is an airline's.
    if kind is None and len(tokens) <= 3 and tokens[-1][2] == "Air" and tokens[0][2] not in _STOP_FIRST:
        kind = Kind.ORGANIZATION
    # "The third Orbiting Astronomical Observatory": what orbits is a craft, whatever its head word.
    if tokens[0][2] == "Orbiting" and kind in (Kind.ORGANIZATION, Kind.PLACE):
        kind = Kind.MISSION
    # "China State Railway Group Co., Ltd.": a company's legal form is part of its name, and makes
    # it a company's ("Shanghai Waigaoqiao Shipbuilding Co., Ltd.").
    legal = _LEGAL_FORM.match(folded, span.end) if tokens[-1][2] in _LEGAL_FORM_WORDS else None
    if legal is not None:
        kind = kind or Kind.ORGANIZATION
    if kind is None or name_text in surface or name_text in _HOLIDAYS or name_text in _CURRENCIES:
        return
    if tokens[0][2] == "Deutsche" and (known := surface.get(name_text.partition(" ")[2])) is not None:
        # ("Deutsche Lufthansa": a known German body's full name)
        if known.kind is Kind.ORGANIZATION:
            yield _Candidate(span, known, TRUST_CURATED)
        return
    if kind is Kind.ORGANIZATION and tokens[-1][2] in _HONOURS:
        return  # "the Academy Award for best picture": an honour, no body
    if kind is Kind.PLACE and _VESSEL_AFTER.match(folded, span.end):
        return  # "Adora Magic City, the first large cruise ship built in China": a ship's name
    # A centre that speaks is the body that runs it: "..., the Mohammed bin Rashid Space Centre said."; so is a
    # county or a city: "..., the County of Maui said."
    if (
        kind is Kind.PLACE
        and (tokens[-1][2] in ("Center", "Centre") or tokens[0][2] in ("County", "City"))
        and _SPEAKS_AFTER.match(folded, span.end)
    ) or (
        # (or that builds something: "the Rashid rover, built by the Mohammed bin Rashid Space Centre")
        kind is Kind.PLACE
        and tokens[-1][2] in ("Center", "Centre")
        and _BUILT_BY.search(folded, max(0, span.begin - 24), span.begin)
    ):
        kind = Kind.ORGANIZATION
    # (a bank that lies near a place is land: "the radio telescope at Jodrell Bank, near Manchester")
    if kind is Kind.ORGANIZATION and tokens[-1][2] == "Bank" and _NEAR_AFTER.match(folded, span.end):
        kind = Kind.PLACE
    # (a known name after "for the" is its own: "the Radio Corporation of America for the National Aeronautics and
    # Space Administration")
    cut = name_text.find(" for the ")
    if cut > 0 and name_text[cut + len(" for the ") :] in surface:
        name_text = name_text[:cut]
        span = Span(span.begin, span.begin + cut)
        kind = _head_kind(name_text)
        if kind is None or name_text in surface:
            return
    # "Wenchang Spacecraft Launch Site on ...": a known name plus a connector phrase is the known name.
    head = re.split(r"\s+(?:of|on|and|for|the|de)\s+", name_text, maxsplit=1)[0]
    if head != name_text and head in surface:
        return
    # ("Mazda and Toyota Motor Corp. agree ...": a firm with its head word after "and" and a name the article
    # gives alone elsewhere before it are two.)
    joint = next((i for i, t in enumerate(tokens) if t[2] == "and"), 0)
    if kind is Kind.ORGANIZATION and 0 < joint < len(tokens) - 2 and _alone_elsewhere(folded, head, span):
        yield from _discovered_tokens(folded, tokens[joint + 1 :], surface)
        return
    # "... Center of the CNSA": a name ends before "of" and a known name.
    # (The owner after "of the" if there is one: "Institute of Plasma Physics of the Chinese Academy ...".)
    owner = re.search(r"\s+of\s+the\s+(\S.*)$", name_text) or re.search(r"\s+of\s+(\S.*)$", name_text)
    # ("Olympic Council of Asia" keeps its place: only an organization owns a name; and an
    # acronym after the name that spells the owner too keeps it: "... Observatories of the
    # Chinese Academy of Sciences (NAOC)".)
    # An organization of "the" organization, each with its head word, is a unit and its owner
    # ("the Jiangnan Shipyard of the China State Shipbuilding Corporation"), where one name's own
    # "of" takes no article ("Beijing Institute of Spacecraft System Engineering").
    unit = (
        owner is not None
        and owner[1] not in surface
        and kind is Kind.ORGANIZATION
        and owner[0].split()[1] == "the"
        and len(name_text[: owner.start()].split()) >= 2
        and _HEADS.get(name_text[: owner.start()].split()[-1]) is Kind.ORGANIZATION
        and _head_kind(owner[1]) is Kind.ORGANIZATION
    )
    if (
        owner is not None
        and (unit or (owner[1] in surface and surface[owner[1]].kind is Kind.ORGANIZATION))
        and not _acronym_spans_owner(folded, span.end, name_text[: owner.start()])
        # "the Standing Committee of the National People's Congress": a unit named by no word of its
        # own is named with its owner.
        and not all(w in _UNIT_WORDS or w in _HEADS for w in name_text[: owner.start()].split())
    ):
        if unit:
            yield _discovered_name(Span(span.begin + owner.start(1), span.end), Kind.ORGANIZATION, owner[1])
        name_text = name_text[: owner.start()]
        span = Span(span.begin, span.begin + len(name_text))
        kind = _head_kind(name_text)
        if kind is None or len(name_text.split()) < 2:
            return
    elif owner is not None and _ends_before_its_place(
        name_text[: owner.start()], owner, kind, surface, _in_a_known_place(folded, span.end, surface)
    ):
        if owner[1] not in surface:
            yield _discovered_name(Span(span.begin + owner.start(1), span.end), Kind.PLACE, owner[1])
        name_text = name_text[: owner.start()]
        span = Span(span.begin, span.begin + len(name_text))
    # "Jezero Crater on Mars": a place ends before "on" and a known place.
    on = re.search(r"\s+on\s+(?:the\s+)?(\S.*)$", name_text)
    if kind is Kind.PLACE and on is not None and on[1] in surface and surface[on[1]].kind is Kind.PLACE:
        name_text = name_text[: on.start()]
        span = Span(span.begin, span.begin + len(name_text))
    # ("Cowes on the Isle of Wight": a town with no head word "on the" a place that has one are two places.)
    elif (
        kind is Kind.PLACE
        and on is not None
        and on[0].lstrip().startswith("on the ")
        and _head_kind(on[1]) is Kind.PLACE
        and _head_kind(name_text[: on.start()]) is None
        and name_text.split()[0] not in _STOP_FIRST
    ):
        yield _discovered_name(Span(span.begin + on.start(1), span.end), Kind.PLACE, on[1])
        name_text = name_text[: on.start()]
        span = Span(span.begin, span.begin + len(name_text))
    # ("the Institute of Space and Aeronautical Science of the University of Tokyo": a body of a university, an
    # academy, an institute or a college, each named whole)
    of_the = _OF_THE_BODY.search(name_text) if kind is Kind.ORGANIZATION and " of the " in name_text else None
    if of_the is not None and _head_kind(name_text[: of_the.start()]) is Kind.ORGANIZATION:
        yield _discovered_name(Span(span.begin + of_the.start("body"), span.end), Kind.ORGANIZATION, of_the["body"])
        name_text = name_text[: of_the.start()]
        span = Span(span.begin, span.begin + len(name_text))
    if legal is not None and span.end == tokens[-1][1]:  # the name was not cut short above
        span = Span(span.begin, legal.end())
        name_text = span.cut(folded)
    # ("its Hakuto-R Mission 1 lander": a mission's number is part of its name; a satellite's too: "the
    # China-Brazil Earth Resources Satellite 6")
    if kind is Kind.MISSION and name_text.endswith((" Mission", " Satellite")):
        number = _MISSION_NUMBER.match(folded, span.end)
        if number is not None:
            span = Span(span.begin, number.end())
            name_text = span.cut(folded)
    name = re.sub(r"\s*\([A-Za-z0-9&]+\)", "", re.sub(r"\s+", " ", name_text))
    yield _discovered_name(span, kind, name)


_OF_THE_BODY = re.compile(
    r"(?<=\S) of the (?P<body>(?:University|Academy|Institute|College) of [A-Z][\w'-]*(?: [A-Z][\w'-]*)*)$"
)


def _alone_elsewhere(folded: str, name: str, span: Span) -> bool:
    """Whether the text gives a name outside a span with no capitalised word beside it."""
    return any(at < span.begin or at >= span.end for at in _alone_at(folded, name))


@functools.lru_cache(maxsize=64)
def _alone_at(folded: str, name: str) -> tuple[int, ...]:
    """Where the text gives a name with no capitalised word beside it (read once per article and name)."""
    return tuple(
        m.start()
        for m in re.finditer(rf"(?<![\w'&-]){re.escape(name)}(?![\w&-]| [A-Z&]| and [A-Z])", folded)
        if not re.search(r"[A-Z][\w'-]* $", folded[max(0, m.start() - 30) : m.start()])
    )


def _ends_before_its_place(
    before: str, owner: re.Match[str], kind: Kind, surface: dict[str, Entity], town: bool = False
) -> bool:
    """Whether a name of that kind ends before "of" and the place it is in: a place with its head word ("Xuwen
    County of Guangdong Province"; a republic "of" a country is the country's own name, "the Federal Republic of
    Germany"), or a firm named by what it makes or does ("Malin Space Science Systems of San Diego"; "Bank of
    Spain" and "University of Tokyo" are named by their places); or a company or a firm so named "of" an unknown
    name that a known place follows after a comma, a ``town`` ("the Phoenix Bridge Company of Phoenixville,
    Pennsylvania")."""
    words = before.split()
    if len(words) < 2:
        return False
    if town and kind is Kind.ORGANIZATION and owner[1] not in surface and owner[0].split()[1] != "the":
        return words[-1] in ("Company", "Corporation") or words[-1] in _FIRM_HEADS
    if (_kind_of(surface, owner[1]) or _head_kind(owner[1])) is not Kind.PLACE:
        return False
    if kind is Kind.PLACE:
        return words[-1] in _HEADS and words[-1] != "Republic"
    # (a company or a corporation "of" a country or a state is often its whole name, "Standard Oil Company of
    # California", "Radio Corporation of America"; "of the" one less so: "Uniroyal Goodrich Tire Company of the United
    # States")
    if words[-1] in ("Company", "Corporation"):
        return kind is Kind.ORGANIZATION and owner[0].split()[1] == "the"
    return kind is Kind.ORGANIZATION and words[-1] in _FIRM_HEADS


# ", Pennsylvania": a known place after a comma, the state or the country of the town before it.
_COMMA_NAME = re.compile(r",\s+(?P<name>[A-Z][\w'-]*(?: [A-Z][\w'-]*)?)(?![\w'-])")


def _in_a_known_place(folded: str, end: int, surface: dict[str, Entity]) -> bool:
    """Whether a known place follows a name after a comma."""
    m = _COMMA_NAME.match(folded, end)
    return m is not None and Kind.PLACE in (_kind_of(surface, m["name"]), _kind_of(surface, m["name"].split()[0]))


# Head words of a firm named by what it makes or does, which end its name.
_FIRM_HEADS = frozenset(
    f"""Systems Industries Technologies Holdings Motors Airlines Airways Electronics Brands Beverages Foods
    Restaurants Automobiles Pictures Studios Aerospace Cars Automobile Mining Laboratories Trains
    {_MADE_WORDS}""".split()
)
_MISSION_NUMBER = re.compile(r" \d{1,2}(?!\w|[.,]\d|-)")


_VESSEL_AFTER = re.compile(
    r",\s+(?:the|a|an)\s+(?:[\w'-]+\s+){0,4}?(?:ship|vessel|liner|ferry|tanker|carrier|icebreaker)\b"
)
_NEAR_AFTER = re.compile(r",?\s+near\s+(?:the\s+)?[A-Z]")
_LEGAL_FORM = re.compile(r"\.(?:,? (?:(?:Ltd|Inc|Corp|Co)\.|Limited\b))?")
_LEGAL_FORM_WORDS = frozenset(("Co", "Corp", "Inc", "Ltd"))


def _discovered_name(span: Span, kind: Kind, name: str, cls: str | None = None) -> _Candidate:
    """A name found by its form, not in the reference data."""
    return _Candidate(span, Entity(kind, slug(name), name, cls=cls, curated=False), TRUST_DISCOVERED)


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.split(r"[\s-]+", name) if w[:1].isupper())


def _acronym_spans_owner(folded: str, end: int, head: str) -> bool:
    """Whether an acronym in parentheses right after a name has more letters than the name's part
    before "of" has capitalised words, its first ones those words' initials."""
    m = _ACRONYM_AFTER.match(folded, end)
    if m is None:
        return False
    acronym, initials = m["acr"].upper(), _initials(head)
    return len(acronym) > len(initials) and acronym.startswith(initials)


# A name that an acronym in parentheses spells, lower-case words allowed inside it: "Five-hundred-
# meter Aperture Spherical radio Telescope (FAST)". Its kind comes from its head word.
_SPELLED = re.compile(r"\((?P<acr>[A-Z]{2,8})\)")


def _spelled_names(folded: str, region: Span, surface: dict[str, Entity]) -> Iterable[_Candidate]:
    for m in _SPELLED.finditer(folded, region.begin, region.end):
        acronym = m["acr"]
        if acronym in surface:
            continue  # a known acronym's name is known too
        base = max(region.begin, m.start() - 160)
        words = list(re.finditer(r"[\w'-]+", folded[base : m.start()]))
        # Back from the parenthesis: each capitalised word gives the acronym's next letter from
        # its end; lower-case words ("of", "radio") are passed over; anything else ends the name.
        letters, first = list(acronym), None
        for w in reversed(words):
            word = w[0]
            if word.islower():
                continue
            if word[0] != letters[-1]:
                break
            letters.pop()
            first = w
            if not letters:
                break
        if letters or first is None:
            continue
        span = Span(base + first.start(), base + words[-1].end())
        name = span.cut(folded)
        # (A test or a demonstration spelled out with its acronym is a mission: "NASA's Double Asteroid
        # Redirection Test (DART) struck Dimorphos".)
        kind = _head_kind(name) or (Kind.MISSION if name.endswith((" Test", " Demonstration")) else None)
        if kind is None or name in surface or len(name.split()) < 2:
            continue
        yield _discovered_name(span, kind, name)


# "a tsunami across the Pacific": an ocean named without the word, as a noun: after "the" and before a
# stop or a small word ("the Pacific nation", "Atlantic storms" are no ocean).
# A Korean name by its form: a family name and a hyphened given name ("Lee Byung-chul", "Moon Jae-in").
_KOREAN_FAMILIES = (
    "Kim Lee Park Choi Jung Jeong Kang Cho Yoon Yun Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Yoo Hong Moon Yang "
    "Ko Baek Heo Nam Noh Roh Ha Kwak Sung Cha Joo Woo Min Ryu Chun Chung Rhee Ban Byun Hyun"
).split()
_KOREAN_NAME = re.compile(rf"(?<![\w'-])(?:{'|'.join(_KOREAN_FAMILIES)}) [A-Z][a-z]+-[a-z]+(?![\w'-]| [A-Z])")


def _korean_names(folded: str, region: Span, surface: dict[str, Entity]) -> Iterable[_Candidate]:
    for m in _KOREAN_NAME.finditer(folded, region.begin, region.end):
        # (not a known name and a word made from it: "the Hong Kong-based company")
        if m[0] not in surface and m[0].partition("-")[0] not in surface and not _ADJECTIVE_SUFFIX.search(m[0]):
            yield _discovered_name(Span(m.start(), m.end()), Kind.PERSON, m[0])


# "COP28", "COP 29": a UN climate conference by its number (a gathering).
_NUMBERED_COP = re.compile(r"(?<![\w'-])COP ?(?P<n>[1-9]\d?)(?![\w'-])")


def _climate_conferences(folded: str, region: Span, in_parentheses: frozenset[str]) -> Iterable[_Candidate]:
    for m in _NUMBERED_COP.finditer(folded, region.begin, region.end):
        # (an acronym the article defines stands for the name before it: "... of the Parties (COP30)")
        if m[0] not in in_parentheses:
            yield _discovered_name(Span(m.start(), m.end()), Kind.GATHERING, f"COP{m['n']}")


# "the World Championships in Athletics": a sport's championship is named with its sport after "in" (not with a
# town: "the World Championships in Budapest").
_SPORTS = (
    "Athletics|Aquatics|Gymnastics|Swimming|Cycling|Rowing|Fencing|Judo|Wrestling|Shooting|Archery|Canoeing|"
    "Weightlifting|Badminton|Table Tennis|Figure Skating|Speed Skating|Biathlon|Diving|Sailing|Triathlon"
)
_CHAMPIONSHIP_IN_SPORT = re.compile(
    rf"(?<![\w'-])(?:[A-Z][\w'-]* ){{0,3}}(?:Championships?|Cup|Games|Series) in (?:{_SPORTS})(?![\w'-])"
)
_CHAMPIONSHIP_CUE = re.compile(r"(?:Championships?|Cup|Games|Series) in [A-Z]")


def _championships(folded: str, region: Span) -> Iterable[_Candidate]:
    for m in _CHAMPIONSHIP_IN_SPORT.finditer(folded, region.begin, region.end):
        name = " ".join(_name_words(m[0]))
        yield _discovered_name(Span(m.end() - len(name), m.end()), Kind.GATHERING, name)


_OCEANS = ("Pacific", "Atlantic", "Arctic")
_OCEAN_CUES = tuple(f" {ocean}" for ocean in _OCEANS)
_OCEAN_ALONE = re.compile(
    # (a part of it in lower case between: "splashed down in the western Pacific")
    r"\bthe (?:(?:(?:north|south)-?)?(?:western|eastern)(?:most)? |(?:northern|southern|central|tropical|mid-))?"
    rf"(?P<ocean>{'|'.join(_OCEANS)})"
    # (or the end of a headline: "Telstar relays first live television across the Atlantic")
    r"(?=[,.;:]|$|\s+(?:and|or|but|to|from|in|on|off|near|at|for|by|with|as|where|which|into|toward|towards"
    # (or a word of when: "crossed the Atlantic early on Wednesday")
    r"|early|late|again|twice|once|overnight|yesterday|today|tonight|last|this|alone|safely|successfully)\b)"
)


def _oceans_alone(folded: str, region: Span, surface: dict[str, Entity]) -> Iterable[_Candidate]:
    for m in _OCEAN_ALONE.finditer(folded, region.begin, region.end):
        ocean = surface.get(f"{m['ocean']} Ocean")
        if ocean is not None:
            yield _Candidate(Span(m.start("ocean"), m.end("ocean")), ocean, TRUST_DISCOVERED)


# "among them the Air Minister, Lord Thomson": a peer named by the title and one name is a person (not an
# office: "the Lord Chancellor", "Lord Mayor"; nor a name going on: "Lord Howe Island").
_LORD = re.compile(
    r"(?<![\w'-])(?:Lord|Lady|Baroness|Baron) (?!(?:Mayor|Chancellor|Chief|Justice|Provost|Chamberlain|Privy|President"
    r"|Speaker|Lieutenant|Advocate|High|Great|God|Jesus|Almighty|Protector|Commissioner|Bishop|Admiral)\b)"
    r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?![\w'-]| [A-Z]| of\b)"
)
_LORD_CUES = ("Lord ", "Lady ", "Baron")
# "at Cardington, Bedfordshire": a word ending in "shire" is a county's name.
_SHIRE = re.compile(r"(?<![\w'-])[A-Z][a-z]{2,}shire(?![\w'-])")


# "President Nixon, who watched from the Kennedy Space Center": the holder of a high office named by the title and
# one name is a person called by that name (not a known name, which is found as known: "President Xi"; nor a body's
# or a place's: "the Premier League").
_HIGH_OFFICES = ("President", "Premier", "Chancellor", "Prime Minister", "Governor", "Senator", "Mayor")
_OFFICE_CUES = tuple(f"{office} " for office in _HIGH_OFFICES)
_OFFICE_ONE_NAME = re.compile(
    rf"(?<![\w'-])(?:{'|'.join(_HIGH_OFFICES)}) (?P<name>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?![\w'-]|\.? [A-Z]| of\b)"
)


def _office_holders(folded: str, region: Span, surface: dict[str, Entity]) -> Iterable[_Candidate]:
    for m in _OFFICE_ONE_NAME.finditer(folded, region.begin, region.end):
        name = m["name"]
        if name not in surface and _one_name(name) and name not in _NATIONALITIES:
            yield _discovered_name(Span(m.start("name"), m.end("name")), Kind.PERSON, name)


def _peers_and_shires(folded: str, region: Span, surface: dict[str, Entity]) -> Iterable[_Candidate]:
    for m in _LORD.finditer(folded, region.begin, region.end):
        if m[0] not in surface:
            yield _discovered_name(Span(m.start(), m.end()), Kind.PERSON, m[0])
    for m in _SHIRE.finditer(folded, region.begin, region.end):
        if m[0] not in surface:
            yield _discovered_name(Span(m.start(), m.end()), Kind.PLACE, m[0], "AdministrativeArea")


# "the coastal city of Zhuhai", "the island of Bali", "born in Shiyan": a name after "city of",
# "island of", "born in"... is a place (so is where a body is set up: "is set up in Jamshedpur", or where one
# dies).
_PLACE_NOUN = (
    "city",
    "town",
    "county",
    "village",
    "port",
    "district",
    "capital",
    "island",
    "province",
    "state",
    "region",
    "diocese",
    "suburb",
)
_A_PLACE = r"[A-Z][a-z]+(?: [A-Z][a-z]+)?"
_SITES_PLURAL = ("hospitals", "clinics", "plants", "factories", "mines", "offices", "stores", "shops", "schools")
_FOLK = tuple(
    w
    for folk in ("villagers", "residents", "inhabitants", "townspeople", "townsfolk", "islanders")
    for w in (folk, folk.capitalize())
)
_PLACE_NOUNS_PLURAL = tuple(re.sub(r"y$", "ie", n) + "s" for n in _PLACE_NOUN if n != "capital")
_CITY_OF = re.compile(
    # (or the capital, named after it: "struck the capital Nuku'alofa")
    # (or where one dies: "Enzo Ferrari dies in Maranello")
    # (or ruins: "the Mayan ruins of Chichen Itza")
    # (or where a ship, a train or a plane goes: "bound for New York", "minutes after leaving this port for Dover";
    # or anyone flies, travels or arrives: "flew to Yellowknife on Tuesday"; or is taken: "Survivors were taken to
    # Grimsby")
    # (once more: "is set up again in Oberkochen")
    rf"\b(?:(?:{'|'.join(_PLACE_NOUN)}|ruins) of|(?:born|based|headquartered|founded|established|set up|dies|died)"
    r"(?: again)? in"
    r"|(?:the|its|their) capital,?"
    r"|(?P<travel>(?:bound|sailed|sailing|departed|departing"
    r"|(?:leaving|left) (?:this|the) (?:port|harbou?r|airport|station)) for"
    r"|flew to|flown to|travell?ed to|drove to|(?:arrived|arrives|arriving) in"
    r"|(?:taken|brought|rushed|airlifted) to)) "
    # (a name may join its words with hyphens: "the city of Rostov-on-Don")
    # (three words too: "the crowded district of San Juan Ixhuatepec")
    rf"(?P<name>[A-Z][a-z]+(?:'[a-z]{{2,}})?(?:(?:-[a-z]{{1,4}})*-[A-Z][a-z]+)?(?: [A-Z][a-z]+){{0,2}})\b"
    # "the districts of Mentougou and Fangshan", "areas of Aleppo, Hama and Latakia", "cities from
    # Adana to Diyarbakir": the places listed after the plural.
    # (or where sites of a kind are: "flown to hospitals in Landstuhl, Kaiserslautern and Ludwigshafen")
    rf"|\b(?:(?:{'|'.join(_PLACE_NOUNS_PLURAL)}|areas|countries) (?:of|from|such as|including|like)"
    rf"|(?:{'|'.join(_SITES_PLURAL)}) in) "
    rf"(?P<list>{_A_PLACE}(?:, {_A_PLACE})*,? (?:and|to|or) {_A_PLACE})(?![\w'-]| [A-Z])"
    # (or before it: "in Zambales and Pampanga provinces")
    rf"|(?<![\w'-])(?P<pair>{_A_PLACE} and {_A_PLACE}) (?:provinces|states|counties|districts|regions|prefectures)\b"
    # (or where its people live: "villagers from St Michael's on Wyre", "residents of Zorbury"; the whole name, a
    # saint's and a river's too)
    rf"|\b(?:{'|'.join(_FOLK)}) (?:of|from) (?P<folk>(?:(?:St\.?|Saint) )?[A-Z][a-z]+(?:'s)?"
    r"(?: (?:on|upon) [A-Z][a-z]+| [A-Z][a-z]+)?)(?![\w'-]| [A-Z])"
    # (or how far something reached: "ash fell on towns as far away as Yakima and Spokane")
    rf"|\bas far (?:away |afield )?as (?P<far>{_A_PLACE}(?:, {_A_PLACE})*(?:,? (?:and|or) {_A_PLACE})?)"
    r"(?![\w'-]| [A-Z])"
)

# What a site is described as: "a 15th-century Inca citadel", "a well near Dhahran", "Sherwood Crescent, a street
# of houses".
_SITE_DESCRIBED = (
    "citadel", "fortress", "castle", "mausoleum", "amphitheatre", "amphitheater", "monument", "shrine", "ruins",
    "temple", "palace", "well", "oil field", "oilfield", "gas field", "mine", "street", "road", "avenue",
    "boulevard", "lane", "square",
)  # fmt: skip
_DESCRIBED_BODIES = ("body", "object", "asteroid", "comet", "dwarf planet", "planet", "moon")
# "Yantai, a coastal city in east China's ...", "Launch Complex 39A": a name described as a place
# in another, and a launch pad by its number.
_DESCRIBED_PLACE = re.compile(
    r"(?<![\w'-])(?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+)?(?: No\. \d{1,3})?),\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?"
    # (or a body beyond the Earth: "Arrokoth, a small icy body in the Kuiper Belt")
    rf"(?:(?:{'|'.join(_PLACE_NOUN)}|{'|'.join(_DESCRIBED_BODIES)})\s+(?:in|of|on|near)"
    # (or a site, where what follows tells where or what it is, not who works there: "Machu Picchu, a
    # 15th-century Inca citadel high in the Andes", "Dammam No. 7, a well near Dhahran"; not "a palace aide")
    rf"|(?:{'|'.join(_SITE_DESCRIBED)})(?=[,.;]|\s+(?:in|of|on|near|at|high|outside|overlooking|built|dating)\b)"
    # (or an electoral district, which nothing else is: "Carleton, an Ottawa-area riding he had held")
    r"|riding|constituency)\b"
    # or a park of its kind, its name whole: "Legoland, a theme park built from ... bricks", "the Harbin Ice and
    # Snow World, a theme park built each year ..." (not a park's operator)
    r"|(?<![\w'-])(?P<park>[A-Z][a-z]+(?: (?:and |of )?[A-Z][a-z]+){0,4}),\s+(?:a|an|the)\s+(?:[\w'-]+\s+){0,2}?"
    r"(?:(?:theme|amusement|national|safari|water) park(?!s|\s+(?:operator|company|firm|chain|group|owner|developer))"
    r"|(?:nature|wildlife|game) reserve)\b"
    # or a residence: "Ganabhaban, the prime minister's official residence in Dhaka"
    # ("the Casa Santa Marta, the pope's residence": the whole name, not its last words)
    r"|(?<![\w'-])(?<![A-Z][\w'-] )(?<![A-Z][\w'-][\w'-] )(?<![A-Z][\w'-][\w'-][\w'-] )"
    r"(?P<home>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}),\s+(?:a|an|the)\s+(?:[\w'-]+\s+){0,3}?residence\b"
)
_LAUNCH_PAD = re.compile(r"\b(?:Space\s+)?Launch\s+(?:Complex|Pad)[\s-]\d+[A-Z]?(?![\w-])")

# "the trip between Jakarta and Bandung": a name paired with a known place by "between ... and" (or "from ...
# to": "a flight from Amsterdam to Batavia").
_BETWEEN_PLACES = re.compile(
    r"\b(?:between (?P<a>[A-Z][a-z]+(?: [A-Z][a-z]+)?) and|from (?P<c>[A-Z][a-z]+(?: [A-Z][a-z]+)?) to)"
    r" (?P<b>[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?![\w'-]|'s| [A-Z])"
)

# "the Lao Cai-Hanoi-Hai Phong line", "the Jakarta-Bandung railway": the places a route links, one of
# them known, are all places.
_LINK_NOUNS = frozenset("railway railroad line highway expressway corridor route pipeline flight flights".split())
_LINKED_PLACES = re.compile(
    r"(?<![\w'-])(?P<chain>[A-Z][a-z]+(?: [A-Z][a-z]+)?(?:-[A-Z][a-z]+(?: [A-Z][a-z]+)?)+)"
    rf" (?:(?:high-speed|intercity|freight|rail|railway|direct|passenger) )?(?:{'|'.join(sorted(_LINK_NOUNS))})\b"
)

# "the asteroid Apophis", "Jupiter's moon Europa": a small body named after what it is.
_BODY_NAMED = re.compile(
    # "a larger asteroid called Didymos", "the asteroid pair Didymos and Dimorphos"
    r"\b(?:(?:asteroid|comet|dwarf planet|moon|exoplanet|galaxy) (?:called |named |(?P<pair>pair|system|duo) )?"
    # (or its name between commas after it: "its first Trojan asteroid, Eurybates, in 2027")
    r"|(?:asteroid|comet|dwarf planet|exoplanet), (?=[A-Z][a-z]+(?:['-][A-Z]?[a-z]+)*,))"
    # "the asteroid Kamo'oalewa", "the comet 311P", "the interstellar comet 3I/ATLAS"
    # ("the galaxy Messier 87": a catalogue's name and number)
    r"(?P<name>[A-Z][a-z]+(?:['-][A-Z]?[a-z]+)*(?: \d{1,4}(?!\w|[.,]\d))?|\d{1,4}[A-Z](?:/[A-Z][\w-]*)?)"
    r"(?![\w'-]|'(?!s\b))"
)

# "Australia's Kyle Chalmers took silver", "with NASA's Nick Hague and Russia's Alexander
# Gorbunov.": a person's name after a known place's or organization's "'s", then a lower-case word (a
# verb) or, last in a list, the clause's end, is a person.
_OF_PLACE = re.compile(
    rf"(?<![\w'-])(?P<and>and )?(?P<owner>[A-Z][\w.-]*(?: [A-Z][\w.-]*){{0,2}})'s "
    rf"(?P<name>{_NAME_WORD}(?: {_NAME_WORD}){{1,2}})(?= (?P<next>[a-z0-9][\w-]*)|[.,;])"
)
# "American Matt Fallon was third": after a nationality, the same.
_NATIONALITIES = frozenset(
    """Afghan Albanian Algerian American Angolan Argentine Argentinian Armenian Australian Austrian
    Azerbaijani Bangladeshi Belarusian Belgian Bolivian Brazilian British Bulgarian Cambodian Cameroonian
    Canadian Chilean Chinese Colombian Croatian Cuban Cypriot Czech Danish Dutch Ecuadorian Egyptian Emirati
    English Estonian Ethiopian Filipino Finnish French Georgian German Ghanaian Greek Hungarian Icelandic
    Indian Indonesian Iranian Iraqi Irish Israeli Italian Jamaican Japanese Jordanian Kazakh Kenyan Korean
    Kuwaiti Kyrgyz Lao Latvian Lebanese Libyan Lithuanian Malaysian Maltese Mexican Moldovan Mongolian
    Montenegrin Moroccan Namibian Nepali Nepalese Nigerian Norwegian Omani Pakistani Palestinian Panamanian
    Paraguayan Peruvian Polish Portuguese Qatari Romanian Russian Rwandan Saudi Scottish Senegalese Serbian
    Singaporean Slovak Slovenian Somali Spanish Sudanese Swedish Swiss Syrian Tajik Tanzanian Thai Tunisian
    Turkish Turkmen Ugandan Ukrainian Uruguayan Uzbek Venezuelan Vietnamese Welsh Yemeni Zambian Zimbabwean""".split()
)
# (And a one-word name after a nationality and an occupation: "Austrian singer JJ won ...".)
_OCCUPATIONS = [w for w in _ROLE_WORDS.split("|") if w.islower() and "\\" not in w and w not in ("wife", "husband")]
_OF_NATION = re.compile(
    rf"(?<![\w'-])(?:{alternation(_NATIONALITIES)}) "
    rf"(?:(?P<name>{_NAME_WORD}(?: {_NAME_WORD}){{1,2}}) [a-z0-9]"
    rf"|(?:{alternation([*_OCCUPATIONS, 'rapper'])}) (?P<one>[A-Z][A-Za-z]+)(?![\w.-]|'(?!s\b)|\s+[A-Z]))"
)
# ("Slawosz Uznanski-Wisniewski of Poland": a family name may join two.)
_FROM_COUNTRY = re.compile(
    # (not what is bought: "Airbnb buys Luxury Retreats of Canada")
    r"(?<!buys )(?<!bought )(?<!buy )(?<!acquires )(?<!acquired )(?<!acquire )"
    rf"(?<![\w'-])(?P<name>{_NAME_WORD}(?: {_NAME_WORD}(?:-{_NAME_WORD})?){{1,2}}) of (?:the )?$"
)


# "JJ, whose real name is Johannes Pietsch, ...": both names are one person's, the first used.
_REAL_NAME = re.compile(
    rf"(?<![\w'-])(?P<used>[A-Z][\w'-]*(?: [A-Z][\w'-]*)?),\s+whose\s+(?:real|full|birth|legal)\s+name\s+is\s+"
    rf"(?P<name>{_NAME})"
)


def _real_names(folded: str, region: Span, surface: dict[str, Entity]) -> Iterable[_Candidate]:
    for m in _REAL_NAME.finditer(folded, region.begin, region.end):
        used = m["used"]
        known = surface.get(used)
        if used in _STOP_FIRST or (known is not None and known.kind is not Kind.PERSON):
            continue
        for group in ("used", "name"):
            yield _discovered_name(Span(m.start(group), m.end(group)), Kind.PERSON, used)


_RIVAL_BEFORE = re.compile(r"\b(?:ahead of|behind|against|beat|beating|defeated|defeating|over|edged|edging)\s+$")


def _people_of_places(folded: str, region: Span, surface: dict[str, Entity]) -> Iterable[_Candidate]:
    for m in _OF_NATION.finditer(folded, region.begin, region.end):
        if m["one"] is not None:
            one = m["one"]
            # (not a Chinese family name alone: "Chinese player Wang" names no one in particular)
            if (
                one not in surface
                and one not in _STOP_FIRST
                and one not in _CALENDAR_WORDS
                and one not in _HEADS
                and one not in CHINESE_SURNAMES
            ):
                yield _discovered_name(Span(m.start("one"), m.end("one")), Kind.PERSON, one)
            continue
        name, words = m["name"], m["name"].split()
        # ("The Chinese New Year holiday": no name.)
        if any(w in _QUALIFIERS or w in _CALENDAR_WORDS for w in words):
            continue
        if name not in surface and _could_be_person(words) and not _TITLE.match(name + " "):
            yield _discovered_name(Span(m.start("name"), m.end("name")), Kind.PERSON, name)
    if "'s " not in folded[region.begin : region.end]:
        return
    for m in _OF_PLACE.finditer(folded, region.begin, region.end):
        owner, name, words = surface.get(m["owner"]), m["name"], m["name"].split()
        if owner is None or name in surface or not _could_be_person(words):
            continue
        if owner.kind is Kind.PLACE and words[0] in _COMPASS_WORDS:
            # "South Africa's Eastern Cape.", "Australia's Northern Territory": a region of the place
            yield _discovered_name(Span(m.start("name"), m.end("name")), Kind.PLACE, name)
            continue
        if (
            m["next"] is None
            and m["and"] is None
            and not _RIVAL_BEFORE.search(folded, max(0, m.start() - 12), m.start())
        ):
            # "... in China's Inner Mongolia.": only a list's last name, or a rival's ("ahead of
            # Denmark's Jonas Vingegaard."), ends a clause
            continue
        if owner.kind is Kind.ORGANIZATION:
            # "NASA's Europa Clipper mission", "Apple's App Store in ...": an organization's craft or
            # product; its people come before "and", a verb or the clause's end.
            if m["next"] is not None and not (m["next"] == "and" or _VERB_LIKE.fullmatch(m["next"])):
                continue
            if any(w in surface or w in _QUALIFIERS for w in words):
                continue
        elif owner.kind is not Kind.PLACE:
            continue
        elif m["next"] in _FACILITY_NOUNS:
            # "London's St Pancras station", "Paris's Charles de Gaulle airport": a place of the place
            yield _discovered_name(Span(m.start("name"), m.end("name")), Kind.PLACE, name)
            continue
        elif m["next"] in _CRAFT_NOUNS:
            continue  # "Europe's Venus Express probe": a craft or a rocket, which its noun finds
        yield _discovered_name(Span(m.start("name"), m.end("name")), Kind.PERSON, name)


_COMPASS_WORDS = frozenset("North South East West Northern Southern Eastern Western Central".split())
# "in the West Texas desert", "Central Asia": a compass word before a known place names a region of
# it (one word, not the start of a longer name: not "West Texas Intermediate").
_COMPASS_PLACE = re.compile(
    rf"(?<![\w'-])(?:{'|'.join(sorted(_COMPASS_WORDS))}) (?P<place>[A-Z][\w'-]*)(?![\w'-]| [A-Z]|-)"
)


def _compass_places(folded: str, region: Span, surface: dict[str, Entity]) -> Iterable[_Candidate]:
    for m in _COMPASS_PLACE.finditer(folded, region.begin, region.end):
        if m[0] not in surface and _kind_of(surface, m["place"]) is Kind.PLACE:
            yield _discovered_name(Span(m.start(), m.end()), Kind.PLACE, m[0])


def _compass_of_found(folded: str, chosen: list[_Candidate]) -> list[_Candidate]:
    """A compass word before a place of one word the article names is a place of its own, as before a known
    place (``_compass_places``): "North Canton", after "Canton, Ohio"."""
    found = {
        c.entity.name
        for c in chosen
        if c.entity.kind is Kind.PLACE and not c.entity.curated and " " not in c.entity.name
    }
    if not found:
        return []
    taken = _known_spans(chosen)
    return [
        _discovered_name(span, Kind.PLACE, m[0])
        for m in _COMPASS_PLACE.finditer(folded)
        if m["place"] in found and _free(span := Span(m.start(), m.end()), taken)
    ]


# Lower-case nouns after a place's name that make it a place, not a person.
_FACILITY_NOUNS = frozenset(
    """station airport port harbor harbour square street avenue road district neighborhood neighbourhood hospital
    stadium church cathedral bridge park museum palace market campus hotel terminal""".split()
)


_CURRENCY_AFTER = re.compile(r"\s+dollars?\b")


def _currency(folded: str, c: _Candidate) -> bool:
    return c.entity.kind is Kind.PLACE and _CURRENCY_AFTER.match(folded, c.span.end) is not None


# "William Perez of S.C. Johnson": a state's initials right before a capitalised word, not after a town and a
# comma ("Columbia, S.C."), open a name (a country's do not).
_INITIALS = re.compile(r"[A-Z]\.[A-Z]\.")
_WORD_AFTER_INITIALS = re.compile(r" [A-Z][a-z]")


def _initials_of_a_name(folded: str, c: _Candidate) -> bool:
    return (
        c.entity.kind is Kind.PLACE
        and c.span.end - c.span.begin == 4  # (a quick test on every place found, before the pattern's)
        and _INITIALS.fullmatch(folded, c.span.begin, c.span.end) is not None
        and not folded.startswith(_SHORT_COUNTRIES, c.span.begin)  # ("U.S. President Joe Biden")
        and _WORD_AFTER_INITIALS.match(folded, c.span.end) is not None
        and not folded.endswith(", ", 0, c.span.begin)
    )


_NAMED_BEFORE = re.compile(r"\bnamed\s+$")
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_CLAUSE_AFTER = re.compile(r"[,.;:)]|[ \t]*(?:\n|$)")  # or the end of a headline


_VESSEL_NOUN_AFTER = re.compile(r"\s+(?:submersible|submarine|ship|vessel|liner|yacht|ferry|tanker)s?\b")


_SHIP_PREFIXES = frozenset(("USS", "HMS", "HMAS", "HMCS", "INS", "USNS"))
# "the wrecked supertanker Torrey Canyon": a name right after a vessel's noun is the vessel's (on its line: not a
# headline's last word and the dateline's city, "... outside his ship" and "MOSCOW, March 18").
_VESSEL_BEFORE = re.compile(
    r"\b(?:super)?(?:tanker|ship|vessel|liner|ferry|freighter|trawler|steamer|steamship|yacht|schooner|tug|tugboat"
    # (or between commas after it, with "the": "A West German tug, the Pacific, had tried ...")
    r"|cruiser|destroyer|frigate|battleship|icebreaker)(?:,[^\S\n]+the)?[^\S\n]+$"
)


def _vessels(folded: str, chosen: list[_Candidate]) -> frozenset[Span]:
    """Where the article names a ship with a place's name: each name of a place no list knows that it gives right
    after a vessel's noun somewhere ("the wrecked supertanker Torrey Canyon ... the Torrey Canyon's tanks"), and a
    known place's name right after that noun or, once so named, after a bare "the" ("The ferry Estonia sank ...
    The bow door of the Estonia"; not "Tallinn, Estonia")."""
    after_noun = {
        c.span.begin
        for c in chosen
        if c.entity.kind is Kind.PLACE and _VESSEL_BEFORE.search(folded, max(0, c.span.begin - 16), c.span.begin)
    }
    if not after_noun:
        return frozenset()
    named = {c.entity for c in chosen if c.entity.kind is Kind.PLACE and c.span.begin in after_noun}
    return frozenset(
        c.span
        for c in chosen
        if c.entity in named
        and (
            not c.entity.curated
            or c.span.begin in after_noun
            or _THE_BEFORE.search(folded, max(0, c.span.begin - 4), c.span.begin)
        )
    )


def _ship_name(folded: str, c: _Candidate) -> bool:
    """A province's name given to a ship or a craft ("named Fujian", "the Liaoning, was commissioned"):
    no province is introduced by "named" or takes "the" alone; nor is a body beyond the Earth a vessel
    ("The Titan submersible"); nor is a name with a navy's prefix anything but a ship ("the aircraft
    carrier USS Hornet")."""
    if c.entity.name.split(" ", 1)[0] in _SHIP_PREFIXES:
        return True
    if c.entity.kind is not Kind.PLACE:
        return False
    if c.entity.cls == "CelestialBody":
        return _VESSEL_NOUN_AFTER.match(folded, c.span.end) is not None
    if c.entity.cls != "AdministrativeArea":
        return False
    before = folded[max(0, c.span.begin - 8) : c.span.begin]
    return bool(
        _NAMED_BEFORE.search(before) or (_THE_BEFORE.search(before) and _CLAUSE_AFTER.match(folded, c.span.end))
    )


# "while Scott Poteet and Anna Menon stayed strapped in": two personal names joined by "and" as the
# subject of a verb are people.
_PAIR = re.compile(
    rf"(?<![\w'-])(?P<a>{_NAME_WORD} {_NAME_WORD}(?: {_NAME_WORD})?) and "
    rf"(?P<b>{_NAME_WORD} {_NAME_WORD}(?: {_NAME_WORD})?) (?:[a-z]+ed|were|are|have|had|will|said|say"
    # (a chronology's present tense: "Reed Hastings and Marc Randolph found Netflix ...")
    r"|found|meet|sign|marry|win|share|launch|start|open|join|leave|announce|agree)\b"
)


_AND_NAME = re.compile(r" and (?=[A-Z])")
# "Police arrested a 41-year-old man, Tetsuya Yamagami, at the scene": a person named after what he is.
_PERSON_NOUN_THEN_NAME = re.compile(
    rf"\b(?:man|woman|boy|girl|suspect|gunman|attacker|victim|rival|opponent|challenger|successor|predecessor),\s+"
    rf"(?P<name>{_NAME_WORD}(?: {_NAME_WORD}){{1,2}}),"
)
# (Or before an age: "Thomas Matthew Crooks, a 20-year-old from Bethel Park".)
_AGED = re.compile(rf"(?<![\w'-])(?P<aged>{_NAME_WORD}(?: {_NAME_WORD}){{1,3}}),\s+an?\s+\d{{1,3}}-year-old\b")


# (Or before what the person does, between commas: "Tung Chee-hwa, a shipping tycoon, was sworn in", "Stewart
# Nozette, the mission's deputy manager"; not a word a firm may be described by too (``_FIRMS_TOO``).)
_DESCRIBED_ROLES = sorted({w for w in _ROLES if w.islower() and w not in _FIRMS_TOO}, key=lambda w: (-len(w), w))
# (or an office in capitals, with what it is of or for and a comma closing it: "Cledwyn Hughes, the Secretary of
# State for Wales, said")
_DESCRIBED_OFFICES = (
    "Secretary of State", "Secretary of Defense", "Secretary-General", "Secretary", "Prime Minister", "Minister",
    "Vice President", "President", "Governor", "Mayor", "Ambassador", "Chancellor", "Senator", "Commissioner",
)  # fmt: skip
_DESCRIBED_PERSON = re.compile(
    r",\s+(?:an?|the|his|her|its|their|[A-Z][\w.]*'s)\s+(?:[\w'-]+\s+){0,3}?"
    rf"(?:{'|'.join(_DESCRIBED_ROLES)})(?=[,.;]|\s+(?:who|and|of|at|for|from|in|with|on|said|says|was|is|has|had)\b)"
    r"|,\s+the\s+(?:[A-Z][\w'-]*\s+){0,2}?"
    rf"(?:{'|'.join(_DESCRIBED_OFFICES)})(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){{0,3}})?(?=,)"
)
# (a son's name may end in "Jr.": "Lyman Spitzer Jr., the Princeton astronomer who ...")
# (or its family name open with a particle: "Michel d'Ornano, the Minister of the Environment")
_NAME_BEFORE_COMMA = re.compile(
    rf"(?<![\w'.-]){_NAME_WORD}(?: (?:d'|(?:de|du|da|van|von|der|la) )?{_NAME_WORD}){{1,2}}(?:-[a-z]{{1,5}})?"
    r"(?: (?:Jr|Sr)\.)?$"
)
# (Or before what the person is or becomes, after a verb and "as": "Vishal Sikka resigns as chief executive",
# or with others of a trade: "N.R. Narayana Murthy and six other engineers found Infosys".)
_AS_ROLE = re.compile(
    rf"(?<![\w'.-])(?P<name>{_NAME})\s+(?:[a-z]+\s+){{1,2}}as\s+(?:the\s+|its\s+|their\s+|a\s+|an\s+)?(?:[a-z-]+\s+)?"
    rf"(?:{'|'.join(_DESCRIBED_ROLES)})\b"
    rf"|(?<![\w'.-])(?P<others>{_NAME})\s+and\s+(?:[a-z]+\s+)?other\s+"
    rf"(?:{'|'.join(w for w in _DESCRIBED_ROLES if w.endswith('s'))})\b"
)


def _people_named_after_noun(
    folded: str, region: Span, surface: dict[str, Entity], given_names: frozenset[str]
) -> Iterable[_Candidate]:
    matches: Iterable[re.Match[str]] = _PERSON_NOUN_THEN_NAME.finditer(folded, region.begin, region.end)
    if folded.find("-year-old", region.begin, region.end) >= 0:
        matches = itertools.chain(matches, _AGED.finditer(folded, region.begin, region.end))
    for m in matches:
        group = m.lastgroup or "name"
        name = m[group]
        if name not in surface and _could_be_person(name.split()) and not _TITLE.match(name + " "):
            yield _discovered_name(Span(m.start(group), m.end(group)), Kind.PERSON, name)
    for m in _DESCRIBED_PERSON.finditer(folded, region.begin, region.end):
        named = _NAME_BEFORE_COMMA.search(folded, max(region.begin, m.start() - 50), m.start())
        if named is None:
            continue
        words, begin = named[0].split(), named.start()
        while len(words) > 2 and (
            words[0] in _STOP_FIRST
            or words[0] in _TITLE_SET
            or words[0] in _CALENDAR_WORDS
            or (words[0] in _OPENING_TRADES and begin == region.begin)
        ):
            begin += len(words.pop(0)) + 1  # ("Minister Zorvo Zanu, a ...", "Pilot Zesley Zullenberger, a ...")
        name = " ".join(words)
        # (a given name, then a family name that is a place's head word: "Barbara Castle, the Minister of Transport")
        placed = len(words) == 2 and words[0] in given_names and _HEADS.get(words[1]) is Kind.PLACE
        if name not in surface and (_could_be_person(words) or placed) and not any(w in _CALENDAR_WORDS for w in words):
            found = _discovered_name(Span(begin, named.end()), Kind.PERSON, name)
            yield replace(found, trust=TRUST_DESCRIBED) if placed else found
    if folded.find(" as ", region.begin, region.end) < 0 and folded.find(" other ", region.begin, region.end) < 0:
        return
    for m in _AS_ROLE.finditer(folded, region.begin, region.end):
        group = m.lastgroup or "name"
        words = m[group].split()
        if m[group] not in surface and _could_be_person(words) and not _TITLE.match(m[group] + " "):
            yield _discovered_name(Span(m.start(group), m.end(group)), Kind.PERSON, m[group])


def _given_as_found(chosen: list[_Candidate]) -> list[_Candidate]:
    """A person found by a given name alone ("Javier Milei wins ...") is the person of that name found
    otherwise ("Libertarian economist Javier Milei"), with the role that found it."""
    found: dict[str, Entity] = {}
    for c in chosen:
        if c.entity.kind is Kind.PERSON and c.trust > TRUST_RESOLVED:
            found.setdefault(c.entity.id, c.entity)
    return [
        replace(c, entity=found.get(c.entity.id, c.entity))
        if c.entity.kind is Kind.PERSON and c.trust == TRUST_RESOLVED
        else c
        for c in chosen
    ]


def _paired_people(folded: str, region: Span, surface: dict[str, Entity]) -> Iterable[_Candidate]:
    # Only around an "and" before a capital, the few places such a pair can stand.
    for joint in _AND_NAME.finditer(folded, region.begin, region.end):
        m = _PAIR.search(folded, max(region.begin, joint.start() - 40), min(region.end, joint.end() + 60))
        if m is None or m.start("b") != joint.end():
            continue
        names = (m["a"], m["b"])
        if any(n in surface or not _could_be_person(n.split()) or _TITLE.match(n + " ") for n in names):
            continue
        for group in ("a", "b"):
            name = m[group]
            yield _discovered_name(Span(m.start(group), m.end(group)), Kind.PERSON, name)


def _people_of_countries(folded: str, chosen: list[_Candidate], surface: dict[str, Entity]) -> list[_Candidate]:
    """ "world number one Iga Swiatek of Poland": a personal name, "of", then a country named (or a
    known body: "with Oleg Skripochka of Roscosmos")."""
    countries = [
        c
        for c in chosen
        if (
            (c.entity.kind is Kind.PLACE and c.entity.cls == "Country")
            or (c.entity.kind is Kind.ORGANIZATION and c.entity.curated)
        )
        # (the pattern ends in "of" or "of the", which most names have not before them: a quick test)
        and folded.find(" of ", max(0, c.span.begin - 8), c.span.begin) >= 0
    ]
    return _people_before(folded, chosen, countries, _FROM_COUNTRY, surface)


# "Archbishop of Paris Laurent Ulrich", "ESA's Director of Science Carole Mundell": a title of a
# known place, or of one word that names nothing, then a personal name.
_TITLE_OF = re.compile(
    rf"(?<![\w'-])(?:{alternation(w for w in _ROLE_WORDS.split('|') if w[0].isupper() and chr(92) not in w)})"
    r"\s+of\s+(?:the\s+)?$"
)
_OF_CAPITAL = re.compile(r" of (?:the )?(?=[A-Z])")
_FIELD_WORD = re.compile(r"[A-Z][a-z]+(?= )")
_NAME_NEXT = re.compile(rf"\s+(?P<name>{_LISTED})")


def _titled_of(folded: str, chosen: list[_Candidate], surface: dict[str, Entity]) -> list[_Candidate]:
    taken = _known_spans(chosen)
    starts = {c.span.begin: c for c in chosen}
    found = []
    for of in _OF_CAPITAL.finditer(folded):
        at = of.end()
        if _TITLE_OF.search(folded, max(0, at - 40), at) is None:
            continue
        known = starts.get(at)
        if known is not None:
            if known.entity.kind is not Kind.PLACE:
                continue
            end = known.span.end
        else:
            field = _FIELD_WORD.match(folded, at)
            if field is None or not _free(Span(at, field.end()), taken):
                continue
            end = field.end()
        m = _NAME_NEXT.match(folded, end)
        if m is None:
            continue
        name, words = m["name"], m["name"].split()
        span = Span(m.start("name"), m.end("name"))
        if name not in surface and _could_be_person(words) and not _TITLE.match(name + " ") and _free(span, taken):
            found.append(_discovered_name(span, Kind.PERSON, name))
    return found


# "replaced Justin Trudeau as Liberal leader", "succeeded Benedict XVI as pope": whom someone
# replaces in a role is a person.
_REPLACED = re.compile(
    r"\b(?:replaced|replaces|replacing|succeeded|succeeds|succeeding)(?:\s+by)?"
    # ("replaced Justin Trudeau as ...", "is replaced by Parag Agrawal.", "succeeds Mario Draghi, whose ...")
    rf"\s+(?P<name>{_LISTED})(?=\s+as\b|\s*[,.;])"
    # ("Giorgia Meloni was sworn in as ...")
    rf"|(?<![\w'-])(?P<sworn>{_LISTED})\s+(?:was|is|has been|will be)\s+sworn\s+in\b"
    # (and who succeeds someone as something: "Andy Jassy succeeds Bezos as chief executive")
    rf"|(?<![\w'-])(?P<successor>{_LISTED})\s+(?:succeeds|succeeded|replaces|replaced)\s+"
    r"[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3}\s+as\b"
)


def _replaced_people(folded: str, surface: dict[str, Entity]) -> list[_Candidate]:
    found = []
    for m in _REPLACED.finditer(folded):
        group = next(g for g in ("name", "sworn", "successor") if m[g] is not None)
        name, words = m[group], m[group].split()
        if name not in surface and _could_be_person(words) and not _TITLE.match(name + " "):
            found.append(_discovered_name(Span(m.start(group), m.end(group)), Kind.PERSON, name))
    return found


_BEAT = re.compile(
    rf"(?<![\w'-])(?P<name>{_NAME_WORD}(?: {_NAME_WORD}){{1,2}}) (?:beat|defeated|edged|overcame|upset|outlasted) $"
)


# "Jannik Sinner beat Alexander Zverev 6-3 7-6(4) 6-3": two players, by the set scores after them.
_PLAYERS = re.compile(
    rf"(?<![\w'-])(?P<a>{_NAME_WORD}(?: {_NAME_WORD}){{1,2}}) (?:beat|defeated|edged|overcame|upset|outlasted) "
    rf"(?P<b>{_NAME_WORD}(?: {_NAME_WORD}){{1,2}}),? \d{{1,2}}-\d{{1,2}}(?:\(\d+\))?,? \d{{1,2}}-\d{{1,2}}"
    # (or the one beaten alone, after the winner's clause: "..., beating Marin Cilic 6-3, 6-1, 6-4")
    rf"|\b(?:beating|defeating|edging|overcoming|upsetting|outlasting) (?P<c>{_NAME_WORD}(?: {_NAME_WORD}){{1,2}}),?"
    r" \d{1,2}-\d{1,2}(?:\(\d+\))?,? \d{1,2}-\d{1,2}"
)
# "Garbine Muguruza of Spain beat Venus Williams to win": whom a person beats is a person, a world's or a place's
# name first or not.
_BEATEN = re.compile(
    rf"(?:,? of (?:the )?{_NAME_WORD}(?: {_NAME_WORD})?,?)? (?:beat|defeated|edged|overcame|upset|outlasted)"
    rf" (?P<name>{_NAME_WORD} {_NAME_WORD})(?![\w'-]| [A-Z])"
)


# "Chelsea beat Paris Saint-Germain 3-0": two teams, by the one score after them. A team is named by
# one word, by a club's word last ("Manchester United"), or as a saint's town ("Saint-Germain").
_TEAM = r"[A-Z][a-z]+(?: [A-Z][\w'.-]*){0,3}"
_TEAMS = re.compile(
    rf"(?<![\w'-])(?P<a>{_TEAM}) (?:beat|defeated|edged|overcame|upset|thrashed|routed|stunned) "
    rf"(?P<b>{_TEAM}),? \d{{1,2}}-\d{{1,2}}(?![\d-]|,? \d{{1,2}}-\d)"
)
_CLUB_WORDS = frozenset("FC United City Rovers Athletic Wanderers Hotspur Albion Club".split())


def _players(folded: str, region: Span, surface: dict[str, Entity]) -> Iterable[_Candidate]:
    for m in _PLAYERS.finditer(folded, region.begin, region.end):
        for group in ("a", "b") if m["c"] is None else ("c",):
            words = m[group].split()
            if m[group] not in surface and _could_be_person(words):
                yield _discovered_name(Span(m.start(group), m.end(group)), Kind.PERSON, m[group])
    for m in _TEAMS.finditer(folded, region.begin, region.end):
        for group in ("a", "b"):
            words = m[group].split()
            team = len(words) == 1 or words[-1] in _CLUB_WORDS or any(w.startswith("Saint-") for w in words)
            if team and m[group] not in surface and words[0] not in _STOP_FIRST:
                yield _discovered_name(Span(m.start(group), m.end(group)), Kind.ORGANIZATION, m[group])


# A list of names, "A, B and C": where one is a person's, the others of a person's form are people
# too ("the Shenzhou-21 crew, Zhang Lu, Wu Fei and Zhang Hongzhang").
_NAME_LIST = re.compile(rf"(?<![\w'-])(?P<names>{_LISTED}(?:\s*,\s*{_LISTED})*,?\s+and\s+{_LISTED})")


# (A quick test for three names of two words or more listed: "Neil Armstrong, Buzz Aldrin and Michael Collins".)
_THREE_NAMES = re.compile(r"[A-Z][a-z]+ [A-Z][\w'-]*, [A-Z][a-z]+ [A-Z][\w' -]*?,? and [A-Z][a-z]+ [A-Z]")


def _listed_with_people(
    folded: str, chosen: list[_Candidate], regions: list[Span], surface: dict[str, Entity]
) -> list[_Candidate]:
    people = sorted(c.span for c in chosen if c.entity.kind is Kind.PERSON)
    begins = [p.begin for p in people]

    def people_within(span: Span) -> list[Span]:
        return people[bisect.bisect_left(begins, span.begin) : bisect.bisect_left(begins, span.end)]

    taken = _known_spans(chosen)
    found = []
    for region in regions:
        if " and " not in folded[region.begin : region.end]:
            continue
        named = bool(people_within(region))
        if not named and not _THREE_NAMES.search(folded, region.begin, region.end):
            continue
        for m in _NAME_LIST.finditer(folded, region.begin, region.end):
            listed = [
                (Span(m.start("names") + n.start(), m.start("names") + n.end()), n[0])
                for n in re.finditer(_NAME, m["names"])
            ]
            # ("Leaders Xi Jinping, ...": a person's name may end the first; "launches Neil Armstrong, Buzz
            # Aldrin and Michael Collins": three or more names of a person's form, none known, are people)
            if not any(span.contains(p) for span, _ in listed for p in people_within(span)) and not (
                len(listed) >= 3
                and all(
                    _PERSON_LIKE.fullmatch(name) and name not in surface and _free(span, taken) for span, name in listed
                )
            ):
                continue
            for span, name in listed:
                words = name.replace("-", " ").split()
                if name in surface or not _could_be_person(words) or _TITLE.match(name + " ") or not _free(span, taken):
                    continue
                found.append(_discovered_name(span, Kind.PERSON, name))
    return found


# "Set up by Canon Electronics, IHI Aerospace, construction company Shimizu and the Development Bank of
# Japan": three names or more listed, some known as organizations and none as anything else, are
# organizations all (each name may follow a few lower-case words that say what it is).
_BODY_NAME = r"[A-Z][\w&'.-]*(?:\s+(?:of\s+(?:the\s+)?|&\s+)?[A-Z][\w&'.-]*)*"
# Each listed name, after its "and" if it has one and the lower-case words that say what it is; read once,
# left to right, and joined into lists where only a comma or an "and" stands between two of them.
_BODY_ITEM = re.compile(rf"(?<![\w'-])(?P<and>and\s+)?(?:(?:the|[a-z]+)\s+){{0,2}}(?P<name>{_BODY_NAME})")
_LIST_GAP = re.compile(r",?\s+")
# (The list ends where a clause does, or before its verb: not "Prokopyev, Petelin and NASA astronaut Frank Rubio".)
# (A timeline's entry gives its verb in the plural present: "A, B and C merge to form D".)
_LIST_END = re.compile(
    r"[,.;:)]|\s+(?:[a-z]+ed|[a-z]+s|were|are|was|is|have|had|will|to|in|on|at|for|as|from|with"
    r"|merge|sign|agree|join|form|found|launch|unveil|announce|say|win|meet|open|buy|sell|take)\b|\s*$"
)


def _body_lists(folded: str, region: Span) -> Iterator[list[re.Match[str]]]:
    """The lists of three names or more in a region ("A, B and C"), each ending at its "and" and name."""
    items: list[re.Match[str]] = []  # the list being read
    for item in _BODY_ITEM.finditer(folded, region.begin, region.end):
        gap = _LIST_GAP.fullmatch(folded, items[-1].end(), item.start()) if items else None
        # (a comma before a name, or an "and" after a comma or a space)
        joined = gap is not None and (item["and"] is not None or gap[0].startswith(","))
        if not joined:
            items = [item]
            continue
        items.append(item)
        if item["and"] is not None:
            if len(items) >= 3 and _LIST_END.match(folded, item.end(), region.end):
                yield items
            items = []


def _listed_with_organizations(
    folded: str, chosen: list[_Candidate], regions: list[Span], surface: dict[str, Entity]
) -> list[_Candidate]:
    bodies = sorted(c.span.begin for c in chosen if c.entity.kind is Kind.ORGANIZATION)
    # (Only a sentence that names a body and lists: "A, B and C" holds a comma and an "and"; a pair
    # "A and B" opens the sentence.)
    listing = []
    for region in regions:
        first = bisect.bisect_left(bodies, region.begin)
        if first < len(bodies) and bodies[first] < region.end and folded.find(" and ", region.begin, region.end) >= 0:
            listing.append(region)
    if not listing:
        return []
    known = sorted(chosen, key=lambda c: (c.span.begin, c.span.end))
    begins = [c.span.begin for c in known]
    # (a word of a person's name is the person's: "Prokopyev" after "Sergei Prokopyev")
    personal = _personal_words(known)
    found: list[_Candidate] = []
    for region in listing:
        lists = [
            [(item.start("name"), item["name"]) for item in items]
            for items in (_body_lists(folded, region) if folded.find(", ", region.begin, region.end) >= 0 else ())
        ]
        pair = _PAIR_OPENING.match(folded, region.begin, region.end)
        if pair is not None:
            lists.append([(pair.start("a"), pair["a"]), (pair.start("b"), pair["b"])])
        for names in lists:
            kinds = _kinds_listed(names, known, begins)
            if (
                kinds is None
                or not any(k == {Kind.ORGANIZATION} for k in kinds)
                or any(k - {Kind.ORGANIZATION} for k in kinds)
            ):
                continue
            found.extend(_unknown_bodies(names, kinds, surface, personal))
    return found


# "Fiat buys a 50 percent stake in Ferrari": who buys, sells or holds a stake in a business, and the business;
# what a known body buys ("Pfizer buys Warner-Lambert"), and the body with which a known one makes something
# ("developed by Pfizer and Germany's BioNTech").
# (a number may end it: "Yamaha buys Line 6, a U.S. maker of guitar amplifiers")
_DEAL_NAME = r"[A-Z][\w&'-]*(?: [A-Z][\w&'-]*){0,2}(?: \d{1,2}(?=[,.;]|\s+(?:from|for)\b))?"
# (each pattern with the words it needs in an article: most articles hold none of them but "by")
# What one body does to buy another (read by the deals below and by the descriptions of bodies).
_BUYS = "buys|bought|acquires|acquired|takes over|took over"
_DEALS = (
    (
        (" stake in ",),
        re.compile(
            rf"(?:(?<![\w'-])(?P<holder>{_DEAL_NAME}) (?:buys|bought|takes|took|acquires|acquired|sells|sold|"
            r"holds|held|raises|raised|cuts|cut|has|had) (?:a|an|its|their|the) "
            r"(?:(?:\d+(?:\.\d+)? percent|[a-z]+) ){0,2})?"
            rf"stake in (?P<business>{_DEAL_NAME})(?![\w&'-])"
        ),
    ),
    (
        (" buy", " bought ", " acquire", " takes over ", " took over ", " merge", " its purchase ", " its acqui",
         " its takeover "),
        re.compile(
            rf"(?<![\w'-])(?P<buyer>{_DEAL_NAME}) (?:{_BUYS}|merges with|"
            r"merged with|(?:completes|completed) its (?:purchase|acquisition|takeover) of|"
            r"(?:agrees|agreed|plans|planned|offers|offered) to (?:buy|acquire)) "
            # (the other may be called what it is to the first: "merges with its old rival Thyssen")
            r"(?:(?:its|their) (?:[\w.'-]+ ){0,2}?(?:rival|competitor|partner|peer|counterpart) )?"
            rf"(?P<bought>{_DEAL_NAME})(?![\w&'-])"
            # (and the next of a list: "merges with Bayer, Hoechst and three smaller firms")
            rf"(?:, (?P<listed>{_DEAL_NAME})(?=,? and |, [A-Z]))?"
            # (and from whom: "Hitachi agrees to buy Horizon Nuclear Power from E.ON and RWE")
            rf"(?: from (?P<seller>{_DEAL_NAME})(?: and (?P<coseller>{_DEAL_NAME}))?(?![\w&'-]| of\b))?"
        ),
    ),
    (
        (" by ",),
        re.compile(rf"\bby (?P<maker>{_DEAL_NAME}) and (?:[A-Z][a-z]+'s )?(?P<partner>{_DEAL_NAME})(?![\w&'-])"),
    ),
    # (the two that merge: "ASUAG and SSIH, two struggling Swiss watchmakers, merge to form SMH")
    (
        (" merge",),
        re.compile(
            rf"(?<![\w'-])(?P<merging>{_DEAL_NAME}) and (?P<fellow>{_DEAL_NAME})(?:, [^,;.]{{1,60}},)?"
            r" (?:merge|merged|agree to merge|agreed to merge)\b"
        ),
    ),
    # (whom a joint venture is formed with: "Matsushita forms a joint venture with Philips of the Netherlands")
    ((" joint venture with ",), re.compile(rf"\bjoint venture with (?P<venture>{_DEAL_NAME})(?![\w&'-])")),
    # (and whom goods are made with, by a name of two words or in capitals: "to build cars with Maruti Udyog")
    (
        (" with ",),
        re.compile(
            r"\b(?:build|builds|built|make|makes|made|produce|produces|produced|assemble|assembles|assembled)\s+"
            r"(?:[a-z][\w-]*\s+){1,2}?with\s+"
            r"(?P<venture>[A-Z][\w&'-]* [A-Z][\w&'-]*|[A-Z]{2,6})(?![\w&'-]| [A-Z])"
        ),
    ),
    # (and what it sells, and to whom: "BMW sells Land Rover to Ford")
    (
        (" sells ", " sold "),
        re.compile(
            rf"(?<![\w'-])(?P<vendor>{_DEAL_NAME}) (?:sells|sold) (?:its |the )?(?P<sold>{_DEAL_NAME}) to "
            rf"(?P<purchaser>{_DEAL_NAME})(?![\w&'-])"
        ),
    ),
)  # fmt: skip
_DEAL_CUES = tuple(cue for cues, _ in _DEALS for cue in cues)


def _personal_words(chosen: list[_Candidate]) -> set[str]:
    """The words of the people's names found ("Prokopyev" after "Sergei Prokopyev"), a family name of words a
    hyphened particle joins as one ("Hoffmann-La Roche": "Roche" alone is the firm's)."""
    words: set[str] = set()
    for c in chosen:
        if c.entity.kind is Kind.PERSON:
            name = c.entity.name
            family = _family_name(c.entity) if " " in name else name
            words.update(name.split() if " " not in family else [*name[: -len(family)].split(), family])
    return words


def _business_partners(
    folded: str, chosen: list[_Candidate], regions: list[Span], surface: dict[str, Entity]
) -> list[_Candidate]:
    """The unknown names either side of "a stake in", a joint venture's partner, and what a body named buys,
    sells (and to whom) or makes something with, as bodies (not a name that is a person's: "Warren Buffett buys a
    stake ...", "Buffett buys ...")."""
    taken = _known_spans(chosen)
    bodies_end = {c.span.end for c in chosen if c.entity.kind is Kind.ORGANIZATION}
    personal = _personal_words(chosen)
    found: list[_Candidate] = []
    deals = [pattern for cues, pattern in _DEALS if any(cue in folded for cue in cues)]
    for m in (m for pattern in deals for region in regions for m in pattern.finditer(folded, region.begin, region.end)):
        named = m.re.groupindex
        if "business" in named:  # (either side of a stake, whoever holds it)
            groups: tuple[str, ...] = ("holder", "business") if m["holder"] is not None else ("business",)
        elif "venture" in named:  # (whoever forms it)
            groups = ("venture",)
        elif "merging" in named:  # (both that merge)
            groups = ("merging", "fellow")
        else:  # (what a named body buys, sells and to whom, or makes with another)
            done: tuple[str, ...]
            doer, done = (
                ("buyer", ("bought", "listed", "seller", "coseller")) if "buyer" in named else ("maker", ("partner",))
            )
            if "vendor" in named:
                doer, done = "vendor", ("sold", "purchaser")
            if m.end(doer) not in bodies_end:
                continue
            groups = done
        for group in groups:
            if m[group] is None:
                continue
            span, name = Span(m.start(group), m.end(group)), m[group]
            if _free(span, taken) and not personal & set(name.split()) and _may_be_a_body(name, surface):
                found.append(_discovered_name(span, Kind.ORGANIZATION, name))
    return found


# "Siemens & Halske", "Procter & Gamble", "Tiffany & Co.": capitalised words either side of an ampersand name a
# body (a word or two before it, up to three after).
# (A full stop after its last word is a company's short form's, "Tiffany & Co.", else the sentence's.)
# (an Italian firm's too, after an engineer's title: "Ing. C. Olivetti & C.")
_AMPERSAND_WORD = r"(?:(?:Co|Corp|Inc|Ltd|Bros|Cie|C)\.|[A-Z][\w'-]*)"
_AMPERSAND_NAME = re.compile(
    rf"(?<![\w'&.-])(?:Ing\.\s)?(?:[A-Z][\w'.-]*\s)?[A-Z][\w'.-]*\s&\s{_AMPERSAND_WORD}(?:\s{_AMPERSAND_WORD}){{0,2}}(?![\w&'-])"
)


def _name_words(text: str) -> list[str]:
    """The words of a name found with what may open a sentence before it ("The", "Monday"), those left out."""
    words = text.split()
    while len(words) > 1 and (words[0] in _STOP_FIRST or words[0] in _CALENDAR_WORDS):
        words.pop(0)
    return words


# "Arthur Guinness, Son and Co.": a family's firm, named by the founder, a comma and his sons (or by the founder and
# his sons alone: "Robert Wynn and Sons").
_FAMILY_FIRM = re.compile(
    r"(?<![\w'&.-])[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,2}"
    r"(?:, Sons? (?:and|&) (?:Co\.|Company|Ltd\.)| (?:and|&) Sons(?![\w'-]))"
)


def _ampersand_names(folded: str, region: Span, surface: dict[str, Entity]) -> Iterable[_Candidate]:
    """The names of firms an ampersand joins, and of families' firms (``_FAMILY_FIRM``)."""
    if folded.find(", Son", region.begin, region.end) >= 0 or folded.find(" Sons", region.begin, region.end) >= 0:
        for m in _FAMILY_FIRM.finditer(folded, region.begin, region.end):
            words = _name_words(m[0])
            name = " ".join(words)
            yield _discovered_name(Span(m.end() - len(name), m.end()), Kind.ORGANIZATION, name)
    for m in _AMPERSAND_NAME.finditer(folded, region.begin, region.end):
        words = _name_words(m[0])
        if words[0].endswith("'s"):
            words.pop(0)  # an owner before the name: "Britain's Scottish & Newcastle"
        if words[0] == "&" or m[0] in surface:
            continue
        name = " ".join(words)
        yield _discovered_name(Span(m.end() - len(name), m.end()), Kind.ORGANIZATION, name)


# "Nippon Kogaku K.K.", "Daimler AG", "Nokia Oyj": a company's legal form of another country than the English-
# speaking ones, after a capitalised name, makes a company's name with it (not before a name: "Texas AG Ken
# Paxton").
_FOREIGN_FORMS = r"K\.K\.|N\.V\.|B\.V\.|S\.A\.|S\.p\.A\.|AG|GmbH|plc|PLC|LLC|Oyj|ASA|A/S"
_LEGAL_FORM_CUE = re.compile(rf" (?:{_FOREIGN_FORMS})(?![\w/])")
_FOREIGN_FORM = re.compile(_FOREIGN_FORMS)
_LEGAL_FORM_NAME = re.compile(
    rf"(?<![\w'&.-])[A-Z][\w&'-]*(?: [A-Z][\w&'-]*){{0,3}} (?:{_FOREIGN_FORMS})(?![\w/]| [A-Z])"
)


def _legal_form_names(folded: str, region: Span, surface: dict[str, Entity]) -> Iterable[_Candidate]:
    for m in _LEGAL_FORM_NAME.finditer(folded, region.begin, region.end):
        words = _name_words(m[0])
        name = " ".join(words)
        if len(words) < 2 or name in surface or " ".join(words[:-1]) in surface:
            continue  # (a known company with its form is the known one: "Siemens AG")
        yield _discovered_name(Span(m.end() - len(name), m.end()), Kind.ORGANIZATION, name)


# "Google and T-Mobile unveil the first phone": two names opening a sentence (or a timeline's entry, after
# its date), a verb or a noun after them.
_PAIR_NAME = r"[A-Z][\w&'-]*(?: [A-Z][\w&'-]*)?"
_PAIR_OPENING = re.compile(rf"(?:[^:\n]{{1,30}}:\s+)?(?P<a>{_PAIR_NAME}) and (?P<b>{_PAIR_NAME})(?= [a-z])")


def _unknown_bodies(
    names: list[tuple[int, str]], kinds: list[set[Kind]], surface: dict[str, Entity], personal: set[str]
) -> Iterable[_Candidate]:
    """The names listed with known bodies that nothing else names, as bodies."""
    for (begin, text), k in zip(names, kinds, strict=True):
        name = text.removeprefix("The ")
        words = name.split()
        if k or name in personal or words[0] in _NATIONALITIES or not _may_be_a_body(name, surface):
            continue
        end = begin + len(text)
        yield _discovered_name(Span(end - len(name), end), Kind.ORGANIZATION, name)


def _may_be_a_body(name: str, surface: dict[str, Entity]) -> bool:
    """Whether a name found beside a body may be an unknown body's: no known name, no word that opens a sentence
    or a date first, and no head word of another kind."""
    first = name.split()[0]
    return (
        name not in surface
        and name not in _NATIONALITIES  # ("agrees to buy British soft-drinks maker Britvic")
        and first not in _STOP_FIRST
        and first not in _CALENDAR_WORDS
        and (_head_kind(name) or Kind.ORGANIZATION) is Kind.ORGANIZATION
    )


def _kinds_listed(names: list[tuple[int, str]], known: list[_Candidate], begins: list[int]) -> list[set[Kind]] | None:
    """The kinds of the names found inside each listed name (``known`` sorted by start, ``begins`` their
    starts), or None if a known name reaches past a listed one: the list is then inside a name ("Commission
    on New Minerals, Nomenclature and Classification")."""
    kinds = []
    for start, text in names:
        end = start + len(text)
        at = bisect.bisect_left(begins, start)
        inside = known[at : bisect.bisect_left(begins, end)]
        if (at > 0 and known[at - 1].span.end > start) or any(c.span.end > end for c in inside):
            return None
        kinds.append({c.entity.kind for c in inside})
    return kinds


def _opponents(folded: str, chosen: list[_Candidate], surface: dict[str, Entity]) -> list[_Candidate]:
    """ "Wu Yibing beat John Isner of the United States": who beats a person is a person."""
    people = [c for c in chosen if c.entity.kind is Kind.PERSON]
    return _people_before(folded, chosen, people, _BEAT, surface)


_LONGEST_NAME = 300  # characters: no name found is longer


def _beaten(folded: str, chosen: list[_Candidate], surface: dict[str, Entity]) -> list[_Candidate]:
    """The candidates with whom a person beats as a person, over a place's name that opens it."""
    found = []
    ordered = sorted(chosen, key=lambda c: c.span.begin)
    begins = [c.span.begin for c in ordered]
    for c in chosen:
        if c.entity.kind is Kind.PERSON and (m := _BEATEN.match(folded, c.span.end)) is not None:
            name, span = m["name"], Span(m.start("name"), m.end("name"))
            # (the candidates that overlap it: those that start in it, and any that start before it and reach in)
            first, last = bisect.bisect_left(begins, span.begin - _LONGEST_NAME), bisect.bisect_left(begins, span.end)
            near = ordered[first:last]
            inside = [o for o in near if o.span.overlaps(span)]
            if (
                name not in surface
                and _could_be_person(name.split())
                and all(o.entity.kind is Kind.PLACE and o.span.begin == span.begin for o in inside)
            ):
                found.append((span, _discovered_name(span, Kind.PERSON, name), inside))
    if not found:
        return chosen
    dropped = {id(o) for _, _, inside in found for o in inside}
    return [c for c in chosen if id(c) not in dropped] + [person for _, person, _ in found]


def _people_before(
    folded: str,
    chosen: list[_Candidate],
    anchors: list[_Candidate],
    pattern: re.Pattern[str],
    surface: dict[str, Entity],
) -> list[_Candidate]:
    """Personal names that ``pattern`` finds right before each anchor (its group ``name``), where
    no other name stands; not a known name, and not an office ("Prime Minister of India")."""
    taken = _known_spans(chosen)
    found = []
    for c in anchors:
        m = pattern.search(folded, max(0, c.span.begin - 50), c.span.begin)
        if m is None:
            continue
        name = m["name"]
        if name in surface or not _could_be_person(name.split()) or _TITLE.match(name + " "):
            continue
        span = Span(m.start("name"), m.end("name"))
        if _free(span, taken):
            found.append(_discovered_name(span, Kind.PERSON, name))
    return found


# A name whose head word is lower-case, after "the": "the Group of 20 summit", "the Shioli crater".
# (a station is named one way whatever rails serve it: "King's Cross underground station" is "King's Cross station")
_RAIL_STATIONS = (
    "underground station", "tube station", "subway station", "metro station", "railway station", "train station",
)  # fmt: skip
# ("the Summerland leisure centre", "the Westfield shopping center")
_LEISURE_CENTRES = ("leisure centre", "leisure center", "shopping centre", "shopping center", "sports centre",
                    "sports center")  # fmt: skip
# ("the Caughnawaga reserve", "the Pine Ridge reservation", "the Masai Mara game reserve"; not a known body's or
# one with a head word: "the Army reserve")
_RESERVES = ("reserve", "reservation", "game reserve", "nature reserve")
_LOWER_HEADS = {
    "summit": Kind.GATHERING, "conference": Kind.GATHERING,
    "crater": Kind.PLACE, "basin": Kind.PLACE, "estate": Kind.PLACE, "gate": Kind.PLACE,
    "district": Kind.PLACE, "area": Kind.PLACE, "neighborhood": Kind.PLACE, "neighbourhood": Kind.PLACE,
    "program": Kind.MISSION, "programme": Kind.MISSION,
    "hospital": Kind.PLACE, "airport": Kind.PLACE, "stadium": Kind.PLACE, "museum": Kind.ORGANIZATION,
    "module": Kind.MISSION, "service module": Kind.MISSION, "laboratory module": Kind.MISSION,
    "core module": Kind.MISSION, "docking compartment": Kind.MISSION,
    "province": Kind.PLACE, "party": Kind.ORGANIZATION, "mountains": Kind.PLACE,
    "shipyard": Kind.ORGANIZATION, "airlock": Kind.MISSION,
    "nuclear power plant": Kind.PLACE, "power plant": Kind.PLACE, "nuclear plant": Kind.PLACE,
    "air base": Kind.PLACE, "airbase": Kind.PLACE, "naval base": Kind.PLACE,
    "convention center": Kind.PLACE, "convention centre": Kind.PLACE, "label": Kind.ORGANIZATION,
    "region": Kind.PLACE, "consortium": Kind.ORGANIZATION, "prison": Kind.PLACE, "volcano": Kind.PLACE,
    "county": Kind.PLACE, "city": Kind.PLACE, "prefecture": Kind.PLACE, "cathedral": Kind.PLACE,
    "monastery": Kind.PLACE, "convent": Kind.PLACE, "fire station": Kind.PLACE, "police station": Kind.PLACE,
    "cave": Kind.PLACE, "peninsula": Kind.PLACE, "station": Kind.PLACE, "unit": Kind.ORGANIZATION,
    "rapids": Kind.PLACE, "gorge": Kind.PLACE, "desert": Kind.PLACE, "glacier": Kind.PLACE,
    "brewery": Kind.ORGANIZATION, "distillery": Kind.ORGANIZATION, "winery": Kind.ORGANIZATION,
    "island": Kind.PLACE, "alliance": Kind.ORGANIZATION, "coalition": Kind.ORGANIZATION, "building": Kind.PLACE,
    "exchange": Kind.ORGANIZATION, "oil field": Kind.PLACE, "oilfield": Kind.PLACE, "gas field": Kind.PLACE,
    "processing plant": Kind.PLACE, "oil platform": Kind.PLACE, "gas platform": Kind.PLACE,
    "offshore platform": Kind.PLACE, "mine": Kind.PLACE, "coal mine": Kind.PLACE, "copper mine": Kind.PLACE,
    "gold mine": Kind.PLACE, "end": Kind.PLACE, "orbital station": Kind.MISSION, "space station": Kind.MISSION,
    "orbital laboratory": Kind.MISSION, "council": Kind.ORGANIZATION, "racing team": Kind.ORGANIZATION,
    "dam": Kind.PLACE, "valley": Kind.PLACE, "reef": Kind.PLACE, **dict.fromkeys(_RAIL_STATIONS, Kind.PLACE),
    "group": Kind.ORGANIZATION, "race": Kind.GATHERING,
    **dict.fromkeys(_LEISURE_CENTRES, Kind.PLACE), **dict.fromkeys(_RESERVES, Kind.PLACE),
}  # fmt: skip
# A title's or a common noun's "'s" that opens a place's name, not an owner's: "King's Cross station", "the Earl's
# Court exhibition centre", "at Devil's Tower".
_NAMING_POSSESSIVES = frozenset("King Queen Prince Earl Lord Lady Bishop Shepherd Devil".split())
# (Those a name is given without: "Her Brothers of Italy party", "the High Atlas mountains", "the
# Harland and Wolff shipyard", "the Elbistan district of Kahramanmaras province", "Google's DeepMind unit",
# "the De Hooiberg brewery", "the Piper Alpha oil platform", "the San Jose mine", "the Seven Stones reef", the
# stand of a ground at "the Leppings Lane end"; not a side's or a direction's: "the Italian end", "the North end";
# "the Salyut orbital station", "the Intercosmos council", "the Toleman racing team".)
_HEADS_LEFT_OUT = frozenset(("party", "mountains", "shipyard", "province", "district", "area", "neighborhood",
                             "neighbourhood", "convention center", "convention centre", "label",
                             "region", "volcano", "county", "prefecture", "cathedral", "fire station",
                             "police station", "unit", "brewery", "distillery", "winery", "island", "alliance",
                             "coalition", "building", "exchange", "oil field", "oilfield", "gas field",
                             "processing plant", "oil platform", "gas platform", "offshore platform", "mine",
                             "coal mine", "copper mine", "gold mine", "end", "orbital station", "space station",
                             "orbital laboratory", "council", "racing team", "reef", "group",
                             *_LEISURE_CENTRES))  # fmt: skip
# (A faith's word before such a noun names none: "the Catholic cathedral", "the Methodist chapel".)
_FAITHS = frozenset(
    """Catholic Roman Anglican Orthodox Methodist Baptist Presbyterian Lutheran Evangelical Protestant Pentecostal
    Congregational Reformed Mormon Jewish Muslim Islamic Hindu Buddhist Sikh Shia Shiite Sunni""".split()
)
# "in Kunar province", "neighboring Nangarhar province", "in Atlas crater": a province or a crater needs no
# "the" before it.
_BARE_HEADS = (
    "province", "crater", "prison", "county", "city", "prefecture", "cathedral", "station", "island", "airport",
)  # fmt: skip
_BARE_HEAD_CUES = tuple(f" {head}" for head in _BARE_HEADS)
_WORDS_BEFORE = re.compile(r"(?:[A-Z][\w'-]* )+$")


@functools.lru_cache(maxsize=64)
def _airports_in_full(folded: str) -> tuple[str, ...]:
    """The capitalised words before each "Airport" the text gives (read once per article)."""
    runs = []
    at = folded.find(" Airport")
    while at >= 0:
        m = _WORDS_BEFORE.search(folded, max(0, at - 80), at + 1)
        if m is not None:
            runs.append(m[0].strip())
        at = folded.find(" Airport", at + 1)
    return tuple(runs)


_LOWER_PROVINCE = re.compile(rf"(?<![\w'-])(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+)?) (?P<head>{'|'.join(_BARE_HEADS)})\b")
# Words between "the" and a party's name that say which party it is ("the ruling Morena party"); with the words
# of age or fame, what may stand between "the" and any name before its noun.
_PARTY_WORDS = ("ruling", "dissolved", "banned", "governing", "opposition")
_PARTY_ADJECTIVES = tuple(f"the {word} " for word in _PARTY_WORDS)
_THE_ADJECTIVES = "|".join(("new", "old", "former", "historic", "famous", "main", "nearby", *_PARTY_WORDS))
_LOWER_HEADED = re.compile(
    # after "the" or an owner's "'s" ("Bangkok's Yaowarat district", "the space station's Harmony
    # module"), or
    # after "at" ("at Charles de Gaulle airport")
    # (or after "its", "her" and the like: "under its Artemis program", "Her Brothers of Italy party")
    # (an adjective of age or fame may stand between: "at the new Bharat Mandapam convention center")
    rf"(?:\b(?:[Tt]he(?:(?: [a-z]+){{1,2}}'s| (?:{_THE_ADJECTIVES}))?|at|[Ii]ts|[Tt]heir"
    r"|[Hh]is|[Hh]er)|(?<![\w'-])(?P<owner>[A-Z][\w-]*)'s) "
    # (no owner inside the name: "at Cisco's WebEx unit" names WebEx, Cisco's)
    r"(?P<name>[A-Z][\w'-]*(?<!'s)(?: (?:of |de |and )?(?:[A-Z][\w'-]*(?<!'s)|\d+)){0,3}) (?P<head>"
    + "|".join(_LOWER_HEADS)
    + r")\b"
)


def _lower_headed(folded: str, region: Span, surface: dict[str, Entity]) -> Iterable[_Candidate]:
    matches: Iterable[re.Match[str]] = _LOWER_HEADED.finditer(folded, region.begin, region.end)
    if any(folded.find(cue, region.begin, region.end) >= 0 for cue in _BARE_HEAD_CUES):
        provinces = (
            m
            for m in _LOWER_PROVINCE.finditer(folded, region.begin, region.end)
            if m["name"].split()[0] not in _STOP_FIRST
            and m["name"].split()[0] not in _NATIONALITIES
            # (a word opening the sentence may be any word: "Host city Paris ...")
            and not (m.start() == region.begin and " " not in m["name"])
        )
        matches = itertools.chain(matches, provinces)
    for m in matches:
        # (without a word of who made it before it: "the station's Russian-built Zvezda module")
        opening, _, rest = m["name"].partition(" ")
        lead = len(opening) + 1 if rest and _ADJECTIVE_SUFFIX.search(opening) else 0
        at, called = m.start("name") + lead, m["name"][lead:]
        if m.groupdict().get("owner") in _NAMING_POSSESSIVES and _LOWER_HEADS[m["head"]] is Kind.PLACE:
            at, called = m.start("owner"), f"{m['owner']}'s {called}"
        first = called.split()[0]
        if first in _QUALIFIERS or first in _CALENDAR_WORDS or called in _NATIONALITIES or called in _FAITHS:
            continue  # ("the Russian region of Kursk": no name)
        if m["head"] == "end" and (called in _COMPASS_WORDS or called in _QUALIFIERS or called.isupper()):
            continue  # ("the North end", "the UK end": a side's or a direction's)
        if called.endswith((*_PLACED, "'s")):
            continue  # ("the Saudi-led coalition", "the LDP's coalition partner": who leads or has it)
        if m["head"] == "island" and (_PEOPLES_ENDING.search(called) or folded.startswith(" of ", m.end())):
            continue  # ("the Hawaiian island of Maui": a people's word, then the island's name)
        if _LOWER_HEADS[m["head"]] is Kind.MISSION and _kind_of(surface, called) is Kind.VEHICLE:
            continue  # ("the Black Arrow program": a known rocket's, which is named)
        name = f"{called} {'station' if m['head'] in _RAIL_STATIONS else m['head']}"
        if " and " in called and any(part in surface for part in called.split(" and ")):
            continue  # "the China and Russia summit": two names, not one
        if m["head"] in _HEADS_LEFT_OUT:
            # A party, a range, a yard or a district is named without the word ("Her Brothers of Italy
            # party", "the High Atlas mountains", "the Harland and Wolff shipyard", "in Kunar province");
            # one word after "the" may name a party's occasion ("the Christmas party").
            # ("the ruling Morena party" is one, and so is a name in capitals: "the dissolved PASTEF party")
            if (
                m["head"] == "party"
                and " " not in called
                and m[0].startswith(("the ", "at "))
                and not m[0].startswith(_PARTY_ADJECTIVES)
                and not called.isupper()
            ):
                continue
            if called not in surface:
                yield _discovered_name(Span(at, m.end("name")), _LOWER_HEADS[m["head"]], called)
            # (what owns a unit is a body: "Cisco's WebEx unit")
            owner = m["owner"] if m["head"] == "unit" else None
            if owner and owner not in surface and owner not in _NATIONALITIES and owner not in _STOP_FIRST:
                yield _discovered_name(Span(m.start("owner"), m.end("owner")), Kind.ORGANIZATION, owner)
            continue
        if (
            name in surface
            or (
                m["head"] in ("city", "station", "airport")
                and (called in surface or folded.startswith(" of ", m.end()))
            )
            # (nor an airport the article names in full: "Daxing airport" beside "Beijing Daxing International
            # Airport")
            or (m["head"] == "airport" and any(f" {called} " in f" {run} " for run in _airports_in_full(folded)))
            or (m["head"] == "desert" and (called in surface or called.split()[-1] in surface))
            or (m["head"] == "station" and "-" in called)
            # ("the Fastnet race"; not a contest for a known place or body: "the Ohio race", "the Senate race")
            or (m["head"] == "race" and (any(w in surface for w in called.split()) or _head_kind(called) is not None))
            or (m["head"] in _RESERVES and (called in surface or _head_kind(called) is not None))
        ):
            # ("New York city" is New York; "the Brazilian Amazon city of Belem" names Belem; "the Tiangong
            # station" is the known craft; "the West Texas desert" is a known place's; "a T-shaped station" none)
            continue
        if _LOWER_HEADS[m["head"]] is Kind.MISSION and _kind_of(surface, called) is Kind.PLACE:
            continue  # "the country's Mars program": a programme to a place, not one named
        cls = "StationModule" if m["head"].endswith(("module", "airlock", "compartment")) else None
        yield _discovered_name(Span(at, m.end()), _LOWER_HEADS[m["head"]], name, cls)


# "Charles Lindbergh lands in Paris": two or three capitalised words standing alone, the first a given name
# (data/reference/given-names.toml), name a person, unless a word of them is a head word or a known name's,
# or a noun of a place or a body follows ("George Washington University", "Charles de Gaulle airport" are
# not read so: a head word, a place's noun). Found so, a name yields to any other reading of the same words.
# (A German or Dutch particle may come before the family name: "Werner von Siemens", "Ludwig van Beethoven".)
# (a given name may join two by a hyphen: "Jean-Pierre", "Jean-Frederic")
# (or a French, Spanish, Portuguese or Italian one: "Harvey du Cros", "Jose de San Martin")
_GIVEN_PARTICLE = r"(?:(?:von|van)(?: der| den)?|du|de(?: la)?|da|di|del|della|des|dos)"
_GIVEN_OPENING = re.compile(
    # (an initial may come before it: "T. Keith Glennan")
    rf"(?<![\w'.-])(?:[A-Z]\. )?(?P<given>[A-Z][a-z]+(?:-[A-Z][a-z]+)?) "
    rf"(?=[A-Z][a-z]|[A-Z]\. [A-Z][a-z]|{_GIVEN_PARTICLE} [A-Z])"
)
# (a middle initial may come first, and a generation's "Jr." or "Sr." last: "Richard F. Gordon Jr."; a German
# noble's name may follow the family name: "Alfried Krupp von Bohlen und Halbach")
_GIVEN_REST = re.compile(
    rf"(?:[A-Z]\. )?(?:{_GIVEN_PARTICLE} )?{_NAME_WORD}(?:-[A-Z][a-z]+)?(?: {_NAME_WORD}(?:-[A-Z][a-z]+)?)?"
    r"(?: (?:von|zu) [A-Z][a-z]+(?: und [A-Z][a-z]+)?)?"
    r"(?: (?:Jr|Sr)(?=\.))?"
    # (a name may be of a body that no head word marks: "William Perez of S.C. Johnson")
    r"(?![\w-]|'(?!s\b)| [A-Z]| (?:de|on|for) [A-Z])"
)
# (and a capitalised word after "and" only if it opens another person's name: "Werner von Siemens and Johann
# Georg Halske found ...", not "Marks and Spencer")
_AND_NAME_AFTER = re.compile(r" and (?P<next>[A-Z][a-z]+)\b")
_PARTICLE_INSIDE = re.compile(rf"^{_GIVEN_PARTICLE} ")
_GIVEN_WORD_BEFORE = re.compile(r"(?P<word>\S+) $")
_GIVEN_AND = re.compile(r"(?<![\w'.-])(?P<one>[A-Z][a-z]+(?:-[A-Z][a-z]+)?) and $")
_NOUNS_NOT_AFTER_PEOPLE = (*_LOWER_HEADS, "bridge", "street", "road", "river", "station", "building", "hall", "line")
# (a craft's noun may come a word later: "the Heinrich Hertz communications satellite")
_NOUN_AFTER = re.compile(
    rf" (?:{'|'.join(_NOUNS_NOT_AFTER_PEOPLE)})\b"
    r"| (?:[a-z]+ )?(?:satellite|spacecraft|probe|telescope|rocket|rover|lander|orbiter)s?\b"
)
# (nor a name ending in what names a place or an honour: "Steve Jobs Theater", "the Hugo Award")
_NOT_PEOPLES_LAST = _HONOURS | frozenset(
    "Theater Theatre Memorial Library Hall Building Line Avenue Road Station Hotel".split()
)
# (nor a credit: "(Reporting by Ian Ransom; Editing by Peter Rutherford)")
_CREDIT_BEFORE = re.compile(r"\b(?:[Rr]eporting|[Ee]diting|[Ww]riting)\b[^()\n]{0,40}\bby $")


# The kin a name alone may be said to be ("his father Akihito", "The new king's wife, Mary, ...").
_ONE_NAMED_KIN = ("father", "mother", "brother", "sister", "son", "daughter", "wife", "husband")
# A kin called by a given name alone: "The new king's wife, Mary, who ...", "Their son Christian, 18, ...".
# (the kin words ``_ONE_NAMED`` reads after "his", "her" or "their", and a few more; here the name must be a
# given name)
_KIN_WORDS = (*_ONE_NAMED_KIN, "widow", "widower", "grandson", "granddaughter")
_KIN_NAMED = re.compile(
    rf"\b(?:{'|'.join(_KIN_WORDS)})(?P<comma>,)?\s+"
    # (or a full name: "borrowed from his wife, Sudha Murty.")
    r"(?P<kin>[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?=[,.]|\s+(?:and|who|is|was|has|had|said|says)\b)"
)
# A full name before someone's kin between commas: "Miuccia Prada, Mario's granddaughter, takes over".
_NAMED_KIN = re.compile(
    r"(?<![\w'-])(?P<kin>[A-Z][a-z]+ [A-Z][a-z]+), (?:[A-Z][a-z]+'s|his|her|their) "
    rf"(?:{'|'.join((*_KIN_WORDS, 'grandfather', 'grandmother', 'nephew', 'niece', 'cousin', 'uncle', 'aunt'))})[,.]"
)
# (a name no list holds, between commas after someone's kin: "with his wife, Mumeno, and her brother")
_KIN_OWNER = re.compile(r"(?:\b(?:his|her|their)|'s)\s+(?:[\w-]+\s+)?$")


def _given_named_people(
    folded: str, region: Span, surface: dict[str, Entity], given: frozenset[str]
) -> Iterable[_Candidate]:
    for m in _KIN_NAMED.finditer(folded, region.begin, region.end):
        kin = m["kin"]
        first = kin.split()[0]
        if kin in surface or first in surface:
            continue
        # (a full name the same way, between a comma and the sentence's end too)
        if (first in given and " " not in kin) or (
            m["comma"] is not None
            and folded.startswith(("," if " " not in kin else (",", ".")), m.end("kin"))
            and not (first in _STOP_FIRST or first in _CALENDAR_WORDS)
            and _KIN_OWNER.search(folded, max(0, m.start() - 30), m.start())
            and _could_be_person(kin.split())
        ):
            yield _discovered_name(Span(m.start("kin"), m.end("kin")), Kind.PERSON, m["kin"])
    for m in _NAMED_KIN.finditer(folded, region.begin, region.end):
        words = m["kin"].split()
        if m["kin"] not in surface and words[0] not in surface and _could_be_person(words):
            yield _discovered_name(Span(m.start("kin"), m.end("kin")), Kind.PERSON, m["kin"])
    for m in _GIVEN_OPENING.finditer(folded, region.begin, region.end):
        if not _is_given(m["given"], given):
            continue
        rest = _GIVEN_REST.match(folded, m.end(), region.end)
        if rest is None or _NOUN_AFTER.match(folded, rest.end(), region.end):
            continue
        after = _AND_NAME_AFTER.match(folded, rest.end(), region.end)
        # (a name with a particle is a person's whatever follows: "Harvey du Cros and Dunlop set up a company")
        if after is not None and after["next"] not in given and not _PARTICLE_INSIDE.search(rest[0]):
            continue
        if not _stands_alone(folded, region, m.start(), surface, given):
            continue
        name = folded[m.start() : rest.end()]
        words = name.replace("-", " ").split()
        if (
            name in surface
            or not _could_be_person(words)
            # (a firm's name last is its founder's family name: "Soichiro Honda founds Honda Motor Co.")
            or any(w in surface for w in words[1:-1])
            or (words[-1] in surface and surface[words[-1]].kind is not Kind.ORGANIZATION)
            or words[-1] in _NOT_PEOPLES_LAST
            or _CREDIT_BEFORE.search(folded, max(region.begin, m.start() - 60), m.start())
        ):
            continue
        entity = Entity(Kind.PERSON, slug(name), name, curated=False)
        yield _Candidate(Span(m.start(), rest.end()), entity, TRUST_RESOLVED)
        # "Richard and Maurice McDonald open ...": a given name alone before "and" shares the family name after.
        one = _GIVEN_AND.search(folded, max(region.begin, m.start() - 20), m.start())
        if (
            one is not None
            and _is_given(one["one"], given)
            and one["one"] not in surface
            and _stands_alone(folded, region, one.start(), surface, given)
        ):
            parts = name.split()
            family = " ".join(parts[next((i for i, p in enumerate(parts) if p in _FAMILY_PARTICLES), -1) :])
            full = f"{one['one']} {family}"
            entity = Entity(Kind.PERSON, slug(full), full, curated=False)
            yield _Candidate(Span(one.start(), one.end("one")), entity, TRUST_RESOLVED)


def _is_given(word: str, given: frozenset[str]) -> bool:
    """Whether a word is a given name, or two joined by a hyphen the first of which is one ("Jean-Pierre")."""
    return word in given or ("-" in word and word.split("-", 1)[0] in given)


def _stands_alone(folded: str, region: Span, begin: int, surface: dict[str, Entity], given: frozenset[str]) -> bool:
    """Whether no capitalised word stands before a name found by its given name but an owner's ("President Joe
    Biden" is found by the title, "NASA's Sunita Williams" is read so) or a word describing the person."""
    before = _GIVEN_WORD_BEFORE.search(folded, max(region.begin, begin - 40), begin)
    return (
        before is None
        or not before["word"][0].isupper()
        or before["word"].endswith("'s")
        # (or a clause ends with it: "early on Saturday, William Pickering ...")
        or before["word"].endswith((",", ";"))
        # (a word opening the sentence that is no name may describe the person: "Centrist Emmanuel Macron won ...")
        or (
            before.start() == region.begin
            and before["word"] not in surface
            and before["word"] not in given
            # (not a verb's form: "Born Jorge Mario Bergoglio in Buenos Aires, he ...")
            and before["word"] != "Born"
            and not before["word"].endswith(("ed", "ing"))
        )
    )


# "Liu Chuanzhi and 10 colleagues ... set up a company": a common Chinese family name, then a given name of one
# or two pinyin syllables, standing alone, names a person. Found so, it yields to any other reading.
_PINYIN_SYLLABLE = (
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u|v)"
)
_PINYIN_GIVEN = re.compile(rf"(?:{_PINYIN_SYLLABLE}){{1,2}}")
_FAMILY_THEN_GIVEN = re.compile(
    r"(?<![\w'.-])(?P<family>[A-Z][a-z]{0,5}) (?P<given>[A-Z][a-z]{1,11})(?![\w'-]| [A-Z]| (?:of|de|and|on|for) [A-Z])"
)


def _pinyin_named_people(folded: str, region: Span, surface: dict[str, Entity]) -> Iterable[_Candidate]:
    for m in _FAMILY_THEN_GIVEN.finditer(folded, region.begin, region.end):
        name = m[0]
        if (
            m["family"] not in CHINESE_SURNAMES
            or m["family"] == "He"  # (a pronoun, in a headline's capitals: "He Sang ...")
            or not _PINYIN_GIVEN.fullmatch(m["given"].lower())
            or name in surface
            or m["given"] in surface
            or _NOUN_AFTER.match(folded, m.end(), region.end)
        ):
            continue
        found = _alone_as_person(folded, region, m, ("'s",))
        if found is not None:
            yield found


def _alone_as_person(folded: str, region: Span, m: re.Match[str], ends: tuple[str, ...]) -> _Candidate | None:
    """The person a name found by its family name is, unless a capitalised word before it (not one ending in
    ``ends``: an owner's "'s", a clause's comma) makes it a word of a longer name ("Shanghai Jiao Tong University")."""
    before = _GIVEN_WORD_BEFORE.search(folded, max(region.begin, m.start() - 40), m.start())
    if before is not None and before["word"][0].isupper() and not before["word"].endswith(ends):
        return None
    return _Candidate(Span(m.start(), m.end()), Entity(Kind.PERSON, slug(m[0]), m[0], curated=False), TRUST_RESOLVED)


# "Hisashige Tanaka opens a factory": a given name of Japanese syllables, then one of about a hundred Japanese
# family names (the most common, and a few the news names often: Honda, Kishida, and founders of firms named after
# them: Yamaha, Matsushita), standing alone, names a person
# (given name first, as English-language news writes them). Found so, it yields to any other reading.
JAPANESE_SURNAMES = frozenset(
    """Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Sasaki Yamaguchi
    Matsumoto Inoue Kimura Hayashi Shimizu Yamazaki Mori Abe Ikeda Hashimoto Yamashita Ishikawa Nakajima Maeda
    Fujita Ogawa Goto Okada Hasegawa Murakami Kondo Ishii Saito Sakamoto Endo Aoki Fujii Nishimura Fukuda Ota Miura
    Fujiwara Okamoto Matsuda Nakagawa Nakano Harada Ono Tamura Takeuchi Kaneko Wada Nakayama Ishida Ueda Morita
    Shibata Sakai Kudo Yokoyama Miyazaki Miyamoto Uchida Takagi Ando Taniguchi Maruyama Imai Takada Fujimoto
    Takeda Murata Ueno Sugiyama Masuda Hirano Otsuka Kubo Matsui Iwasaki Sakurai Kinoshita Noguchi Matsuo Nomura
    Kikuchi Sano Onishi Sugimoto Arai Toyoda Honda Kishida Koizumi Noda Kan Hatoyama Aso Fukuyama Yamaha Matsushita
    Ibuka Yanai Inamori Mikitani Nagamori""".split()
)
# (the quick test: such a family name after a word that ends in lower case)
_JAPANESE_FAMILY = re.compile(rf"[a-z] (?:{'|'.join(sorted(JAPANESE_SURNAMES))})\b")
# (Hepburn syllables: "hi-sa-shi-ge", "ko-no-su-ke", "shin-ta-ro")
_JAPANESE_GIVEN = re.compile(r"(?:(?:[kgsztdnhbpmr]y?|sh|ch|ts|j|f|w|y)?[aiueo]{1,2}|n(?![aiueo]))+")
_GIVEN_THEN_FAMILY = re.compile(
    r"(?<![\w'.-])(?P<given>[A-Z][a-z]{2,11}) (?P<family>[A-Z][a-z]{1,11})(?![\w'-]| [A-Z]| (?:of|de|and|on|for) [A-Z])"
)


# (or a family name of such syllables too, after a given name that ends as only Japanese men's and women's names
# do: "Namihei Odaira", "Kotaro Honda", "Sadako Ogata")
_JAPANESE_GIVEN_ENDING = re.compile(
    r"(?:hei|pei|suke|ichi|taro|jiro|saburo|hiko|emon|nori|hito|yuki|hiro|haru|mitsu|masa|kazu|shige|aki|[a-z]{2}ko)"
    r" [A-Z][a-z]{3}"
)


def _japanese_family(name: str, family: str) -> bool:
    """Whether the second word of ``name`` may be a Japanese family name: a listed one, or one of Japanese
    syllables after a given name that ends as only Japanese names do."""
    return family in JAPANESE_SURNAMES or (
        len(family) > 3
        and _JAPANESE_GIVEN_ENDING.search(name) is not None
        and _JAPANESE_GIVEN.fullmatch(family.lower()) is not None
    )


def _japanese_named_people(folded: str, region: Span, surface: dict[str, Entity]) -> Iterable[_Candidate]:
    for m in _GIVEN_THEN_FAMILY.finditer(folded, region.begin, region.end):
        name = m[0]
        if (
            not _japanese_family(name, m["family"])
            or not _JAPANESE_GIVEN.fullmatch(m["given"].lower())
            or name in surface
            or m["given"] in surface
            or m["given"] in _STOP_FIRST
            or m["given"] in _CALENDAR_WORDS
            or _NOUN_AFTER.match(folded, m.end(), region.end)
        ):
            continue
        found = _alone_as_person(folded, region, m, ("'s", ",", ";"))
        if found is not None:
            yield found


# What a firm runs and others may own: "The commuter train belonged to Thames Trains".
_CARRIERS = "train|express|bus|coach|ferry|ship|vessel|tanker|plane|jet|aircraft|airliner|rig|tram|locomotive"
# An organization by what is said of it: where it is based ("Houston-based Axiom Space"), or the
# medium it is ("told RTL radio", "the Le Monde newspaper").
_CUED_ORGANIZATION = re.compile(
    r"(?<![\w'-])[A-Z][\w'-]*-based (?P<based>[A-Z][\w&'-]*(?: [A-Z][\w&'-]*){0,3})(?![\w'-]| [A-Z])"
    # (not an instrument: "Arecibo radio telescope")
    r"|(?<![\w'-])(?P<medium>[A-Z][\w&'-]*(?: (?:[A-Z][\w&'-]*|\d{1,2})){0,2}) (?:radio|television|newspaper)\b"
    r"(?! (?:telescope|dish|antenna|astronomy|observatory|waves?|signals?)\b)"
    # An airline named after its country or city: "Air India", "Air New Zealand".
    r"|(?<![\w'-])(?P<airline>Air (?P<home>[A-Z][a-z]+(?: [A-Z][a-z]+)?))(?![\w'-])"
    # Or with "Air" last, before what it flies: "A Jeju Air passenger plane".
    r"|(?<![\w'-])(?P<carrier>[A-Z][a-z]+ Air)(?= (?:passenger|plane|flight|jet|aircraft|airliner)s?\b)"
    # (a body renamed after it is bought: "buys the Toleman racing team and renames it Benetton Formula")
    r"|\b(?:renames|renamed) it (?P<renamed>[A-Z][\w&'-]*(?: [A-Z][\w&'-]*){0,2})(?![\w'-])"
    # Or by the airliner it flies, named after it: "struck a Pan Am 747", "a KLM Boeing 747".
    r"|\b(?:[Aa]n?|[Tt]he) (?P<flier>(?!Boeing|Airbus)[A-Z][\w&'-]*(?: (?!Boeing|Airbus)[A-Z][\w&'-]*)?)"
    r"(?= (?:Boeing |Airbus |McDonnell Douglas )?(?:7[0-8]7|A3[0-8]0|DC-1?\d|MD-\d\d)\b)"
    # A business by what only a business does: "Amazon goes public on the Nasdaq", "the company ...
    # under the name Cadabra", "agrees to buy Whole Foods Market for 13.7 billion U.S. dollars".
    r"|(?<![\w'-])(?P<listed>[A-Z][\w&'-]*(?: [A-Z][\w&'-]*){0,2}) (?:goes|went|will go) public\b"
    # (or "his new company, later named Celera Genomics", "a joint venture, later named Elpida Memory")
    # ("opens a women's clothing shop called Hennes")
    r"|\b(?:company|venture|firm|subsidiary|shop|store|chain|brand|label|business)\b[^.;]{0,60}?"
    r"\b(?:under the name|named|called) "
    r"(?P<former>[A-Z][\w&'-]*(?: [A-Z][\w&'-]*){0,2})(?![\w'-])"
    # ("agrees to buy Motorola Mobility from Google for about 2.91 billion U.S. dollars")
    # (what it is may come first: "to buy U.S. pet food maker Ralston Purina for 10.3 billion")
    # (not a place where a thing bought is: "bought a house in Smallville for ...")
    r"|\b(?:to buy|to acquire|buys|bought|acquires|acquired) (?:(?:U\.S\.|[A-Z][a-z]+) )??"
    r"(?:(?!(?:in|at|on|near|of|from) )[a-z][\w-]* ){0,4}?"
    r"(?P<bought>[A-Z][\w&'-]*(?: [A-Z][\w&'-]*){0,3})"
    r"(?: from (?:the )?(?P<seller>[A-Z][\w&'-]*(?: [A-Z][\w&'-]*){0,2}))?"
    r" for (?:about |some |nearly |around |over )?(?:\$|US\$|\d)"
    # (and what is sold, and to whom: "agrees to sell Maersk Oil to France's Total for 7.45 billion U.S. dollars")
    r"|(?:(?<![\w'-])(?P<vendor>[A-Z][\w&-]*) )?\b(?:agrees|agreed) to sell"
    r" (?P<sold>[A-Z][\w&'-]*(?: [A-Z][\w&'-]*){0,3})"
    r" to (?:the )?(?:[A-Z][\w.]*'s )?(?P<buyer>[A-Z][\w&'-]*(?: [A-Z][\w&'-]*){0,2})"
    r" for (?:about |some |nearly |around |over )?(?:\$|US\$|\d)"
    # What a bid is made for: "Ryanair makes a hostile bid for Aer Lingus".
    r"|\b(?:hostile|takeover|buyout|rival|cash|higher|improved) (?:bid|offer) for"
    r" (?P<target>[A-Z][\w&'-]*(?: [A-Z][\w&'-]*){0,2})(?![\w&'-])"
    # What is bought from abroad: "Airbnb buys Luxury Retreats of Canada".
    r"|\b(?:buys|bought|acquires|acquired|to buy|to acquire) (?P<abroad>[A-Z][\w&'-]*(?: [A-Z][\w&'-]*){0,2})"
    r" of (?:the )?(?P<country>[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?![\w'-])"
    # Who leads a round of funding: "raises 112 million U.S. dollars in a round led by Andreessen Horowitz".
    r"|\b(?:round|funding) (?:was )?led by (?P<investor>[A-Z][\w&'-]*(?: [A-Z][\w&'-]*){0,2})(?![\w&'-])"
    # One word that owns, runs or leases a rig, a ship or a plant: "The rig was owned by Transocean and
    # leased to BP."
    r"|\b(?:owned|operated|leased|chartered) (?:by|to) (?P<holder>[A-Z][\w&'-]*)(?![\w&'-]| [A-Z])"
    # Whom a train, a ship or a plane belongs to, and the other's owner said after it: "The commuter train belonged
    # to Thames Trains and the express to First Great Western."
    rf"|\b(?:{_CARRIERS})s? (?:belonged|belongs|belonging) to (?!The )"
    r"(?P<operator>[A-Z][\w&'-]*(?: [A-Z][\w&'-]*){0,2})(?![\w&'-])"
    rf"(?: and the (?:[a-z-]+ )??(?:{_CARRIERS}) to (?!The )"
    r"(?P<operator2>[A-Z][\w&'-]*(?: [A-Z][\w&'-]*){0,2})(?![\w&'-]))?"
    # A body by what it runs, owns or makes, told of it after its name: "Railtrack, which runs the signals".
    r"|(?<![\w'-])(?P<runner>[A-Z][\w&'-]*(?: [A-Z][\w&'-]*){0,2}), which (?:runs|ran|operates|operated|owns|owned|"
    r"manufactures|manufactured|employs|employed) "
    # A business whose shares trade: "Starbucks shares begin trading on the Nasdaq".
    r"|(?<![\w'-])(?P<traded>[A-Z][\w&-]+(?: [A-Z][\w&-]+)?) shares (?:begin|began|start|started|rose|fell|jumped|"
    r"climbed|slumped|plunged|surged|dropped|gained|closed|opened|traded|trade|debut|debuted)\b"
    # Two that merge: "Moet Hennessy and Louis Vuitton merge to form LVMH".
    r"|(?<![\w'-])(?P<merging>[A-Z][\w&'-]*(?: [A-Z][\w&'-]*){0,2})"
    r" and (?P<merged>[A-Z][\w&'-]*(?: [A-Z][\w&'-]*){0,2}) (?:merge|merged|agree to merge|agreed to merge)\b"
    # (or are merged: "from the merger of Deutscher Aero Lloyd and Junkers Luftverkehr")
    r"|\bmerger (?:of|between) (?P<fusing>[A-Z][\w&'-]*(?: [A-Z][\w&'-]*){0,2})"
    r" and (?P<fused>[A-Z][\w&'-]*(?: [A-Z][\w&'-]*){0,2})(?![\w&'-])"
    # What a merger or a takeover forms: "completes its takeover of the carmaker Citroen, forming PSA Peugeot
    # Citroen".
    r"|\b(?:merger|merge|merges|merged|merging|takeover)\b[^.;]{0,80}? (?:forming|creating|to form|to create) "
    r"(?P<formed>[A-Z][\w&'-]*(?: [A-Z][\w&'-]*){0,3})(?![\w&'-])"
    # A firm of brothers by their family name: "as Lever Brothers", "Lehman Brothers collapsed" (not "the Wright
    # Brothers", the two men).
    r"|(?<![\w'-])(?<![Tt]he )(?P<brothers>[A-Z][a-z]+ Brothers)(?![\w'-]| [A-Z])"
    # A chain by its stores: "The first Zara store opens in A Coruna", "a Gucci boutique", "The first Sam's Club
    # warehouse store".
    r"|\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:(?:first|new|flagship|largest|biggest)\s+)?"
    r"(?P<store>[A-Z][\w&'-]*(?: [A-Z][\w&'-]*)?)"
    r" (?:(?:warehouse|department|discount|grocery|convenience|furniture|clothing|retail|coffee) )?"
    r"(?:store|stores|shop|shops|outlet|outlets|boutique|boutiques)\b"
    # A firm by its trade's words after its name: "the Ipsos polling institute", "the Moody's rating agency".
    # (perhaps said whose it is first: "the official TASS news agency")
    r"|\b[Tt]he (?:(?:official|state|state-run|state-owned|private|independent) )?"
    r"(?P<trade>[A-Z][\w&'-]*(?: [A-Z][\w&'-]*){0,2}) (?:polling|rating|ratings|research|consulting|"
    r"accounting|law|investment|credit|news) (?:institute|firm|agency|company|group|organization|organisation)\b"
)


_ORGANIZATION_CUES = ("-based ", " radio", " television", " newspaper", "Air ", " public", "under the name ", " buy",
                      " to sell", "round led by ", "funding led by ", " bid for ", " offer for ",
                      "company, ", " venture", " subsidiary",
                      " bought ", " acquire", "owned by ", "operated by ", "leased ", "chartered ", "polling ",
                      "rating ", "ratings ", "research ", "consulting ", "accounting ", "law ", "investment ",
                      "credit ", "news ", " shares ", " store", " shop", " outlet", " boutique",
                      " Brothers", "forming ", "creating ", "to form ", "to create ", " merge",
                      " 707", " 727", " 737", " 747", " 757", " 767", " 777", " 787", " A3", " DC-", " MD-",
                      " renames it ", " renamed it ", " belong", ", which ")  # fmt: skip


def _cued_organizations(folded: str, region: Span, surface: dict[str, Entity]) -> Iterable[_Candidate]:
    for m in _CUED_ORGANIZATION.finditer(folded, region.begin, region.end):
        if m["airline"] is not None:
            if m["airline"] not in surface and _kind_of(surface, m["home"]) is Kind.PLACE:
                yield _discovered_name(Span(m.start("airline"), m.end("airline")), Kind.ORGANIZATION, m["airline"])
            continue
        group = m.lastgroup or "based"
        if group == "country":
            if _kind_of(surface, m["country"]) is not Kind.PLACE:
                continue
            group = "abroad"
        if group == "formed" and (_formless(m[group]) or "") in surface:
            continue  # ("merge to form Siemens AG": the known firm, with its legal form)
        if group in ("seller", "buyer", "merged", "fused", "operator2"):
            # (who sells a business to a buyer is one too: "buy baby food maker Gerber from Novartis for ...")
            parts = {
                "seller": ("bought", "seller"),
                "buyer": ("sold", "buyer"),
                "merged": ("merging", "merged"),
                "fused": ("fusing", "fused"),
                "operator2": ("operator", "operator2"),
            }
            for part in parts[group]:
                words = m[part].split()
                if (
                    m[part] not in surface
                    and words[0] not in _STOP_FIRST
                    and (_head_kind(m[part]) or Kind.ORGANIZATION) is Kind.ORGANIZATION
                    # (what is sold, or who buys it, in words no head word marks may be a person: "agreed to sell
                    # Zed Zedson to ..."; not what is named after the seller: "Maersk agrees to sell Maersk Oil")
                    and not (
                        group == "buyer"
                        and len(words) > 1
                        and _head_kind(m[part]) is None
                        and words[0] != m["vendor"]
                        and words[0] not in surface
                    )
                ):
                    yield _discovered_name(Span(m.start(part), m.end(part)), Kind.ORGANIZATION, m[part])
            continue
        name = m[group]
        first = name.split()[0]
        # (a people's word may name a carrier: "a Korean Air flight")
        if name in surface or first in _STOP_FIRST or first in _CALENDAR_WORDS or name.endswith(_PLACED):
            continue  # ("the Panama-based law firm": where the firm is based)
        if (first in _NATIONALITIES or first in _QUALIFIERS) and group != "carrier":
            continue
        if (_head_kind(name) or Kind.ORGANIZATION) is not Kind.ORGANIZATION:
            continue  # "Beijing-based Tsinghua University" is found by its head; "Shanghai-based Jinshan District" no
        yield _discovered_name(Span(m.start(group), m.end(group)), Kind.ORGANIZATION, name)


_PLACE_NOUNS = frozenset((*_PLACE_NOUN, *_PLACE_NOUNS_PLURAL, *_SITE_DESCRIBED, "areas", "countries", "born", "riding",
                          "constituency", "residence", "park", "reserve", "based", "headquartered", "founded",
                          "established", "set up", "dies", "died", "bound", "sailed", "sailing", "departed",
                          "departing", "leaving", "left", "far", "flew", "flown", "travelled", "traveled", "drove",
                          "arrived", "arrives", "arriving", "taken", "brought", "rushed", "airlifted",
                          *_FOLK, *_SITES_PLURAL))  # fmt: skip
_BODY_NOUNS = frozenset("asteroid comet dwarf moon exoplanet galaxy".split())
# (the first words of the bodies a name may be described as: "Arrokoth, a small icy body in ...")
_BODY_CUES = frozenset(b.split()[0] for b in _DESCRIBED_BODIES)
# What is held somewhere, or where one lives or works: "at a ceremony in Ismailia", "a rally in Butler", "at
# his home in Cambridge", "at the company's headquarters in Hawthorne", "a car plant in Audincourt", "prosecutors in
# Grosseto", "at a copper mine in Ibaraki".
# (and a venue's head word: "at a packed Moi International Sports Centre in Kasarani")
_SITE_NOUNS = frozenset(
    """ceremony rally parade funeral festival celebration vigil concert show exhibition fair home residence headquarters
    prison jail hospital plant factory foundry mill shipyard brewery distillery winery refinery workshop studio campus
    prosecutors police officials authorities residents Centre Center Stadium Arena Theatre Theater store shop office
    restaurant mine beaches Hospital Infirmary hotel Hotel site business""".split()
) | frozenset(_SITES_PLURAL)
_COAST_NOUNS = frozenset(("coast", "coasts", "coastline", "shore", "shores", "mouth", "estuary", "banks"))
# (the words of _SAID_IN, and the languages one speaks in, which it leaves out: "said in Mandarin that ...")
_SAID_CUES = frozenset(("said", "says", "announced", "declared", "told"))
_LANGUAGES = frozenset(
    """Mandarin Cantonese Latin Hebrew Arabic Hindi Swahili Esperanto Urdu Farsi Persian Tagalog Yiddish Gaelic
    Bengali Tamil Punjabi Malay Pashto Dari Amharic Catalan Basque Welsh Hausa Yoruba Zulu Sanskrit""".split()
)
_WAY_CUES = frozenset(("way", "bound", "route"))
# (every word that wakes the patterns of where a ship lies, a journey goes or words were said)
_PASSAGE_CUES = frozenset(("off", "into", "aground", "across")) | _COAST_NOUNS | _WAY_CUES | _SAID_CUES
# "Tuscany's regional governor": what a region's or a province's office is of is a place.
_REGION_OWNED = re.compile(
    r"(?<![\w'-])(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+)?)'s (?:regional|provincial) "
    r"(?:governor|government|president|assembly|council|authorities|capital)\b"
)
# "granted the Sagrada Familia basilica a building licence": a building's name before its noun in lower case.
_BUILDING_NOUNS = frozenset(
    "basilica cathedral church chapel temple mosque synagogue monastery abbey castle hotel".split()
)
_BUILDING = re.compile(
    rf"\b[Tt]he (?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+){{0,2}}) (?:{'|'.join(sorted(_BUILDING_NOUNS))})\b"
)
# "A French station at Pleumeur-Bodou": where a station, a base or a village is, after "at".
_AT_SITE_NOUNS = frozenset("station base village town port camp plant factory refinery site hospital".split())
# (the words of _CRASHED_AT and _MOVED_TO, below)
_CRASH_CUES = frozenset("collided collides crashed crashes derailed derails".split())
_MOVE_CUES = frozenset("moves moved relocates relocated".split())
# "landed about 80 kilometres southeast of Dzhezkazgan": what a place lies in a direction of is a place.
_DIRECTIONS = frozenset(
    "north south east west northeast northwest southeast southwest north-east north-west south-east south-west".split()
)
# "Oscar Troplowitz, a young pharmacist from Silesia": where someone of a trade or a kin, not a firm's staff, is from.
_ORIGIN_NOUNS = (
    "man woman boy girl native immigrant emigrant refugee farmer fisherman miner shoemaker carpenter tailor baker "
    "butcher blacksmith pharmacist chemist teacher student priest villager widow widower family couple youth "
    "seamstress dressmaker weaver watchmaker locksmith housewife homemaker"
).split()
_ORIGIN_CUES = frozenset(_ORIGIN_NOUNS)
_OTHER_PLACE_CUES = (
    frozenset(
        (
            "between",
            "from",
            "Launch",
            "near",
            "nearby",
            "where",
            "Comet",
            "regional",
            "provincial",
            "off",
            "into",
            "aground",
            "across",
            "range",
        )
    )
    | _WAY_CUES
    | _SAID_CUES
    | _COAST_NOUNS
    | _SITE_NOUNS
    | _BUILDING_NOUNS
    | _AT_SITE_NOUNS
    | _DIRECTIONS
    | _CRASH_CUES
    | _MOVE_CUES
    | _ORIGIN_CUES
)
# "around Comet Wild 2", "Comet Tempel 1": a comet named with its word, and its number if it has one.
_COMET = re.compile(r"\bComet [A-Z][\w'-]+(?: [A-Z][\w'-]+)?(?: \d{1,3})?(?![\w'-])")
# One pass for the words the patterns below need picks the few worth running on a sentence.
_PLACE_CUES = re.compile(
    rf"\b(?:{alternation(sorted(_PLACE_NOUNS | _BODY_NOUNS | _BODY_CUES | _LINK_NOUNS | _OTHER_PLACE_CUES))})\b"
)
# "crashes near Bishoftu", "made landfall near New Hope": what something is near is a place.
_NEAR_WORD = r"[A-Z][a-z]+(?:-[A-Z]?[a-z]+)*"
# (a town's name may join its words by a particle: "a rally in Juiz de Fora", "his home in Barra da Tijuca")
# (or a German one's: "Giengen an der Brenz", "Frankfurt am Main")
_PLACE_PARTICLE = rf"(?:{_ROMANCE_PARTICLES}|an der|am|ob der)"
_NEAR_NAME = (
    rf"(?P<name>{_NEAR_WORD}(?: (?:{_PLACE_PARTICLE} )?{_NEAR_WORD}){{0,2}})(?![\w'-]| (?:{_PLACE_PARTICLE} )?[A-Z])"
)
# (or nearby: "moves its head office from Bonn to nearby Grafschaft", and where that is from)
_NEAR_CUES = frozenset(("near", "nearby", "where", "from"))
_NEAR = re.compile(rf"\bnear(?:by)? {_NEAR_NAME}")
# (and the last of two or three: "Firefighters from Lisbon and from nearby Almada and Oeiras")
_NEAR_AND = re.compile(
    rf"\bnear(?:by)? {_NEAR_WORD}(?:, {_NEAR_WORD})?,? and (?P<name>{_NEAR_WORD})(?![\w'-]| [A-Z])(?=[.,;]| [a-z])"
)
# "The company moves its works to Minden": where a business moves its works, its offices or its headquarters to.
_MOVED_TO = re.compile(
    rf"\b(?:{'|'.join(sorted(_MOVE_CUES))}) (?:its|his|her|their|the company's|the firm's) (?:[a-z]+ )??"
    rf"(?:works|headquarters|head office|offices|office|factory|factories|plant|production|base|seat|business) "
    rf"to {_NEAR_NAME}"
)
# "lifted a 92-pound capsule from the Hammaguir test range": what a test or a missile range is named after.
_TEST_RANGE = re.compile(rf"\bthe {_NEAR_NAME} (?:test|missile|rocket|firing|launch|bombing|proving) range\b")
_WHENCE_NEARBY = re.compile(rf"\bfrom {_NEAR_NAME}(?= to nearby [A-Z])")
# (or a train, a bus or a flight from where it set out: "an express from Cheltenham")
# (or where one of them lives or works: "Margarete Steiff, a seamstress in Giengen an der Brenz")
# (and where a train goes: "A crowded 12-coach express from Hastings to Charing Cross")
_JOURNEYS = "train|express|bus|coach|ferry|flight"
_FROM_ORIGIN = re.compile(
    rf"\b[Aa]n? (?:[\w-]+ ){{0,2}}?(?:(?:{'|'.join(_ORIGIN_NOUNS)}) (?:from|in)|(?:{_JOURNEYS}) from) {_NEAR_NAME}"
)
_BOUND_TO = re.compile(
    rf"\b[Aa]n? (?:[\w-]+ ){{0,2}}?(?:{_JOURNEYS}) from {_NEAR_WORD}(?: {_NEAR_WORD}){{0,2}} to {_NEAR_NAME}"
)
# "collided head-on with an express from Cheltenham at Ladbroke Grove": where a train or a plane crashes, after "at".
_CRASHED_AT = re.compile(rf"\b(?:{'|'.join(sorted(_CRASH_CUES))})\b[^.;:]{{0,80}}? at {_NEAR_NAME}")
# "the first letters of his name and of Bonn, where he boils sweets": what is named before ", where" and what one
# does there (not one's work: "at Zorvex, where he worked") is a place.
_WHERE = re.compile(
    rf"\b(?:of|in|at|to|from) {_NEAR_NAME}, where (?:he|she|they|it|we|the|a|an|his|her|its|their|[A-Z]\w*) "
    r"(?!(?:\w+ )?(?:worked|works|working|served|serves|studied|studies|taught|teaches|trained|rose|was hired)\b)"
)
_DIRECTION_OF = re.compile(rf"\b(?:{'|'.join(sorted(_DIRECTIONS))}) of {_NEAR_NAME}")
# (a comma may come between: "opens its first store, in Almhult"; or what it is for: "a workshop for precision
# mechanics and optics in Jena")
_HELD_IN = re.compile(rf"\b(?:{'|'.join(sorted(_SITE_NOUNS))})(?: for [a-z]+(?: [a-z]+){{0,4}}?)?,? in {_NEAR_NAME}")
_SITE_AT = re.compile(rf"\b(?:{'|'.join(sorted(_AT_SITE_NOUNS))}) at {_NEAR_NAME}")
# "sank about 11 miles off the Old Head of Kinsale": what a ship lies so far off is a place (a headland's name may
# hold "of").
_MILES_OFF = re.compile(
    r"\b\d+(?:\.\d+)? (?:nautical )?(?:miles|kilometres|kilometers|km) off (?:the )?"
    r"(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}(?: of [A-Z][a-z]+)?)(?![\w'-]| [A-Z]| of [A-Z])"
)
# "brought survivors into Queenstown", "the tug towed it into Falmouth": where boats bring or tow what they carry.
_BROUGHT_INTO = re.compile(rf"\b(?:brought|brings|towed|tows|ferried|ferries)(?: [a-z]+){{0,3}} into {_NEAR_NAME}")
# "off the coast of Cornwall", "on the shores of Lake Zorvex", "off the mouth of the Humber": what has a coast, shores,
# a mouth or banks is a place.
_COAST_OF = re.compile(rf"\b(?:{'|'.join(sorted(_COAST_NOUNS))}) of (?:the )?{_NEAR_NAME}")
# "bound for Karachi by way of Ismailia in Egypt": where a journey goes or passes is a place (what it passes by way
# of, only where a place holds it: "by way of Telstar, a satellite" is a means).
_WAY_TO = re.compile(
    rf"\b(?:bound for|en route to|on (?:its|the|their|his|her) way to|(?P<via>by way of)) {_NEAR_NAME}"
    r"(?(via)(?=,? in [A-Z]|, [A-Z][a-z]+[,.]))"
)
# "built across the Rhine", "flew across the Channel": what one crosses, after "the", is a place (not the web; an
# ocean is the known one, ``_oceans_alone``).
_ACROSS = re.compile(rf"\bacross the (?!(?:Internet|Web|Net|Board|{'|'.join(_OCEANS)})\b){_NEAR_NAME}")
# "Governor James Beaver said in Harrisburg on Saturday": where one speaks, before the day or what is said, is a place.
_SAID_IN = re.compile(rf"\b(?:said|says|announced|declared|told reporters) in {_NEAR_NAME}(?= on | that |[,.])")
# "ran aground on Pollard's Rock": what a ship runs aground on or off is a place (its name may hold an owner's "'s").
_AGROUND = re.compile(
    r"\baground (?:on|off|near|at) (?:the )?"
    r"(?P<name>[A-Z][a-z]+(?:'s)?(?: [A-Z][a-z]+){0,2})(?![\w'-]| [A-Z])"
)


# "the Colosseum in Rome, the Taj Mahal in India": a name no list knows, after "the", in a known place.
_THE_NAME_IN = re.compile(
    r"\b[Tt]he (?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+)?) in (?P<where>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})\b"
)


def _sites_in_places(folded: str, region: Span, surface: dict[str, Entity]) -> Iterable[_Candidate]:
    for m in _THE_NAME_IN.finditer(folded, region.begin, region.end):
        name = m["name"]
        words = name.split()
        if (
            name in surface
            or _kind_of(surface, m["where"]) is not Kind.PLACE
            or any(w in _CALENDAR_WORDS or w in _NATIONALITIES or w in _QUALIFIERS or w in _STOP_FIRST for w in words)
            or _TITLE.match(name)
            or _head_kind(name) not in (None, Kind.PLACE)
            or name.endswith("s")
        ):
            continue
        yield _discovered_name(Span(m.start("name"), m.end("name")), Kind.PLACE, name)


def _named_places(folded: str, region: Span, surface: dict[str, Entity]) -> Iterable[_Candidate]:
    if folded.find(" in ", region.begin, region.end) >= 0:
        yield from _sites_in_places(folded, region, surface)
    cues = {m[0] for m in _PLACE_CUES.finditer(folded, region.begin, region.end)}
    if not cues:
        return
    if cues & _PLACE_NOUNS or cues & _BODY_CUES:
        yield from _places_by_noun(folded, region, surface)
    if "Launch" in cues:
        for m in _LAUNCH_PAD.finditer(folded, region.begin, region.end):
            yield _discovered_name(Span(m.start(), m.end()), Kind.PLACE, re.sub(r"\s+", " ", m[0]), "LaunchSite")
    if "between" in cues or "from" in cues:
        yield from _places_between(folded, region, surface)
    if (
        cues & _NEAR_CUES
        or cues & _SITE_NOUNS
        or cues & _AT_SITE_NOUNS
        or cues & _CRASH_CUES
        or cues & _MOVE_CUES
        or cues & _ORIGIN_CUES
        or "range" in cues
    ):
        nigh = "near" in cues or "nearby" in cues
        near = _NEAR.finditer(folded, region.begin, region.end) if nigh else iter(())
        near_and = _NEAR_AND.finditer(folded, region.begin, region.end) if nigh else iter(())
        moved = _MOVED_TO.finditer(folded, region.begin, region.end) if cues & _MOVE_CUES else iter(())
        whence = _WHENCE_NEARBY.finditer(folded, region.begin, region.end) if "nearby" in cues else iter(())
        where = _WHERE.finditer(folded, region.begin, region.end) if "where" in cues else iter(())
        origin = (
            _FROM_ORIGIN.finditer(folded, region.begin, region.end)
            if "from" in cues or cues & _ORIGIN_CUES
            else iter(())
        )
        bound = _BOUND_TO.finditer(folded, region.begin, region.end) if "from" in cues else iter(())
        ranged = _TEST_RANGE.finditer(folded, region.begin, region.end) if "range" in cues else iter(())
        held = _HELD_IN.finditer(folded, region.begin, region.end) if cues & _SITE_NOUNS else iter(())
        at = _SITE_AT.finditer(folded, region.begin, region.end) if cues & _AT_SITE_NOUNS else iter(())
        crashed = _CRASHED_AT.finditer(folded, region.begin, region.end) if cues & _CRASH_CUES else iter(())
        for m in itertools.chain(near, near_and, whence, where, origin, bound, ranged, held, at, crashed, moved):
            name = m["name"]
            first = name.split()[0]
            if name in surface or first in _STOP_FIRST or first in _CALENDAR_WORDS or first in _NATIONALITIES:
                continue
            if _TITLE.match(name) or (_head_kind(name) or Kind.PLACE) is not Kind.PLACE:
                continue  # "near President ...", "near Tsinghua University": not a place's name by its form
            if " " in name and _kind_of(surface, name.rsplit(" ", 1)[1]) is Kind.PLACE:
                continue  # ("a plant in Soviet Ukraine": the known place, described)
            yield _discovered_name(Span(m.start("name"), m.end("name")), Kind.PLACE, name)
    if cues & _LINK_NOUNS:
        yield from _linked_places(folded, region, surface)
    if cues & _BUILDING_NOUNS:
        for m in _BUILDING.finditer(folded, region.begin, region.end):
            if m["name"] not in surface and m["name"].split()[0] not in _CALENDAR_WORDS and m["name"] not in _FAITHS:
                yield _discovered_name(Span(m.start("name"), m.end("name")), Kind.PLACE, m["name"])
    if "regional" in cues or "provincial" in cues:
        for m in _REGION_OWNED.finditer(folded, region.begin, region.end):
            if m["name"] not in surface and m["name"].split()[0] not in _STOP_FIRST:
                yield _discovered_name(Span(m.start("name"), m.end("name")), Kind.PLACE, m["name"])
    if cues & _PASSAGE_CUES:
        off = _MILES_OFF.finditer(folded, region.begin, region.end) if "off" in cues else iter(())
        into = _BROUGHT_INTO.finditer(folded, region.begin, region.end) if "into" in cues else iter(())
        aground = _AGROUND.finditer(folded, region.begin, region.end) if "aground" in cues else iter(())
        coast = _COAST_OF.finditer(folded, region.begin, region.end) if cues & _COAST_NOUNS else iter(())
        way = _WAY_TO.finditer(folded, region.begin, region.end) if cues & _WAY_CUES else iter(())
        said = _SAID_IN.finditer(folded, region.begin, region.end) if cues & _SAID_CUES else iter(())
        across = _ACROSS.finditer(folded, region.begin, region.end) if "across" in cues else iter(())
        for m in itertools.chain(off, into, aground, coast, way, said, across):
            first = m["name"].split()[0]
            if m["name"] in surface or first in _STOP_FIRST or first in _CALENDAR_WORDS:
                continue
            if first in _NATIONALITIES or first in _LANGUAGES:
                continue
            if _TITLE.match(m["name"]) or (_head_kind(m["name"]) or Kind.PLACE) is not Kind.PLACE:
                continue
            yield _discovered_name(Span(m.start("name"), m.end("name")), Kind.PLACE, m["name"])
    if cues & _DIRECTIONS:
        for m in _DIRECTION_OF.finditer(folded, region.begin, region.end):
            first = m["name"].split()[0]
            if folded.startswith(".", m.end("name")) and len(m["name"]) <= 3:
                continue  # (an abbreviation opening a name: "south of St. John's")
            if m["name"] not in surface and first not in _STOP_FIRST and first not in _CALENDAR_WORDS:
                yield _discovered_name(Span(m.start("name"), m.end("name")), Kind.PLACE, m["name"])
    if "Comet" in cues:
        for m in _COMET.finditer(folded, region.begin, region.end):
            if m[0] not in surface:
                yield _discovered_name(Span(m.start(), m.end()), Kind.PLACE, m[0], "CelestialBody")
    if cues & _BODY_NOUNS:
        for m in _BODY_NAMED.finditer(folded, region.begin, region.end):
            if m["name"] not in surface and m["name"] not in _CALENDAR_WORDS:  # "landed on the moon Sunday"
                yield _discovered_name(Span(m.start("name"), m.end("name")), Kind.PLACE, m["name"], "CelestialBody")
            second = _PAIRED_BODY.match(folded, m.end(), region.end) if m["pair"] else None
            if second is not None and second["name"] not in surface:
                span = Span(second.start("name"), second.end("name"))
                yield _discovered_name(span, Kind.PLACE, second["name"], "CelestialBody")


_PAIRED_BODY = re.compile(r" and (?P<name>[A-Z][a-z]+(?:['-][A-Z]?[a-z]+)*)(?![\w'-]|'(?!s\b))")


def _places_by_noun(folded: str, region: Span, surface: dict[str, Entity]) -> Iterable[_Candidate]:
    """ "the city of Zhuhai", "the districts of Mentougou and Fangshan", "Yantai, a coastal city in ..." """
    for m in _CITY_OF.finditer(folded, region.begin, region.end):
        if m["name"] is not None or m["folk"] is not None:
            group = "name" if m["name"] is not None else "folk"
            places = [(m.start(group), m[group])]
        else:
            group = "list" if m["list"] is not None else "far" if m["far"] is not None else "pair"
            places = [(m.start(group) + p.start(), p[0]) for p in re.finditer(_A_PLACE, m[group])]
        for begin, name in places:
            first = name.split()[0]
            if name in surface or first in _CALENDAR_WORDS or first in _STOP_FIRST or first in _NATIONALITIES:
                continue
            if m["travel"] is not None and (folded.startswith("'", m.end("name")) or first in CHINESE_SURNAMES):
                continue  # ("bound for Zhang Wei's house": a person's)
            yield _discovered_name(Span(begin, begin + len(name)), Kind.PLACE, name)
    for m in _DESCRIBED_PLACE.finditer(folded, region.begin, region.end):
        group = "place" if m["place"] is not None else "home" if m["home"] is not None else "park"
        name = m[group]
        if name not in surface and name.split()[0] not in _STOP_FIRST and name.split()[0] not in _CALENDAR_WORDS:
            yield _discovered_name(Span(m.start(group), m.end(group)), Kind.PLACE, name)


def _linked_places(folded: str, region: Span, surface: dict[str, Entity]) -> Iterable[_Candidate]:
    for m in _LINKED_PLACES.finditer(folded, region.begin, region.end):
        parts, at = [], m.start("chain")
        for part in m["chain"].split("-"):
            parts.append((at, part))
            at += len(part) + 1
        begin, first = parts[0]
        if first.split()[0] in _STOP_FIRST:  # "The Jakarta-Bandung railway"
            begin, first = begin + first.index(" ") + 1, first.split(" ", 1)[1]
            parts[0] = (begin, first)
        if m["chain"] in surface or not any(_kind_of(surface, part) is Kind.PLACE for _, part in parts):
            continue
        for begin, part in parts:
            span, known = Span(begin, begin + len(part)), surface.get(part)
            if known is not None:
                # (A known name joined by hyphens is not found as a word of its own.)
                if known.kind is Kind.PLACE:
                    yield _Candidate(span, known, TRUST_CURATED)
            elif not any(w in _CALENDAR_WORDS or w in _QUALIFIERS or w in _STOP_FIRST for w in part.split()):
                yield _discovered_name(span, Kind.PLACE, part)


def _places_between(folded: str, region: Span, surface: dict[str, Entity]) -> Iterable[_Candidate]:
    for m in _BETWEEN_PLACES.finditer(folded, region.begin, region.end):
        first = "a" if m["a"] is not None else "c"
        for known, other in ((first, "b"), ("b", first)):
            if (
                _kind_of(surface, m[known]) is Kind.PLACE
                and m[other] not in surface
                and m[other].split()[0] not in _CALENDAR_WORDS
                and m[other].split()[0] not in _STOP_FIRST
                and _head_kind(m[other]) in (None, Kind.PLACE)
                # (from one place to a name of one word only: "from Beijing to Zhang Wei" passes to a person)
                and (first == "a" or " " not in m[other] or _head_kind(m[other]) is Kind.PLACE)
                and m[other] not in CHINESE_SURNAMES
            ):
                yield _discovered_name(Span(m.start(other), m.end(other)), Kind.PLACE, m[other])


# "buys an engineering works in Plzen, in Bohemia, ...": a name after "in", then after a comma another after "in",
# name a place and the place it lies in, though no list knows either; so do a name after a sentence's opening "In"
# and one more alone between commas ("In Sevenoaks, Kent, six of the seven oaks ..."), unless what follows the second
# comma describes a person or a body ("In Houston, Zelda Smith, a flight director, ...").
_IN_WITHIN = re.compile(rf"\b[Ii]n {_NEAR_NAME}, in (?P<within>{_NEAR_WORD}(?: {_NEAR_WORD}){{0,2}})(?=[,.;])")
_OPENING_IN_WITHIN = re.compile(
    rf"In {_NEAR_NAME}, (?P<within>{_NEAR_WORD}(?: {_NEAR_WORD})?),(?! (?:who|whose|which|a|an|one)\b)"
)
# "Western experts in Bonn and London said": a name beside a known place after "in" and before "and".
_IN_AND_KNOWN = re.compile(
    rf"\b[Ii]n {_NEAR_NAME} and (?P<known>{_NEAR_WORD}(?: {_NEAR_WORD}){{0,2}})(?![\w'-]| [A-Z])"
)
# "founds Nintendo Koppai in Kyoto", "St George's Hospital in Tooting", "across the Rhine in Ludwigshafen": a name
# after "in" right after a body's or a place's name found.
_FOUND_IN = re.compile(rf" in {_NEAR_NAME}")
# (or "at" right after a body's: "Engineers of the Royal Aircraft Establishment at Farnborough")
_FOUND_AT = re.compile(rf" at {_NEAR_NAME}")


def _places_within(
    folded: str, chosen: list[_Candidate], regions: list[Span], surface: dict[str, Entity], given: frozenset[str]
) -> list[_Candidate]:
    """The places either side of the comma in "in A, in B" and an opening "In A, B,", the first of "in A and B"
    where B is a known place, and B in "A in B" where A is a body or a place found (or "A at B" where A is a body
    found), where no list and no name found
    makes either of them something else. (Read once the names are chosen: a word of a person's name found is that
    person's, "In Houston, Smith, the flight director, said".)"""
    taken = _known_spans(chosen)
    named = {w for c in chosen if c.entity.kind is not Kind.PLACE for w in c.entity.name.split()}
    ends = {c.span.end for c in chosen if c.entity.kind in (Kind.PLACE, Kind.ORGANIZATION)}
    bodies_end = {c.span.end for c in chosen if c.entity.kind is Kind.ORGANIZATION}
    found = []
    for region in regions:
        opening = _OPENING_IN_WITHIN.match(folded, region.begin, region.end)
        nested = (
            _IN_WITHIN.finditer(folded, region.begin, region.end)
            if folded.find(", in ", region.begin, region.end) >= 0
            else ()
        )
        paired = (
            (
                m
                for m in _IN_AND_KNOWN.finditer(folded, region.begin, region.end)
                if _kind_of(surface, m["known"]) is Kind.PLACE
            )
            if folded.find(" and ", region.begin, region.end) >= 0
            else ()
        )
        after = (m for m in _FOUND_IN.finditer(folded, region.begin, region.end) if m.start() in ends)
        at = (
            (m for m in _FOUND_AT.finditer(folded, region.begin, region.end) if m.start() in bodies_end)
            if folded.find(" at ", region.begin, region.end) >= 0
            else ()
        )
        for m in itertools.chain(() if opening is None else (opening,), nested, paired, after, at):
            groups = ("name", "within") if m.re is _IN_WITHIN or m.re is _OPENING_IN_WITHIN else ("name",)
            names = (*(m[g] for g in groups), *((m["known"],) if m.re is _IN_AND_KNOWN else ()))
            if any(
                _kind_of(surface, name) not in (None, Kind.PLACE)
                or _head_kind(name) not in (None, Kind.PLACE)
                or _TITLE.match(name)
                or any(
                    w in _STOP_FIRST or w in _CALENDAR_WORDS or w in _NATIONALITIES or w in named for w in name.split()
                )
                for name in names
            ) or (m.re is _OPENING_IN_WITHIN and _is_given(m["within"].split()[0], given)):
                continue
            for group in groups:
                span = Span(m.start(group), m.end(group))
                if m[group] not in surface and _free(span, taken):
                    found.append(_discovered_name(span, Kind.PLACE, m[group]))
    return found


def _before_purpose(folded: str, begin: int, stop: int) -> int:
    """Where the words that say what a craft is for start, if they end at ``stop`` (else ``stop``)."""
    start = max(begin, stop - 40)
    window = folded[start:stop]
    words = window.split()
    if not words or words[-1] not in _CRAFT_PURPOSES:
        return stop
    at = len(window.rstrip()) - len(words[-1])
    if len(words) > 1 and (words[-2] in ("Earth", "X-ray", "remote") or words[-2].islower()):
        at = len(window[:at].rstrip()) - len(words[-2])
    return start + at


@functools.lru_cache(maxsize=64)
def _a_name_alone(folded: str, name: str) -> bool:
    """Whether the article capitalises ``name`` inside a sentence, and never as a word of a longer
    name. (Read once per article and name: every sentence may open with it.)"""
    inside = re.search(rf"(?<=[a-z,] ){re.escape(name)}(?![\w-])", folded) is not None
    longer = re.search(rf"[A-Z][\w'-]* {re.escape(name)}(?![\w'-])|(?<![\w'-]){re.escape(name)} [A-Z]", folded)
    return inside and longer is None


_LOWER_WORD_BEFORE = re.compile(r"(?<![\w'-])[a-z]+ $")


def _named_adjective(folded: str, region: Span, begin: int, word: str) -> bool:
    """Whether a word of the moon or Mars, capitalised after a word in lower case, is a name's own ("its Lunar
    Prospector spacecraft")."""
    if word not in ("Lunar", "Martian"):
        return False
    return _LOWER_WORD_BEFORE.search(folded, max(region.begin, begin - 20), begin) is not None


def _named_craft(folded: str, region: Span, surface: dict[str, Entity]) -> Iterable[_Candidate]:
    for noun_match in _CRAFT_NOUN.finditer(folded, region.begin, region.end):
        stop = _before_purpose(folded, region.begin, noun_match.start())
        paren = _ACRONYM_BEFORE.search(folded, max(region.begin, stop - 14), stop)
        if paren is not None:
            stop = paren.start()
        m = _CRAFT_NAME.search(folded, max(region.begin, stop - _CRAFT_REACH), stop)
        if m is None:
            continue
        tokens = [(m.start() + t.start(), m.start() + t.end(), t[0]) for t in re.finditer(r"\S+", m["name"])]
        # Qualifiers, an owner's "'s" and a maker before the name: "a SpaceX Falcon Heavy rocket".
        while tokens and (
            tokens[0][2] in _STOP_FIRST
            or (tokens[0][2] in _QUALIFIERS and not _named_adjective(folded, region, tokens[0][0], tokens[0][2]))
            or tokens[0][2].endswith("'s")
            or (len(tokens) > 1 and _MEASURE.fullmatch(tokens[0][2]))  # "The 18-meter Kairos rocket"
            or (len(tokens) > 1 and _ADJECTIVE_SUFFIX.search(tokens[0][2]))  # "Its European-built Huygens probe"
            or (len(tokens) > 1 and _kind_of(surface, tokens[0][2]) is Kind.ORGANIZATION)
        ):
            tokens.pop(0)
        # (An owner of more words: "the European Space Agency's Rosetta spacecraft", "The United Arab
        # Emirates' Hope probe".)
        owners = [i for i, t in enumerate(tokens[:-1]) if t[2].endswith(("'s", "s'"))]
        if owners:
            tokens = tokens[owners[-1] + 1 :]
        # (A maker of two words: "A Rocket Lab Electron rocket".)
        if len(tokens) > 2 and _kind_of(surface, f"{tokens[0][2]} {tokens[1][2]}") is Kind.ORGANIZATION:
            tokens = tokens[2:]
        if (
            not tokens
            or any(t[2] in _CALENDAR_WORDS for t in tokens)
            or tokens[-1][2].endswith("'s")  # "Jeff Bezos's rocket company": an owner, not a name
            or tokens[-1][2] in _NATIONALITIES  # ("Lost British lander Beagle 2 found ...")
            or _ADJECTIVE_SUFFIX.search(tokens[-1][2])
            or _MEASURE.fullmatch(tokens[-1][2])
        ):
            continue  # "a Beijing-based rocket maker", "the China-built probe", "the 98-meter rocket": no names
        span = Span(tokens[0][0], tokens[-1][1])
        name = span.cut(folded)
        known = surface.get(name)
        if known is not None and known.kind not in (Kind.MISSION, Kind.VEHICLE):
            continue  # "the Moon mission", "the NASA mission"
        # A lone capitalised word opening the sentence may be any word ("Cargo spacecraft ..."),
        # unless the article capitalises it inside a sentence too ("Mir space station: key dates",
        # then "docks with Mir"), and never as a word of a longer name ("Webb telescope ...", a
        # short form of "the James Webb Space Telescope").
        if (
            len(tokens) == 1
            and span.begin == region.begin
            and not re.search(r"[\d-]|.[A-Z]", name)
            and not _a_name_alone(folded, name)
        ):
            continue
        noun = noun_match[0]
        if noun == "cargo ship" and not _SHIP_IN_SPACE.search(folded, region.begin, region.end):
            continue
        # (a helicopter is a craft on Mars only: "A Sikorsky S-92 helicopter hooked the ... booster" is none)
        if noun == "helicopter" and folded.find("Mars", region.begin, region.end) < 0:
            continue
        # (the numbered flights of a series together are no craft: "the most recent Tianzhou missions" beside
        # "Tianzhou-8"; "the Viking missions" are a programme's)
        if noun == "missions" and re.search(rf"(?<![\w'-]){re.escape(name)}[- ]?\d", folded):
            continue
        if noun == "rockets":
            if not _CARRIED_ON.search(folded, max(region.begin, span.begin - 20), span.begin):
                continue
            noun = "rocket"
        cls = "Rover" if noun in ("rover", "lander") else "SpaceStation" if noun == "space station" else None
        yield _discovered_name(span, _CRAFT_NOUNS.get(noun, Kind.MISSION), name, cls)


# A craft named after the noun that says what it is ("space shuttle Endeavour", "the rover
# Zhurong", "the Crew Dragon Grace"), or described after its name ("Zarya, the first module of the station").
# (a station described by what it is: "Salyut, an unmanned orbital laboratory")
_LAB_WORDS = r"(?:orbital|orbiting|space) (?:laboratory|station)"
# Which of its kind a craft is, before "of": "the first of Europe's Automated Transfer Vehicles", "the oldest of
# five spacecraft".
_RANKS = "first|second|third|last|oldest|newest|youngest|largest|biggest|smallest|heaviest|latest"
_NOUN_THEN_CRAFT = re.compile(
    # ("three weeks after its twin, Spirit, touched down": a craft's twin is a craft)
    # ("The U.S. space station Skylab plunged ...", "The Soviet automatic station Venera 7 descended ...")
    r"\b(?:space shuttle|shuttle|spacecraft|spaceship|spaceplane|probe|rover|lander|orbiter|capsule|Crew Dragon"
    r"|[Ii]ts twin"
    r"|space station|(?:automatic|interplanetary) station"
    # ("The lunar module Eagle lands ...", "the command module Columbia")
    r"|(?:lunar|command|service|core|lab|ascent|descent) module)"
    # (its number may follow: "the probe Venera 7"; not a measure, "the rover Zhurong 2 km away")
    r"(?:\s+(?P<name>[A-Z][\w'-]*(?: \d{1,3}(?![\w.,:-]| (?:km|kilometers|kilometres|meters|metres|miles|days|hours"
    r"|minutes|years|percent|times|tons|tonnes)\b))?)(?![\w'-])"
    # ("Its first lander, Odysseus, also tipped over": the name between commas after the noun.)
    # (its number too: "Its twin, Mariner 3, was lost")
    r"|(?<!shuttle)(?<!Dragon),\s+(?P<named>[A-Z][\w'-]*(?: \d{1,3})?)(?=,))"
    # (A satellite's designation between commas: "its first military reconnaissance satellite, Malligyong-1,")
    r"|\bsatellite,\s+(?P<satellite>[A-Z][\w'-]*-\d{1,2}[A-Z]?)(?=,)"
    # (or right after the noun where it has a number: "relayed by the satellite Syncom 3")
    r"|(?<!natural )\bsatellite\s+(?P<satnumber>[A-Z][a-z][\w'-]* \d{1,3})(?![\w'-]|[.,:]\d)"
    # ("Kosmos 1408, a Soviet-era signals intelligence satellite")
    # (or the first of its kind: "Jules Verne, the first of Europe's Automated Transfer Vehicles, docked ...")
    # (a name of up to three words: "Mars Global Surveyor, the oldest of five spacecraft studying Mars")
    rf"|(?<![\w'-])(?P<described>[A-Z][\w'-]*(?: \d{{1,5}}| [A-Z][\w'-]*(?: [A-Z][\w'-]*)?)?),\s+"
    rf"(?:the|a|an|[A-Z][\w.]*'s)\s+(?:(?:{_RANKS}) of (?:the |its |[A-Z][\w.]*'s )?)?"
    r"(?:[\w'-]+\s+){0,3}?"
    r"(?:(?:cargo ship|[A-Z][a-z]+ Vehicle|module|probe|lander|rover|orbiter|satellite)s(?=,)"
    r"|module|spacecraft|spaceship|probe|lander|rover|orbiter|space station|space telescope|helicopter|mission"
    # ("SpaceShipOne, a privately built rocket plane, ...")
    r"|spaceplane|space plane|rocket plane"
    # ("LICIACube, a small Italian satellite that ...", not "Phobos, a natural satellite of Mars")
    # (a space agency's telescope is flown: "Gaia, a European Space Agency observatory designed to ...")
    r"|space(?:-based)? observatory|[Ss]pace [Aa]gency (?:observatory|telescope)|(?<!natural )satellite(?!\s+of\b)"
    # ("Salyut, an unmanned orbital laboratory")
    rf"|{_LAB_WORDS})\b"
    # The noun ends the description: "Ingenuity, a small helicopter that ...", not "X, a helicopter pilot".
    # (what it does may follow: "the oldest of five spacecraft studying Mars")
    r"(?!\s+(?!(?:that|which|of|to|will|would|for|with|on|in|at|was|is|and|built|launched|developed|designed|operated"
    r"|meant|due|[a-z]{3,}ing)\b)[a-z])"
)


# "on a mission named "There And Back Again."": a flight's name in quotation marks after its noun.
_QUOTED_MISSION = re.compile(
    r"\b(?:mission|flight),?\s+(?:nicknamed|named|dubbed|called)\s+[\"\u201c](?P<quoted>[A-Z][^\"\u201d.,]{1,60})[.,]?[\"\u201d]"
)
# (each of its verbs before either quotation mark; "nicknamed" ends in "named")
_QUOTED_MISSION_CUES = tuple(f"{verb} {mark}" for verb in ("named", "called", "dubbed") for mark in '"\u201c')
# "ISRO's first test vehicle flight, TV-D1, tests ...": a test flight's name, between commas.
_NAMED_FLIGHT = re.compile(
    r"\b(?:test|maiden|demonstration)(?: vehicle)? flight,\s+(?P<flight>[A-Z][\w'-]*)(?=,)"
    # ("the world's first artificial Earth satellite, Sputnik 1, on Friday": a craft's, with its number)
    r"|\b(?:satellite|spacecraft|spaceship|probe|lander|rover|orbiter),\s+"
    # (two words with a number too: "put Italy's first satellite, San Marco 1, into an orbit")
    r"(?P<apposed>[A-Z][a-z][\w'-]*(?: \d{1,3})?|[A-Z][a-z][\w'-]* [A-Z][a-z][\w'-]* \d{1,3})(?=,)"
    # (a mission's, where it has a number: "Russia's last Mars mission, Mars 96, was lost"; not "the mission, Zhang,")
    r"|\bmission,\s+(?P<numbered>[A-Z][a-z][\w'-]*(?: \d{1,3}| [IVX]{1,4}))(?=,)"
    # (or a craft's, with its number, after "the craft": "the craft, Cosmos 954, had come down"; not "the craft,
    # Smith said"; or after "the vehicle" among words of space: "The vehicle, Lunokhod 1, was carried to the moon")
    r"|\b[Tt]he (?:craft|vehicle),\s+(?P<crafted>[A-Z][a-z][\w'-]* \d{1,4})(?=,)"
    # (or after what it was the first to do: "its first spacecraft to escape Earth's gravity, Sakigake, from ...")
    r"|\b(?:satellite|spacecraft|probe|lander|rover|orbiter)\s+to\s+[a-z]+(?:\s+[\w'-]+){0,5}?,\s+"
    r"(?P<purposed>[A-Z][a-z][\w'-]*(?: \d{1,3})?)(?=,)"
)

# "NASA named the 4,900-pound craft Copernicus": a craft someone gives a name, after its noun.
_CHRISTENING = r"\b(?:named|names|dubbed|dubs|christened|christens) (?:the|its) "
_CHRISTENED_TEXT = (
    rf"{_CHRISTENING}(?:[\w,-]+ ){{0,3}}?(?:satellite|spacecraft|probe|craft|observatory|orbiter|lander|rover|module) "
    r"(?P<christened>[A-Z][\w'-]*(?: (?:\d{1,4}|[A-Z][\w'-]*))?)(?![\w'-])"
)
# "The satellite, nicknamed Micius after ...": a craft given its name after its noun.
_GIVEN_NAME = re.compile(
    # (a package or a payload among words of space: "its first satellite into orbit on Wednesday, a 52-pound package
    # named Ohsumi")
    r"\b(?P<noun>satellite|spacecraft|spaceship|probe|rover|lander|orbiter|telescope|module|flight|mission|craft"
    r"|package|payload|capsule)"
    # (a few words may describe it first: "A six-wheeled rover the size of a microwave oven, named Sojourner")
    r"(?:\s+[a-z][\w-]*){0,6}?,?\s+"
    # ("The flight, named Galactic 01, ...", "The mission, dubbed Polaris Dawn, ...")
    # ("The test flight, known as Demo-2, ...")
    # ("an Earth observation satellite also known as Daichi-3", "The two craft, jointly known as ExoMars 2016")
    r"(?:(?:also|jointly|together|collectively)\s+)?(?:nicknamed|named|dubbed|called|known\s+as)\s+"
    r"(?P<given>[A-Z][\w'-]*(?: (?:\d{1,4}|[A-Z][\w'-]*))?)(?![\w'-])"
    # (or named so by someone: "named the 4,900-pound craft Copernicus, after the Polish astronomer")
    rf"|{_CHRISTENED_TEXT}"
)
_CHRISTENED = re.compile(_CHRISTENED_TEXT)
_CHRISTENED_CUE = re.compile(_CHRISTENING)


# "Princeton University", then "the Princeton astronomer": a university's town before one of its people is the
# university (not the town where it stands: "in Princeton, N.J.").
_UNIVERSITY_NAME = re.compile(r"(?P<town>[A-Z][a-z]+) University|University of (?P<of>[A-Z][a-z]+)")
_OF_UNIVERSITY = re.compile(
    rf" (?:[a-z-]+ )?(?:{'|'.join((*_DESCRIBED_ROLES, 'professor', 'professors', 'team', 'students', 'scientist'))})\b"
)


def _universities_by_town(folded: str, chosen: list[_Candidate]) -> list[_Candidate]:
    """Each university's town before a role's word made the university (``_OF_UNIVERSITY``)."""
    towns: dict[str, Entity] = {}
    for c in chosen:
        m = _UNIVERSITY_NAME.fullmatch(c.entity.name)
        if m is not None and c.entity.kind is Kind.ORGANIZATION:
            towns.setdefault(m["town"] or m["of"], c.entity)
    if not towns:
        return chosen
    taken = _known_spans(chosen)
    found = [
        _Candidate(span, towns[span.cut(folded)], TRUST_RESOLVED)
        for span in _whole_words(folded, Span(0, len(folded)), sorted(towns))
        if _free(span, taken) and _OF_UNIVERSITY.match(folded, span.end)
    ]
    return [
        replace(c, entity=towns[c.span.cut(folded)])
        if c.entity.kind is Kind.PLACE and c.span.cut(folded) in towns and _OF_UNIVERSITY.match(folded, c.span.end)
        else c
        for c in chosen
    ] + found


def _christened_crafts(folded: str, chosen: list[_Candidate]) -> list[_Candidate]:
    """A craft named so by someone is the one craft the article named before it otherwise ("The third Orbiting
    Astronomical Observatory ... was launched", then "named the 4,900-pound craft Copernicus")."""
    crafts = sorted((c for c in chosen if c.entity.kind is Kind.MISSION), key=lambda c: c.span)
    starting = {c.span.begin: c for c in crafts}
    same: dict[Entity, Entity] = {}
    before: set[Entity] = set()  # the crafts named otherwise before the match, found in one pass
    passed = 0
    for m in _CHRISTENED.finditer(folded):
        while passed < len(crafts) and crafts[passed].span.end <= m.start():
            if not crafts[passed].entity.curated:
                before.add(crafts[passed].entity)
            passed += 1
        if len(before) > 1:
            break  # (more than one craft named before: which one is named so is not told; nor later)
        named = starting.get(m.start("christened"))
        if named is not None and len(before) == 1 and named.entity not in before:
            same[next(iter(before))] = named.entity
    return _as_entities(chosen, same)


_GIVEN_CUE = re.compile("named|dubbed|called|known as")
_VEHICLE_IN_SPACE = re.compile(
    r"\b(?:moon|lunar|Mars|planet|space\w*|orbit\w*|unmanned|uncrewed|robotic)\b", re.IGNORECASE
)
_LAB = re.compile(rf"{_LAB_WORDS}\b")

# A craft by what is done with it: "carrying Elon Musk's Tesla Roadster as a dummy payload", "sent the
# Roadster into an orbit around the Sun".
_CARRIED = re.compile(
    r"(?<![\w'-])(?P<payload>[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,2}) as (?:a|an|its|the) (?:[\w-]+ )?payload\b"
    r"|\b(?:sent|sends|send|put|puts|placed|places|boosted|boosts|launched|launches|lofted|lofts|carried|carries)"
    r" (?:the |a |an |its |their )?(?P<orbited>[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,2})"
    r" into (?:an |a |its |their |the )?(?:[\w-]+ ){0,2}orbit\b"
)
_CARRIED_CUE = re.compile(r"payload\b| into (?:an |a |its |their |the )?(?:[\w-]+ ){0,2}orbit\b")


# A capitalised word or one that joins names, just before a run of capitalised words: the run is part of a longer name.
_NAME_GOES_ON = re.compile(r"(?<![\w'.-])(?:[A-Z][\w'.-]*|of|and|for|&) $")


def _after_owners(words: list[str]) -> list[str]:
    """A name's words after the last owner's "'s" in them ("Elon Musk's Tesla Roadster", "NASA's Zorbex Flyer")."""
    owners = [i for i, w in enumerate(words) if w.endswith("'s")]
    return words[owners[-1] + 1 :] if owners else words


def _craft_after_noun(folded: str, region: Span, surface: dict[str, Entity]) -> Iterable[_Candidate]:
    matches: Iterable[re.Match[str]] = _NOUN_THEN_CRAFT.finditer(folded, region.begin, region.end)
    if _GIVEN_CUE.search(folded, region.begin, region.end):
        matches = itertools.chain(matches, _GIVEN_NAME.finditer(folded, region.begin, region.end))
    if folded.find(", ", region.begin, region.end) >= 0:
        matches = itertools.chain(matches, _NAMED_FLIGHT.finditer(folded, region.begin, region.end))
    if any(folded.find(cue, region.begin, region.end) >= 0 for cue in _QUOTED_MISSION_CUES):
        matches = itertools.chain(matches, _QUOTED_MISSION.finditer(folded, region.begin, region.end))
    if (
        folded.find("payload", region.begin, region.end) >= 0 or folded.find(" orbit", region.begin, region.end) >= 0
    ) and _CARRIED_CUE.search(folded, region.begin, region.end):
        matches = itertools.chain(matches, _CARRIED.finditer(folded, region.begin, region.end))
    for m in matches:
        # (each branch has one group: "name", "named", "flight", "apposed", "numbered", "crafted", "purposed",
        # "described", "given", "payload", "orbited", "quoted")
        group = m.lastgroup or "name"
        name = m[group]
        if group in ("payload", "orbited"):
            # (after an owner and a maker, as before a craft's noun: "Elon Musk's cherry-red Tesla Roadster")
            words = _after_owners(name.split())
            if len(words) > 1 and _kind_of(surface, words[0]) is Kind.ORGANIZATION:
                words = words[1:]
            if not words:
                continue
            name = " ".join(words)
            if (_kind_of(surface, name) or _head_kind(name) or Kind.MISSION) is not Kind.MISSION:
                continue  # "launched China into orbit": a known name keeps its kind
        if group == "crafted" and "vehicle" in m[0] and not _VEHICLE_IN_SPACE.search(folded, region.begin, region.end):
            continue  # ("The vehicle, Model 3, ...": a car's)
        if (
            group == "given"
            and m["noun"] in ("package", "payload", "capsule")
            and not _VEHICLE_IN_SPACE.search(folded, region.begin, region.end)
            # (a capsule's words of space may be in the article's sentences before: "put a satellite into orbit ...
            # a 92-pound capsule", then "The capsule was named Asterix")
            and (m["noun"] != "capsule" or not _VEHICLE_IN_SPACE.search(folded, 0, region.begin))
        ):
            continue  # ("a software package called Zorvex", "a time capsule named Zorvex")
        if group == "described" and " " in name:
            # (the whole of a longer name or none: "China Academy of Space Technology, the maker of the probe";
            # after the article's and an owner's words: "NASA's Zorbex Flyer, a probe")
            if _NAME_GOES_ON.search(folded, max(region.begin, m.start() - 20), m.start()):
                continue
            words = _after_owners(name.split())
            while words and words[0] in _STOP_FIRST:
                words.pop(0)
            if not words or _head_kind(" ".join(words)) not in (None, Kind.MISSION):
                continue
            name = " ".join(words)
        if name.endswith("'s") or not _may_name_craft(name, surface) or name.split()[0] in _CALENDAR_WORDS:
            continue  # "the lander China's scientists built": an owner, not a name; "July 24, the lab module"
        cls = "Rover" if "rover" in m[0] or "lander" in m[0] else None
        if group == "described" and _LAB.search(m[0]):
            cls = "SpaceStation"
        if group == "name" and m[0].startswith("space station"):
            if name in _TITLE_WORDS:
                continue  # "the space station Commander ...": an office, not a name
            cls = "SpaceStation"
        yield _discovered_name(Span(m.end(group) - len(name), m.end(group)), Kind.MISSION, name, cls)


# "Two small satellites, Tiandu-1 and Tiandu-2, were launched with it": craft named in a list right
# after the plural noun that says what they are.
_CRAFT_WORD = r"[A-Z][\w'-]*(?: [A-Z][\w'-]*)?(?: \d{1,2})?"  # ("The satellites, Pleiades Neo 5 and Pleiades Neo 6,")
_LISTED_CRAFT = re.compile(
    rf"\b(?:satellites|probes|spacecraft|spaceships|rovers|landers|orbiters|modules|space telescopes),\s+"
    rf"(?P<list>{_CRAFT_WORD}(?:,\s+{_CRAFT_WORD})*,?\s+and\s+{_CRAFT_WORD})(?![\w'-])"
)


# "The Soviet Union's Vega 1 and Vega 2 probes": craft listed before the plural noun.
_CRAFTS_LISTED_BEFORE = re.compile(
    rf"(?P<list>{_CRAFT_WORD}(?:,\s+{_CRAFT_WORD})*,?\s+and\s+{_CRAFT_WORD})"
    r"\s+(?:probes|spacecraft|satellites|rovers|landers|orbiters|spaceships)\b"
)


# "a second Japanese probe, Europe's Giotto and the Soviet Union's Vega 1 and Vega 2": two of one name told apart
# by their numbers, in a sentence that speaks of a craft, are craft.
_NUMBERED_PAIR = re.compile(
    r"(?<![\w'-])(?P<list>(?P<stem>[A-Z][a-z]+) \d{1,2} and (?P=stem) \d{1,2})(?![\w'-]| [A-Z])"
)
_PAIR_CRAFT_NOUN = re.compile(r"\b(?:probe|spacecraft|satellite|orbiter|lander|rover)s?\b")


def _listed_crafts(folded: str, region: Span, surface: dict[str, Entity]) -> Iterable[_Candidate]:
    matches: Iterable[re.Match[str]] = _LISTED_CRAFT.finditer(folded, region.begin, region.end)
    if folded.find(" and ", region.begin, region.end) >= 0:
        matches = itertools.chain(matches, _CRAFTS_LISTED_BEFORE.finditer(folded, region.begin, region.end))
        if _PAIR_CRAFT_NOUN.search(folded, region.begin, region.end):
            matches = itertools.chain(matches, _NUMBERED_PAIR.finditer(folded, region.begin, region.end))
    for m in matches:
        for name in re.finditer(_CRAFT_WORD, m["list"]):
            text, begin = name[0], m.start("list") + name.start()
            if "'s " in text:  # (after an owner: "Union's Vega 1")
                cut = text.index("'s ") + 3
                text, begin = text[cut:], begin + cut
            if not _may_name_craft(text, surface) or text.split()[0] in _QUALIFIERS or text in _NATIONALITIES:
                continue
            yield _discovered_name(Span(begin, begin + len(text)), Kind.MISSION, text)


# "Columbia lifts off from the Kennedy Space Center", "Challenger breaks apart 73 seconds after liftoff",
# "Discovery carries the Hubble Space Telescope into orbit": one unknown word doing what only a craft does
# names a craft (landing only at a spaceport: a person lands at an airport too).
_CRAFT_VERBS = (
    r"(?:lifts|lifted|blasts|blasted) off|(?:breaks|broke) apart|(?:splashes|splashed|touches|touched) down"
    r"|(?:docks|docked|undocks|undocked) (?:with|from)"
    r"|(?:carries|carried) (?:the |a |an )?(?:[A-Z][\w'-]* ){1,4}into orbit"
    r"|(?:lands|landed) at (?:the )?(?:[A-Z][\w'-]* ){1,3}(?:Space Center|Air Force Base|Spaceport|Cosmodrome)"
    # ("Japan's Suisei flew past the comet": only a craft flies past a body in space)
    r"|(?:flies|flew) (?:past|by) (?:the |a |an )?(?:comet|asteroid|dwarf planet|planet|moon|Moon|Mercury|Venus|Mars"
    r"|Jupiter|Saturn|Uranus|Neptune|Pluto)\b"
)
_CRAFT_BY_VERB = re.compile(rf"(?<![\w'-])(?P<name>[A-Z][a-z]+) (?={_CRAFT_VERBS})")
_CRAFT_VERB_CUES = (
    " off",
    " apart",
    " down",
    "docks",
    "docked",
    " into orbit",
    " lands at",
    " landed at",
    "flew ",
    "flies ",
)


# "Tiros 1 was carried aloft from Cape Canaveral ... by a Thor-Able rocket": a word and a number sent up, in a
# sentence with a rocket or a spaceport in it, name a craft (not "Windows 95 was launched in 1995").
_NUMBERED_SENT_UP = re.compile(
    r"(?<![\w'-])(?P<name>[A-Z][a-z]+ \d{1,3})"
    r" (?=was (?:launched|carried aloft|sent aloft|sent into orbit|put into orbit|placed in orbit)\b)"
)
# (or put into orbit: "The United States put its own Vanguard 1 into orbit on March 17")
_NUMBERED_PUT_UP = re.compile(
    r"\b(?:put|puts|placed|places|sent|sends|launched|launches) (?:its own |its |their own |their |the )?"
    r"(?P<name>[A-Z][a-z]+ \d{1,3}) into (?:orbit|space)\b"
)
_SPACEFLIGHT_WORDS = re.compile(r"\b(?:rockets?|booster|Cape Canaveral|Cosmodrome|Space Center|Spaceport|launch pad)\b")


def _craft_by_verb(folded: str, region: Span, surface: dict[str, Entity]) -> Iterable[_Candidate]:
    sent_up = (
        _NUMBERED_SENT_UP.finditer(folded, region.begin, region.end)
        if folded.find(" was ", region.begin, region.end) >= 0
        and _SPACEFLIGHT_WORDS.search(folded, region.begin, region.end)
        else ()
    )
    put_up = (
        _NUMBERED_PUT_UP.finditer(folded, region.begin, region.end)
        if folded.find(" into ", region.begin, region.end) >= 0
        else ()
    )
    for m in itertools.chain(sent_up, put_up):
        before = _WORD_BEFORE_NAME.search(folded, max(region.begin, m.start("name") - 30), m.start("name"))
        if (
            m.re is _NUMBERED_SENT_UP
            and before is not None
            and before[0].strip() not in _STOP_FIRST
            and not before[0].strip().endswith("'s")
        ):
            continue
        if _may_name_craft(m["name"], surface) and m["name"].split()[0] not in _CALENDAR_WORDS:
            yield _discovered_name(Span(m.start("name"), m.end("name")), Kind.MISSION, m["name"])
    if not any(folded.find(cue, region.begin, region.end) >= 0 for cue in _CRAFT_VERB_CUES):
        return
    for m in _CRAFT_BY_VERB.finditer(folded, region.begin, region.end):
        name = m["name"]
        before = _WORD_BEFORE_NAME.search(folded, max(region.begin, m.start() - 30), m.start())
        if before is not None and before[0].strip() not in _STOP_FIRST and not before[0].strip().endswith("'s"):
            # "NASA's Europa Clipper lifts off": the last word of a longer name ("The Columbia ...", "Japan's
            # Suisei ..." are not)
            continue
        if _may_name_craft(name, surface) and name not in _NATIONALITIES and name not in _HEADS:
            yield _discovered_name(Span(m.start("name"), m.end("name")), Kind.MISSION, name)


def _may_name_craft(name: str, surface: dict[str, Entity]) -> bool:
    """Whether a word after (or listed after) a craft's noun may be a new craft's name: not a known
    name (found as itself), a function word, a qualifier or a date."""
    return not (name in surface or name in _STOP_FIRST or name in _QUALIFIERS or name in _CALENDAR_WORDS)


def _kind_of(surface: dict[str, Entity], name: str) -> Kind | None:
    known = surface.get(name)
    return known.kind if known is not None else None


# The particles a family name may open with ("Wernher von Braun", "Laurence des Cars").
_FAMILY_PARTICLES = frozenset("van von der den de des di da du del della dos das la le ter ten".split())
_GIVEN_PARTICLE_FAMILY = re.compile(rf"[A-Z][a-z]+(?: (?:{'|'.join(sorted(_FAMILY_PARTICLES))}))+ [A-Z][\w-]*")


def _head_kind(name: str) -> Kind | None:
    """The kind a name's head word gives it: the last head word before any "of/on/for"
    phrase ("Program Center of ..." is a centre), else the first head word at all."""
    if _CHAMBER.match(name):
        return Kind.ORGANIZATION  # a chamber of a parliament: "the House of Commons", "the House of Representatives"
    first = re.split(r"\s+(?:of|on|for)\s+", name, maxsplit=1)[0]
    for part in (first, name):
        if part.endswith(_ORGANIZATION_TAILS):
            return Kind.ORGANIZATION
        for tail in _PLACE_TAILS:
            if tail in part:
                return Kind.PLACE
        if part.endswith(_VEHICLE_TAILS):
            return Kind.VEHICLE  # "Polar Satellite Launch Vehicle"
        if part.endswith(_CRAFT_TAILS):
            return Kind.MISSION
        if part.endswith(" System"):
            return None  # a product or a network, whatever words come before: "Nintendo Entertainment System"
        heads = [w for w in re.findall(r"[A-Z][\w-]*", part) if w in _HEADS]
        # (a republic is one with a word of its own before "of": "the Federal Republic of Germany", not "the
        # Medal of the Republic", "... of the Czech Republic" after a person, or the group "Republic")
        heads = [w for w in heads if w != "Republic" or (part is first and not part.startswith("Republic"))]
        # (nor is a head word before "General", an office's: "the Surveyor General of India")
        if " General" in part:
            offices = set(re.findall(r"([A-Z][\w-]*) General\b", part))
            heads = [w for w in heads if w not in offices]
        # (nor a family name after its particle, a given name before: "Laurence des Cars")
        if heads and part.endswith(f" {heads[-1]}") and _GIVEN_PARTICLE_FAMILY.fullmatch(part):
            heads = heads[:-1]
        # (nor the road of "the Belt and Road Initiative", a policy's name)
        if "Road" in heads and " and Road" in part:
            heads = [w for w in heads if w != "Road"]
        if heads:
            return _HEADS[heads[-1] if part is first else heads[0]]
    return None


def _could_be_person(words: list[str]) -> bool:
    """Whether these words may be a person's name: not opened by a function word, and no word of
    a place, an agency or a programme in them ("Canadian Space Agency" is not a person)."""
    return words[0] not in _STOP_FIRST and not any(
        (w in _NOT_NAME_WORDS or w in _HEADS) and not (i and words[i - 1] in _FAMILY_PARTICLES)
        for i, w in enumerate(words)
    )  # (a family name after its particle is a name's, whatever the word: "Laurence des Cars")


# A pope, a sovereign or a prophet is named by one name (and a number): "Pope Francis", "Pope Leo XIV",
# "Empress Eugenie", "King Charles III", "the Prophet Mohammad"; a name and a number alone name one too: "Napoleon III".
_SOVEREIGNS = "Pope King Queen Emperor Empress Prince Princess Tsar Czar Sultan Prophet".split()
# (What an article must hold for the pattern to be tried: a title, or a number's first letters.)
# Titles "of" a place: a peer's, named with the title alone or after a given name, and the holders' of
# other offices, named after the title ("The Archbishop of Canterbury, Justin Welby, ...").
_PEER_TITLES = ("Prince", "Princess", "Duke", "Duchess")
_HELD_TITLES = (*_PEER_TITLES, "Archbishop", "Bishop", "Mayor", "Governor")
_SOVEREIGN_CUES = (*(f"{title} " for title in _SOVEREIGNS), " II", " IV", " VI", " IX", " XI", " XV",
                   *(f"{title} of " for title in _HELD_TITLES))  # fmt: skip
_REGNAL = r"II|III|IV|VI|VII|VIII|IX|XI|XII|XIII|XIV|XV|XVI"
_SOVEREIGN = re.compile(
    # (a pope's name may be two, with its number: "Pope John Paul II")
    rf"\b(?P<title>{'|'.join(_SOVEREIGNS)}) (?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+ {_ROMAN_RE}| {_ROMAN_RE})?)"
    rf"|(?<![\w'-])(?P<numbered>[A-Z][a-z]{{2,}} (?:{_REGNAL}))"
    # not the first words of a longer name: "Prince Edward Island", "Crown Prince Mohammed bin Salman"
    r"(?![\w'-]| [A-Z\d]| (?:bin|ibn|al|de|von|van)\b)"
)
# "Catherine, Princess of Wales", "the Duke of Sussex": a peer named by a title "of" a place, after
# a given name or alone; the place is no mention of its own.
_PEER = re.compile(
    rf"(?<![\w'-])(?:(?P<given>[A-Z][a-z]+), )?(?P<title>(?:{'|'.join(_PEER_TITLES)}) of [A-Z][a-z]+)"
    r"(?![\w'-]| [A-Z]|, [A-Z])"
    # ("The Archbishop of Canterbury, Justin Welby, placed ...", "the Mayor of London, Sadiq Khan.": the
    # name after such a title is the person's.)
    rf"|\b(?:{'|'.join(_HELD_TITLES)}) of [A-Z][a-z]+(?: [A-Z][a-z]+)?, "
    rf"(?P<holder>{_NAME_WORD}(?: {_NAME_WORD}){{1,2}})(?=[,.;])"
)
_WORD_BEFORE_NAME = re.compile(r"(?:[A-Z][\w'.-]*|\d+) $")
# Craft and rockets numbered the same way: "Gemini IV", "Titan IV", "Saturn V", "Pioneer VI".
_NUMBERED_CRAFT = frozenset(
    """Gemini Mercury Apollo Titan Delta Saturn Atlas Ariane Soyuz Vostok Voskhod Salyut Skylab Mir Pioneer
    Voyager Viking Mariner Ranger Surveyor Luna Venera Sputnik Explorer Shenzhou Tiangong Chang'e Tianwen""".split()
)


def _sovereigns(folded: str, region: Span, surface: dict[str, Entity]) -> Iterable[_Candidate]:
    for m in _SOVEREIGN.finditer(folded, region.begin, region.end):
        if m["numbered"] is not None:
            word = m["numbered"].split()[0]
            # "World War II", "Long March II": the number ends a longer name, or a known one
            if _WORD_BEFORE_NAME.search(folded, max(region.begin, m.start() - 30), m.start()):
                continue
            if _NOUN_AFTER.match(folded, m.end()):
                continue  # ("the Regio IX district": a place's name)
            if (
                word in surface
                or word in _NUMBERED_CRAFT
                or word in _STOP_FIRST
                or word in _CALENDAR_WORDS
                or not _could_be_person([word])
            ):
                continue
            name, role = m["numbered"], None
        else:
            if m["name"].split()[0] in _STOP_FIRST or m["name"].split()[0] in _CALENDAR_WORDS:
                continue
            name, role = f"{m['title']} {m['name']}", m["title"].lower()
            if m["name"].split()[0] in _SOVEREIGNS:
                name = m["name"]  # ("King Sultan Muhammad V": the title a sovereign's name holds is enough)
        entity = Entity(Kind.PERSON, slug(name), name, roles=(role,) if role else (), curated=False)
        yield _Candidate(Span(m.end() - len(name), m.end()), entity, TRUST_DISCOVERED)
    for m in _PEER.finditer(folded, region.begin, region.end):
        if m["holder"] is not None:
            if _could_be_person(m["holder"].split()):
                yield _discovered_name(Span(m.start("holder"), m.end("holder")), Kind.PERSON, m["holder"])
            continue
        given = m["given"]
        if given is not None and (given in surface or given in _STOP_FIRST or given in _CALENDAR_WORDS):
            given = None
        begin = m.start() if given is not None else m.start("title")
        name = f"{given}, {m['title']}" if given is not None else m["title"]
        yield _discovered_name(Span(begin, m.end()), Kind.PERSON, name)


_MONTH_SURNAMES = frozenset(("May", "June", "April", "August"))


# "its French rival", "its U.S. rival": a thing's, with a people's word or none (the rival is a body, not a person).
_ITS_PEOPLES = r"\bits (?:[A-Z][a-z]+ |U\.S\. )?"

_ITS_BEFORE = re.compile(rf"{_ITS_PEOPLES}$")
_INITIAL = re.compile(r"[A-Z]\.")
_HONORIFIC_BEFORE = re.compile(rf"(?<![\w'-])({_HONORIFICS}) $")


def _role_names(folded: str, region: Span) -> Iterable[_Candidate]:
    for m in _ROLE_NAMES.finditer(folded, region.begin, region.end):
        if m["role"] in _OPENING_TRADES and m.start() != region.begin:
            continue
        role = m["role"].lower().rstrip("s").rstrip(".")
        role = "crew member" if role == "crew" else role
        cls = "Astronaut" if role in ("astronaut", "taikonaut", "cosmonaut") else None
        if role in ("rival", "competitor") and _ITS_BEFORE.search(folded, max(0, m.start() - 20), m.start()):
            continue  # "its French rival Alcatel-Lucent": a thing's rival is a body
        for begin, end, text, words in _listed_names(folded, m):
            # ("Prime Minister Sheikh Hasina": an honorific before one word is part of the name.)
            honorific = _HONORIFIC_BEFORE.search(folded, max(0, begin - 7), begin) if len(words) == 1 else None
            if honorific is not None:
                begin, text, words = honorific.start(), f"{honorific[1]} {text}", [honorific[1], *words]
            # After a title, "He" is a family name ("Vice Premier He Lifeng"), not a pronoun.
            surname = len(words) >= 2 and words[0] == "He" and _could_be_person(words[1:])
            # (and a month's name is one, last: "Prime Minister Theresa May")
            month = len(words) >= 2 and words[-1] in _MONTH_SURNAMES and _could_be_person(words[:-1])
            if len(words) < 2 or not (_could_be_person(words) or surname or month):
                continue  # "... and Canadian Space Agency astronaut Jeremy Hansen": not a person
            roles: tuple[str, ...] = (role,)
            if m["role"] == "King" and begin == m.start("names") and _INITIAL.fullmatch(words[0]):
                # (no king reigns by an initial: "King C. Gillette" is a given name, an initial and a family name)
                begin, text, roles = m.start("role"), f"King {text}", ()
            entity = Entity(Kind.PERSON, slug(text), text, cls=cls, roles=roles, curated=False)
            yield _Candidate(Span(begin, end), entity, TRUST_DISCOVERED)


# One name may be a person's whole name where an office or kin says so: "Naruhito became Japan's
# 126th emperor", "his father Akihito stepped down".
_TWO_NAMED_KIN = ("brothers", "sisters", "sons", "daughters")
_ONE_NAMED = re.compile(
    r"(?<![\w'-])(?P<name>[A-Z][a-z]{2,})\s+(?:became|becomes)\s+(?:[\w'-]+\s+){0,3}?"
    r"(?:emperor|empress|king|queen|pope|sultan|tsar)\b"
    rf"|\b(?:his|her|their)\s+(?:{'|'.join(_ONE_NAMED_KIN)})\s+"
    r"(?P<kin>[A-Z][a-z]{2,})(?![\w'-]|\s+[A-Z])"
    # (two of them: "Louis Renault and his brothers Marcel and Fernand found ...")
    rf"|\b(?:his|her|their)\s+(?:{'|'.join(_TWO_NAMED_KIN)})\s+"
    r"(?P<one>[A-Z][a-z]{2,}) and (?P<other>[A-Z][a-z]{2,})(?![\w'-]|\s+[A-Z])"
    # (or two of one family, the family name said once: "two brothers, Cherif and Said Kouachi,")
    rf"|\b(?:{'|'.join(_TWO_NAMED_KIN)}|twins|siblings),?\s+"
    r"(?P<first>[A-Z][a-z]{2,}) and (?P<second>[A-Z][a-z]{2,}) (?P<family>[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)"
    r"(?![\w'-]|\s+[A-Z])"
)


def _one_name(word: str) -> bool:
    """Whether one capitalised word may be a person's whole name."""
    return not (
        word in _STOP_FIRST
        or word in _CALENDAR_WORDS
        or word in _HEADS
        or word in _QUALIFIERS
        or word in CHINESE_SURNAMES
        or word in _NOT_NAME_WORDS
    )


# (What an article must hold for the pattern to be tried.)
_ONE_NAMED_CUES = (
    "became ",
    "becomes ",
    "twins",
    "siblings",
    *(f"{kin} " for kin in (*_ONE_NAMED_KIN, *_TWO_NAMED_KIN)),
    *(f"{kin}," for kin in _TWO_NAMED_KIN),
)


def _one_named_people(folded: str, region: Span, surface: dict[str, Entity]) -> Iterable[_Candidate]:
    for m in _ONE_NAMED.finditer(folded, region.begin, region.end):
        if m["family"] is not None:
            family = m["family"]
            if all(_one_name(m[g]) for g in ("first", "second", "family")) and m["family"] not in surface:
                # (the first is named at its own word, the second with the family name after it)
                yield _discovered_name(Span(m.start("first"), m.end("first")), Kind.PERSON, f"{m['first']} {family}")
                yield _discovered_name(Span(m.start("second"), m.end("family")), Kind.PERSON, f"{m['second']} {family}")
            continue
        groups = [g for g in ("name", "kin", "one", "other") if m[g] is not None]
        if not all(m[g] not in surface and _one_name(m[g]) for g in groups):
            continue
        for group in groups:
            yield _discovered_name(Span(m.start(group), m.end(group)), Kind.PERSON, m[group])


def _listed_names(folded: str, m: re.Match[str]) -> Iterator[tuple[int, int, str, list[str]]]:
    """Each personal name in the group ``names`` of ``m`` (a list: "A, B and C"), with where it starts
    once the titles before and inside it are left out, its text and its words."""
    for name in re.finditer(_NAME, m["names"]):
        end = m.start("names") + name.end()
        begin = _after_titles(folded, m.start("names") + name.start(), end)  # "Director General X"
        # "... and Kyrgyz President Sadyr Japarov": the next name starts after the title inside it.
        inner = [t.end() for t in _TITLE_INSIDE.finditer(folded, begin, end)]
        begin = inner[-1] if inner else begin
        text = re.sub(r"\s+", " ", folded[begin:end])
        yield begin, end, text, text.replace("-", " ").split()


def _after_titles(folded: str, begin: int, end: int) -> int:
    """Where a name starts once the titles before it are left out ("Administrator Bill Nelson")."""
    title = _TITLE.match(folded, begin, end)
    return title.end() if title is not None else begin


# "Directed by Yang Yu, ...", "founded by Liang Wenfeng in 2023": who made something is a person,
# where the name has a person's form.
_MADE_BY = re.compile(
    r"\b(?:[Dd]irected|[Ww]ritten|[Pp]roduced|[Ff]ounded|[Cc]o-founded|[Cc]omposed|[Dd]esigned|[Cc]reated|"
    # ("founded in 2023 in Hangzhou by Liang Wenfeng": the when and where may come first; "led by
    # Pan Jianwei, Zhu Xiaobo and Peng Chengzhi": several)
    # (not a round of funding, which investors lead: "in a round led by Andreessen Horowitz")
    rf"[Ii]nvented|[Pp]ainted|[Cc]oached|[Aa]uthored|[Cc]haired|(?<!round )(?<!funding )[Ll]ed)"
    rf"(?: [^,.;]{{0,40}}?)? by "
    rf"(?P<names>{_LISTED}(?:\s*,\s*{_LISTED})*(?:,?\s+and\s+{_LISTED})?)(?!'s)"
)


def _made_by(folded: str, region: Span, surface: dict[str, Entity]) -> Iterable[_Candidate]:
    if " by " not in folded[region.begin : region.end]:
        return
    for m in _MADE_BY.finditer(folded, region.begin, region.end):
        for begin, end, name, words in _listed_names(folded, m):
            if len(words) >= 2 and name not in surface and _could_be_person(words) and not _TITLE.match(name + " "):
                yield _discovered_name(Span(begin, end), Kind.PERSON, name)


def _speaking_names(folded: str, region: Span, surface: dict[str, Entity]) -> Iterable[_Candidate]:
    for m in _SPEAKING_NAMES.finditer(folded, region.begin, region.end):
        group = next(g for g in ("a", "b", "c") if m[g] is not None)
        end = m.end(group)
        begin = _after_titles(folded, m.start(group), end)  # "Administrator Bill Nelson said"
        # "California Governor Gavin Newsom said": the name starts after the last title in it.
        inner = [t.end() for t in _TITLE_INSIDE.finditer(folded, begin, end)]
        begin = inner[-1] if inner else begin
        # ("the Minister of Finance Nirmala Sitharaman said": what the title is of is no part of it.)
        # (A known place may take several words: "Mayor of New York Zohran Mamdani said".)
        if folded.rfind(" of ", max(0, begin - 8), begin) >= 0 and _TITLE_OF.search(folded, max(0, begin - 40), begin):
            spaces = [i for i in range(begin, end) if folded[i] == " "]
            known = [i for i in spaces[:-1] if folded[begin:i] in surface]
            if len(spaces) >= 2:
                begin = (known[-1] if known else spaces[0]) + 1
        text = re.sub(r"\s+", " ", folded[begin:end])
        words = text.replace("-", " ").split()
        if len(words) < 2:
            continue
        if not (_could_be_person(words) or _surname_after_lower_case(folded, begin, words)):
            continue
        # (a name taken that holds a known body's is the body's: "Flights resume under the name Deutsche Lufthansa")
        if group == "a" and any(_kind_of(surface, w) is Kind.ORGANIZATION for w in words):
            continue
        # (no person is named after "the": "officials of the North British Railway said" speak for a body)
        if folded.endswith("the ", max(0, begin - 4), begin):
            yield _discovered_name(Span(begin, end), Kind.ORGANIZATION, text)
            continue
        yield _discovered_name(Span(begin, end), Kind.PERSON, text)


_AFTER_LOWER_CASE = re.compile(r"[a-z,] $")


def _surname_after_lower_case(folded: str, begin: int, words: list[str]) -> bool:
    """A word that opens no name at the start of a sentence opens one inside it, where it is
    capitalised for no other reason: "held talks with To Lam, general secretary of ..."."""
    return (
        words[0] in _STOP_FIRST
        and _AFTER_LOWER_CASE.match(folded, max(0, begin - 2), begin) is not None
        and _could_be_person(words[1:])
    )


# An organization named by what it is: before the title of someone who leads or speaks for it
# ("Arianespace chief executive Stephane Israel"; lower-case titles, which a nationality does not
# precede), or described after it ("BYD, the country's largest maker of ...").
# (its first word may be initials: "the U.S. group W.R. Grace")
_ORG_WORDS = r"(?:(?:[A-Z]\.){2,3} ?)?[A-Z][\w&'-]*(?: [A-Z][\w&'-]*){0,4}"
_ORG_TITLES = (
    "chief executive|CEO|chairman|chairwoman|founder|co-founder|spokesperson|spokesman|spokeswoman|"
    "head|chief|president|general manager|employees|employee"
)
_ORG_NOUNS = (
    "company|maker|manufacturer|automaker|carmaker|firm|producer|operator|developer|provider|supplier|"
    "retailer|bank|airline|carrier|startup|start-up|conglomerate|joint venture|giant|corporation|subsidiary|team|club|"
    "studio|platform|planemaker|chipmaker|broadcaster|insurer|lender|investor|creditor|shareholder|agency|group|"
    "exchange|label"
)
# What no person is: "Adora Cruises, a joint venture of ..." names an organization, where "Li Wei, a
# furniture maker" names a person.
_ORG_ONLY_NOUNS = frozenset(
    """company firm bank airline carrier startup start-up conglomerate venture giant corporation subsidiary team club
    monopoly utility
    store chain shop label
    studio platform automaker carmaker planemaker chipmaker broadcaster insurer lender agency group exchange
    movement party newspaper magazine tabloid""".split()
)
# What a company's part is called, between commas before its name: "its lighting unit, Philips Lighting,".
_UNIT_NOUNS = ("unit", "division", "arm", "business")
# (what a company does to a thing: the phrases themselves are the quick test's words, not "built" alone)
_MADE_BY_VERBS = "published by|manufactured by|built by|operated by|made by|supplied by|produced by|audited by"
# (what a person makes too, so a firm only by a name in capitals: "cameras made by RCA", not "remarks made by Smith")
_MADE_BY_ANYONE = ("made by", "produced by")
_FOUNDING = "founds|founded|co-founds|co-founded|incorporates|incorporated|sets up|set up"
# What makes, sells or handles a thing named before it: "toy maker Tomy", "solar panel installer SolarCity".
_TRADES = (
    "maker|retailer|manufacturer|supplier|provider|installer|distributor|exporter|importer|refiner|jeweller|jeweler|"
    "brewer|distiller|radio station|television station|TV station"
)
# An online business named after what it serves: "the consumer shopping site Taobao", "the online payment
# service Alipay", "the messaging app WeChat" (not "the launch site Wenchang").
_SERVICE = (
    r"(?:shopping|video|news|e-commerce|online|booking|travel|search|streaming|auction|media|payment|messaging|"
    r"delivery|ride-hailing|music|cloud|email|dating|networking|sharing|ticketing|mapping|translation)\s+"
    r"(?:site|website|service|app)"
)
# What is held or run daily or weekly, which no newspaper's name comes before.
_HELD_OFTEN = (
    "meetings?|briefings?|sessions?|prayers?|[Mm]ass|shows?|flights?|services?|columns?|editions?|programmes?|"
    "programs?|broadcasts?|reports?|updates?|visits?|talks"
)
_DESCRIBED_ORG = re.compile(
    rf"(?<![\w'-])(?P<org>{_ORG_WORDS})\s+(?:{_ORG_TITLES})\s+{_NAME}"
    # (An owner may stand for the article: "Red Electrica, Spain's grid operator".)
    rf"|(?<![\w'-])(?P<described>{_ORG_WORDS})(?:\s+\([A-Z][A-Za-z0-9&]{{1,9}}\))?,\s+"
    rf"(?:the|a|an|(?P<owner>[A-Z][\w.-]*(?: [A-Z][\w.-]*){{0,2}}'s))\s+"
    # The noun heads the description, before any "by" or "of": "Odysseus, a lander built by the
    # company ..." describes a lander.
    # (not its owner: "Jean-Jacques Dordain, the agency's director general" describes a person)
    # (a maker of one word too: "BSN, a glassmaker run by ...")
    rf"(?:(?!(?:by|of|for|from|with|in|at|on)\s)[\w'-]+\s+){{0,5}}?(?P<noun>{_ORG_NOUNS}|[a-z]+maker)\b(?!'s\b)"
    # (the noun ends the description: "Zom Zmith, a company executive" describes a person)
    r"(?!\s+(?:executive|manager|official|spokesman|spokeswoman|spokesperson|worker|employee|director|owner|boss"
    r"|founder|president|chairman|analyst|economist|engineer|lawyer|insider|veteran|source)s?\b)"
    # (not where the noun is of a name after it, which ends the clause or says something: "from the Baikonur
    # Cosmodrome, the news agency TASS said")
    r"(?!\s+[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*)*(?:[,.;]|\s+(?:said|says|reported|reports|announced|announces)\b))"
    # Or named right after what no person is: "the Houston-based company Intuitive Machines".
    # ("video game publisher Activision Blizzard": a publisher of games is a company, one of news may be a person)
    # (its name may open with a short form: "the Tokyo-based exchange Mt. Gox")
    rf"|\b(?:{'|'.join(sorted(_ORG_ONLY_NOUNS))}|games? publisher)\s+"
    rf"(?P<after>(?:(?:Mt|St)\.\s)?{_ORG_WORDS})(?![\w&'-])"
    # (or after what a newspaper is called by how often it comes out: "the satirical weekly Charlie Hebdo"; not what
    # is held that often: "its weekly Cabinet meeting")
    rf"|\b(?:weekly|daily)\s+(?P<paper>{_ORG_WORDS})(?![\w&'-])(?!\s+(?:{_HELD_OFTEN})\b)"
    # (or after the title of who leads it and "of": "Frederick Kappel, chairman of AT&T,"; a founder may be one of a
    # school or a faith: "the founder of Modern Art")
    r"|\b(?:chairman|chairwoman|chief executive|chief executive officer|CEO) of "
    rf"(?P<led>{_ORG_WORDS})(?![\w&'-])(?! (?:of|and) [A-Z])"
    # (or between commas after it: "a new holding company, Alphabet, with ..."; someone's: "Satyarthi's
    # group, Bachpan Bachao Andolan, has ...")
    rf"|(?P<owned>\b(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[A-Z][\w-]*'s?)\s+(?:[a-z][\w-]*\s+){{0,2}})?"
    # (a "the" may open it: "Italy's aerobatic team, the Frecce Tricolori,")
    rf"\b(?:{'|'.join((*sorted(_ORG_ONLY_NOUNS), *_UNIT_NOUNS))}),\s+(?:the\s+)?(?P<apposed>{_ORG_WORDS}),"
    # (or a maker or a seller of a thing named by one word: "toy maker Tomy", "the online clothing retailer
    # Zozo"; "furniture maker Li Wei" is a person)
    rf"|\b[a-z]+ (?:{_TRADES}) (?P<maker>[A-Z][\w&'-]*)(?![\w&'-]| [A-Z])"
    # (of more words after its country's: "the Dutch margarine maker Margarine Unie")
    rf"|(?<![\w'-])(?P<origin>[A-Z][a-z]+) (?:(?!and |or |of |with |by )[a-z]+ ){{0,2}}(?:{_TRADES}) "
    r"(?P<national>[A-Z][\w&-]*(?: [A-Z][\w&-]*){0,2})(?![\w&'-]| [A-Z])"
    rf"|\b{_SERVICE} (?P<service>[A-Z][\w&'-]*)(?![\w&'-]| [A-Z])"
    # (or what a business grows into, of any number of words: "it grows into the toy maker Geobra Brandstaetter")
    r"|\b(?:grows|grew|grown|growing) into (?:the|a|an) (?:[a-z-]+ ){0,2}?"
    rf"(?:{_TRADES}|company|firm|group|business|[a-z]+maker) (?P<grown>{_ORG_WORDS})(?![\w&'-])"
    # (or what someone founds: "Fusajiro Yamauchi founds Nintendo Koppai in Kyoto"; "Badische Anilin- und
    # Soda-Fabrik", two words that share their end)
    rf"|\b(?:{_FOUNDING})\s+"
    r"(?P<founded>[A-Z][\w&'-]*(?:(?:(?<=-) und)? [A-Z][\w&'-]*){0,2})(?=\s+(?:in|with|as)\b|[,.;])"
    # (or an acronym after what it is: "air traffic control service NATS said")
    r"|\b(?:service|agency|authority|regulator|operator|watchdog|broadcaster|carrier|airline|company|firm|group)"
    r" (?P<acronym>[A-Z]{2,6})(?![\w&'-])"
    # (or one word that agrees to buy or sell: "Ford agrees to buy Volvo's car business")
    # (not a pronoun, which leaves what is dealt to the next branch: "It agrees to take over P&O Nedlloyd")
    r"|(?<![\w'-])(?!(?:It|He|She|They|We)\b)(?P<dealer>[A-Z][a-z][\w&-]*) (?:(?:agrees|agreed) to"
    r" (?:buy|sell|acquire|take over|merge with)\b"
    # (or buys one named: "1978: Electrolux buys Husqvarna"; or sells a business: "Maytag sells the European business
    # of Hoover")
    rf"|(?:{_BUYS}|spins off|spun off) (?=[A-Z][a-z])"
    # (what it sells read ahead only: its unit may be named after it, "sells its biscuits business, LU, to ...")
    r"|(?:sells|sold)(?= (?:its|the) (?:[\w'-]+ ){0,2}(?:business|unit|division|arm|operations|stake)\b))"
    # (or what opens stores: "Uniqlo opens its first stores outside Japan"; not a person: "Hitoshi Yanai opens a
    # men's clothing store")
    r"|(?<![\w'-])(?P<opener>[A-Z][\w&'-]*(?: [A-Z][\w&'-]*){0,2}) (?:opens|opened)(?= (?:its |a |an |the )?"
    r"(?:[\w'-]+ ){0,2}(?:stores?|shops?|outlets?|restaurants?|branch(?:es)?|factory|plant)\b)"
    # (or what is agreed to be bought, where no name does: "in June it agrees to buy Bestfoods")
    r"|\b(?:agrees|agreed) to (?:buy|acquire|take over|merge with) (?P<dealt>[A-Z][\w&-]*(?: [A-Z][\w&-]*){0,2})"
    r"(?![\w&'-])"
    # (or who makes a takeover offer: "a takeover offer of 143 billion U.S. dollars from Kraft Heinz", "blocking a
    # takeover by LVMH")
    r"|\b(?:takeover|buyout) (?:(?:offer|bid)\b[^;]{0,50}? from|(?:(?:offer|bid|attempt) )?by) "
    r"(?P<bidder>[A-Z][\w&-]*(?: [A-Z][\w&-]*){0,2})"
    r"(?![\w&'-])"
    # (or a thing's rival, which no person is: "Nokia agrees to buy its French rival Alcatel-Lucent")
    rf"|{_ITS_PEOPLES}(?:rival|competitor) (?P<rival>{_ORG_WORDS})(?![\w&'-])"
    # (or whose shares trade: "Shares of the spun-off Siemens Energy start trading")
    rf"|\b[Ss]hares of (?:the )?(?:[a-z][\w-]* )?(?P<shares>{_ORG_WORDS})(?![\w&'-])"
    # (or by what a company does to a thing, named by one word: "is published by Bantam")
    rf"|\b(?:{_MADE_BY_VERBS}) (?:the )?(?P<by>[A-Z][\w&'-]*)(?![\w&'-]| [A-Z])"
)


# What owns a unit: "Crown Center Redevelopment Corp., a unit of Hallmark Cards" (read on its own: the unit's
# description is read above too).
_PARENT_OF = re.compile(
    rf"\b(?:a|an|the) (?:[a-z-]+ )?(?:unit|subsidiary|division|arm|affiliate) of (?P<parent>{_ORG_WORDS})(?![\w&'-])"
)
_PARENT_CUES = (" unit of ", " subsidiary of ", " division of ", " arm of ", " affiliate of ")


# Both forms need one of these words: a quick search for them skips most sentences.
# (the nouns no person is among them: "the German newspaper Suddeutsche Zeitung")
_ORG_CUE_WORDS = [
    *f"{_ORG_TITLES}|{_ORG_NOUNS}|{_TRADES}|{_FOUNDING}|{_MADE_BY_VERBS}".split("|"),
    *"publisher site service app rival competitor authority regulator watchdog agrees agreed shares".split(),
    *"takeover buyout opens opened weekly daily buys bought acquires acquired takes took spins spun".split(),
    "subsidiary",
    "affiliate",
    "Shares",
    *_UNIT_NOUNS,
    *_ORG_ONLY_NOUNS,
]
# ("team" and "club" only in a description: "the team" alone is in most stories of space.)
_SIDE_NOUNS = frozenset(("team", "club"))
_ORG_CUES = re.compile(rf"\b(?:{alternation([w for w in _ORG_CUE_WORDS if w not in _SIDE_NOUNS])})\b")
# (or before its name between commas: "Italy's aerobatic team, the Frecce Tricolori,")
_SIDE_DESCRIBED = re.compile(
    r",\s+(?:a|an|the|[A-Z][\w.]*'s)\s+(?:[\w'-]+\s+){0,5}?(?:team|club)\b|\b(?:team|club),\s+(?:the\s+)?[A-Z]"
)


_DESCRIPTION_NEXT = re.compile(r"\s+(?:a|an|the)\s")


@functools.lru_cache(maxsize=64)
def _last_word_of_a_name(folded: str, word: str) -> bool:
    """Whether the article puts ``word`` after a capitalised word ("Elon Musk"). (Read once per article
    and word.)"""
    return re.search(rf"[A-Z][a-z]+ {re.escape(word)}(?![\w'-])", folded) is not None


_WHICH_AFTER = re.compile(r",?\s+(?:(?:from|of|in|by|for|with)\s+)?which\b")
# (with nothing done after the verb: "the agency CNES built it" names the agency)
_WHO_DID = re.compile(
    r" (?:founded|co-founded|built|bought|started|created|ran|owned|led|sold|left|joined)(?=[,.;]| (?:in|with|after)\b)"
)


_NAMED_GROUPS = frozenset(
    """org after apposed maker national service founded acronym dealer dealt bidder rival shares by opener paper
    led parent grown""".split()
)


def _described_organizations(
    folded: str, region: Span, surface: dict[str, Entity], in_parentheses: frozenset[str]
) -> Iterable[_Candidate]:
    if (
        _ORG_CUES.search(folded, region.begin, region.end) is None
        and folded.find("maker", region.begin, region.end) < 0
        and _SIDE_DESCRIBED.search(folded, region.begin, region.end) is None
    ):
        return
    matches: Iterable[re.Match[str]] = _DESCRIBED_ORG.finditer(folded, region.begin, region.end)
    if any(folded.find(cue, region.begin, region.end) >= 0 for cue in _PARENT_CUES):
        matches = itertools.chain(matches, _PARENT_OF.finditer(folded, region.begin, region.end))
    for m in matches:
        group = m.lastgroup if m.lastgroup in _NAMED_GROUPS else "described"
        if group == "national" and not (m["origin"] in _NATIONALITIES or _kind_of(surface, m["origin"]) is Kind.PLACE):
            continue  # ("Vermont ice cream maker ...", "the Dutch margarine maker ..."; a country's or a place's)
        if group == "by" and m[group].endswith(_PLACED):
            continue  # "built by the Houston-based company ...": where it is based
        if group == "by" and (
            m[group] in CHINESE_SURNAMES
            or _last_word_of_a_name(folded, m[group])
            or (m[0].startswith(_MADE_BY_ANYONE) and not m[group].isupper())
        ):
            continue  # "supplied by Zhang", "remarks made by Smith": a person; "cameras made by RCA" a firm
        if group in ("dealer", "opener") and (
            m[group] in _STOP_FIRST or m[group] in CHINESE_SURNAMES or _last_word_of_a_name(folded, m[group])
        ):
            continue  # "Musk agrees to buy Twitter" after "Elon Musk": a person's family name
        if group == "opener" and _PERSON_LIKE.fullmatch(m[group]) and _could_be_person(m[group].split()):
            continue
        if group == "after" and _WHO_DID.match(folded, m.end(group)):
            continue  # "the company Iue founded": who founded it, in a clause that describes the company
        words = m[group].split()
        while words and words[0] in _STOP_FIRST:
            words.pop(0)
        # (a body before its leader's title, or after it and "of", may open with a people's name: "British Rail
        # chairman Sir Bob Reid", "Michael Bishop, chairman of British Midland")
        national = group in ("org", "led") and len(words) > 1 and words[0] in _NATIONALITIES
        if not words or any(
            w in _CALENDAR_WORDS or w in _QUALIFIERS or (w.endswith("'s") and w not in _NOT_OWNERS)
            for w in (words[1:] if national else words)
        ):
            continue
        name = " ".join(words)
        # (a place's head word is no place's where the name is said to be a firm: "Silver Lake, a private equity firm")
        firm = group == "described" and m["noun"].split()[-1] in _ORG_ONLY_NOUNS and " " not in m["noun"]
        if name in surface or _head_kind(name) not in (None, Kind.ORGANIZATION, *((Kind.PLACE,) if firm else ())):
            continue  # a known name keeps its own kind; "... Space Center" is a place
        if name in in_parentheses:
            continue  # an acronym the article defines is the name it stands for ("GAC spokesperson")
        # "Li Wei, a furniture maker": a person's name is described the same way (a place's
        # maker, "Spain's grid operator", is no person).
        if (
            (
                group == "described"
                and m["owner"] is None
                and m["noun"].split()[-1] not in _ORG_ONLY_NOUNS
                # (what "which" describes is no person: "Bayerische Flugzeugwerke, the aircraft engine maker from
                # which BMW descends")
                and not _WHICH_AFTER.match(folded, m.end("noun"))
                # (nor what is based somewhere: "Costa Crociere, the ship's Genoa-based operator")
                and "-based " not in m[0]
            )
            # ("at the company, Wang Hong, a designer, said ...": a person between commas after it; not
            # after an owner: "his group, Bachpan Bachao Andolan, has ...", unless a person's description follows)
            or (group == "apposed" and (m["owned"] is None or _DESCRIPTION_NEXT.match(folded, m.end())))
        ) and (_PERSON_LIKE.fullmatch(name) and _could_be_person(words)):
            continue
        end = m.end(group)
        found = _discovered_name(Span(end - len(name), end), Kind.ORGANIZATION, name)
        # (what the article says the name is wins over what its head word says)
        yield replace(found, trust=TRUST_DESCRIBED) if firm and _head_kind(name) is Kind.PLACE else found


# "Nintendo President Shuntaro Furukawa": one word, then a capitalised title and a personal name,
# names the organization the person leads, where the word is no people's, place's or qualifier.
_CAPITAL_TITLES = ("President", "Chairman", "Chairwoman", "Chief Executive")
_ORG_WORD_BEFORE = re.compile(r"(?<![\w'.-])(?P<org>[A-Z][a-z][\w&'-]*) $")
_NAME_AT = re.compile(_NAME)
_PEOPLES_ENDING = re.compile(r"(?:an|ese|ish|ine|ic|i)$")  # "Kenyan", "Congolese", "Philippine", "Omani"
_BEFORE_TITLES = frozenset("Former Then Vice Deputy Acting Interim Outgoing Incoming Late Honorary Executive".split())
_WORD_BEFORE = re.compile(r"[A-Z][\w.'-]*\s+$")


def _titled_organizations(folded: str, regions: list[Span], surface: dict[str, Entity]) -> list[_Candidate]:
    """Once an article: each title is looked for as text, then the word before it (within its
    sentence) and the name after it."""
    regions = sorted(regions, key=lambda r: r.begin)
    starts = [r.begin for r in regions]
    found = []
    for title in _CAPITAL_TITLES:
        at = folded.find(f" {title} ")
        while at >= 0:
            after = at + len(title) + 2
            i = bisect.bisect_right(starts, at) - 1
            region = regions[i] if i >= 0 else None
            if region is not None and region.contains(Span(at, after)):
                m = _ORG_WORD_BEFORE.search(folded, max(region.begin, at - 40), at + 1)
                if (
                    m is not None
                    and _NAME_AT.match(folded, after, region.end)
                    and _may_lead(folded, region, m, surface)
                ):
                    found.append(_discovered_name(Span(m.start("org"), m.end("org")), Kind.ORGANIZATION, m["org"]))
            at = folded.find(f" {title} ", after - 1)
    return found


def _may_lead(folded: str, region: Span, m: re.Match[str], surface: dict[str, Entity]) -> bool:
    """Whether the word before a title may be an organization's name: no people's, place's or
    qualifier, nor the last of a longer name ("South Korean President ...")."""
    name = m["org"]
    return not (
        name in surface
        or name in _STOP_FIRST
        or name in _QUALIFIERS
        or name in _NATIONALITIES
        or name in _BEFORE_TITLES
        or name in _HEADS
        or name in _CALENDAR_WORDS
        or _PEOPLES_ENDING.search(name)
        or _WORD_BEFORE.search(folded, max(region.begin, m.start() - 30), m.start())
    )


def _described_again(folded: str, chosen: list[_Candidate], regions: list[Span]) -> list[_Candidate]:
    """An organization found by its description is that organization wherever its name stands (of more words
    too: "A Pan Am jumbo jet", then "Pan Am Flight 103")."""
    return _match_words(folded, chosen, regions, _found_words(chosen, Kind.ORGANIZATION, whole=True))


def _found_words(chosen: list[_Candidate], kind: Kind, *, whole: bool = False) -> dict[str, Entity]:
    """The names of one word of that kind that the article itself made known (no curated name), and
    the word before a lower-case head ("the Louvre museum", then "Louvre director ..."); with ``whole``,
    the names of more words too ("Machu Picchu, a 15th-century Inca citadel", after "Peru's Machu Picchu")."""
    table: dict[str, Entity] = {}
    for c in chosen:
        if c.entity.kind is not kind or c.entity.curated:
            continue
        words = c.entity.name.split(" ")
        if len(words) == 1 or (len(words) == 2 and words[1] in _LOWER_HEADS):
            table[words[0]] = c.entity
        elif whole:
            table[c.entity.name] = c.entity
    return table


def _places_again(folded: str, chosen: list[_Candidate], regions: list[Span]) -> list[_Candidate]:
    """A place found by what the text says of it ("the hard-hit city of Mandalay") is that place wherever
    its name stands again, except first in a sentence, where any word takes a
    capital ("Mobile phones ..."); a name no word has, with a digit or a slash, is found there too
    ("3I/ATLAS was discovered ...")."""
    starts = {r.begin for r in regions}
    found = _match_words(folded, chosen, regions, _found_words(chosen, Kind.PLACE, whole=True))
    return [c for c in found if c.span.begin not in starts or not c.entity.name.isalpha()]


def _people_named_as_bodies(folded: str, chosen: list[_Candidate], given_names: frozenset[str]) -> list[_Candidate]:
    """A person found with no role by the words a body is named by elsewhere in the article is that body ("Tetra
    Pak and Alfa Laval are merged", after "sets up AB Tetra Pak" and "the dairy equipment maker Alfa Laval"); not
    a name that opens with a given name, which may be the founder's of a firm called after him ("Louis Vuitton
    opens his first shop", then "Moet Hennessy and Louis Vuitton merge")."""
    bodies: dict[str, set[Entity]] = {}
    for c in chosen:
        if c.entity.kind is Kind.ORGANIZATION:
            bodies.setdefault(c.span.cut(folded), set()).add(c.entity)
    same = {
        c.entity: next(iter(named))
        for c in chosen
        if c.entity.kind is Kind.PERSON
        and not c.entity.roles
        and not c.entity.curated
        and c.entity.name.split()[0] not in given_names
        and len(named := bodies.get(c.entity.name, set())) == 1
    }
    return _as_entities(chosen, same)


def _one_word_in_full(chosen: list[_Candidate]) -> list[_Candidate]:
    """A person found by one word that is a later word of one other person's full name is that person ("President
    Lula" in a headline, "Luiz Inacio Lula da Silva" in the text)."""
    people = {c.entity for c in chosen if c.entity.kind is Kind.PERSON}
    lone = [e for e in people if " " not in e.name and not e.curated]
    if not lone:
        return chosen
    by_word: dict[str, set[Entity]] = {}
    for e in people:
        for word in e.name.split()[1:]:
            by_word.setdefault(word, set()).add(e)
    same = {e: next(iter(full)) for e in lone if len(full := by_word.get(e.name, set())) == 1}
    return _as_entities(chosen, same)


def _as_entities(chosen: list[_Candidate], same: dict[Entity, Entity]) -> list[_Candidate]:
    """The candidates with each entity that ``same`` maps replaced by the one it maps to."""
    if not same:
        return chosen
    return [replace(c, entity=same[c.entity]) if c.entity in same else c for c in chosen]


def _editions(chosen: list[_Candidate]) -> list[_Candidate]:
    """Names of one gathering in an article are one gathering: a numbered edition ("the 19th Asian
    Games") and the name without its number ("the Asian Games"); "the Paris Olympics" and "the Paris
    Olympic Games"; and a bare "Olympic Games" where the article names one city's."""
    groups: dict[str, list[Entity]] = {}
    for c in sorted(chosen, key=lambda c: c.span):
        if c.entity.kind is Kind.GATHERING:
            group = groups.setdefault(_gathering_key(c.entity.name), [])
            if c.entity not in group:
                group.append(c.entity)
    for bare in ("Olympic Games", "Olympic Winter Games"):
        hosted = [k for k in groups if k.endswith(f" {bare}")]
        if bare in groups and len(hosted) == 1:
            groups[hosted[0]] += groups.pop(bare)
    same: dict[Entity, Entity] = {}
    for key, group in groups.items():
        numbered = [e for e in group if e.name[:1].isdigit()]
        if len(group) > 1 and len(numbered) <= 1:
            # The edition, else the name as the key spells it ("Paris Olympic Games"), else the first.
            target = (numbered or [e for e in group if e.name == key] or group)[0]
            same.update({e: target for e in group})
    return _as_entities(chosen, same)


def _gathering_key(name: str) -> str:
    """A gathering's name without its edition's number, "Olympics" spelt "Olympic Games" (and
    "Winter Olympics" "Olympic Winter Games")."""
    name = re.sub(r"^\d+(?:st|nd|rd|th) ", "", name)
    name = re.sub(r"\b(Winter|Summer) (Olympic|Paralympic)s$", r"\2 \1 Games", name)
    return re.sub(r"\b(Olympic|Paralympic)s$", r"\1 Games", name)


def _resolve_overlaps(candidates: list[_Candidate]) -> list[_Candidate]:
    """Longest first, then most trusted; a candidate overlapping one already kept is dropped."""
    ranked = sorted(candidates, key=lambda c: (c.span.begin - c.span.end, -c.trust, c.span.begin, c.span.end))
    starts: list[int] = []  # kept spans, sorted and disjoint: a bisect finds any overlap
    kept: dict[int, _Candidate] = {}
    for c in ranked:
        i = bisect.bisect_right(starts, c.span.begin)
        before = kept[starts[i - 1]] if i > 0 else None
        after = kept[starts[i]] if i < len(starts) else None
        if (before is not None and before.span.end > c.span.begin) or (
            after is not None and after.span.begin < c.span.end
        ):
            continue
        starts.insert(i, c.span.begin)
        kept[c.span.begin] = c
    return [kept[b] for b in starts]


_INDEFINITE = re.compile(r"\b(?:a|A|any|Any|another|each|every)\s+(?:[a-z]+\s+)?$")  # ("a small space station")
_OWNER_BEFORE = re.compile(r"(?<![\w'-])(?P<owner>[A-Z][\w.]*(?: [A-Z][\w.]*)?)'s\s+(?:[a-z]+\s+)?$")


_PEOPLES_BEFORE = re.compile(r"(?<![\w'.-])(?P<people>U\.S\.|[A-Z][a-z]+)\s+(?:[a-z]+\s+)?$")


def _others_station(folded: str, at: int, surface: dict[str, Entity]) -> bool:
    """Whether the space station at ``at`` is a country's other than China ("India's planned", "a
    Soviet", "the U.S.")."""
    people = _PEOPLES_BEFORE.search(folded, max(0, at - 30), at)
    if (
        people is not None
        and people["people"] != "Chinese"
        and (people["people"] in _NATIONALITIES or people["people"] in ("U.S.", "Soviet"))
    ):
        return True
    m = _OWNER_BEFORE.search(folded, max(0, at - 40), at)
    if m is None:
        return False
    owner = surface.get(m["owner"])
    return owner is not None and owner.kind is Kind.PLACE and owner.id != "china"


def _generic_stations(folded: str, chosen: list[_Candidate]) -> list[_Candidate]:
    """A bare "space station" is China's (the reference data says so), unless the article names
    one other station and not China's: then it is that one ("Starliner flies its first crew to
    space station", a story of the International Space Station). Right after a station's name it
    is the name's noun ("the Mir space station"), no mention of its own."""
    if "pace station" not in folded and "PACE STATION" not in folded:
        return chosen
    generic = {i for i, c in enumerate(chosen) if c.span.cut(folded).lower() == "space station"}
    if not generic:
        return chosen
    stations = [c for i, c in enumerate(chosen) if i not in generic and c.entity.cls == "SpaceStation"]
    ends = {c.span.end + 1 for c in stations}
    nouns = {i for i in generic if chosen[i].span.begin in ends and folded[chosen[i].span.begin - 1] == " "}
    if nouns:
        chosen = [c for i, c in enumerate(chosen) if i not in nouns]
        generic = {i for i, c in enumerate(chosen) if c.span.cut(folded).lower() == "space station"}
        if not generic:
            return chosen
    named = {c.entity for i, c in enumerate(chosen) if i not in generic and c.entity.cls == "SpaceStation"}
    station = chosen[next(iter(generic))].entity
    if len(named) != 1 or station in named:
        return chosen
    (other,) = named
    return [replace(c, entity=other) if i in generic else c for i, c in enumerate(chosen)]


def _known_spans(chosen: list[_Candidate]) -> list[Span]:
    return sorted((c.span for c in chosen), key=lambda s: (s.begin, s.end))


def _free(span: Span, taken: list[Span]) -> bool:
    """No span in ``taken`` (sorted by start, disjoint) overlaps ``span``: a bisect, not a scan."""
    i = bisect.bisect_left(taken, span.begin, key=lambda t: t.begin)
    if i < len(taken) and taken[i].begin < span.end:
        return False
    return not (i > 0 and taken[i - 1].end > span.begin)


# "spare parts left over from Mars Express": a world's name and one capitalised word after it, in an article that
# names a craft, is a craft's name ("Venus Express", "Mars Odyssey").
_WORD_AFTER_BODY = re.compile(r" (?P<word>[A-Z][a-z]+)(?![\w'-]| [A-Z])")


def _crafts_named_for_bodies(folded: str, chosen: list[_Candidate], surface: dict[str, Entity]) -> list[_Candidate]:
    if not any(c.entity.kind is Kind.MISSION for c in chosen):
        return chosen
    named = []
    for c in chosen:
        m = _WORD_AFTER_BODY.match(folded, c.span.end) if c.entity.cls == "CelestialBody" else None
        if (
            m is None
            or c.span.cut(folded) != c.entity.name
            or not _may_name_craft(m["word"], surface)
            or m["word"] in _HEADS
            or m["word"] in _HONOURS  # ("the Mercury Prize")
        ):
            named.append(c)
            continue
        name = f"{c.entity.name} {m['word']}"
        named.append(_discovered_name(Span(c.span.begin, m.end("word")), Kind.MISSION, name))
    return named


# "NASA's COBE satellite, launched in November 1989, and WMAP, launched in June 2001": a name said to be
# launched in a sentence that names a craft is a craft too.
_LAUNCHED_NAME = re.compile(
    r"(?<![\w'.-])(?P<name>[A-Z][\w-]*(?: [A-Z0-9][\w-]*)?),\s+(?:which was\s+|that was\s+)?launched\s+(?:in|on)\s"
)


_LAUNCHED_CUES = (", launched ", ", which was launched ", ", that was launched ")


def _launched_beside_crafts(
    folded: str, chosen: list[_Candidate], regions: list[Span], surface: dict[str, Entity]
) -> list[_Candidate]:
    crafts = sorted(c.span.begin for c in chosen if c.entity.kind is Kind.MISSION)
    if not crafts:
        return []
    taken = _known_spans(chosen)
    found = []
    for region in regions:
        # (only a sentence that says "launched" after a comma and names a craft: a bisect, not a scan of every craft)
        if not any(folded.find(cue, region.begin, region.end) >= 0 for cue in _LAUNCHED_CUES):
            continue
        i = bisect.bisect_left(crafts, region.begin)
        if i == len(crafts) or crafts[i] >= region.end:
            continue
        for m in _LAUNCHED_NAME.finditer(folded, region.begin, region.end):
            name, span = m["name"], Span(m.start("name"), m.end("name"))
            first = name.split()[0]
            if (
                _may_name_craft(name, surface)
                and first not in _CALENDAR_WORDS
                and (_head_kind(name) or Kind.MISSION) is Kind.MISSION
                and _free(span, taken)
            ):
                found.append(_discovered_name(span, Kind.MISSION, name))
    return found


def _craft_again(
    folded: str, chosen: list[_Candidate], crafts: list[_Candidate], regions: list[Span]
) -> list[_Candidate]:
    """A craft found by its noun ("the Luna-25 probe", "the Salyut orbital station") is that craft wherever else
    its name stands."""
    table = {c.span.cut(folded): c.entity for c in crafts}
    for c in chosen:
        if c.entity.kind is Kind.MISSION and not c.entity.curated and c.span.cut(folded) == c.entity.name:
            table.setdefault(c.entity.name, c.entity)
    return _match_words(folded, chosen, regions, table)


_HYPHENED_PAIR = re.compile(r"(?<![\w'-])(?P<a>[A-Z]\w+)-(?P<b>[A-Z]\w+)(?![\w'-])")


def _joint_craft(folded: str, chosen: list[_Candidate], regions: list[Span]) -> list[_Candidate]:
    """Two craft the article names, joined by a hyphen, are the flight of both ("Cassini-Huygens",
    after "NASA's Cassini orbiter" and "the Huygens probe")."""
    crafts = {c.entity.name for c in chosen if c.entity.kind is Kind.MISSION and " " not in c.entity.name}
    if len(crafts) < 2:
        return []
    taken = _known_spans(chosen)
    return [
        _discovered_name(Span(m.start(), m.end()), Kind.MISSION, m[0])
        for region in regions
        for m in _HYPHENED_PAIR.finditer(folded, region.begin, region.end)
        if m["a"] in crafts and m["b"] in crafts and m["a"] != m["b"] and _free(Span(m.start(), m.end()), taken)
    ]


# "NEW DELHI, Sept. 4, 2023 (Xinhua) --", "XICHANG, Sichuan, Nov. 5 --": the city the story was
# filed from and, before the date, the region it is in.
_DATELINE_PLACES = re.compile(
    r"\s*(?P<city>[A-Z][A-Z.'-]*(?: [A-Z][A-Z.'-]*){0,3})"
    r"(?:,\s*(?:the\s+)?(?P<region>[A-Z][\w'.-]*(?: [A-Z][\w'.-]*){0,2}))?"
    r"(?:,|\s*\(|\s+(?:--|-|\u2014|\u2013))"  # then the date, the agency or the dash
)


def _dateline_places(
    doc: Document, folded: str, chosen: list[_Candidate], regions: list[Span], surface: dict[str, Entity]
) -> list[_Candidate]:
    """The dateline's city (and region) are places the article names, found again in its sentences
    when the reference data does not know them ("HANGZHOU, Sept. 23 --" ... "in Hangzhou")."""
    if doc.dateline is None:
        return []
    m = _DATELINE_PLACES.match(folded, doc.dateline.span.begin, doc.dateline.span.end)
    if m is None:
        return []
    # A roundup's reports each open with their own place ("SYDNEY -- ..."), if it is a known one.
    found = []
    for paragraph in doc.paragraphs:
        sub = SUB_DATELINE.match(folded, paragraph.begin, paragraph.end)
        known = surface.get(_title_case(sub["place"])) if sub is not None else None
        if sub is not None and known is not None and known.kind is Kind.PLACE:
            found.append(_Candidate(Span(sub.start("place"), sub.end("place")), known, TRUST_DISCOVERED))
    again = {}
    for group in ("city", "region"):
        if m[group] is None or m[group].split()[0] in _CALENDAR_WORDS:
            continue
        name = _title_case(m[group])
        known = surface.get(name)
        if known is not None and known.kind is not Kind.PLACE:
            continue
        # (A word in capitals alone before the dash is a place only if known: "PARIS --", not
        # "UPDATE --".)
        if known is None and doc.dateline.date is None and doc.dateline.agency is None:
            continue
        entity = known or Entity(Kind.PLACE, slug(name), name, curated=False)
        found.append(_Candidate(Span(m.start(group), m.end(group)), entity, TRUST_DISCOVERED))
        if known is None:
            again[name] = entity
    return found + _match_words(folded, chosen, regions, again)


def _title_case(capitals: str) -> str:
    """A name written in capitals, as it is written in a sentence: "NEW YORK" is "New York"."""
    return " ".join("-".join(p[:1].upper() + p[1:].lower() for p in w.split("-")) for w in capitals.split())


# "from Johannesburg, South Africa", "near Kourou, French Guiana", "in Saint-Denis, north of
# Paris": a name before a known place (or a direction from it), after a word that places it, is a
# place within it or near it.
_DIRECTION = r"(?:(?:north|south|east|west)(?:east|west)?(?:ern)?)"
_CONTAINED_NAME = r"[A-Z][a-z']+(?:-[A-Z]?[a-z']+)*(?: [A-Z][a-z']+(?:-[A-Z]?[a-z']+)*){0,2}"
_CONTAINED = re.compile(
    # ("bound for Ontario, California")
    # ("a cloud of dioxin over Seveso, near Milan")
    # ("a project on Anglesey, Wales", "sank off Kinsale, Ireland")
    r"(?:\b(?:[Ii]n|near|from|at|to|outside|over|of|on|off|bound\s+for|headed\s+for)\s+)"
    # ("in La Chaux-de-Fonds, Switzerland"; two: "In Biloxi and Gulfport, Mississippi")
    rf"(?:(?P<first>{_CONTAINED_NAME}) and )?(?P<name>{_CONTAINED_NAME}),\s+"
    rf"(?:(?:just\s+|about\s+\d+\s+(?:km|kilometers|kilometres|miles)\s+)?{_DIRECTION}\s+of\s+(?:the\s+)?"
    # ("in Sceaux, near Paris", "in Passy, in the French Alps", "in Valby, outside Copenhagen")
    r"|(?:near|in|outside)\s+(?:the\s+)?(?:[A-Z][a-z]+\s+)?"
    # ("in Almhult, in southern Sweden")
    rf"|in\s+(?:central|{_DIRECTION})\s+"
    # ("in Koromo, central Japan"; "in Eindhoven, the Netherlands")
    rf"|(?:central|{_DIRECTION})\s+|the\s+)?$"
)
_NOUN_AFTER_PLACE = re.compile(
    r" (?!(?:on|in|at|and|or|for|to|with|from|by|as|where|when|which|who|that|said|says|was|is|has|had)\b)[a-z]"
)
# "on Hawaii's Mauna Kea": a name owned by a known place, after a word that sets something on it or near it.
_ON_OWNED = re.compile(r"'s (?P<name>[A-Z][a-z'-]+(?: [A-Z][a-z'-]+){0,2})(?![\w'-]| [A-Z])")
_SET_ON = re.compile(r"\b(?:on|near|atop)\s+$")


# "off the Dry Tortugas in Florida": a name after a word that places it, then "in" (or "near": "in Yehud
# near Tel Aviv") and a known place
# (or a longer name made from one: "near Woomera in South Australia").
_WITHIN = re.compile(
    r"(?:\b(?:in|near|from|at|to|off|outside)\s+)(?:the\s+)?(?P<name>[A-Z][a-z'-]+(?: [A-Z][a-z'-]+){0,2})"
    r"\s+(?:in|near)\s+"
    rf"(?:{_DIRECTION}\s+)?$"  # "based in Ningde in east China's Fujian Province"
)
# "is delivered to Emirates in Hamburg": whom something is given to, not where.
_RECIPIENT = re.compile(
    r"\b(?:delivered|handed(?: over| back)?|sold|given|awarded|presented|leased|transferred|donated|lent|granted)"
    r"\s+to\s+(?:the\s+)?$"
)
# "off Baja California", "in Southern California": a word joined to a known place's name, after a
# word that places it, makes a longer name (which then wins over the shorter one).
_JOINED = re.compile(r"(?:\b(?:in|near|from|at|to|off|outside)\s+)(?P<name>[A-Z][a-z'-]+) $")


class _Regions:
    """An article's regions (headline, sentences), sorted once, to ask which holds a span by bisection."""

    def __init__(self, regions: list[Span]) -> None:
        self._ordered = sorted(regions, key=lambda r: (r.begin, r.end))
        self._starts = [r.begin for r in self._ordered]

    def hold(self, span: Span) -> bool:
        """Whether one region holds ``span`` (regions do not nest: the few that start last before it)."""
        at = bisect.bisect_right(self._starts, span.begin)
        return any(r.contains(span) for r in self._ordered[max(0, at - 3) : at])


def _places_by_container(folded: str, chosen: list[_Candidate], held: _Regions) -> list[_Candidate]:
    taken = _known_spans(chosen)
    # (a name and its container after a comma are a place's, whatever head word the name ends in: "in Plymouth
    # Meeting, Pennsylvania"; not "the Annual Meeting in Houston")
    found_gatherings = any(c.entity.kind is Kind.GATHERING and not c.entity.curated for c in chosen)
    taken_but_gatherings = (
        _known_spans([c for c in chosen if c.entity.kind is not Kind.GATHERING or c.entity.curated])
        if found_gatherings
        else taken
    )
    found = []
    for c in chosen:
        if c.entity.kind is not Kind.PLACE:
            continue
        begin = c.span.begin  # where the container's name starts
        joined = _JOINED.search(folded, max(0, c.span.begin - 30), c.span.begin)
        if joined is not None and c.entity.curated:
            word = joined["name"]
            span = Span(joined.start("name"), c.span.end)
            if (
                not (word in _CALENDAR_WORDS or word in _STOP_FIRST or word in _QUALIFIERS or word in _HEADS)
                and _free(Span(span.begin, c.span.begin - 1), taken)
                and held.hold(span)  # not across a headline's end and the dateline
            ):
                name = span.cut(folded)
                found.append(_discovered_name(span, Kind.PLACE, name))
                begin = span.begin  # "near Woomera in South Australia": a place within the longer name
        m = _CONTAINED.search(folded, max(0, begin - 60), begin) or _WITHIN.search(folded, max(0, begin - 60), begin)
        # ("a majority stake in Genentech, the U.S. biotechnology pioneer": a place's name that a noun follows
        # describes what is before it; "in Eindhoven, the Netherlands" places it)
        if m is None or (m[0].endswith("the ") and _NOUN_AFTER_PLACE.match(folded, c.span.end)):
            continue
        groups = [group for group in ("first", "name") if m.groupdict().get(group)]
        if any(w in _CALENDAR_WORDS or w in _STOP_FIRST for g in groups for w in m[g].split()) or _RECIPIENT.search(
            folded, max(0, m.start() - 20), m.start(groups[0])
        ):
            continue
        for group in groups:
            span = Span(m.start(group), m.end(group))
            if _free(span, taken_but_gatherings if m.re is _CONTAINED else taken) and held.hold(span):
                found.append(_discovered_name(span, Kind.PLACE, m[group]))
    return found


def _places_owned(
    folded: str, chosen: list[_Candidate], held: _Regions, surface: dict[str, Entity]
) -> list[_Candidate]:
    taken = _known_spans(chosen)
    found = []
    for c in chosen:
        if c.entity.kind is not Kind.PLACE or not folded.startswith("'s ", c.span.end):
            continue
        m = _ON_OWNED.match(folded, c.span.end)
        if m is None or not _SET_ON.search(folded, max(0, c.span.begin - 8), c.span.begin):
            continue
        words = m["name"].split()
        span = Span(m.start("name"), m.end("name"))
        if (
            m["name"] not in surface
            and not any(w in _CALENDAR_WORDS or w in _STOP_FIRST or w in _QUALIFIERS for w in words)
            and _free(span, taken)
            and held.hold(span)
        ):
            found.append(_discovered_name(span, Kind.PLACE, m["name"]))
    return found


_KNOWN_AS = re.compile(r",\s+(?:also\s+)?known\s+as\s+(?P<as>[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,2})(?=[,;.)])")


# What a seat of power does as its office: "the Kremlin said", "Kremlin spokesman Dmitry Peskov",
# "Buckingham Palace announced", "according to the White House".
_SEAT_SPEAKS = re.compile(
    r"(?:'s)?\s+(?:said|says|announced|announces|confirmed|stated|denied|spokesman|spokeswoman|spokesperson"
    r"|press secretary|officials?|statement)\b"
)
_SEAT_QUOTED = re.compile(r"\b(?:[Aa]ccording to|spokesman for|spokeswoman for|spokesperson for)\s+(?:the\s+)?$")


def _speaking_seats(folded: str, chosen: list[_Candidate], seats: dict[str, Entity]) -> list[_Candidate]:
    # (and what owns a body: "the Pentagon's Ballistic Missile Defense Organization")
    bodies = {c.span.begin for c in chosen if c.entity.kind is Kind.ORGANIZATION}
    return [
        replace(c, entity=seats[c.entity.id])
        if c.entity.kind is Kind.PLACE
        and c.entity.id in seats
        and (
            _SEAT_SPEAKS.match(folded, c.span.end) is not None
            or _SEAT_QUOTED.search(folded, max(0, c.span.begin - 24), c.span.begin) is not None
            or (folded.startswith("'s ", c.span.end) and c.span.end + 3 in bodies)
        )
        else c
        for c in chosen
    ]


# "Nelson Mandela: key dates" over entries that tell a life ("July 18, 1918: Born in ...", "Dies at
# his home in ..."): the headline names the person.
_TITLE_SUBJECT = re.compile(rf"(?P<name>{_NAME}):")
_LIFE_ENTRY = re.compile(r":\s+(?:Born|Dies|Died|Is born|Was born)\b")


# "Lego: key dates" over entries that speak of "the company" (or of its business: "Volvo's car business"; or of a
# fashion house's doings: "The house launches its first perfume"): the headline names a company.
_TITLE_COMPANY = re.compile(r"(?P<name>[A-Z][\w&'.-]*(?: [A-Z][\w&'.-]*){0,2}): key dates\b")
# (or "the family firm", "the parent company"; or of its founder, not one "of" something: "George G. Blaisdell, the
# founder, dies")
_COMPANY_ENTRY = re.compile(
    r"\b[Tt]he (?:(?:family|parent|holding) )?(?:company|firm)\b|\b[Tt]he house(?:'s| [a-z]+s\b)"
    r"|\b[Tt]he founder(?:'s|,)"
)
_COMPANYS = (
    # (or what it does with its own: "Philips lists its lighting unit")
    r"(?:'s| [a-z]+s its) (?:[a-z]+ ){0,2}(?:business|shares|factory|factories|plant|headquarters|brand|stores?|"
    r"stake|half|unit|division|subsidiary|venture|purchase|acquisition|takeover|merger|output|production)\b"
    # (or whom it buys: "Pfizer buys Warner-Lambert"; or another's unit: "Ferrero buys the cookie business of ...")
    r"| (?:buys|acquires|takes over|merges with) [A-Z]"
    r"| (?:buys|acquires|takes over) the (?:[a-z]+ ){0,2}(?:business|unit|division|arm|brands?) of [A-Z]"
    # (or what maker it becomes: "Stihl becomes the best-selling maker of chain saws in the world")
    r"| (?:becomes|became) (?:the|a) (?:[\w'-]+ ){0,3}?(?:maker|manufacturer|producer|carmaker|retailer)\b"
)


def _life_subject(folded: str, title: Span, surface: dict[str, Entity]) -> Iterable[_Candidate]:
    m = _TITLE_SUBJECT.match(folded, title.begin, title.end)
    life = _LIFE_ENTRY.search(folded, title.end) is not None
    if m is not None and m["name"] not in surface and _could_be_person(m["name"].split()) and life:
        yield _discovered_name(Span(m.start("name"), m.end("name")), Kind.PERSON, m["name"])
        return
    company = _TITLE_COMPANY.match(folded, title.begin, title.end)
    if (
        company is not None
        and not life
        and company["name"] not in surface
        and _head_kind(company["name"]) in (None, Kind.ORGANIZATION)
        and (
            _COMPANY_ENTRY.search(folded, title.end) is not None
            or re.search(re.escape(company["name"]) + _COMPANYS, folded[title.end :]) is not None
        )
    ):
        name = company["name"]
        # (and so is the name wherever it stands alone after the headline, not after a given name: "Charles Pfizer";
        # nor before what a person is: "Levi Strauss, a Bavarian immigrant, opens ...", the founder)
        after = _whole_words(folded, Span(title.end, len(folded)), [name])
        for span in [Span(company.start("name"), company.end("name")), *after]:
            if not _CAPITALISED_BEFORE.search(folded, max(0, span.begin - 30), span.begin) and not (
                span.begin > title.end and _DESCRIBED_PERSON.match(folded, span.end)
            ):
                yield _discovered_name(span, Kind.ORGANIZATION, name)


_CAPITALISED_BEFORE = re.compile(r"(?<![\w'.-])[A-Z][a-z]+ $")


def _acronyms(folded: str, chosen: list[_Candidate], regions: list[Span]) -> list[_Candidate]:
    """``China Manned Space Agency (CMSA)``: later bare ``CMSA`` is that entity too."""
    defined: dict[str, Entity] = {}
    for c in chosen:
        m = _ACRONYM_AFTER.match(folded, c.span.end)
        # An organization's acronym may come from another language ("German Aerospace Center
        # (DLR)"); anything else's must spell its name.
        if m is not None and (c.entity.kind in _ABBREVIATED_FREELY or _abbreviates(m["acr"], c.span.cut(folded))):
            defined.setdefault(m["acr"], c.entity)
        # "the Japanese Trade Union Confederation, known as Rengo, said ...": the name it goes by.
        known = _KNOWN_AS.match(folded, c.span.end)
        if known is not None and known["as"] not in _STOP_FIRST:
            defined.setdefault(known["as"], c.entity)
    for word, entity in _syllabic_names(folded, chosen).items():
        defined.setdefault(word, entity)
    return _match_words(folded, chosen, regions, defined)


# "the state oil monopoly Petroleos Mexicanos", then "the storage tanks of Pemex": a word of five letters or more
# spelled by the first letters, two or more, of each word of one body's name found, in order, is that body where
# nothing else found the word (a name short by syllables: "Nabisco" for "National Biscuit Company").
_LONG_WORD = re.compile(r"(?<![\w'&.-])[A-Z][a-z]{4,}(?![\w'&-])")


def _syllabic_names(folded: str, chosen: list[_Candidate]) -> dict[str, Entity]:
    by_opening: dict[str, dict[Entity, list[str]]] = {}
    for c in chosen:
        if c.entity.kind is Kind.ORGANIZATION and not c.entity.curated:
            words = [w.lower() for w in c.entity.name.split() if w not in _CONNECTORS]
            if len(words) >= 2 and all(w.isalpha() and len(w) >= 2 for w in words):
                by_opening.setdefault(words[0][:2], {})[c.entity] = words
    if not by_opening:
        return {}
    named = {c.span.cut(folded) for c in chosen}
    found: dict[str, Entity] = {}
    for word in sorted({m[0] for m in _LONG_WORD.finditer(folded)} - named):
        spelled = [e for e, words in by_opening.get(word[:2].lower(), {}).items() if _spells(word.lower(), words)]
        if len(spelled) == 1:
            found[word] = spelled[0]
    return found


def _spells(word: str, words: list[str]) -> bool:
    """Whether ``word`` is the first two letters or more of each of ``words``, in order, and nothing else."""
    if not words:
        return not word
    head = words[0]
    return any(word[:k] == head[:k] and _spells(word[k:], words[1:]) for k in range(min(len(head), len(word)), 1, -1))


_ABBREVIATED_FREELY = (Kind.ORGANIZATION, Kind.GATHERING)


def _abbreviates(acronym: str, name: str) -> bool:
    """Whether an acronym can stand for a name: its first letter opens the name and its letters
    come in the name's order (``JAXA``, ``CMSA``; not ``SLIM`` for the ``Moon`` it follows)."""
    bare = re.sub(r"^(?:the|The)\s+", "", name).upper()
    letters = iter(bare)
    return bare[:1] == acronym[:1].upper() and all(a in letters for a in acronym.upper())


_KOREAN_GIVEN = re.compile(r"[A-Z][a-z]+-[a-z]+")


# "Wales sets up ...": a word that does something, as its subject.
_SUBJECT_OF_VERB = re.compile(r"\s+(?:[a-z]+(?:ed|es|s)|said|told|set|left|won|went|came|became|took|made)\b")


def _family_names_over_places(folded: str, chosen: list[_Candidate]) -> list[_Candidate]:
    """A place's name that is the family name of a person the article names in full, as the subject
    of a verb, is the person: "Jimmy Wales and Larry Sanger launch Wikipedia", then "Wales sets up
    the Wikimedia Foundation" (not "in Wales", nor "Wales beat England" where no Wales is named)."""
    family = {
        c.entity.name.split()[-1]: c.entity
        for c in chosen
        if c.entity.kind is Kind.PERSON and " " in c.entity.name and not c.entity.zh
    }
    if not family:
        return chosen
    return [
        _Candidate(c.span, family[name], TRUST_RESOLVED)
        if c.entity.kind is Kind.PLACE
        and (name := c.span.cut(folded)) in family
        and _SUBJECT_OF_VERB.match(folded, c.span.end)
        else c
        for c in chosen
    ]


# "NASA's Phoenix lander", then "Phoenix was launched ...": a city's name before a craft's noun names the craft,
# wherever the article uses it.
_CITY_CRAFT_NOUNS = ("lander", "rover", "orbiter", "spacecraft")
_CITY_CRAFT = re.compile(rf" (?P<noun>{'|'.join(_CITY_CRAFT_NOUNS)})\b")


def _crafts_over_cities(folded: str, chosen: list[_Candidate]) -> list[_Candidate]:
    crafts: dict[str, Entity] = {}
    for c in chosen:
        if c.entity.kind is Kind.PLACE and c.entity.cls == "City" and (m := _CITY_CRAFT.match(folded, c.span.end)):
            name = c.span.cut(folded)
            cls = "Rover" if m["noun"] in ("lander", "rover") else None
            crafts.setdefault(name, Entity(Kind.MISSION, slug(name), name, cls=cls, curated=False))
    if not crafts:
        return chosen
    return [
        _Candidate(c.span, crafts[name], TRUST_DISCOVERED)
        if c.entity.kind is Kind.PLACE and (name := c.span.cut(folded)) in crafts
        else c
        for c in chosen
    ]


_LEGAL_FORMS = frozenset(("Group", "Holdings", "Company", "Corporation", "Limited"))
# (a form no family or group is called by: "Wagner Group" is not Wagner's)
_ONLY_FORMS = frozenset(("Corporation", "Limited"))
_ABBREVIATED_FORMS = frozenset(f"{form}." for form in _LEGAL_FORM_WORDS)


def _without_legal_form(
    folded: str, candidates: list[_Candidate], regions: list[Span], given_names: frozenset[str]
) -> list[_Candidate]:
    """A business found with the word of its form may be named without it, even where a known name
    opens it: "China Evergrande Group", and in the headline "... liquidation of China Evergrande"
    (not China); so with its form's abbreviation, or another country's form ("McDonald's Corp.", then "The first
    McDonald's ..."; "Ferrari N.V.", then "the spin-off of Ferrari", even where Enzo Ferrari is named).
    A firm called after its founder's full name is named short by the family name too, and where the article
    names it so, the full name alone is the founder's ("Robert Bosch GmbH", then "Bosch" the firm; "Robert Bosch
    opens a workshop"; not so "Morgan Stanley Inc.", then "Morgan Stanley said")."""
    if not any(f" {form}" in folded for form in (*_LEGAL_FORMS, *_ABBREVIATED_FORMS)) and not _LEGAL_FORM_CUE.search(
        folded
    ):
        return []
    short: dict[str, Entity] = {}
    for c in candidates:
        if c.entity.kind is Kind.ORGANIZATION and not c.entity.curated:
            name = _formless(c.entity.name)
            if name is None:
                continue
            family = _founders_family(name, given_names)
            if family is not None:
                short[family] = c.entity
                if folded.count(family) > folded.count(name):
                    continue
            short[name] = c.entity
    if not short:
        return []
    return [
        _Candidate(span, short[span.cut(folded)], TRUST_DISCOVERED)
        for region in regions
        for span in _whole_words(folded, region, short)
    ]


# "Hitachi America is set up in New York": a firm's name, then a country's or a continent's, names the firm's unit
# there (not before another capitalised word or an owner's "'s").
# (or "of America": "Haribo of America is set up to sell the bears in the United States"; not of another place, which
# tells where a firm is from: "Sony of Japan and Philips")
_UNIT_PLACE = re.compile(
    r"(?: (?P<of>of)(?= America\b))? (?P<place>America|[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?![\w'-]| [A-Z]|'s\b)"
)
_UNIT_PLACE_CLASSES = frozenset(("Country", "Continent"))
# A country's forces or command posted in a place are named with it: "the U.S. Air Forces in Europe".
_POSTED = (" Forces", " Command")
_POSTED_IN = re.compile(r" in (?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?![\w'-]| [A-Z])")


# "Doctors and nurses from a U.S. Air Force hospital": the armed service of the United States is named with it (one
# body, no place of its own).
_SERVICES = frozenset(("Air Force", "Air Forces", "Army", "Navy", "Marine Corps", "Coast Guard", "Space Force"))


def _us_services(folded: str, chosen: list[_Candidate]) -> list[_Candidate]:
    return [
        _discovered_name(Span(c.span.begin - 5, c.span.end), Kind.ORGANIZATION, f"U.S. {c.entity.name}")
        for c in chosen
        if c.entity.kind is Kind.ORGANIZATION
        and c.entity.name in _SERVICES
        and folded.endswith("U.S. ", 0, c.span.begin)
        and c.span.cut(folded) == c.entity.name
    ]


def _regional_units(folded: str, chosen: list[_Candidate], surface: dict[str, Entity]) -> list[_Candidate]:
    """Each body found right before a country's or a continent's name, with it, as the body's unit there (the
    longer name wins over both when overlaps are resolved)."""
    found = []
    for c in chosen:
        if c.entity.kind is not Kind.ORGANIZATION or c.entity.cls == "GovernmentOrganization":
            continue
        if c.entity.name.endswith(_POSTED) and (posted := _POSTED_IN.match(folded, c.span.end)) is not None:
            where = surface.get(posted["place"])
            if where is not None and where.cls in _UNIT_PLACE_CLASSES:
                begin = c.span.begin - 5 if folded.endswith("U.S. ", 0, c.span.begin) else c.span.begin
                name = f"{folded[begin : c.span.begin]}{c.entity.name} in {posted['place']}"
                found.append(_discovered_name(Span(begin, posted.end("place")), Kind.ORGANIZATION, name))
            continue
        m = _UNIT_PLACE.match(folded, c.span.end)
        if m is None:
            continue
        place = surface.get(m["place"])
        if m["place"] == "America" or (place is not None and place.cls in _UNIT_PLACE_CLASSES):
            name = f"{c.entity.name}{' of' if m['of'] else ''} {m['place']}"
            found.append(_discovered_name(Span(c.span.begin, m.end("place")), Kind.ORGANIZATION, name))
    return found


def _founders_family(name: str, given_names: frozenset[str]) -> str | None:
    """The family name of a firm's name that is a founder's given and family name ("Bosch" of "Robert Bosch")."""
    given, _, family = name.partition(" ")
    return family if given in given_names and family and " " not in family else None


def _formless(name: str) -> str | None:
    """A company's name without the word of its legal form ("China Evergrande" for "China Evergrande Group",
    of three words or more, or two where the word is only a form: "Rolls-Royce Limited") or its abbreviations
    ("Shanghai Waigaoqiao Shipbuilding" for "... Co., Ltd."), if it has one ("Ferrari" for "Ferrari N.V.")."""
    words = name.split()
    if words[-1] in _LEGAL_FORMS and (len(words) > 2 or (len(words) == 2 and words[-1] in _ONLY_FORMS)):
        return " ".join(words[:-1])
    rest = list(words)
    while len(rest) > 1 and (rest[-1] in _ABBREVIATED_FORMS or _FOREIGN_FORM.fullmatch(rest[-1])):
        rest.pop()
        rest[-1] = rest[-1].removesuffix(",")
    return " ".join(rest) if len(rest) < len(words) else None


# The words of a company's kind or form after a known company's name: "Tesla Motors", "Huawei Technologies".
_COMPANY_WORDS = _LEGAL_FORMS | _ABBREVIATED_FORMS | frozenset(("Motors", "Motor", "Technologies"))


def _known_companies(chosen: list[_Candidate], surface: dict[str, Entity]) -> list[_Candidate]:
    """A company found by a name that is a known company's and the word of its kind or form is the
    known company ("Engineers ... incorporate Tesla Motors", then "Tesla shares ..."); not where
    the shorter name is anything else ("General Motors")."""
    same: dict[Entity, Entity] = {}
    for c in chosen:
        if c.entity.kind is not Kind.ORGANIZATION or c.entity.curated:
            continue
        # (one word of its kind after another: "Toyota Motor Co.")
        base, _, tail = c.entity.name.rpartition(" ")
        while tail in _COMPANY_WORDS:
            known = surface.get(base)
            if known is not None and known.kind is Kind.ORGANIZATION and known.curated:
                same[c.entity] = known
                break
            base, _, tail = base.rpartition(" ")
    return _as_entities(chosen, same)


# "Makes his first league appearance for Barcelona", "Signs for Paris Saint-Germain": a club is named
# where a player appears, scores, plays or signs for it, even by a city's name.
# (or where a side draws, wins or loses by a score: "drew 2-2 at Chelsea"; or is crowned: "Leicester City were
# crowned English Premier League champions")
_FOR_CLUB = re.compile(
    r"\b(?i:(?:appearances?|debut|goals?)\s+for|(?:signs|signed|signing)\s+(?:for|with)|(?:plays|played|playing)\s+for"
    r"|(?:drew|draws|won|wins|lost|loses)\s+\d{1,2}-\d{1,2}\s+(?:at|against|with|to))"
    r"\s+(?P<club>[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,2})(?![\w'-])"
    r"|(?<![\w'-])(?P<crowned>[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,2}) (?:were|was|are|is) crowned\b"
    # (or a side a side plays or beats in a cup's or a league's match: "playing Nottingham Forest in an FA Cup
    # semi-final", not a player in a final: "faced Maria Sharapova in the Wimbledon final"; and the side that were
    # playing it: "fans of Liverpool, who were playing ...")
    r"|\b(?:playing|played|plays|beat|beats|faced|faces|facing|against)\s+"
    r"(?P<opponent>[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,2})\s+in\s+(?:a|an|the|their|its)\s+(?:[\w'-]+\s+){0,2}?"
    r"(?:Cup|League|cup|league)\s+(?:semi-final|semifinal|final|quarter-final|quarterfinal|match|game|tie|replay)s?\b"
    r"|(?<![\w'-])(?P<playing>[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,2})"
    r"(?=(?:,\s+who)?\s+(?:were|are)\s+playing\s+[A-Z])"
    # (and a side whose fans are named, where the article speaks of a match: "Liverpool fans charged at Juventus
    # supporters")
    r"|(?<![\w'-])(?P<fans>[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,2})\s+(?:fans|supporters)\b"
    # (and, where the article speaks of a club's game, the side a match is against and the side whose ground is
    # named: "during a match against Lincoln City", "Bradford City's Valley Parade ground")
    r"|\b(?:match|game|tie|fixture)\s+(?:against|versus)\s+(?P<against>[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,2})(?![\w'-])"
    r"|(?<![\w'-])(?P<ground>[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,2})'s\s+(?:[A-Z][\w'-]*\s+){1,3}(?:ground|stadium)\b"
)
# The last words of clubs' names that are also towns' ("Bradford City", "Plymouth Argyle").
_CLUB_TAILS = frozenset("City United Town Rovers Athletic Wanderers Albion County Rangers Hotspur Villa Argyle".split())
_MATCH_WORDS = re.compile(r"\b(?:Cup|League|[Mm]atch|[Ff]inal|[Ss]tadium|[Ff]ootball|[Dd]erby)\b")
# "a match between Rangers and Celtic": the two sides of a match, where the article speaks of a club's game (a body
# found or its fans; not "the final between Federer and Nadal").
_MATCH_BETWEEN = re.compile(
    r"\b(?:match|game|final|derby|tie|replay|fixture)\s+between\s+"
    r"(?P<home>[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,2}) and (?P<away>[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,2})(?![\w'-])"
)
_CLUB_GAME = re.compile(r"\b(?:football|soccer|rugby|club|fans|supporters)\b")
_CLUB_CUES = (
    "ppearance", "debut ", "goal", "igns ", "igned ", "igning ", "lays for", "layed for", "laying for", " crowned ",
    "drew ", "draws ", "won ", "wins ", "lost ", "loses ", " playing ", " played ", " beat ", " faced ", " against ",
    " fans", " supporters", " between ", " ground", " stadium",
)  # fmt: skip
# (elsewhere the name stays the city's where a word places something there: "born in Barcelona")
_PLACED_IN = re.compile(r"\b(?:in|at|from|near|to|of|across|around)\s+(?:the\s+)?$", re.IGNORECASE)


def _clubs(folded: str, chosen: list[_Candidate], regions: list[Span], surface: dict[str, Entity]) -> list[_Candidate]:
    """A club named as one a player plays or signs for, and its name elsewhere in the article where
    nothing places something in it. A country's name is its national team, a place (the sets'
    convention); a known body keeps its own entity."""
    names: set[str] = set()
    named_so: set[Span] = set()  # (where a club is named as one: "drew 2-2 at Chelsea" places nothing)
    # (not a person the article names: "Xi signed with Putin a joint statement")
    people = {w for c in chosen if c.entity.kind is Kind.PERSON for w in (c.entity.name, c.span.cut(folded))}
    of_a_match = _MATCH_WORDS.search(folded) is not None
    for region in regions:
        for m in _FOR_CLUB.finditer(folded, region.begin, region.end):
            group = m.lastgroup or "club"
            if group == "fans" and (not of_a_match or m[group].split()[0] in _STOP_FIRST):
                continue
            if group in ("against", "ground") and not (
                m[group].split()[0] not in _STOP_FIRST
                and _CLUB_GAME.search(folded)
                and (m[group].rsplit(" ", 1)[-1] in _CLUB_TAILS or (group == "against" and m[group] in surface))
            ):
                continue  # (a player is no side: "won a match against Maria Sharapova")
            club = _name_words(m[group]) if group == "crowned" else [m[group]]
            name = " ".join(club)
            known = surface.get(name)
            # (one word only after a verb of playing: "signed with Putin a joint statement")
            if " " not in name and ("with" in m[0] or group == "crowned") and known is None:
                continue
            if name not in people and (known is None or (known.kind is Kind.PLACE and known.cls == "City")):
                names.add(name)
                named_so.add(Span(m.end(group) - len(name), m.end(group)))
    matches = list(_MATCH_BETWEEN.finditer(folded)) if " between " in folded else []
    bodies = {c.entity.name for c in chosen if c.entity.kind is Kind.ORGANIZATION} if matches else set()
    for m in matches:
        if not (m["home"] in bodies or m["away"] in bodies or _CLUB_GAME.search(folded)):
            continue
        for group in ("home", "away"):
            side = m[group]
            known = surface.get(side)
            if (
                side not in people
                and side.split()[0] not in _STOP_FIRST
                and (known is None or (known.kind is Kind.PLACE and known.cls == "City"))
            ):
                names.add(side)
                named_so.add(Span(m.start(group), m.end(group)))
    if not names:
        return chosen
    clubs = [
        _discovered_name(span, Kind.ORGANIZATION, span.cut(folded))
        for region in regions
        for span in _whole_words(folded, region, names)
        if span in named_so or not _PLACED_IN.search(folded, max(0, span.begin - 12), span.begin)
    ]
    taken = _known_spans(clubs)
    return sorted([*(c for c in chosen if _free(c.span, taken)), *clubs], key=lambda c: c.span.begin)


def _one_of_a_series(chosen: list[_Candidate]) -> list[_Candidate]:
    """A craft found by one word that opens the name of the one craft of its series the article
    names is that craft: "Russian Soyuz spacecraft ...", "The Soyuz brought ..." in a story of
    Soyuz MS-22. (Of two, "Shenzhou-15" and "Shenzhou-16", it is neither.)"""
    found = {c.entity for c in chosen if c.entity.kind is Kind.MISSION}
    if len(found) < 2:
        return chosen
    opened: dict[str, list[Entity]] = {}  # the craft of several words, by their first word
    for e in found:
        first = re.split(r"[ -]", e.name, maxsplit=1)
        if len(first) == 2:
            opened.setdefault(first[0], []).append(e)
    member: dict[Entity, Entity] = {}
    for short in found:
        if short.curated or " " in short.name or "-" in short.name:
            continue
        longer = opened.get(short.name, [])
        if len(longer) == 1:
            member[short] = longer[0]
    return _as_entities(chosen, member)


_MOST_TAIL_WORDS = 6


def _tails_of_longer_names(chosen: list[_Candidate]) -> list[_Candidate]:
    """A place or a body found by its name's last words (two or more), where the article names one
    such place or body in full, is that one: "The Sydney Opera House ...", then "UNESCO adds the
    Opera House to its World Heritage List". (Or by its head word alone: "Committee chairman
    Thorbjorn Jagland" after "the Norwegian Nobel Committee"; a head word alone that names no such body
    names none.)"""
    found = {c.entity for c in chosen if c.entity.kind in (Kind.PLACE, Kind.ORGANIZATION) and not c.entity.curated}
    # ("Navy spokesman Igor Dygalo")
    bare = {e for e in found if e.kind is Kind.ORGANIZATION and _HEADS.get(e.name) is Kind.ORGANIZATION}
    if len(found) < 2:
        return [c for c in chosen if c.entity not in bare]
    ending: dict[tuple[Kind, str], list[Entity]] = {}  # each name by its last words, two to six, or its head
    for e in found:
        words = e.name.split()
        for i in range(max(1, len(words) - _MOST_TAIL_WORDS), len(words)):
            if i < len(words) - 1 or _HEADS.get(words[i]) is e.kind:
                ending.setdefault((e.kind, " ".join(words[i:])), []).append(e)
    whole: dict[Entity, Entity] = {}
    for tail in found:
        longer = ending.get((tail.kind, tail.name), []) if " " in tail.name or _HEADS.get(tail.name) else []
        if len(longer) == 1:
            whole[tail] = longer[0]
    return [c for c in _as_entities(chosen, whole) if c.entity not in bare]


def _named_like_their_firm(
    folded: str, chosen: list[_Candidate], regions: list[Span], surface: dict[str, Entity]
) -> list[_Candidate]:
    """A capitalised word no list knows before the one-word name of a body the article names, then a word in
    lower case, is a person named like the firm ("Guccio Gucci opens a leather goods shop", after "Gucci:
    key dates"): founders and their families."""
    firms = sorted(
        {c.entity.name for c in chosen if c.entity.kind is Kind.ORGANIZATION and _ONE_NAME.fullmatch(c.entity.name)}
    )
    if not firms:
        return []
    taken = _known_spans(chosen)
    found = []
    pattern = re.compile(rf"(?<![\w'.-])(?P<given>[A-Z][a-z]+) (?:{'|'.join(map(re.escape, firms))})(?= [a-z])")
    for region in regions:
        for m in pattern.finditer(folded, region.begin, region.end):
            given = m["given"]
            if (
                given in surface
                or given in _STOP_FIRST
                or given in _CALENDAR_WORDS
                or given in _HEADS
                or given in _QUALIFIERS
                or given in _NATIONALITIES
                or given in _TITLE_SET
                or not _free(Span(m.start(), m.end("given")), taken)  # (the firm's name is found: it is in it)
            ):
                continue
            found.append(_discovered_name(Span(m.start(), m.end()), Kind.PERSON, m[0]))
    return found


_ONE_NAME = re.compile(r"[A-Z][a-z]{2,}")
_TITLE_SET = frozenset(w for w in _TITLE_WORDS if " " not in w)
_OPENING_SET = frozenset(_OPENING_FORMS.split())


def _no_people_named_after_bodies(chosen: list[_Candidate]) -> list[_Candidate]:
    """A name that opens with the name of a body the article names is no person's: "Coca-Cola
    Classic", the drink, after "Coca-Cola"; unless another person has its last word, a family's name ("Melitta
    Bentz", the founder of "Melitta", and her husband "Hugo Bentz")."""
    bodies = {c.entity.name for c in chosen if c.entity.kind is Kind.ORGANIZATION}
    if not bodies:
        return chosen
    people = {c.entity.name for c in chosen if c.entity.kind is Kind.PERSON}
    families = Counter(name.rsplit(" ", 1)[-1] for name in people if " " in name)

    def opens_with_a_body(name: str) -> bool:
        words = name.split()
        return any(" ".join(words[:i]) in bodies for i in range(1, len(words)))

    return [
        c
        for c in chosen
        if c.entity.kind is not Kind.PERSON
        or c.entity.curated
        or not opens_with_a_body(c.entity.name)
        or families[c.entity.name.rsplit(" ", 1)[-1]] > 1
    ]


# "the crust of the moon Enceladus": a moon named after the word is another body than the Moon ("landed
# on the moon Sunday" is the Moon).
_NAME_AFTER = re.compile(rf" (?!(?:{'|'.join(sorted(w for w in _CALENDAR_WORDS if '.' not in w))})\b)[A-Z][a-z]")


def _another_moon(folded: str, c: _Candidate) -> bool:
    return (
        c.entity.name == "Moon"
        and folded[c.span.begin : c.span.end].lower() == "the moon"
        and _NAME_AFTER.match(folded, c.span.end) is not None
    )


def _family_name(e: Entity) -> str:
    """A person's family name: Chinese names put it first, and so do Korean ones, whose given name is
    written with a hyphen ("Lee Jae-myung"); others put it last, with the words a particle joins by a
    hyphen before it ("Hoffmann-La Roche" of "Fritz Hoffmann-La Roche")."""
    parts = e.name.split()
    if len(parts) > 2 and parts[-1] in _GENERATIONS:
        parts = parts[:-1]  # ("Conrad" of "Charles Conrad Jr")
    first_is_family = e.zh or parts[0] in CHINESE_SURNAMES or (len(parts) == 2 and _KOREAN_GIVEN.fullmatch(parts[1]))
    if first_is_family:
        return parts[0]
    joined = next((i for i, part in enumerate(parts[1:-1], 1) if _HYPHENED_PARTICLE.search(part)), len(parts) - 1)
    return " ".join(parts[joined:])


_GENERATIONS = frozenset(("Jr", "Sr", "Jr.", "Sr."))
_HYPHENED_PARTICLE = re.compile(r"-(?:La|Le|De|Di|Da|Du|Van|Von)$")
_PARTICLE_OPENERS = frozenset(w.capitalize() for w in _FAMILY_PARTICLES)


def _with_particles(parts: list[str], family: str) -> str | None:
    """The family name, where it is the last name, with the particles before it, after a given name ("von Braun"
    of "Wernher von Braun"), if any stand there."""
    if family != parts[-1] or parts[0].lower() in _FAMILY_PARTICLES:
        return None  # ("Von der Leyen" is the family name alone)
    at = len(parts) - 1
    while at > 1 and parts[at - 1].lower() in _FAMILY_PARTICLES:
        at -= 1
    return " ".join(parts[at:]) if at < len(parts) - 1 else None


def _short_forms(folded: str, chosen: list[_Candidate], regions: list[Span]) -> list[_Candidate]:
    """A person named in full may be called by one part of the name later (``Nie``), by the first
    and family names alone, and by the full name where nothing marked it as a person's (a headline:
    ``Wu Yibing becomes ...``)."""
    by_part: dict[str, set[Entity]] = {}
    numbered: set[str] = set()
    for c in chosen:
        e = c.entity
        if e.kind is not Kind.PERSON or " " not in e.name:
            continue
        parts = e.name.split()
        if re.fullmatch(_ROMAN_RE, parts[-1]):
            # A name with a number is called by the name before it ("Benedict", "Charles"), and a sovereign's
            # without the title ("Frederik X" for "King Frederik X"); never by the number.
            numbered.add(parts[-2])
            forms: tuple[str, ...] = (e.name, parts[-2], *((" ".join(parts[1:]),) if parts[0] in _SOVEREIGNS else ()))
        else:
            family = _family_name(e)
            # (and without middle names: "Robert Prevost" for "Robert Francis Prevost"; and with the particles
            # before the family name: "Van Allen" for "James Van Allen", "von der Leyen")
            particled = _with_particles(parts, family)
            forms = (
                family,
                e.name,
                *((particled,) if particled else ()),
                *((f"{parts[0]} {family}",) if len(parts) > 2 and family == parts[-1] and not particled else ()),
            )
        for part in forms:
            by_part.setdefault(part, set()).add(e)
    # (one person found twice, with and without a role, is one bearer: the one with the most roles)
    unique = {
        part: max(es, key=lambda e: (len(e.roles), e.roles))
        for part, es in by_part.items()
        if len({e.id for e in es}) == 1
    }
    # (not a name before a noun that names a thing after the bearer: "the Elizabeth line")
    return [
        c
        for c in _match_words(folded, chosen, regions, unique)
        if not (c.span.cut(folded) in numbered and _NOUN_AFTER.match(folded, c.span.end))
    ]


_HELD = (Kind.ORGANIZATION, Kind.GATHERING)
# "South Korea's first lunar orbiter, Danuri, ...  The 678-kg orbiter, officially the Korea Pathfinder Lunar
# Orbiter (KPLO), ...": a craft's official name is another name of the craft named before it.
_OFFICIALLY = re.compile(r"\b(?:officially|formally)\s+(?:named\s+|called\s+|known\s+as\s+)?(?:the\s+)?$")
# "Cardinal Robert Francis Prevost ... took the name Leo XIV": the name a person takes.
_TOOK_THE_NAME = re.compile(
    r"\b(?:took|takes|take|taking|chose|chooses|choosing|adopted|adopts|adopting)\s+the\s+(?:papal\s+|regnal\s+)?name\s+"
)


# "Nippon Kogaku K.K. changes its name to Nikon Corp.", "The company changes its name from Telco to Tata Motors",
# "Facebook renames itself Meta Platforms".
_RENAMED = re.compile(
    r" (?:(?:changes|changed|change|changing) (?:its|their) name "
    r"(?:from (?P<old>[A-Z][\w&'.-]*(?: [A-Z][\w&'.-]*){0,4}) )?to|(?:renames|renamed|rename|renaming) itself)"
    # (the new name may follow "the": "SMH changes its name to the Swatch Group")
    r" (?:the )?(?P<new>[A-Z])"
    # "Relational Software Inc. becomes Oracle Systems Corp.", "The firm, by then called Relational Software Inc.,
    # becomes Oracle Systems Corp."
    r"|(?P<comma>,)? (?:becomes|became) (?P<become>[A-Z])"
)
# "The company, renamed Gillette, wins a patent": the body named last before is renamed.
_RENAMED_BACK = re.compile(
    r"\b[Tt]he (?:company|firm|business|group),? (?:was |is )?(?:later |then )?renamed "
    r"(?P<new>[A-Z][\w&'-]*(?: [A-Z][\w&'-]*){0,3})(?![\w&'-])"
)
# (what may follow a body's new name: the clause's end, or what the renaming came after, when or with)
_BECAME_AFTER = re.compile(r"[.,;:]|\s+(?:after|in|on|when|with|and)\b|[ \t]*(?:\n|$)")
_CALLED_BEFORE = re.compile(r"\b(?:called|named|known as) $")


def _renamed(folded: str, chosen: list[_Candidate]) -> list[_Candidate]:
    """A body's old name and its new one, where it changes its name or one name `becomes` another (after a comma,
    only a name the body was `called` then), are one body's (the new name's); an old name after "from" that nothing
    else named is that body's too; and so are the body named last before "the company, renamed" a name, and
    that name (a body's, whatever else it was read as: "King C. Gillette ...", then "The company, renamed
    Gillette")."""
    bodies = [c for c in chosen if c.entity.kind is Kind.ORGANIZATION]
    starting = {c.span.begin: c for c in bodies}
    ending = {c.span.end: c for c in bodies}
    same: dict[Entity, Entity] = {}
    added: list[_Candidate] = []
    taken = _known_spans(chosen)
    for m in _RENAMED.finditer(folded):
        new = starting.get(m.start("new") if m["become"] is None else m.start("become"))
        if new is None:
            continue
        old = starting.get(m.start("old")) if m["old"] is not None else ending.get(m.start())
        if m["become"] is not None and (
            old is None
            or not _BECAME_AFTER.match(folded, new.span.end)
            # (after a comma, only a name the body was "called" then: not "Oracle, which bought PeopleSoft, became")
            or (
                m["comma"] is not None
                and not _CALLED_BEFORE.search(folded, max(0, old.span.begin - 12), old.span.begin)
            )
        ):
            continue
        if old is not None and old.entity != new.entity:
            same[old.entity] = new.entity
        elif old is None and m["old"] is not None and _free(Span(m.start("old"), m.end("old")), taken):
            added.append(_Candidate(Span(m.start("old"), m.end("old")), new.entity, TRUST_RESOLVED))
    if " renamed " in folded:
        ends = sorted(ending)
        replaced: list[Span] = []  # (what the new names were read as before, in order)
        for m in _RENAMED_BACK.finditer(folded):
            at = bisect.bisect_right(ends, m.start())
            if not at:
                continue
            old = ending[ends[at - 1]]
            new = starting.get(m.start("new"))
            if new is None:
                span = Span(m.start("new"), m.end("new"))
                new = _discovered_name(span, Kind.ORGANIZATION, m["new"])
                replaced.append(span)
                added.append(new)
            if old.entity != new.entity:
                same[old.entity] = new.entity
        if replaced:
            begins = [s.begin for s in replaced]
            chosen = [c for c in chosen if not _overlaps_any(c.span, replaced, begins)]
    return _as_entities(chosen, same) + added


def _overlaps_any(span: Span, spans: list[Span], begins: list[int]) -> bool:
    """Whether a span overlaps any of ``spans``, which are in order and apart (``begins`` their beginnings)."""
    at = bisect.bisect_left(begins, span.end)
    return at > 0 and spans[at - 1].end > span.begin


# The word of a firm's trade after its name: "Sanyo Electric", called "Sanyo" later (or the word for any firm: "the
# Hoover Company", in a timeline of "Hoover").
_TRADE_WORDS = frozenset(
    ("Electric", "Electronics", "Motor", "Motors", "Works", "Systems", "Company", *_MADE_WORDS.split())
)


def _without_trade(bodies: dict[str, Entity]) -> dict[Entity, Entity]:
    """A body of one word that is the first of one other body's two, the second its trade's word, is that
    body ("Sanyo" after "Sanyo Electric", or after "Mazda Motor Corporation" without its legal form; not
    where two are so named: "Mitsubishi Electric", "Mitsubishi Motors")."""
    longer: dict[str, dict[str, Entity]] = {}
    for name, entity in bodies.items():
        for form in filter(None, (name, _formless(name))):
            first, _, rest = form.partition(" ")
            if rest in _TRADE_WORDS:
                longer.setdefault(first, {}).setdefault(form, bodies.get(form, entity))
    return {
        short: entity
        for first, named in longer.items()
        if len(named) == 1
        and (short := bodies.get(first)) is not None
        and short.kind is (entity := next(iter(named.values()))).kind
    }


def _one_bearer(
    folded: str, chosen: list[_Candidate], regions: list[Span], given_names: frozenset[str]
) -> list[_Candidate]:
    """Other names of one bearer made the bearer's: a person's full name without its middle names
    (``Robert Prevost`` for ``Robert Francis Prevost``), a name the person took (``Leo XIV``), and a
    body's or a gathering's name without the acronym of who holds it (``Club World Cup`` for ``FIFA
    Club World Cup``) or without its legal form (``Zorvex Foods`` for ``Zorvex Foods Corp.``), by its founder's
    family name (``Bosch`` for ``Robert Bosch GmbH``, ``Guinness`` for ``Arthur Guinness, Son and Co.``) or without
    its trade's word (``Sanyo`` for ``Sanyo Electric``),
    a name in
    capitals that spells another's initials, and a name inside what a name is short for."""
    same: dict[Entity, Entity] = {}
    bodies = {c.entity.name: c.entity for c in chosen if c.entity.kind in _HELD and not c.entity.curated}
    for name, entity in bodies.items():
        first, _, rest = name.partition(" ")
        shorter = bodies.get(rest)
        # (or a word of its kind that opens it in its language: "Societe Bic", then "Bic")
        if (
            shorter is not None
            and shorter.kind is entity.kind
            and ((first.isupper() and len(first) > 1) or first in _OPENING_SET)
        ):
            same[shorter] = entity
        # ("Zorvex Foods Corp. opened a plant ... Zorvex Foods said"; both forms: "Lehman Brothers" for "Lehman
        # Brothers Holdings Inc.")
        bare = _formless(name)
        founders = _founders_family(bare, given_names) if bare is not None else None
        # (and a family's firm by the family's name: "Guinness" for "Arthur Guinness, Son and Co.")
        family = re.split(r",| and | & ", name)[0].split()[-1] if _FAMILY_FIRM.fullmatch(name) else None
        for form in (bare, _formless(bare) if bare is not None else None, founders, family):
            formless = bodies.get(form or "")
            if formless is not None and formless.kind is entity.kind and formless is not entity:
                same[formless] = entity
    same.update(_without_trade(bodies))
    # (a body named by the name before an ampersand's: "a shop called Hennes", then "Hennes & Mauritz")
    for name, entity in bodies.items():
        opening = bodies.get(name.split(" & ")[0]) if " & " in name else None
        if opening is not None and opening.kind is entity.kind is Kind.ORGANIZATION:
            same[opening] = entity
    if "known as " in folded:
        same.update(_known_as_found(folded, chosen))
    same.update(_craft_by_last_words(chosen))
    same.update(_without_nationality(bodies))
    same.update(_spelled_initials(chosen))
    if "officially " in folded or "formally " in folded:
        crafts = sorted((c for c in chosen if c.entity.kind is Kind.MISSION), key=lambda c: c.span)
        for before, c in itertools.pairwise(crafts):
            if before.entity != c.entity and _OFFICIALLY.search(folded, max(0, c.span.begin - 40), c.span.begin):
                same[c.entity] = same.get(before.entity, before.entity)
    people = [c for c in chosen if c.entity.kind is Kind.PERSON]
    if len(people) > 1:
        same.update(_one_person(folded, people, regions))
    if "short for" in folded:
        expanded, added = _expansions(folded, chosen)
        # (not back again: "CAPSTONE, short for Cislunar Autonomous ...", whose initials it spells)
        same.update({long: short for long, short in expanded.items() if same.get(short) is not long})
        chosen = [*chosen, *added]
    return _as_entities(chosen, same)


# The word for what kind of body a name ends with, which the name is also given without.
_MEMBERSHIP_HEADS = frozenset(("Society", "Association", "Foundation", "Federation", "Organization", "Organisation"))


def _known_as_found(folded: str, chosen: list[_Candidate]) -> dict[Entity, Entity]:
    """A body's name that another of its kind is said to be known as, where both were found: one body ("the
    Saudi Arabian Oil Company, known as Saudi Aramco", under "Saudi Aramco: key dates")."""
    starting = {c.span.begin: c.entity for c in chosen if c.entity.kind in _HELD}
    same: dict[Entity, Entity] = {}
    for c in chosen:
        m = _KNOWN_AS.match(folded, c.span.end) if c.entity.kind in _HELD else None
        other = starting.get(m.start("as")) if m is not None else None
        if other is not None and other.kind is c.entity.kind and other != c.entity and not other.curated:
            same[other] = c.entity
    return same


def _craft_by_last_words(chosen: list[_Candidate]) -> dict[Entity, Entity]:
    """A craft discovered under the last words of one other craft's name is that craft ("Odyssey" after
    "NASA's 2001 Mars Odyssey spacecraft"; not where two crafts' names end so)."""
    crafts = {c.entity for c in chosen if c.entity.kind is Kind.MISSION}
    if len(crafts) < 2:
        return {}
    longer: dict[str, set[Entity]] = {}
    for e in crafts:
        words = e.name.split()
        for n in range(1, len(words)):
            longer.setdefault(" ".join(words[n:]), set()).add(e)
    same: dict[Entity, Entity] = {}
    for e in crafts:
        named = longer.get(e.name)
        if e.curated or not named:
            continue
        # (the longest, where the others are its last words too: "Mars Odyssey" and "2001 Mars Odyssey")
        whole = max(named, key=lambda n: (len(n.name), n.name))
        if all(n is whole or whole.name.endswith(f" {n.name}") for n in named):
            same[e] = whole
    return same


def _without_nationality(bodies: dict[str, Entity]) -> dict[Entity, Entity]:
    """A body named with the nationality before it, or its kind's word after it, or both, and again
    without them is one body ("the Iranian Red Crescent Society", then "Red Crescent chief ..."), where
    only one name so shortens to the other (not the Chinese and the Russian Academy of Sciences)."""
    longer: dict[str, list[Entity]] = {}
    for name, entity in bodies.items():
        words = name.split()
        if len(words) < 3 or entity.kind is not Kind.ORGANIZATION:
            continue
        lead = words[0] in _NATIONALITIES
        tail = words[-1] in _MEMBERSHIP_HEADS
        cuts = {(lead, False), (False, tail), (lead, tail)} - {(False, False)}
        for drop_lead, drop_tail in cuts:
            rest = words[int(drop_lead) : len(words) - int(drop_tail)]
            if len(rest) >= 2:
                longer.setdefault(" ".join(rest), []).append(entity)
    return {
        bodies[short]: entities[0]
        for short, entities in longer.items()
        if short in bodies and len(set(entities)) == 1 and bodies[short].kind is Kind.ORGANIZATION
    }


# "Pope Benedict XVI: key dates", then "April 16, 1927: Joseph Ratzinger is born in Marktl": the one person
# a timeline's title names is the one its first entry sees born, under the name given at birth.
_BORN_ENTRY = re.compile(r": (?P<name>[A-Z][\w'-]*(?: [A-Z][\w'-]*){1,3}) (?:is|was) born\b")


def _titled_first_entry(
    folded: str, chosen: list[_Candidate], title: Span, kind: Kind, entry: re.Pattern[str]
) -> tuple[Entity, Span] | None:
    """The one entity of ``kind`` a timeline's title names, and the name its first entry gives where
    ``entry`` matches that entry."""
    titled = {c.entity for c in chosen if c.entity.kind is kind and title.contains(c.span)}
    first_entry = folded.find(": ", title.end)
    m = entry.match(folded, first_entry) if first_entry >= 0 else None
    if len(titled) != 1 or m is None:
        return None
    group = m.lastgroup or "name"
    return next(iter(titled)), Span(m.start(group), m.end(group))


def _born_as(folded: str, chosen: list[_Candidate], title: Span) -> list[_Candidate]:
    found = _titled_first_entry(folded, chosen, title, Kind.PERSON, _BORN_ENTRY)
    if found is None:
        return chosen
    person, span = found
    born = {c.entity for c in chosen if c.span == span and c.entity.kind is Kind.PERSON}
    return _as_entities(chosen, {b: person for b in born if b != person})


# "Lufthansa: key dates", then "Jan. 6, 1926: Deutsche Luft Hansa is founded in Berlin": the one body a
# timeline's title names is the one its first entry sees founded, under its first name (or, where the first entry
# founds nothing, the first a later entry sees founded or started by someone named like the body: "Hoover: key
# dates", "1907: Spangler patents a sweeper", then "1908: William Hoover ... starts the Electric Suction Sweeper
# Company"; not "J.C. Jacobsen founds the Carlsberg Laboratory", another body).
_FOUNDING_PASSIVE = ("founded", "formed", "incorporated", "established", "set up")
_FOUNDING_CUES = ("found", "form", "incorporated", "establish", "set up", "sets up", "co-found", "start")
_FOUNDS = r"(?:co-)?founds?|(?:co-)?founded|sets? up|establish(?:es|ed)?|starts?|started"
# (a German name may share a word's end between two: "Badische Anilin- und Soda-Fabrik")
_FOUNDED_NAME = r" (?:the )?(?P<founded>[A-Z][\w&'-]*(?:(?: &|(?<=-) und)? [A-Z][\w&'-]*){0,3})(?![\w&'-])"
_FOUNDED_ENTRY = re.compile(
    rf": (?P<name>[A-Z][\w&'-]*(?: [A-Z][\w&'-]*){{0,3}}) (?:is|was) (?:{'|'.join(_FOUNDING_PASSIVE)})\b"
    # (or what its founders found: "April 16, 1904: Peter Maersk Moller and his son ... found the Steamship Company
    # Svendborg in ...")
    rf"|: [^.;:]{{0,80}}? (?:{_FOUNDS}|forms?|formed){_FOUNDED_NAME}"
    # (or after what it is, its whole name between commas: "1909: Chemist Eugene Schueller founds a hair-dye firm in
    # Paris, the Societe Francaise des Teintures Inoffensives pour Cheveux.")
    rf"|: [^.;:]{{0,80}}? (?:{_FOUNDS}) an? [^.;:,]{{0,60}}, the (?P<styled>[A-Z][\w&'-]*"
    rf"(?: (?:(?:{_ROMANCE_PARTICLES}|pour|et|of|and|&) )?[A-Z][\w&'-]*){{0,7}})(?=[.;,])"
)
_FOUNDED_LATER = re.compile(rf": [^.;:]{{0,100}}? (?:{_FOUNDS}){_FOUNDED_NAME}")


def _founded_by_namesake(folded: str, chosen: list[_Candidate], title: Span) -> tuple[Entity, Span] | None:
    """The one body a timeline's title names, and the name of the first body a later entry sees founded or
    started, where a person's name before it ends in the body's name as the title gives it (its founder's family
    name: not "Ericsson and Sony start Sony Ericsson")."""
    titled = {
        c.entity: c.span.cut(folded) for c in chosen if c.entity.kind is Kind.ORGANIZATION and title.contains(c.span)
    }
    m = _FOUNDED_LATER.search(folded, title.end)
    if len(titled) != 1 or m is None:
        return None
    ((body, name),) = titled.items()
    if re.search(rf"[A-Z][\w.'-]* {re.escape(name)}(?![\w'-])", folded[m.start() : m.start("founded")]) is None:
        return None
    return body, Span(m.start("founded"), m.end("founded"))


def _founded_as(folded: str, chosen: list[_Candidate], title: Span) -> list[_Candidate]:
    found = _titled_first_entry(folded, chosen, title, Kind.ORGANIZATION, _FOUNDED_ENTRY) or _founded_by_namesake(
        folded, chosen, title
    )
    if found is None:
        return chosen
    body, span = found
    if not any(c.span.overlaps(span) for c in chosen):
        return [*chosen, replace(_discovered_name(span, Kind.ORGANIZATION, span.cut(folded)), entity=body)]
    # (or, where the entry's words stop at an abbreviation's full stop, the longer name found from where they open:
    # "sets up Ing. C. Olivetti & C.", read by the entry as "Ing")
    cut = folded.startswith(".", span.end)
    founded = {
        c.entity
        for c in chosen
        if (c.span == span or (cut and c.span.begin == span.begin)) and c.entity.kind is Kind.ORGANIZATION
    }
    return _as_entities(chosen, {f: body for f in founded if f != body})


def _spelled_initials(chosen: list[_Candidate]) -> dict[Entity, Entity]:
    """A name in capitals that spells the initials of another name of its kind the article gives is
    that one ("India's PSLV rocket", then "the Polar Satellite Launch Vehicle"), where neither is
    curated (``_one_bearer``)."""
    found = {c.entity for c in chosen if not c.entity.curated}
    # (an ampersand too: "H&M", then "Hennes & Mauritz")
    acronyms = [e for e in found if 2 <= len(e.name) <= 8 and e.name.replace("&", "").isalpha() and e.name.isupper()]
    if not acronyms:
        return {}
    by_initials: dict[tuple[Kind, str], set[Entity]] = {}
    for e in found:
        words = e.name.split()
        if len(words) >= 2:
            initials = "".join(w[0] for w in words if w[0].isupper() or w == "&")
            by_initials.setdefault((e.kind, initials), set()).add(e)
    same: dict[Entity, Entity] = {}
    for e in acronyms:
        longer = by_initials.get((e.kind, e.name), set())
        if len(longer) == 1:
            same[e] = next(iter(longer))
    return same


# "SPHEREx, short for Spectro-Photometer for the History of the Universe, Epoch of Reionization and
# Ices Explorer, will ...": a name, then what it is short for: capitalised words and the small words
# between them (a comma too, before a capitalised word).
_EXPANSION_WORD = r"(?:[A-Z][\w'-]*|of|for|the|and|on|in|to|de)"
_SHORT_FOR = re.compile(
    rf"(?<![\w'-])(?P<short>[A-Z][\w'-]*),\s+short\s+for\s+"
    rf"(?P<long>{_EXPANSION_WORD}(?:(?:\s+|,\s+(?=[A-Z])){_EXPANSION_WORD})*)"
)


def _expansions(folded: str, chosen: list[_Candidate]) -> tuple[dict[Entity, Entity], list[_Candidate]]:
    """A name inside what a name is short for is that name's (``_one_bearer``); the short name is
    one of the kind of the first name inside, where nothing else found it."""
    same: dict[Entity, Entity] = {}
    added: list[_Candidate] = []
    by_span = {c.span: c for c in chosen}
    ordered = sorted(chosen, key=lambda c: c.span.begin)
    begins = [c.span.begin for c in ordered]
    for m in _SHORT_FOR.finditer(folded):
        inside = Span(m.start("long"), m.end("long"))
        first, last = bisect.bisect_left(begins, inside.begin), bisect.bisect_left(begins, inside.end)
        within = [c for c in ordered[first:last] if inside.contains(c.span)]
        short = by_span.get(Span(m.start("short"), m.end("short")))
        if short is None and within and m["short"] not in _STOP_FIRST:
            short = _discovered_name(Span(m.start("short"), m.end("short")), within[0].entity.kind, m["short"])
            added.append(short)
        for c in within:
            if short is not None and c.entity.kind is short.entity.kind and c.entity != short.entity:
                same[c.entity] = short.entity
    return same, added


def _one_person(folded: str, people: list[_Candidate], regions: list[Span]) -> dict[Entity, Entity]:
    """A person's other names (``_one_bearer``), each with the person's entity."""
    same: dict[Entity, Entity] = {}
    full: dict[tuple[str, str], set[Entity]] = {}
    for c in people:
        parts = c.entity.name.split()
        if len(parts) > 2 and not c.entity.zh and parts[0] not in CHINESE_SURNAMES:
            full.setdefault((parts[0], parts[-1]), set()).add(c.entity)
    # ("Charles III crowned king", then "Britain's King Charles III", then "Charles became king ...": one
    # sovereign, by the name and number, or by the name alone where one sovereign bears it.)
    # (None for a name two sovereigns bear: it names neither.)
    titled: dict[str, Entity | None] = {}
    for c in people:
        parts = c.entity.name.split()
        if len(parts) == 3 and parts[0] in _SOVEREIGNS and re.fullmatch(_ROMAN_RE, parts[-1]):
            titled[" ".join(parts[1:])] = c.entity
            titled[" ".join(parts[:2])] = c.entity  # ("Queen Margrethe" for "Queen Margrethe II")
            if titled.setdefault(parts[1], c.entity) != c.entity:
                titled[parts[1]] = None
    # ("Japanese billionaire Maezawa blasts off", then "tycoon Yusaku Maezawa": one name alone is the family
    # name of the one person named in full who bears it.)
    # (Or the given name of the one person named in full who bears it, where no family name is it: "after his
    # son Daniel", then "Daniel Carasso opens a yogurt factory".)
    # (Or the family name with its particles, which may open a sentence: "Von der Leyen said", after "Ursula von
    # der Leyen".)
    families: dict[str, set[Entity]] = {}
    givens: dict[str, set[Entity]] = {}
    for c in people:
        if " " in c.entity.name:
            parts = c.entity.name.split()
            families.setdefault(family := _family_name(c.entity), set()).add(c.entity)
            if family != parts[0]:
                givens.setdefault(parts[0], set()).add(c.entity)
            particled = _with_particles(parts, family)
            if particled:
                families.setdefault(particled[0].upper() + particled[1:], set()).add(c.entity)
    for c in people:
        parts = c.entity.name.split()
        longer = full.get((parts[0], parts[-1]), set()) if len(parts) == 2 else set()
        bearers = families.get(c.entity.name, set()) if len(parts) == 1 or parts[0] in _PARTICLE_OPENERS else set()
        given = givens.get(parts[0], set()) if len(parts) == 1 and not c.entity.curated else set()
        if len(longer) == 1:
            same[c.entity] = next(iter(longer))
        elif (sovereign := titled.get(c.entity.name)) is not None and sovereign != c.entity:
            same[c.entity] = sovereign
        elif len(bearers) == 1:
            same[c.entity] = next(iter(bearers))
        elif not bearers and len(given) == 1:
            same[c.entity] = next(iter(given))
    if " name " in folded:
        starts = {c.span.begin: c for c in people}
        by_end = sorted(people, key=lambda c: c.span.end)
        ends = [c.span.end for c in by_end]
        for region in regions:
            for m in _TOOK_THE_NAME.finditer(folded, region.begin, region.end):
                taken = starts.get(m.end())
                # (the person named last before it in the sentence)
                at = bisect.bisect_right(ends, m.start())
                before = by_end[max(0, at - 8) : at]
                before = [c for c in before if c.span.begin >= region.begin]
                if taken is not None and before:
                    taker = max(before, key=lambda c: c.span.begin).entity
                    same[taken.entity] = same.get(taker, taker)
    return same


def _match_words(
    folded: str, chosen: list[_Candidate], regions: list[Span], table: dict[str, Entity]
) -> list[_Candidate]:
    """Where the names of ``table`` (the article's own, a few) stand as whole words in
    ``regions``, outside what is already chosen: at each place the longest, then on after it,
    as a regular alternation of the names, longest first, would find them (found with ``str.find``:
    compiling that alternation anew for every article cost more than the search)."""
    if not table:
        return []
    taken = _known_spans(chosen)
    found = []
    for region in regions:
        for span in _whole_words(folded, region, table):
            if _free(span, taken):
                found.append(_Candidate(span, table[span.cut(folded)], TRUST_RESOLVED))
    return found


def _whole_words(text: str, region: Span, names: Iterable[str]) -> list[Span]:
    """Non-overlapping whole-word occurrences of ``names`` in ``region``, leftmost first, the
    longest where several start at one place; a name's end may be the region's end."""
    hits = []
    for name in names:
        at = text.find(name, region.begin, region.end)
        while at >= 0:
            end = at + len(name)
            if (at == 0 or not _joins_before(text[at - 1])) and (end == region.end or not _joins_after(text[end])):
                hits.append(Span(at, end))
            at = text.find(name, at + 1, region.end)
    hits.sort(key=lambda s: (s.begin, s.begin - s.end))
    spans: list[Span] = []
    for span in hits:
        if not spans or span.begin >= spans[-1].end:
            spans.append(span)
    return spans


def _joins_before(char: str) -> bool:
    return char.isalnum() or char in "_'-"


def _joins_after(char: str) -> bool:
    return char.isalnum() or char in "_-"


def _role_anaphora(folded: str, chosen: list[_Candidate], regions: list[Span]) -> list[_Candidate]:
    """``the president`` is the latest person before it who holds that role."""
    people = sorted((c for c in chosen if c.entity.kind is Kind.PERSON), key=lambda c: c.span.end)
    ends = [c.span.end for c in people]
    taken = _known_spans(chosen)
    found = []
    for region in regions:
        for m in _ANAPHORA.finditer(folded, region.begin, region.end):
            role = m["role"].lower()
            span = Span(m.start(), m.end())
            if not _free(span, taken):
                continue
            # The latest person before it with that role: walk back from the nearest.
            i = bisect.bisect_right(ends, span.begin)
            holder = next((people[j] for j in range(i - 1, -1, -1) if role in _roles(people[j], folded)), None)
            if holder is not None:
                found.append(_Candidate(span, holder.entity, TRUST_RESOLVED))
    return found


_CRAFT_ANAPHORA = re.compile(r"\b[Tt]he (?P<noun>probe|spacecraft|spaceship|lander|rover|orbiter|capsule|mission)\b")


_NOT_CRAFT = frozenset(("Programme", "SpaceStation", "SpaceLaboratory", "StationModule"))


def _craft_anaphora(folded: str, chosen: list[_Candidate], regions: list[Span]) -> list[_Candidate]:
    """``the probe`` is the story's craft: the first named in the article (the one its headline or
    lede is about, not the relay satellite named in between), if named before it; for ``the rover``
    and ``the lander``, the first of a rover's class; never a programme, and never a station (the
    capsule that left the International Space Station is not the station)."""
    crafts = sorted(
        (c for c in chosen if c.entity.kind is Kind.MISSION and c.entity.cls not in _NOT_CRAFT),
        key=lambda c: c.span.end,
    )
    if not crafts:
        return []
    first = {None: crafts[0], "Rover": next((c for c in crafts if c.entity.cls == "Rover"), None)}
    taken = _known_spans(chosen)
    found = []
    for region in regions:
        for m in _CRAFT_ANAPHORA.finditer(folded, region.begin, region.end):
            span = Span(m.start(), m.end())
            craft = first["Rover" if m["noun"] in ("rover", "lander") else None]
            if craft is not None and craft.span.end <= span.begin and _free(span, taken):
                found.append(_Candidate(span, craft.entity, TRUST_RESOLVED))
    return found


# "..., the agency said on Tuesday", "the U.S. space agency said Thursday", "the company said": a body
# named by what it is, as the one who reports.
_BODY_ANAPHORA = re.compile(
    r"\b[Tt]he (?:(?:U\.S\.|[A-Z][a-z]+|space|state|tech|chip|car) ){0,2}"
    r"(?P<noun>agency|administration|ministry|company|firm|chipmaker|carmaker|automaker|planemaker|airline|bank)"
    rf"(?= (?:{_BODY_REPORTS}|added)\b)"
)
_GOVERNMENT_NOUNS = frozenset(("agency", "administration", "ministry"))
_GOVERNMENT_HEADS = frozenset(("Agency", "Administration", "Ministry"))


def _reporting_body(folded: str, chosen: list[_Candidate], regions: list[Span]) -> list[_Candidate]:
    """``the agency said`` is said by the latest organization named before it of that kind: for
    "agency", "administration" and "ministry" a government body or one its name says is one; for
    "company", "firm" and the like, any other."""
    bodies = sorted((c for c in chosen if c.entity.kind is Kind.ORGANIZATION), key=lambda c: c.span.end)
    if not bodies:
        return []
    ends = [c.span.end for c in bodies]
    taken = _known_spans(chosen)
    found = []
    for region in regions:
        for m in _BODY_ANAPHORA.finditer(folded, region.begin, region.end):
            span = Span(m.start(), m.end())
            if not _free(span, taken):
                span = Span(m.start("noun"), m.end())  # "the U.S. space agency": "U.S." is a place's
                if not _free(span, taken):
                    continue
            government = m["noun"] in _GOVERNMENT_NOUNS
            i = bisect.bisect_right(ends, span.begin)
            body = next((bodies[j] for j in range(i - 1, -1, -1) if _governs(bodies[j].entity) == government), None)
            if body is not None:
                found.append(_Candidate(span, body.entity, TRUST_RESOLVED))
    return found


def _governs(e: Entity) -> bool:
    """Whether an organization is a government body: by its curated class, or by its name."""
    return e.cls == "GovernmentOrganization" or any(w in _GOVERNMENT_HEADS for w in e.name.split())


def _roles(c: _Candidate, folded: str) -> set[str]:
    roles = set(c.entity.roles)
    preceding = folded[max(0, c.span.begin - 25) : c.span.begin].lower()
    for role in ("president", "premier"):
        if preceding.rstrip().endswith(role):
            roles.add(role)
    return roles
