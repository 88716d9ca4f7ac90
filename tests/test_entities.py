from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from spacekg import lexicon
from spacekg.entities import EntityFinder, _whole_words
from spacekg.model import Kind, Source, Span
from spacekg.segment import normalize, segment
from spacekg.text import alternation, slug


def mentions(text: str) -> list[tuple[str, str, str]]:
    d = segment(Source("a", normalize(text), "a.txt"))
    found = EntityFinder(lexicon.load()).find(d)
    return [(m.span.cut(d.text), m.entity.kind.value, m.entity.id) for m in found]


def ids(text: str, kind: Kind) -> list[str]:
    return [i for _, k, i in mentions(text) if k == kind.value]


def test_short_forms_of_xi_resolve_to_xi_jinping() -> None:
    found = mentions("Chinese President Xi Jinping spoke. Xi said it was fine, said the president.")
    assert [(t, i) for t, k, i in found if k == "person"] == [
        ("Xi Jinping", "xi-jinping"),
        ("Xi", "xi-jinping"),
        ("the president", "xi-jinping"),
    ]


def test_the_president_without_a_president_resolves_to_nothing() -> None:
    assert ids("The president spoke to Nie Haisheng.", Kind.PERSON) == ["nie-haisheng"]


def test_mission_spellings_share_one_iri() -> None:
    text = "Shenzhou-12 and Shenzhou 12 and Shenzhou XII flew. Chang'e-5, Chang’e 5 and Chang'e V too."
    assert ids(text, Kind.MISSION) == ["shenzhou-12"] * 3 + ["change-5"] * 3


def test_designated_vehicles_and_unlisted_missions() -> None:
    found = mentions("A Long March 2F rocket carried Shenzhou-14; Tianzhou-4 waited.")
    assert ("Long March 2F", "vehicle", "long-march-2f") in found
    assert ("Shenzhou-14", "mission", "shenzhou-14") in found
    assert ("Tianzhou-4", "mission", "tianzhou-4") in found


def test_acronyms_resolve_to_their_long_form() -> None:
    found = mentions("The BeiDou Navigation Satellite System (BDS) grew. BDS serves the world.")
    assert {i for t, k, i in found if t == "BDS"} == {"beidou-navigation-satellite-system"}
    found = mentions("The Lunar Robotics Agency (LRA) said so. Later the LRA agreed.")
    assert [(t, i) for t, _, i in found] == [
        ("Lunar Robotics Agency", "lunar-robotics-agency"),
        ("LRA", "lunar-robotics-agency"),  # the definition itself
        ("LRA", "lunar-robotics-agency"),
    ]


def test_surname_resolves_after_the_full_name() -> None:
    found = mentions("Astronaut Nie Haisheng waved. Later Nie smiled.")
    assert [(t, i) for t, k, i in found if k == "person"] == [
        ("Nie Haisheng", "nie-haisheng"),
        ("Nie", "nie-haisheng"),
    ]


def test_ambiguous_surname_is_left_alone() -> None:
    found = mentions("Liu Boming and Liu Yang flew. Liu smiled.")
    assert [t for t, k, _ in found if k == "person"] == ["Liu Boming", "Liu Yang"]


def test_discovered_names_by_head_word_and_role() -> None:
    found = mentions(
        "Xi sent a letter to the Global Space Exploration Conference. "
        "Astronauts Chen Dong, Liu Yang and Cai Xuzhe met engineer Zhou Jianping."
    )
    assert (
        "Global Space Exploration Conference",
        "gathering",
        "global-space-exploration-conference",
    ) in found
    people = [i for _, k, i in found if k == "person"]
    assert people == ["xi-jinping", "chen-dong", "liu-yang", "cai-xuzhe", "zhou-jianping"]


def test_photo_credit_and_beijing_time_are_not_entities_the_dateline_city_is_a_place() -> None:
    found = mentions("BEIJING, June 23 (Xinhua) -- The spaceship launched at 9:22 a.m. Beijing Time. (Xinhua/Ju Peng)")
    assert found == [("BEIJING", "place", "beijing")]


def test_place_mentions() -> None:
    assert ids("He inspected the Wenchang Spacecraft Launch Site in Hainan.", Kind.PLACE) == [
        "wenchang-spacecraft-launch-site",
        "hainan",
    ]


def test_roman_numerals_modules_rovers_and_foreign_names() -> None:
    found = mentions(
        "Shenzhou XIV followed Shenzhou VII. The Wentian lab module joined Tianhe, while Zhurong "
        "and Yutu-2 roved. NASA Administrator Bill Nelson said the agency was watching."
    )
    assert ("Shenzhou XIV", "mission", "shenzhou-14") in found
    assert ("Shenzhou VII", "mission", "shenzhou-7") in found
    assert ("Wentian lab module", "mission", "wentian") in found
    assert ("Zhurong", "mission", "zhurong") in found
    assert ("Yutu-2", "mission", "yutu-2") in found
    assert ("Bill Nelson", "person", "bill-nelson") in found
    assert ("NASA", "organization", "nasa") in found


def test_common_capitalised_words_are_not_entities() -> None:
    found = mentions("On Monday, The Global Times said Many People were Happy.")
    assert [k for _, k, _ in found] == []


# ------------------------------------------------------------- beyond China's programme


def test_a_craft_is_named_by_the_noun_after_it() -> None:
    found = mentions(
        "A Russian Soyuz MS-25 spacecraft docked. A Falcon 9 rocket flew, and the Pragyan rover rolled out. "
        "Luna-25, the first such mission, followed the Luna-25 probe."
    )
    assert ("Soyuz MS-25", "mission", "soyuz-ms-25") in found  # "Russian" only qualifies it
    assert ("Falcon 9", "vehicle", "falcon-9") in found
    assert ("Pragyan", "mission", "pragyan") in found
    # Once named by its noun, a craft is that craft wherever else its name stands.
    assert [t for t, k, i in found if i == "luna-25"] == ["Luna-25", "Luna-25"]


def test_what_only_qualifies_a_craft_is_not_one() -> None:
    found = mentions("The Chinese spacecraft met the Moon mission and a U.S. rocket.\n\nCargo spacecraft flew.")
    assert [(t, k) for t, k, _ in found if k in ("mission", "vehicle")] == []


def test_a_series_name_wins_over_a_craft_found_by_its_noun() -> None:
    found = mentions("A Long March-7 Y6 rocket lifted off.")
    assert [(t, k, i) for t, k, i in found if k == "vehicle"] == [("Long March-7", "vehicle", "long-march-7")]


def test_roman_numbered_series_keep_their_numerals() -> None:
    found = mentions("Artemis II flew in 2026; Artemis 3 and Apollo 17 are other flights.")
    assert [(t, i) for t, k, i in found if k == "mission"] == [
        ("Artemis II", "artemis-ii"),
        ("Artemis 3", "artemis-iii"),
        ("Apollo 17", "apollo-17"),
    ]


def test_crew_lists_with_other_titles_and_name_forms() -> None:
    found = mentions(
        "The crew includes Russian cosmonaut Oleg Novitsky, pilot Victor Glover, mission specialist "
        "Christina Koch and Canadian Space Agency astronaut Jeremy Hansen. NASA astronaut Loral O'Hara "
        "returned. ISRO chairman S. Somanath spoke."
    )
    people = [t for t, k, _ in found if k == "person"]
    assert people == [
        "Oleg Novitsky",
        "Victor Glover",
        "Christina Koch",
        "Jeremy Hansen",
        "Loral O'Hara",
        "S. Somanath",
    ]
    assert ("Canadian Space Agency", "organization", "canadian-space-agency") in found


def test_a_name_after_an_owner_is_what_is_owned() -> None:
    found = mentions("JAXA's Institute of Space and Astronautical Science and Harbin's Aerospace Research Institute.")
    orgs = [t for t, k, _ in found if k == "organization"]
    assert "Institute of Space and Astronautical Science" in orgs
    assert "Aerospace Research Institute" in orgs
    assert not any("'s" in t for t in orgs)


def test_titles_ending_in_general_are_not_part_of_the_name() -> None:
    found = mentions(
        "ESA Director General Josef Aschbacher said the launch went well. UN Secretary General Antonio "
        "Guterres said the talks were useful. General Li Shangfu said so."
    )
    assert [t for t, k, _ in found if k == "person"] == ["Josef Aschbacher", "Antonio Guterres", "Li Shangfu"]


def test_fairs_and_games_are_gatherings() -> None:
    found = mentions("Buyers came to the China Import and Export Fair in Guangzhou before the Asian Games.")
    assert [(t, k) for t, k, _ in found if k == "gathering"] == [
        ("China Import and Export Fair", "gathering"),
        ("Asian Games", "gathering"),
    ]


def test_a_name_described_then_speaking_is_a_person() -> None:
    found = mentions(
        "Li Wei, a furniture maker from Foshan, said orders rose. China Mobile, a state-owned carrier, "
        "said profits fell."
    )
    assert [t for t, k, _ in found if k == "person"] == ["Li Wei"]


def test_the_dateline_names_places_found_again_in_the_story() -> None:
    found = mentions("TIANSHUI, Gansu, Aug. 2 (Xinhua) -- Farmers in Tianshui began the apple harvest.")
    assert found == [("TIANSHUI", "place", "tianshui"), ("Gansu", "place", "gansu"), ("Tianshui", "place", "tianshui")]


def test_a_name_before_a_known_place_is_a_place_within_it() -> None:
    assert ids("Modi watched from Durban, South Africa.", Kind.PLACE) == ["durban", "south-africa"]
    assert ids("Meanwhile, South Africa waited.", Kind.PLACE) == ["south-africa"]


def test_organizations_named_by_a_title_or_a_description() -> None:
    found = mentions(
        "Rocket Lab chief executive Peter Beck said it flew. Tesla, the largest maker of electric cars, "
        "sold more. Li Wei, a furniture maker from Foshan, said so. Tesla grew."
    )
    assert ("Rocket Lab", "organization", "rocket-lab") in found
    assert ("Peter Beck", "person", "peter-beck") in found
    assert [t for t, k, i in found if i == "tesla"] == ["Tesla", "Tesla"]
    assert ("Li Wei", "person", "li-wei") in found
    assert not [t for t, k, _ in found if k == "organization" and "Li Wei" in t]


def test_a_known_place_after_of_stays_in_the_name() -> None:
    assert ids("The Olympic Council of Asia met.", Kind.ORGANIZATION) == ["olympic-council-of-asia"]


def test_titled_names_in_a_list_end_before_the_next_title() -> None:
    found = mentions("Xi met Syrian President Bashar al-Assad and Cambodian Prime Minister Hun Manet.")
    people = [t for t, k, _ in found if k == "person"]
    assert people == ["Xi", "Bashar al-Assad", "Hun Manet"]


def test_one_numbered_edition_is_the_gathering_named_without_its_number() -> None:
    found = mentions("The 19th Asian Games opened. The Asian Games end in October.")
    assert [i for _, k, i in found if k == "gathering"] == ["19th-asian-games", "19th-asian-games"]
    two = mentions("The 18th Asian Games were held in 2018. The 19th Asian Games differ. The Asian Games grow.")
    assert [i for _, k, i in two if k == "gathering"] == ["18th-asian-games", "19th-asian-games", "asian-games"]


def test_ariane_rockets_are_a_series() -> None:
    assert ids("Ariane 6 replaces Ariane 5.", Kind.VEHICLE) == ["ariane-6", "ariane-5"]


def test_more_head_words_particles_and_founders() -> None:
    found = mentions(
        "The Super Heavy booster fell into the Gulf of Mexico. The New Development Bank lent. Airport "
        "Authority Hong Kong agreed. Brazilian President Luiz Inacio Lula da Silva met SpaceX founder Elon Musk in the "
        "coastal city of Zhuhai."
    )
    assert ("Super Heavy", "vehicle", "super-heavy") in found
    assert ("Gulf of Mexico", "place", "gulf-of-mexico") in found
    assert not [t for t, _, i in found if i == "mexico"]
    assert ("New Development Bank", "organization", "new-development-bank") in found
    assert ("Airport Authority Hong Kong", "organization", "airport-authority-hong-kong") in found
    assert ("Luiz Inacio Lula da Silva", "person", "luiz-inacio-lula-da-silva") in found
    assert ("Elon Musk", "person", "elon-musk") in found
    assert ("Zhuhai", "place", "zhuhai") in found


def test_an_acronym_in_parentheses_gives_the_extent_of_a_name() -> None:
    found = mentions(
        "China's Five-hundred-meter Aperture Spherical radio Telescope (FAST) found pulsars, the National "
        "Astronomical Observatories of the Chinese Academy of Sciences (NAOC) said. FAST is in Guizhou."
    )
    fast = "Five-hundred-meter Aperture Spherical radio Telescope"
    assert (fast, "mission", "five-hundred-meter-aperture-spherical-radio-telescope") in found
    assert ("FAST", "mission", "five-hundred-meter-aperture-spherical-radio-telescope") in found
    naoc = "National Astronomical Observatories of the Chinese Academy of Sciences"
    assert {i for _, k, i in found if k == "organization"} == {slug(naoc)}
    # Without an acronym that spells the owner, a name still ends before a known organization.
    assert ids("The Lunar Exploration Center of the Chinese Academy of Sciences met.", Kind.ORGANIZATION) == [
        "lunar-exploration-center",
        "chinese-academy-of-sciences",
    ]


def test_a_dateline_of_thousands_of_capitals_is_no_place_and_no_crash() -> None:
    # Found by a pathological input: the dateline's city became an 8,000-character name, and the
    # regular expression built from it overflowed the stack.
    found = mentions("NEW " * 2000 + "DELHI, Sept. 4, 2023 (Xinhua) -- India's rover slept.")
    assert ("India", "place", "india") in found
    assert not [t for t, _, _ in found if "NEW" in t]


def test_the_trie_of_names_matches_longest_first_and_takes_long_words() -> None:
    pattern = re.compile(rf"(?<![\w'-])(?:{alternation(['Asia', 'Asia-Pacific', 'Mo', 'Moon', 'X' * 20000])})(?![\w-])")
    assert [m[0] for m in pattern.finditer("Asia-Pacific, Asia-Pacifics, Asia, Moon, Mo, Moons")] == [
        "Asia-Pacific", "Asia", "Moon", "Mo"
    ]  # fmt: skip
    assert pattern.search("a " + "X" * 20000 + " b") is not None


def test_possessives_inside_names_and_company_head_words() -> None:
    found = mentions("Deputies to the National People's Congress met. Mitsubishi Heavy Industries builds the H3.")
    # (The reference data knows the NPC as a body, the legislature; by its head word alone it was a gathering.)
    assert ("National People's Congress", "organization", "national-peoples-congress") in found
    assert ("Mitsubishi Heavy Industries", "organization", "mitsubishi-heavy-industries") in found


def test_crafts_named_after_their_noun_and_sports_titles_and_defined_acronyms() -> None:
    found = mentions(
        "Russia launched Zarya, the first module of the station. Space shuttle Endeavour followed. "
        "Chinese swimmer Pan Zhanle won. The General Administration of Customs (GAC) met the European "
        "Union. GAC spokesperson Lyu Daliang spoke."
    )
    assert ("Zarya", "mission", "zarya") in found
    assert ("Endeavour", "mission", "endeavour") in found
    assert not [t for t, k, _ in mentions("They tested the lander Zorya's engineers built.") if k == "mission"]
    assert ("Pan Zhanle", "person", "pan-zhanle") in found
    assert ("European Union", "organization", "european-union") in found
    # "GAC" before a title is the acronym the article defined, not an organization of its own.
    assert {i for t, k, i in found if k == "organization" and "G" in t} == {"general-administration-of-customs"}


def test_a_name_after_a_known_places_possessive_before_a_verb_is_a_person() -> None:
    found = mentions(
        "Australia's Kyle Chalmers took silver. Japan's Smart Lander for Investigating Moon landed. "
        "China's Long March rockets flew. Hong Kong's Victoria Harbour was calm."
    )
    assert [t for t, k, _ in found if k == "person"] == ["Kyle Chalmers"]


def test_the_probe_is_the_storys_first_craft_and_the_rover_its_first_rover() -> None:
    found = mentions(
        "China's Chang'e-6 probe landed. Supported by the Queqiao-2 relay satellite, the Yutu-2 rover "
        "rolled. The mission was launched in May. The rover took pictures."
    )
    assert ("The mission", "mission", "change-6") in found  # not the relay satellite named in between
    assert ("The rover", "mission", "yutu-2") in found
    assert not [t for t, k, _ in mentions("The probe was launched.") if k == "mission"]  # no craft before it


def test_an_acronym_names_only_what_it_can_spell_and_a_lander_heads_a_mission_name() -> None:
    found = mentions(
        "Japan's Smart Lander for Investigating Moon (SLIM) landed. SLIM is powered down. "
        "The Japan Aerospace Exploration Agency (JAXA) said JAXA would wait."
    )
    assert [(t, i) for t, k, i in found if t == "SLIM"] == [("SLIM", "smart-lander-for-investigating-moon")] * 2
    assert ("Smart Lander for Investigating Moon", "mission", "smart-lander-for-investigating-moon") in found
    # The letters of JAXA come in its name's order: the acronym is defined.
    assert [i for t, _, i in found if t == "JAXA"] == ["japan-aerospace-exploration-agency"] * 2
    # An organization's acronym may come from another language.
    other = mentions("The German Aerospace Center (DLR) built the camera. DLR said it works.")
    assert [i for t, _, i in other if t == "DLR"] == ["german-aerospace-center"] * 2


def test_lower_case_heads_islands_joined_places_and_secretaries() -> None:
    found = mentions(
        "U.S. Secretary of State Antony Blinken attended the APEC Economic Leaders' Meeting. The two "
        "presidents met on the Indonesian island of Bali at the Group of 20 summit. SLIM came down near "
        "the Shioli crater. Orion will splash down off Baja California. The Soviet Union landed first."
    )
    by_text = {t: (k, i) for t, k, i in found}
    assert by_text["Antony Blinken"] == ("person", "antony-blinken")
    assert by_text["APEC Economic Leaders' Meeting"][0] == "gathering"
    assert by_text["Bali"] == ("place", "bali")
    assert by_text["Group of 20 summit"] == ("gathering", "group-of-20-summit")
    assert by_text["Shioli crater"] == ("place", "shioli-crater")
    assert by_text["Baja California"] == ("place", "baja-california") and "California" not in by_text
    assert by_text["Soviet Union"] == ("place", "soviet-union")


def test_latin_place_heads_a_place_before_on_and_a_described_helicopter() -> None:
    found = mentions(
        "Chang'e-3 landed in the Mare Imbrium. Perseverance touched down in the Jezero Crater on Mars. "
        "It was launched from Cape Canaveral Space Force Station. It carries Ingenuity, a small "
        "helicopter that will fly. Li Ming, a helicopter pilot, watched."
    )
    by_text = {t: (k, i) for t, k, i in found}
    assert by_text["Mare Imbrium"] == ("place", "mare-imbrium")
    assert by_text["Jezero Crater"][0] == "place" and by_text["Mars"][0] == "place"
    assert by_text["Cape Canaveral Space Force Station"][0] == "place"
    assert by_text["Ingenuity"] == ("mission", "ingenuity")
    assert "Li Ming" not in by_text or by_text["Li Ming"][0] != "mission"


def test_people_by_country_relative_clause_or_score_and_places_by_birth_or_pairs() -> None:
    found = mentions(
        "Zheng Qinwen beat Croatia's Donna Vekic 6-2, 6-3 after knocking out Iga Swiatek of Poland. "
        "Li Na, who won the French Open in 2011, was born in Wuhan. The crew splashed down off the Dry "
        "Tortugas in Florida, higher than anyone since the Apollo program, and billionaire Jared Isaacman paid. "
        "The axis includes the Forbidden City and Tian'anmen Square. The Three Gorges Dam is in the news. "
        "UNESCO inscribed it."
    )
    by_text = {t: (k, i) for t, k, i in found}
    for person in ("Donna Vekic", "Iga Swiatek", "Li Na", "Jared Isaacman"):
        assert by_text[person][0] == "person", person
    assert "Prime Minister" not in by_text
    assert by_text["French Open"][0] == "gathering"
    assert by_text["Wuhan"][0] == "place" and by_text["Dry Tortugas"][0] == "place"
    assert by_text["Apollo program"][0] == "mission"
    assert by_text["Forbidden City"][0] == "place" and by_text["Tian'anmen Square"][0] == "place"
    assert by_text["Three Gorges Dam"][0] == "place"
    assert by_text["UNESCO"] == ("organization", "unesco")
    # An office before "of" and a country is no person.
    assert ids("The Prime Minister of India spoke.", Kind.PERSON) == []


def test_a_place_before_dollars_is_a_currency() -> None:
    found = mentions("Exports reached 5.87 trillion U.S. dollars, with the United States the top buyer.")
    assert [(t, i) for t, k, i in found if k == "place"] == [("United States", "united-states")]


def test_two_personal_names_joined_by_and_before_a_verb_are_people() -> None:
    found = mentions("The pair went outside while Scott Poteet and Anna Menon stayed strapped in.")
    assert [(t, k) for t, k, _ in found] == [("Scott Poteet", "person"), ("Anna Menon", "person")]
    # Names with a head word, a title or a known name in them are not such a pair.
    assert ids("The Canadian Space Agency and Prime Minister Li stayed.", Kind.PERSON) == []


def test_a_title_inside_a_run_of_capitals_ends_the_organizations_name() -> None:
    found = mentions("European Commission President Ursula von der Leyen and IOC President Thomas Bach spoke.")
    assert [(t, k) for t, k, _ in found] == [
        ("European Commission", "organization"),
        ("Ursula von der Leyen", "person"),
        ("IOC", "organization"),
        ("Thomas Bach", "person"),
    ]
    # A title after "of the" is part of the name.
    assert ids("The Office of the Director of National Intelligence said so.", Kind.ORGANIZATION) == [
        "office-of-the-director-of-national-intelligence"
    ]


def test_legal_forms_palaces_stations_and_places_by_direction() -> None:
    assert ids("China State Railway Group Co., Ltd. expects more trips.", Kind.ORGANIZATION) == [
        "china-state-railway-group-co-ltd"
    ]
    text = (
        "Xi met Macron at the Elysee Palace. Crowds filled Beijing West Railway Station. "
        "The Games closed at the Stade de France in Saint-Denis, north of Paris."
    )
    assert ids(text, Kind.PLACE) == [
        "elysee-palace",
        "beijing-west-railway-station",
        "stade-de-france",
        "saint-denis",
        "paris",
    ]


def test_a_crafts_name_may_hold_a_moons_and_an_adjective_is_no_craft() -> None:
    found = mentions("NASA's Europa Clipper mission will study Europa from orbit around Jupiter.")
    assert [(t, k) for t, k, _ in found] == [
        ("NASA", "organization"),
        ("Europa Clipper", "mission"),
        ("Europa", "place"),
        ("Jupiter", "place"),
    ]
    # No craft; the places are named ("-based", "-built" place something there).
    found = mentions("A Beijing-based rocket maker said the China-built probe landed.")
    assert [(t, k) for t, k, _ in found] == [("Beijing", "place"), ("China", "place")]
    assert ids("It was built in Maryland.", Kind.PLACE) == ["maryland"]


def test_a_maker_before_a_rocket_a_launch_vehicle_and_an_observatory_described_by_its_owner() -> None:
    found = mentions("The probe flew on a SpaceX Falcon Heavy rocket.")
    assert [(t, k) for t, k, _ in found] == [("SpaceX", "organization"), ("Falcon Heavy", "vehicle")]
    assert ids("A Polar Satellite Launch Vehicle lifted off.", Kind.VEHICLE) == ["polar-satellite-launch-vehicle"]
    text = "Aditya-L1, India's first space-based observatory of the Sun, reached orbit. Aditya-L1 is well."
    assert ids(text, Kind.MISSION) == ["aditya-l1", "aditya-l1"]


def test_a_festival_of_the_calendar_is_no_gathering() -> None:
    text = "The Spring Festival travel rush began. The Shanghai International Film Festival opened."
    assert [(t, k) for t, k, _ in mentions(text)] == [("Shanghai International Film Festival", "gathering")]


def test_people_of_an_organization_and_a_capitalised_chief_executive() -> None:
    text = "The team was led by Pan Jianwei and Lu Chaoyang of the University of Science and Technology of China."
    assert [(t, k) for t, k, _ in mentions(text)] == [
        ("Pan Jianwei", "person"),
        ("Lu Chaoyang", "person"),
        ("University of Science and Technology of China", "organization"),
    ]
    text = "Hong Kong Chief Executive Carrie Lam and Macao Chief Executive Chui Sai On attended."
    assert ids(text, Kind.PERSON) == ["carrie-lam", "chui-sai-on"]
    # A name with a head word before "of" is no person: "Great Hall of the People" stays a place.
    assert ids("They met in the Great Hall of the People.", Kind.PERSON) == []


def test_a_satellite_named_before_its_purpose_and_a_bridge() -> None:
    text = "It carried the ALOS-3 Earth observation satellite and the XRISM X-ray astronomy satellite."
    assert ids(text, Kind.MISSION) == ["alos-3", "xrism"]
    assert ids("The Tianzhou-6 cargo spacecraft docked. A Chinese satellite flew.", Kind.MISSION) == ["tianzhou-6"]
    assert ids("Xi declared the Hong Kong-Zhuhai-Macao Bridge open.", Kind.PLACE) == ["hong-kong-zhuhai-macao-bridge"]


def test_two_headed_names_joined_by_and_a_cup_a_joint_venture_and_a_legal_form() -> None:
    text = "It is a project of NASA, the European Space Agency (ESA) and the Canadian Space Agency."
    assert ids(text, Kind.ORGANIZATION) == [
        "nasa",
        "european-space-agency",
        "european-space-agency",
        "canadian-space-agency",
    ]
    assert ids("China won the Thomas Cup and the Uber Cup.", Kind.GATHERING) == ["thomas-cup", "uber-cup"]
    assert ids("It is run by Adora Cruises, a joint venture of two firms.", Kind.ORGANIZATION) == ["adora-cruises"]
    assert ids("Li Wei, a furniture maker from Foshan, said so.", Kind.PERSON) == ["li-wei"]
    text = "It was built by Shanghai Waigaoqiao Shipbuilding Co., Ltd., a subsidiary of the group."
    assert ids(text, Kind.ORGANIZATION) == ["shanghai-waigaoqiao-shipbuilding-co-ltd"]
    assert ids("It flew from Europe's Spaceport near Kourou.", Kind.PLACE) == ["guiana-space-centre", "kourou"]


def test_a_ship_named_like_a_place_is_no_place() -> None:
    text = "Adora Magic City, the first large cruise ship built in China, left Shanghai."
    assert ids(text, Kind.PLACE) == ["china", "shanghai"]
    assert ids("Kansas City, a city in Missouri, grew.", Kind.PLACE) == ["kansas-city", "missouri"]


def test_a_headed_place_of_a_place_is_two_places() -> None:
    text = "It made a second landfall in Xuwen County of Guangdong Province, then in Xuwen County of Zhanjiang City."
    assert ids(text, Kind.PLACE) == ["xuwen-county", "guangdong", "xuwen-county", "zhanjiang-city"]
    assert ids("The Gulf of Mexico and the Great Hall of the People.", Kind.PLACE) == [
        "gulf-of-mexico",
        "great-hall-of-the-people",
    ]
    assert ids("They met near San Francisco in November.", Kind.PLACE) == ["san-francisco"]


def test_a_bare_space_station_is_the_one_other_station_the_article_names() -> None:
    text = "Starliner flies its first crew to space station. It docked with the International Space Station."
    # (Starliner is curated: the craft, then the station it flies to, twice.)
    assert ids(text, Kind.MISSION) == ["starliner", "international-space-station", "international-space-station"]
    assert ids("Shenzhou-18 flies to space station.", Kind.MISSION) == ["shenzhou-18", "china-space-station"]


def test_who_beats_a_person_is_one_and_a_full_name_is_found_again_where_nothing_marks_it() -> None:
    text = "Wu Yibing becomes champion. Wu Yibing beat John Isner of the United States. It is an ATP Tour title."
    assert [(t, k) for t, k, _ in mentions(text)] == [
        ("Wu Yibing", "person"),
        ("Wu Yibing", "person"),
        ("John Isner", "person"),
        ("United States", "place"),
        ("ATP Tour", "gathering"),
    ]
    assert ids("China beat Indonesia 3-1.", Kind.PERSON) == []
    text = "It was designed by the architect Zaha Hadid's firm near Starbase."
    assert [(t, k) for t, k, _ in mentions(text)] == [("Zaha Hadid", "person"), ("Starbase", "place")]


def test_a_unit_of_an_organization_an_owners_name_and_a_place_joined_by_and() -> None:
    text = "It was held at the Jiangnan Shipyard of the China State Shipbuilding Corporation Limited."
    assert [(t, k) for t, k, _ in mentions(text)] == [
        ("Jiangnan Shipyard", "organization"),
        ("China State Shipbuilding Corporation Limited", "organization"),
    ]
    # One name's own "of" takes no article.
    text = "It was built by the Beijing Institute of Spacecraft System Engineering."
    assert ids(text, Kind.ORGANIZATION) == ["beijing-institute-of-spacecraft-system-engineering"]
    text = "It landed on the Department of Defense's Utah Test and Training Range."
    assert [(t, k) for t, k, _ in mentions(text)] == [
        ("Department of Defense", "organization"),
        ("Utah Test and Training Range", "place"),
    ]


def test_a_small_body_named_after_what_it_is_and_the_kremlin() -> None:
    text = "It is headed for the asteroid Apophis and landed on the moon Sunday after talks at the Kremlin."
    assert ids(text, Kind.PLACE) == ["apophis", "moon", "kremlin"]


def test_a_provinces_name_given_to_a_ship_is_no_place() -> None:
    text = (
        "China's third aircraft carrier was launched in Shanghai and named Fujian, after the province. "
        "The first, the Liaoning, was commissioned in 2012, and the second, the Shandong. "
        "The Fujian, with the hull number 18, is new. It visited Liaoning Province and the Hainan provincial capital."
    )
    assert ids(text, Kind.PLACE) == ["china", "shanghai", "liaoning", "hainan"]


def test_a_place_within_a_longer_name_a_mount_and_a_world_region() -> None:
    text = "It landed near Woomera in South Australia. Mount Qomolangma was closed. Debris fell in the South Pacific."
    assert ids(text, Kind.PLACE) == ["woomera", "south-australia", "mount-qomolangma", "south-pacific"]


def test_a_telescope_named_before_its_noun_listed_craft_and_an_acronym_the_article_defines() -> None:
    text = "The European Space Agency's (ESA) Euclid space telescope lifted off."
    assert ids(text, Kind.MISSION) == ["euclid"]
    text = "Two small satellites, Tiandu-1 and Tiandu-2, were launched with it."
    assert ids(text, Kind.MISSION) == ["tiandu-1", "tiandu-2"]
    # "FAST telescope" is the telescope the article spells out, not a craft of its own.
    text = "China's FAST telescope found pulsars. The Five-hundred-meter Aperture Spherical radio Telescope (FAST) ..."
    assert set(ids(text, Kind.MISSION)) == {"five-hundred-meter-aperture-spherical-radio-telescope"}


def test_services_districts_reservoirs_places_paired_by_between_and_a_company_with_its_acronym() -> None:
    text = (
        "The Beijing Meteorological Service said rain fell at the Wangjiayuan Reservoir in Changping District "
        "and in the districts of Mentougou and Fangshan."
    )
    assert [(t, k) for t, k, _ in mentions(text)] == [
        ("Beijing Meteorological Service", "organization"),
        ("Wangjiayuan Reservoir", "place"),
        ("Changping District", "place"),
        ("Mentougou", "place"),
        ("Fangshan", "place"),
    ]
    assert ids("It cuts the trip between Jakarta and Bandung to 40 minutes.", Kind.PLACE) == ["jakarta", "bandung"]
    assert ids("It was between Monday and Friday in Jakarta.", Kind.PLACE) == ["jakarta"]
    text = "It is run by PT Kereta Cepat Indonesia China (KCIC), a joint venture of state-owned companies."
    assert ids(text, Kind.ORGANIZATION)[0] == "pt-kereta-cepat-indonesia-china"


def test_a_bare_space_station_beside_a_space_laboratory_is_chinas_and_a_craft_given_its_name() -> None:
    text = "She lectured from the Tiangong-1 space lab. In 2021 she left the space station's core module."
    assert ids(text, Kind.MISSION) == ["tiangong-1", "china-space-station"]
    text = "The satellite, nicknamed Micius after an ancient philosopher, was carried by a Long March-2D rocket."
    assert ids(text, Kind.MISSION) == ["micius"]


def test_one_gathering_by_its_names_a_wife_a_place_described_as_a_city_and_a_launch_pad() -> None:
    text = "Pan won at the Paris Olympics. It was China's first gold in the event at the Olympic Games."
    assert ids(text, Kind.GATHERING) == ["paris-olympics", "paris-olympics"]
    text = "The Paris Olympics closed. The Paris Olympic Games drew crowds."
    assert ids(text, Kind.GATHERING) == ["paris-olympic-games", "paris-olympic-games"]
    assert ids("Xi and his wife Peng Liyuan hosted a banquet.", Kind.PERSON) == ["xi-jinping", "peng-liyuan"]
    text = "Born in Yantai, a coastal city in Shandong Province, she flew from Launch Complex 39A."
    assert ids(text, Kind.PLACE) == ["yantai", "shandong", "launch-complex-39a"]


def test_a_company_named_after_its_noun_a_description_headed_before_by_and_a_place_in_an_adjective() -> None:
    text = "It was built by the Houston-based company Acme Robotics for a U.S.-built module."
    assert [(t, k) for t, k, _ in mentions(text)] == [
        ("Houston", "place"),
        ("Acme Robotics", "organization"),
        ("U.S.", "place"),
    ]
    # "a lander built by the company": the description is a lander's, not an organization's.
    assert ids("Odysseus, a lander built by the company, landed.", Kind.ORGANIZATION) == []
    text = "LandSpace's Zhuque-2 and a Ceres-1 rocket flew past the dwarf planet Ceres."
    assert [(t, k) for t, k, _ in mentions(text)] == [
        ("LandSpace", "organization"),
        ("Zhuque-2", "vehicle"),
        ("Ceres-1", "vehicle"),
        ("Ceres", "place"),
    ]


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet="ab -'_é.", max_size=40),
    st.lists(st.text(alphabet="ab -'é", min_size=1, max_size=4), min_size=1, max_size=4, unique=True),
    st.integers(0, 40),
    st.integers(0, 40),
)
def test_whole_words_find_what_an_alternation_of_the_names_finds(text, names, begin, end):
    """The names an article has defined are found with ``str.find``, where they used to be found
    with a regular expression compiled for each article; the two must agree, span for span."""
    begin, end = sorted((min(begin, len(text)), min(end, len(text))))
    ordered = sorted(names, key=lambda s: (-len(s), s))
    regex = re.compile(r"(?<![\w'-])(?:" + "|".join(map(re.escape, ordered)) + r")(?![\w-])")
    expected = [(m.start(), m.end()) for m in regex.finditer(text, begin, end)]
    found = [(s.begin, s.end) for s in _whole_words(text, Span(begin, end), names)]
    assert found == expected


def test_cities_of_the_reference_data_need_no_cue_and_are_contained_in_their_province_or_country() -> None:
    text = "The capsule came down off Tallahassee. The probe was built in Sagamihara and tested in Zhuhai."
    assert ids(text, Kind.PLACE) == ["tallahassee", "sagamihara", "zhuhai"]
    places = {e.id: e for e in lexicon.load().entities if e.kind is Kind.PLACE}
    assert places["zhuhai"].contained_in == "guangdong" and places["sagamihara"].contained_in == "japan"


def test_sovereigns_ranks_and_names_by_what_is_said_of_them() -> None:
    text = (
        "The crown of Empress Eugenie, the wife of Napoleon III, was found. World War II ended. "
        "Indian Air Force Group Captain Shubhanshu Shukla flew with mission specialists Slawosz "
        "Uznanski-Wisniewski of Poland and Tibor Kapu of Hungary, after Rakesh Sharma flew aboard the Soyuz "
        "T-11 in 1984. The mission was run by Houston-based Axiom Space. The Crew Dragon Grace docked with "
        "the space station's Harmony module. ISRO will use it for Gaganyaan."
    )
    found = {(k, t) for t, k, _ in mentions(text)}
    assert {
        ("person", "Empress Eugenie"),
        ("person", "Napoleon III"),
        ("organization", "Indian Air Force"),
        ("person", "Shubhanshu Shukla"),
        ("person", "Slawosz Uznanski-Wisniewski"),
        ("person", "Tibor Kapu"),
        ("person", "Rakesh Sharma"),
        ("mission", "Soyuz T-11"),
        ("organization", "Axiom Space"),
        ("mission", "Grace"),
        ("mission", "Harmony module"),
        ("mission", "Gaganyaan"),
    } <= found
    assert not any("War II" in t for _, t in found)
    # Craft numbered the same way are no people.
    assert ids("Gemini IV flew in 1965, and Henry VIII had six wives.", Kind.PERSON) == ["henry-viii"]
    assert ids("Takaichi beat agriculture minister Shinjiro Koizumi.", Kind.PERSON) == ["shinjiro-koizumi"]
    # A rocket of the same family is no crewed flight: "Soyuz-2.1a" is no "Soyuz 2".
    assert ids("The Soyuz-2.1a rocket lifted off with Progress MS-27.", Kind.MISSION) == ["progress-ms-27"]


def test_shuttle_flights_occupations_saints_places_of_worship_and_one_person_by_several_names() -> None:
    text = (
        "Discovery flew Hubble on STS-31, and Challenger was lost on STS-51-L. Six women flew on NS-31, "
        "including pop singer Katy Perry and television host Gayle King. The crew also included Lauren "
        "Sanchez, a former news anchor, civil rights activist Amanda Nguyen and film producer Kerianne "
        "Flynn. Smoke rose from the Sistine Chapel as people waited in St. Peter's Square, by St. Peter's "
        "Basilica. He greeted the diocese of Chiclayo. He led the Vatican's Dicastery for Bishops."
    )
    found = {(k, t) for t, k, _ in mentions(text)}
    assert {
        ("mission", "STS-31"),
        ("mission", "STS-51-L"),
        ("mission", "NS-31"),
        ("person", "Katy Perry"),
        ("person", "Gayle King"),
        ("person", "Lauren Sanchez"),
        ("person", "Amanda Nguyen"),
        ("person", "Kerianne Flynn"),
        ("place", "Sistine Chapel"),
        ("place", "St. Peter's Square"),
        ("place", "St. Peter's Basilica"),
        ("place", "Chiclayo"),
        ("organization", "Dicastery for Bishops"),
    } <= found
    # The full name without its middle name, and the name a person takes, are that person's.
    text = (
        "Robert Prevost elected pope\n\nCardinal Robert Francis Prevost was elected on Thursday and took "
        "the name Leo XIV. Leo XIV then spoke. Prevost was born in Chicago."
    )
    people = [(t, i) for t, k, i in mentions(text) if k == "person"]
    assert {i for _, i in people} == {"robert-francis-prevost"}
    assert [t for t, _ in people] == [
        "Robert Prevost",
        "Robert Francis Prevost",
        "Leo XIV",
        "Leo XIV",
        "Prevost",
    ]


def test_a_craft_named_between_commas_after_its_noun_or_described_as_a_mission() -> None:
    text = (
        "Its first lander, Odysseus, also tipped over. BepiColombo, a joint mission of the European Space "
        "Agency and JAXA, swung past Venus. The lander, NASA said, was lost."
    )
    missions = [(t, i) for t, k, i in mentions(text) if k == "mission"]
    assert missions[:2] == [("Odysseus", "odysseus"), ("BepiColombo", "bepicolombo")]
    assert {i for _, i in missions} == {"odysseus", "bepicolombo"}  # ("The lander" is Odysseus again)


def test_a_sheriff_a_camp_a_rover_named_after_its_noun_and_a_long_owner_before_a_craft() -> None:
    text = (
        "Kerr County Sheriff Larry Leitha said girls from Camp Mystic were missing. The lander carried a "
        "small rover named Tenacious. The European Space Agency's Rosetta spacecraft ended its mission."
    )
    found = {(k, t) for t, k, _ in mentions(text)}
    assert {
        ("place", "Kerr County"),
        ("person", "Larry Leitha"),
        ("place", "Camp Mystic"),
        ("mission", "Tenacious"),
        ("organization", "European Space Agency"),
        ("mission", "Rosetta"),
    } <= found
    assert not any("Sheriff" in t or "Agency's" in t for _, t in found)


def test_airlines_crew_flights_scientists_streams_and_an_opening_verb_before_a_name() -> None:
    text = (
        "An Air India jet crashed, and Air Force One flew. The four astronauts of Crew-10 left. Sent by the "
        "paleontologist Louis Leakey to Gombe Stream, she studied chimpanzees."
    )
    found = {(k, t) for t, k, _ in mentions(text)}
    assert {
        ("organization", "Air India"),
        ("mission", "Crew-10"),
        ("person", "Louis Leakey"),
        ("place", "Gombe Stream"),
    } <= found
    assert ("place", "India") not in found
    assert ids("Founds the Jane Goodall Institute to support research.", Kind.ORGANIZATION) == [
        "jane-goodall-institute"
    ]


def test_teams_by_one_score_a_league_a_body_beyond_the_earth_and_a_cup_without_its_holder() -> None:
    text = (
        "Palmer double wins Club World Cup\n\nChelsea beat Paris Saint-Germain 3-0 to win the FIFA Club World "
        "Cup, with Cole Palmer scoring twice. Trump handed the trophy to Chelsea captain Reece James. PSG won "
        "the UEFA Champions League. New Horizons flew past Arrokoth, a small icy body in the Kuiper Belt."
    )
    found = {(k, t) for t, k, _ in mentions(text)}
    assert {
        ("organization", "Chelsea"),
        ("organization", "Paris Saint-Germain"),
        ("person", "Cole Palmer"),
        ("person", "Reece James"),
        ("organization", "UEFA Champions League"),
        ("place", "Arrokoth"),
        ("place", "Kuiper Belt"),
    } <= found
    assert ("place", "Paris") not in found
    cups = {i for t, k, i in mentions(text) if "Club World Cup" in t}
    assert cups == {"fifa-club-world-cup"}
    # A player is no team: two names and set scores, or a person's name and one score.
    assert ids("Wang Chuqin beat Truls Moregard 4-1 in the final.", Kind.ORGANIZATION) == []


def test_two_initials_open_a_name_and_platforms_and_navigation_systems_are_known() -> None:
    text = (
        "Nepali Prime Minister K.P. Sharma Oli resigned after the government blocked Facebook and YouTube, "
        "said U.S. Senator Ted Cruz. NVS-02 is part of NavIC."
    )
    found = {(k, t) for t, k, _ in mentions(text)}
    assert {
        ("person", "K.P. Sharma Oli"),
        ("organization", "Facebook"),
        ("organization", "YouTube"),
        ("mission", "NavIC"),
        ("person", "Ted Cruz"),
    } <= found
    assert not any(t.startswith("U.S. S") for _, t in found)


def test_a_list_after_a_role_and_a_comma_a_body_described_by_its_country_and_a_named_test_flight() -> None:
    text = (
        "Modi names the four astronaut-designates, Prasanth Balakrishnan Nair, Ajit Krishnan, Angad Pratap and "
        "Shubhanshu Shukla. The crew, Jin Hao, Ma Lin and Zhou Fei, waved. The blackout began at noon, according "
        "to Red Electrica, Spain's grid operator. ISRO's first test vehicle flight, TV-D1, tests the escape system."
    )
    found = {(k, t) for t, k, _ in mentions(text)}
    assert {
        ("person", "Prasanth Balakrishnan Nair"),
        ("person", "Ajit Krishnan"),
        ("person", "Angad Pratap"),
        ("person", "Shubhanshu Shukla"),
        ("person", "Jin Hao"),
        ("person", "Ma Lin"),
        ("person", "Zhou Fei"),
        ("organization", "Red Electrica"),
        ("mission", "TV-D1"),
    } <= found
    assert ("person", "Red Electrica") not in found
    # After a comma only a list of several names follows a role: one word after it is no name.
    assert ids("The minister, Beijing and Shanghai agreed.", Kind.PERSON) == []


def test_a_scientist_by_the_ending_a_rival_ending_a_clause_a_rider_a_title_of_a_place_an_asteroid_and_a_team() -> None:
    text = (
        "It is named after Donald Johanson, the paleoanthropologist who found the fossil. Pogacar finished ahead "
        "of Denmark's Jonas Vingegaard. The stage was won by Belgian rider Wout van Aert. Archbishop of Paris "
        "Laurent Ulrich blessed the altar. Lucy will reach its first Trojan asteroid, Eurybates, in 2027. He rides "
        "for UAE Team Emirates-XRG. He lives in China's Inner Mongolia. It hit the asteroid, NASA said."
    )
    found = {(k, t) for t, k, _ in mentions(text)}
    assert {
        ("person", "Donald Johanson"),
        ("person", "Jonas Vingegaard"),
        ("person", "Wout van Aert"),
        ("person", "Laurent Ulrich"),
        ("place", "Eurybates"),
        ("organization", "UAE Team Emirates-XRG"),
        ("organization", "NASA"),
    } <= found
    assert not {k for k, t in found if t in ("Inner Mongolia", "NASA", "Paris")} & {"person"}
    assert ("place", "NASA") not in found and ("place", "United Arab Emirates") not in found


def test_what_a_name_is_short_for_a_company_by_its_capitalised_title_and_korean_names() -> None:
    text = (
        "SPHEREx, short for Spectro-Photometer for the History of the Universe, Epoch of Reionization and Ices "
        "Explorer, will map the sky. It was built by BAE Systems. Nintendo President Shuntaro Furukawa spoke, "
        "and Nintendo said sales were strong. South Korean President Lee Jae-myung arrived; Lee said the talks "
        "went well. Kenyan President William Ruto, U.S. President-elect Donald Trump and the Hong Kong-based "
        "company spoke."
    )
    found = mentions(text)
    assert {i for _, k, i in found if k == "mission"} == {"spherex"}
    assert ("Nintendo", "organization", "nintendo") in found and len([t for t, _, _ in found if t == "Nintendo"]) == 2
    assert {("BAE Systems", "organization"), ("Shuntaro Furukawa", "person"), ("William Ruto", "person")} <= {
        (t, k) for t, k, _ in found
    }
    assert [(t, i) for t, k, i in found if i == "lee-jae-myung"] == [
        ("Lee Jae-myung", "lee-jae-myung"),
        ("Lee", "lee-jae-myung"),
    ]
    assert ("Donald Trump", "person", "donald-trump") in found
    assert not any(t in ("Kenyan", "South Korean", "Korean") for t, _, _ in found)
    assert not any("based" in t for t, _, _ in found)


def test_an_owners_acronym_initials_spelled_a_contest_a_one_word_stage_name_and_a_real_name() -> None:
    text = (
        "India's PSLV rocket failed\n\nThe Indian Space Research Organisation's (ISRO) Polar Satellite Launch "
        "Vehicle failed. Austrian singer JJ won the 69th Eurovision Song Contest. JJ, whose real name is Johannes "
        "Pietsch, scored 436 points. Chinese player Wang said it was close."
    )
    found = mentions(text)
    vehicles = {(t, i) for t, k, i in found if k == "vehicle"}
    assert vehicles == {
        ("PSLV", "polar-satellite-launch-vehicle"),
        ("Polar Satellite Launch Vehicle", "polar-satellite-launch-vehicle"),
    }
    assert ("69th Eurovision Song Contest", "gathering", "69th-eurovision-song-contest") in found
    assert [(t, i) for t, k, i in found if k == "person"] == [("JJ", "jj"), ("JJ", "jj"), ("Johannes Pietsch", "jj")]


def test_and_the_before_a_headed_name_a_title_of_a_field_a_successor_and_a_riding() -> None:
    text = (
        "Carney, a former governor of the Bank of Canada and the Bank of England, replaced Justin Trudeau as "
        "Liberal leader. The Ever Given and the Suez Canal: a deal with the owner, Shoei Kisen Kaisha. ESA's "
        "Director of Science Carole Mundell spoke. The Minister of Finance Nirmala Sitharaman said so, and Mayor of "
        "New York Zohran Mamdani said so. He lost his seat in Carleton, an Ottawa-area riding."
    )
    found = {(k, t) for t, k, _ in mentions(text)}
    assert {
        ("organization", "Bank of Canada"),
        ("organization", "Bank of England"),
        ("person", "Justin Trudeau"),
        ("place", "Suez Canal"),
        ("organization", "Shoei Kisen Kaisha"),
        ("person", "Carole Mundell"),
        ("person", "Nirmala Sitharaman"),
        ("person", "Zohran Mamdani"),
        ("place", "New York"),
        ("place", "Carleton"),
    } <= found
    assert not any(" and the " in t or t.startswith(("Finance", "York", "Science")) for _, t in found)


def test_a_months_name_last_after_a_role_an_owners_office_and_a_body_whose_leader_follows() -> None:
    text = (
        "Prime Minister Theresa May triggered Article 50. Zabihullah Mujahid, the government's chief spokesman, "
        "said teams were sent to Kunar province and neighboring Nangarhar province, in east China's Fujian "
        "province. Johnson and European Commission President Ursula von der Leyen agree a trade deal."
    )
    found = {(k, t) for t, k, _ in mentions(text)}
    assert {
        ("person", "Theresa May"),
        ("person", "Zabihullah Mujahid"),
        ("place", "Kunar"),
        ("place", "Nangarhar"),
        ("organization", "European Commission"),
        ("person", "Ursula von der Leyen"),
    } <= found
    assert "fujian-province" not in ids(text, Kind.PLACE) and not any(" and " in t for _, t in found)


def test_a_helicopter_a_known_owners_bare_apostrophe_carriers_named_before_air_and_a_conference() -> None:
    text = (
        "NASA's Ingenuity Mars helicopter landed in Mars' Jezero Crater. Xi came for the APEC Economic Leaders' "
        "Meeting. A Jeju Air passenger plane and a Korean Air flight landed. Steve Jobs spoke at the Macworld "
        "conference, then at a press conference."
    )
    found = {(k, t) for t, k, _ in mentions(text)}
    assert {
        ("mission", "Ingenuity"),
        ("place", "Jezero Crater"),
        ("gathering", "APEC Economic Leaders' Meeting"),
        ("organization", "Jeju Air"),
        ("organization", "Korean Air"),
        ("gathering", "Macworld conference"),
    } <= found
    assert not any("Mars'" in t or "press" in t for _, t in found)


def test_a_craft_before_its_acronym_and_noun_a_described_satellite_an_asteroid_called_and_a_recipient() -> None:
    text = (
        "NASA's Double Asteroid Redirection Test (DART) spacecraft hit Dimorphos, which orbits an asteroid "
        "called Didymos. LICIACube, a small Italian satellite that flew beside DART, took pictures. Phobos, a "
        "natural satellite of Mars, is small. The last A380 is delivered to Emirates in Hamburg, a Qantas "
        "jet flew to Woomera in South Australia, and Türkiye's parliament voted."
    )
    found = {(k, t) for t, k, _ in mentions(text)}
    assert {
        ("mission", "Double Asteroid Redirection Test"),
        ("mission", "DART"),
        ("place", "Didymos"),
        ("mission", "LICIACube"),
        ("organization", "Emirates"),
        ("organization", "Qantas"),
        ("place", "Woomera"),
        ("place", "Türkiye"),
    } <= found
    assert ("place", "Emirates") not in found and ("mission", "Phobos") not in found


def test_pilots_an_instructor_a_worker_a_counterpart_a_spaceplane_a_flight_named_and_a_name_known_as() -> None:
    text = (
        "Virgin Galactic's VSS Unity spaceplane flew. The flight, named Galactic 01, carried astronaut instructor "
        "Colin Bennett. Pilots Mike Masucci and Nicola Pecile flew it. British worker Graham Fagg met his French "
        "counterpart Philippe Cozette under the English Channel. The Japanese Trade Union Confederation, known as "
        "Rengo, said wages rose; Rengo is big. Trains run to London's St Pancras station from Calais."
    )
    found = {(k, t) for t, k, _ in mentions(text)}
    assert {
        ("organization", "Virgin Galactic"),
        ("mission", "VSS Unity"),
        ("mission", "Galactic 01"),
        ("person", "Colin Bennett"),
        ("person", "Mike Masucci"),
        ("person", "Nicola Pecile"),
        ("person", "Graham Fagg"),
        ("person", "Philippe Cozette"),
        ("place", "English Channel"),
        ("organization", "Japanese Trade Union Confederation"),
        ("organization", "Rengo"),
        ("place", "St Pancras station"),
        ("place", "Calais"),
    } <= found
    assert ("person", "St Pancras") not in found
    assert [i for t, _, i in mentions(text) if t == "Rengo"] == ["japanese-trade-union-confederation"] * 2


def test_a_seat_of_power_is_its_office_when_it_speaks_and_castles_streets_colliders_and_a_town_near_another() -> None:
    text = (
        "Kremlin spokesman Dmitry Peskov said Xi held talks at the Kremlin. According to the Pentagon, jets flew "
        "over the Pentagon. The queen died at Balmoral Castle in Scotland, Buckingham Palace announced. Truss spoke "
        "outside 10 Downing Street. The Large Hadron Collider at CERN restarted. He watched from Yehud near Tel "
        "Aviv. Floods hit New South Wales."
    )
    found = [(k, t) for t, k, _ in mentions(text)]
    assert found.count(("organization", "Kremlin")) == 1 and found.count(("place", "Kremlin")) == 1
    assert found.count(("organization", "Pentagon")) == 1 and found.count(("place", "Pentagon")) == 1
    assert {
        ("organization", "Buckingham Palace"),
        ("place", "Balmoral Castle"),
        ("place", "Scotland"),
        ("place", "10 Downing Street"),
        ("place", "Large Hadron Collider"),
        ("organization", "CERN"),
        ("place", "Yehud"),
        ("place", "New South Wales"),
    } <= set(found)
    assert ("place", "Wales") not in found


def test_initials_before_a_particle_a_region_after_a_places_owner_and_the_subject_of_a_life_in_dates() -> None:
    text = (
        "Nelson Mandela: key dates\n\nJuly 18, 1918: Born in the village of Mvezo in South Africa's Eastern Cape."
        "\n\nDec. 10, 1993: Receives the Nobel Peace Prize together with President F.W. de Klerk, as floods hit "
        "Australia's Northern Territory.\n"
    )
    found = {(k, t) for t, k, _ in mentions(text)}
    assert {
        ("person", "Nelson Mandela"),
        ("person", "F.W. de Klerk"),
        ("place", "Eastern Cape"),
        ("place", "Northern Territory"),
    } <= found
    assert ("person", "Eastern Cape") not in found and ("person", "Northern Territory") not in found
    # (A headline's name is a person's only over entries that tell a life.)
    assert "person" not in {k for _, k, _ in mentions("Airbus Toulouse: key dates\n\nMay 1, 2005: It flew.\n")}


def test_a_satellites_designation_a_middle_initial_an_officer_a_game_publisher_and_walls_gates_and_stations() -> None:
    text = (
        "The DPRK placed its first reconnaissance satellite, Malligyong-1, into orbit from the Sohae Satellite "
        "Launching Station. Microsoft Chief Executive Officer Satya Nadella bought video game publisher Activision "
        "Blizzard. U.S. President John F. Kennedy spoke in West Berlin near the Berlin Wall and the Brandenburg "
        "Gate, as East Germany watched."
    )
    found = {(k, t) for t, k, _ in mentions(text)}
    assert {
        ("place", "DPRK"),
        ("mission", "Malligyong-1"),
        ("place", "Sohae Satellite Launching Station"),
        ("person", "Satya Nadella"),
        ("organization", "Activision Blizzard"),
        ("person", "John F. Kennedy"),
        ("place", "West Berlin"),
        ("place", "Berlin Wall"),
        ("place", "Brandenburg Gate"),
        ("place", "East Germany"),
    } <= found
    assert not any(t.startswith("Officer") or t == "Sohae" for _, t in found)


def test_a_short_forms_spelled_initials_a_makers_two_words_lower_case_programs_and_parties_and_successors() -> None:
    text = (
        "A Rocket Lab Electron rocket carried NASA's CAPSTONE spacecraft. CAPSTONE, short for Cislunar Autonomous "
        "Positioning System Technology Operations and Navigation Experiment, will test an orbit for Gateway, a small "
        "space station, under its Artemis program. Giorgia Meloni was sworn in. Her Brothers of Italy party won; "
        "they held the Christmas party. Meloni succeeds Mario Draghi, and Dorsey is replaced by Parag Agrawal."
    )
    found = mentions(text)
    kinds = {(k, t) for t, k, _ in found}
    assert {
        ("organization", "Rocket Lab"),
        ("vehicle", "Electron"),
        ("mission", "Artemis program"),
        ("person", "Giorgia Meloni"),
        ("organization", "Brothers of Italy"),
        ("person", "Mario Draghi"),
        ("person", "Parag Agrawal"),
    } <= kinds
    # One craft by both its names, and no station of China's, nor a party's occasion.
    assert len({i for t, k, i in found if k == "mission" and t in ("CAPSTONE", "Cislunar Autonomous Positioning "
                "System Technology Operations and Navigation Experiment")}) == 1  # fmt: skip
    assert not any("space station" in t or "Christmas" in t for t, _, _ in found)


def test_what_a_telescope_sees_is_no_name_a_goalkeeper_an_engineer_opening_an_entry_and_a_fair_and_a_field() -> None:
    text = (
        "Japan launches X-ray telescope. Goalkeeper Emiliano Martinez saved a penalty.\n\nMarch 31, 1889: Engineer "
        "Gustave Eiffel climbs the tower on the Champ de Mars during the World's Fair.\n"
    )
    found = {(k, t) for t, k, _ in mentions(text)}
    assert {
        ("person", "Emiliano Martinez"),
        ("person", "Gustave Eiffel"),
        ("place", "Champ de Mars"),
        ("gathering", "World's Fair"),
    } <= found
    assert not any(t in ("X-ray", "Mars") for _, t in found)


def test_a_speaker_an_oceanographer_a_network_a_yard_of_two_names_and_a_submersible_named_after_a_moon() -> None:
    text = (
        "Parliament Speaker Mahinda Yapa Abeywardena said a team led by oceanographer Robert Ballard found the "
        "ship built at the Harland and Wolff shipyard, as leaders met at the China and Russia summit. The Deep "
        "Space Network heard it. The Titan submersible was lost, while Saturn's moon Titan is cold."
    )
    found = [(k, t) for t, k, _ in mentions(text)]
    assert {
        ("person", "Mahinda Yapa Abeywardena"),
        ("person", "Robert Ballard"),
        ("organization", "Harland and Wolff"),
        ("organization", "Deep Space Network"),
    } <= set(found)
    assert found.count(("place", "Titan")) == 1 and not any("Speaker" in t or "Russia summit" in t for _, t in found)


def test_a_person_named_after_what_he_is_and_a_pair_before_a_chronologys_present_tense_verb() -> None:
    text = (
        "Police arrested a 41-year-old man, Tetsuya Yamagami, at the scene.\n\nAug. 29, 1997: Reed Hastings and "
        "Marc Randolph found Netflix in Scotts Valley, California.\n"
    )
    found = {(k, t) for t, k, _ in mentions(text)}
    assert {("person", "Tetsuya Yamagami"), ("person", "Reed Hastings"), ("person", "Marc Randolph")} <= found


def test_a_station_named_before_its_noun_a_ship_in_space_capital_cosmonauts_and_days_in_space() -> None:
    text = (
        "Mir space station: key dates\n\nCosmonauts Leonid Kizim and Vladimir Solovyov become its first crew. "
        "Valeri Polyakov returns to Earth after a record 437 days in space. The shuttle docks with Mir. An "
        "uncrewed Progress cargo ship collides with a module. The test flight, known as Demo-2, lifts off. A Maersk "
        "cargo ship ran aground."
    )
    found = mentions(text)
    assert {("Mir", "mission", "mir"), ("Progress", "mission", "progress"), ("Demo-2", "mission", "demo-2")} <= set(
        found
    )
    assert {("person", "Leonid Kizim"), ("person", "Vladimir Solovyov"), ("person", "Valeri Polyakov")} <= {
        (k, t) for t, k, _ in found
    }
    # ("space station" after the name is the name's noun, not China's station; a ship at sea is no craft)
    assert not any(t == "space station" or "Maersk" in t for t, _, _ in found)


def test_kin_and_pioneers_a_rival_an_office_taken_an_age_a_compass_region_and_a_family_name_over_a_place() -> None:
    text = (
        "The capsule carried his brother Mark Bezos and aviation pioneer Wally Funk into the West Texas sky. Rishi "
        "Sunak became Britain's prime minister after his only rival, Penny Mordaunt, withdrew. Liz Truss, 47, "
        "resigned. Jimmy Wales and Larry Sanger launch Wikipedia. Wales sets up a foundation in Wales."
    )
    found = mentions(text)
    people = {t for t, k, _ in found if k == "person"}
    assert {"Mark Bezos", "Wally Funk", "Rishi Sunak", "Penny Mordaunt", "Liz Truss", "Jimmy Wales", "Wales"} <= people
    assert ("West Texas", "place", "west-texas") in found
    # (the place is still the place where it is one: "in Wales")
    assert [i for t, _, i in found if t == "Wales"] == ["jimmy-wales", "wales"]


def test_one_craft_of_a_series_a_chief_officer_places_on_places_and_a_names_last_words() -> None:
    text = (
        "Russian Soyuz spacecraft springs leak\n\nThe Soyuz MS-22 spacecraft leaked. The Soyuz brought the crew. Chief "
        "Technology Officer Mira Murati spoke. Construction began at Bennelong Point on Sydney Harbour. The Sydney "
        "Opera House opened. UNESCO added the Opera House to its list."
    )
    found = mentions(text)
    assert [t for t, _, i in found if i == "soyuz-ms-22"] == ["Soyuz", "Soyuz MS-22", "Soyuz"]
    assert {("Mira Murati", "person"), ("Bennelong Point", "place"), ("Sydney Harbour", "place")} <= {
        (t, k) for t, k, _ in found
    }
    assert [t for t, _, i in found if i == "sydney-opera-house"] == ["Sydney Opera House", "Opera House"]


def test_a_judge_a_business_described_as_an_investor_and_a_business_named_without_its_form() -> None:
    text = (
        "Court orders liquidation of China Evergrande\n\nThe court ordered the liquidation of China Evergrande "
        "Group. Judge Linda Chan said so. The petition was filed by Top Shine Global, an investor in a unit."
    )
    found = mentions(text)
    assert [t for t, _, i in found if i == "china-evergrande-group"] == ["China Evergrande", "China Evergrande Group"]
    assert {("Linda Chan", "person"), ("Top Shine Global", "organization")} <= {(t, k) for t, k, _ in found}
    assert not any(i == "china" for _, _, i in found)


def test_one_name_for_a_sovereign_or_kin_an_agency_named_after_its_noun_and_clubs_by_a_citys_name() -> None:
    text = (
        "Naruhito became Japan's 126th emperor after his father Akihito stepped down. The French space agency "
        "CNES built it. Messi was born in Rosario and made his first league appearance for Barcelona. He signs "
        "for Paris Saint-Germain after leaving Barcelona, then signs with Inter Miami. Xi signed with Putin a "
        "statement."
    )
    found = {(t, k) for t, k, _ in mentions(text)}
    assert {("Naruhito", "person"), ("Akihito", "person"), ("CNES", "organization")} <= found
    assert {
        ("Barcelona", "organization"),
        ("Paris Saint-Germain", "organization"),
        ("Inter Miami", "organization"),
    } <= (found)
    assert not {("Barcelona", "place"), ("Paris", "place"), ("Miami", "place"), ("Putin", "organization")} & found


def test_a_city_a_club_is_named_after_stays_a_place_where_something_is_in_it() -> None:
    found = mentions("He plays for Barcelona. He was born in Barcelona.")
    assert [(t, k) for t, k, _ in found] == [("Barcelona", "organization"), ("Barcelona", "place")]


def test_a_successor_before_succeeds_and_businesses_by_what_only_a_business_does() -> None:
    text = (
        "Jeff Bezos founds the company under the name Cadabra. Amazon goes public on the Nasdaq. It agrees to buy "
        "Whole Foods Market for 13.7 billion U.S. dollars. Andy Jassy succeeds Bezos as chief executive."
    )
    found = {(t, k) for t, k, _ in mentions(text)}
    assert {("Cadabra", "organization"), ("Amazon", "organization"), ("Whole Foods Market", "organization")} <= found
    assert ("Andy Jassy", "person") in found


def test_craft_of_two_words_and_a_number_listed_after_their_noun_and_an_honorific_after_a_role() -> None:
    text = (
        "The satellites, Pleiades Neo 5 and Pleiades Neo 6, were lost. Dubai ruler Sheikh Mohammed bin Rashid Al "
        "Maktoum opens the tower."
    )
    found = {(t, k) for t, k, _ in mentions(text)}
    assert {("Pleiades Neo 5", "mission"), ("Pleiades Neo 6", "mission")} <= found
    assert ("Mohammed bin Rashid Al Maktoum", "person") in found


def test_an_owner_ending_in_s_apostrophe_a_speaking_centre_an_acronyms_owner_and_a_consortium() -> None:
    text = (
        "The United Arab Emirates' Hope probe entered orbit, the Mohammed bin Rashid Space Centre said. Sarah Al "
        "Amiri, the UAE's minister of state for advanced technology, said so. Berners-Lee founds the World Wide "
        "Web Consortium."
    )
    found = {(t, k) for t, k, _ in mentions(text)}
    assert {("Hope", "mission"), ("Mohammed bin Rashid Space Centre", "organization")} <= found
    assert {("Sarah Al Amiri", "person"), ("World Wide Web Consortium", "organization")} <= found


def test_places_listed_after_a_plural_place_noun_and_near_and_a_district_named_without_its_noun() -> None:
    text = (
        "Buildings fell in cities from Adana to Diyarbakir. People died in areas of Aleppo, Hama and Latakia. "
        "The plane crashed near Bishoftu. A second quake shook the Elbistan district of Kahramanmaras province."
    )
    found = {(t, k) for t, k, _ in mentions(text)}
    places = {"Adana", "Diyarbakir", "Aleppo", "Hama", "Latakia", "Bishoftu", "Elbistan", "Kahramanmaras"}
    assert {(p, "place") for p in places} <= found
    assert not {t for t, k in found if "district" in t or "province" in t}


def test_airlines_without_their_flight_numbers_a_group_described_and_a_payload_is_a_craft() -> None:
    text = (
        "Lion Air Flight 610 crashed into the Java Sea. Ethiopian Airlines Flight 302 crashed too. Malindo Air "
        "takes delivery of the first plane. The White Helmets, a rescue group working in the northwest, counted "
        "the dead. The rocket carried Elon Musk's cherry-red Tesla Roadster as a dummy payload."
    )
    found = {(t, k) for t, k, _ in mentions(text)}
    airlines = {"Lion Air", "Ethiopian Airlines", "Malindo Air", "White Helmets"}
    assert {(a, "organization") for a in airlines} <= found
    assert ("Roadster", "mission") in found
    assert not {t for t, k in found if "Flight" in t}


def test_a_peer_named_by_a_title_of_a_place_a_power_plant_and_a_club() -> None:
    text = (
        "He received the trophy from Catherine, Princess of Wales. The Duke of Sussex watched. A tsunami hit the "
        "Fukushima Daiichi nuclear power plant. He had not lost at the All England Club since 2017."
    )
    found = {(t, k) for t, k, _ in mentions(text)}
    assert {("Catherine, Princess of Wales", "person"), ("Duke of Sussex", "person")} <= found
    assert {("Fukushima Daiichi nuclear power plant", "place"), ("All England Club", "organization")} <= found
    assert not {t for t, k in found if t in ("Wales", "Sussex", "England")}


def test_an_honorific_before_one_name_a_residence_described_and_an_air_base() -> None:
    text = (
        "Prime Minister Sheikh Hasina resigned. People stormed Ganabhaban, the prime minister's official residence "
        "in Dhaka. It came from the Casa Santa Marta, the pope's residence. Her helicopter landed at the Hindon air "
        "base near New Delhi."
    )
    found = {(t, k) for t, k, _ in mentions(text)}
    assert {("Sheikh Hasina", "person"), ("Ganabhaban", "place"), ("Casa Santa Marta", "place")} <= found
    assert ("Hindon air base", "place") in found and ("Santa Marta", "place") not in found


def test_a_known_rocket_after_a_makers_head_word_a_holder_after_a_title_of_a_place_and_one_sovereign() -> None:
    text = (
        "Charles III crowned king\n\nIt flew on a United Launch Alliance Atlas V rocket. The Archbishop of "
        "Canterbury, Justin Welby, crowned Britain's King Charles III. Charles became king last year. Police held "
        "Graham Smith, leader of the group Republic."
    )
    found = mentions(text)
    names = {(t, k) for t, k, _ in found}
    assert {("United Launch Alliance", "organization"), ("Atlas V", "vehicle"), ("Justin Welby", "person")} <= names
    assert {("Graham Smith", "person"), ("Republic", "organization")} <= names
    king = {i for t, k, i in found if k == "person" and "Charles" in t}
    assert len(king) == 1 and ("Charles", "person") in names


def test_a_crafts_official_name_a_crown_prince_in_a_list_an_opening_role_and_a_convention_center() -> None:
    text = (
        "South Korea's first lunar orbiter, Danuri, lifted off. The orbiter, officially the Korea Pathfinder Lunar "
        "Orbiter (KPLO), was launched on Friday. U.S. President Joe Biden, Saudi Crown Prince Mohammed bin Salman "
        "and Modi announced a plan at the new Bharat Mandapam convention center. Chief executive Martin Winterkorn "
        "resigns."
    )
    found = mentions(text)
    names = {(t, k) for t, k, _ in found}
    assert len({i for _, k, i in found if k == "mission"}) == 1
    assert {("Mohammed bin Salman", "person"), ("Martin Winterkorn", "person"), ("Bharat Mandapam", "place")} <= names
    assert not {t for t, _ in names if t.startswith("Prince")}


def test_three_names_of_a_persons_form_a_craft_after_its_module_noun_a_navy_ship_and_a_name_before_an_age() -> None:
    text = (
        "A Saturn V rocket launches Neil Armstrong, Buzz Aldrin and Michael Collins. The lunar module Eagle lands. "
        "Collins stays aboard the command module Columbia. The crew is picked up by the aircraft carrier USS "
        "Hornet. The FBI identified the shooter as Thomas Matthew Crooks, a 20-year-old from Bethel Park."
    )
    found = {(t, k) for t, k, _ in mentions(text)}
    people = {"Neil Armstrong", "Buzz Aldrin", "Michael Collins", "Thomas Matthew Crooks"}
    assert {(p, "person") for p in people} <= found
    four = {(t, k) for t, k, _ in mentions("It carried Vance Brand, Tom Stafford, Deke Slayton and Alexei Leonov.")}
    assert {("Tom Stafford", "person"), ("Alexei Leonov", "person")} <= four
    assert {("Eagle", "mission"), ("Columbia", "mission"), ("FBI", "organization")} <= found
    assert not {t for t, _ in found if "Hornet" in t}


def test_who_owns_a_rig_a_person_of_a_known_body_a_speaking_county_a_guard_and_an_airlock() -> None:
    text = (
        "The rig was owned by Transocean and leased to BP. U.S. Coast Guard Admiral Thad Allen spoke. Meir flew "
        "with Oleg Skripochka of Roscosmos. More buildings burned, the County of Maui said. The pair left the "
        "Quest airlock."
    )
    found = {(t, k) for t, k, _ in mentions(text)}
    bodies = {"Transocean", "BP", "U.S. Coast Guard", "County of Maui"}
    assert {(b, "organization") for b in bodies} <= found
    assert {("Oleg Skripochka", "person"), ("Thad Allen", "person"), ("Quest airlock", "mission")} <= found


def test_bodies_listed_with_a_known_one_a_country_army_a_diplomat_leaders_and_a_rocket_after_its_measure() -> None:
    text = (
        "Set up in 2018 by Canon Electronics, IHI Aerospace, construction company Shimizu and the Development Bank "
        "of Japan, the firm sells launches. He served in the U.S. Army. Henry Kissinger, the diplomat who shaped "
        "U.S. foreign policy, died. Eight climbers died, among them the expedition leaders Rob Hall and Scott "
        "Fischer. The 18-meter Kairos rocket exploded."
    )
    found = {(t, k) for t, k, _ in mentions(text)}
    bodies = {"Canon Electronics", "IHI Aerospace", "Shimizu", "Development Bank of Japan", "U.S. Army"}
    assert {(b, "organization") for b in bodies} <= found
    assert {("Henry Kissinger", "person"), ("Rob Hall", "person"), ("Scott Fischer", "person")} <= found
    assert ("Kairos", "vehicle") in found and not {t for t, _ in found if "meter" in t}
    # (A list inside a name, or ending before a title and a person, lists no bodies.)
    inside = "The Association's Commission on New Minerals, Nomenclature and Classification has confirmed it."
    assert {t for t, _, _ in mentions(inside)} == {"Commission on New Minerals"}
    crew = "Sergei Prokopyev flew. It brought Prokopyev, Petelin and NASA astronaut Frank Rubio home."
    assert not {t for t, k, _ in mentions(crew) if k == "organization" and t != "NASA"}


def test_a_former_title_after_a_countrys_short_form_describes_a_person() -> None:
    found = {(t, k) for t, k, _ in mentions("Henry Kissinger, former U.S. secretary of state, dies at 100")}
    assert ("Henry Kissinger", "person") in found


def test_people_by_what_is_theirs_whom_they_meet_and_what_they_play_a_label_corps_news_and_a_suburb() -> None:
    text = (
        "John Lennon meets Paul McCartney at a church fete in Woolton, a suburb of Liverpool. The band, with "
        "George Harrison on guitar, plays in Hamburg. Ringo Starr plays his first show. The single comes out on "
        "the Parlophone label. They play on the roof of the Apple Corps building. Sky News went off the air."
    )
    found = {(t, k) for t, k, _ in mentions(text)}
    people = {"John Lennon", "Paul McCartney", "George Harrison", "Ringo Starr"}
    assert {(p, "person") for p in people} <= found
    assert {("Parlophone", "organization"), ("Apple Corps", "organization"), ("Sky News", "organization")} <= found
    assert ("Woolton", "place") in found and ("Apple", "organization") not in found


def test_a_centre_that_builds_a_maker_of_toys_a_crater_a_region_a_wife_between_commas_and_a_missions_number() -> None:
    text = (
        "It lost its Hakuto-R Mission 1 lander in Atlas crater. The Rashid rover was built by the Mohammed bin "
        "Rashid Space Centre, and a robot by toy maker Tomy. Russian opposition politician Alexei Navalny died in "
        "the Yamalo-Nenets region. Navalny's wife, Yulia Navalnaya, spoke. Scientists Ian Wilmut and Keith "
        "Campbell announce her birth. Troops entered the Russian region of Kursk."
    )
    found = {(t, k) for t, k, _ in mentions(text)}
    assert {("Hakuto-R Mission 1", "mission"), ("Atlas crater", "place"), ("Yamalo-Nenets", "place")} <= found
    bodies = {("Mohammed bin Rashid Space Centre", "organization"), ("Tomy", "organization")}
    assert bodies <= found
    people = {"Alexei Navalny", "Yulia Navalnaya", "Ian Wilmut", "Keith Campbell"}
    assert {(p, "person") for p in people} <= found
    assert not {t for t, _ in found if t.startswith(("Scientists", "Russian"))}


def test_a_given_name_opens_a_persons_name_standing_alone() -> None:
    text = (
        "Charles Lindbergh lands in Paris. Dick Rutan and Jeana Yeager land at Edwards Air Force Base. Orville "
        "and Wilbur Wright fly. He studied at George Washington University and flew from Charles de Gaulle airport "
        "to the Steve Jobs Theater. (Reporting by Ian Ransom; Editing by Peter Rutherford)"
    )
    people = {t for t, k, _ in mentions(text) if k == "person"}
    # (a given name alone before "and" shares the family name after it: "Orville" is Orville Wright)
    assert people == {"Charles Lindbergh", "Dick Rutan", "Jeana Yeager", "Orville", "Wilbur Wright"}
    # (Found so in a headline, the name is the person a title finds, and a later surname is theirs.)
    story = "Javier Milei wins runoff\n\nLibertarian economist Javier Milei won on Sunday.\n\nMilei will take office."
    assert [i for _, k, i in mentions(story) if k == "person"] == ["javier-milei"] * 3


def test_an_asteroid_pair_and_a_test_spelled_out_with_its_acronym() -> None:
    text = (
        "Hera will survey the asteroid pair Didymos and Dimorphos. NASA's Double Asteroid Redirection Test (DART) "
        "struck Dimorphos."
    )
    found = {(t, k) for t, k, _ in mentions(text)}
    assert {("Didymos", "place"), ("Dimorphos", "place"), ("Double Asteroid Redirection Test", "mission")} <= found


def test_an_owner_by_a_given_name_a_company_later_named_institutes_a_consortium_and_a_numbered_galaxy() -> None:
    text = (
        "It confirmed Albert Einstein's theory. Craig Venter says his new company, later named Celera Genomics, "
        "will sequence it, with the U.S. National Institutes of Health. The Telomere-to-Telomere consortium "
        "publishes the sequence. The ring circles a dark center in the galaxy Messier 87, far away."
    )
    found = {(t, k) for t, k, _ in mentions(text)}
    assert {("Albert Einstein", "person"), ("Craig Venter", "person"), ("Messier 87", "place")} <= found
    bodies = {"Celera Genomics", "National Institutes of Health", "Telomere-to-Telomere consortium"}
    assert {(b, "organization") for b in bodies} <= found


def test_a_family_name_titled_alone_is_the_full_names_and_employees_an_assistant_a_retailer_an_assembly() -> None:
    story = "Billionaire Maezawa flies\n\nJapanese fashion tycoon Yusaku Maezawa and his assistant Yozo Hirano flew."
    found = mentions(story)
    assert [i for _, k, i in found if k == "person"] == ["yusaku-maezawa", "yusaku-maezawa", "yozo-hirano"]
    text = (
        "He made his fortune with the online clothing retailer Zozo. Lawmakers at the National Assembly voted. "
        "Former PayPal employees Chad Hurley, Steve Chen and Jawed Karim register it. South Korean singer Psy's "
        "video passed 1 billion views."
    )
    named = {(t, k) for t, k, _ in mentions(text)}
    bodies = {"Zozo", "National Assembly", "PayPal"}
    assert {(b, "organization") for b in bodies} <= named and ("Psy", "person") in named
    assert not {t for t, _ in named if t.startswith("Former")}


def test_a_satellite_also_known_as_a_rockets_other_spelling_an_entertainment_body_and_a_prison() -> None:
    text = (
        "It carried an Earth observation satellite also known as Daichi-3. The H3 will replace the H-2A. Sony "
        "Computer Entertainment releases a console. She is held in Evin prison."
    )
    found = mentions(text)
    named = {(t, k) for t, k, _ in found}
    assert {("Daichi-3", "mission"), ("Evin prison", "place"), ("Sony Computer Entertainment", "organization")} <= named
    assert ("H-2A", "vehicle", "h-iia") in found


def test_a_place_and_what_it_serves_after_for_a_board_and_a_place_a_flight_is_bound_for() -> None:
    text = (
        "It blasted off from the Kennedy Space Center for Axiom Mission 1, organized by Axiom Space. National "
        "Transportation Safety Board chair Jennifer Homendy spoke. The jet, bound for Ontario, California, "
        "returned. They met at the Lincoln Center for the Performing Arts."
    )
    found = {(t, k) for t, k, _ in mentions(text)}
    assert {("Kennedy Space Center", "place"), ("Axiom Mission 1", "mission"), ("Ontario", "place")} <= found
    assert ("National Transportation Safety Board", "organization") in found
    assert not {t for t, _ in found if " for Axiom" in t}
    assert ("Lincoln Center for the Performing Arts", "organization") in found


def test_a_name_taken_a_programmer_a_module_named_by_its_kind_and_an_exchange() -> None:
    text = (
        "A group using the name Ezra Quillfeather publishes a paper. Programmer Ilse Vantongeren pays for two "
        "pizzas. Nauka docked with the Zvezda service module and took the place of the Pirs docking compartment. "
        "Tokyo-based exchange Mt. Gox files for bankruptcy."
    )
    found = {(t, k) for t, k, _ in mentions(text)}
    people = {("Ezra Quillfeather", "person"), ("Ilse Vantongeren", "person")}
    modules = {("Zvezda service module", "mission"), ("Pirs docking compartment", "mission")}
    assert people | modules | {("Mt. Gox", "organization")} <= found


def test_given_names_of_many_languages_and_a_body_named_without_its_nationality_and_kind() -> None:
    found = mentions("Laszlo Kovacs lands in Paris. Silvio Berlusconi wins. Hossein Amir-Abdollahian was killed.")
    assert [t for t, k, _ in found if k == "person"] == [
        "Laszlo Kovacs",
        "Silvio Berlusconi",
        "Hossein Amir-Abdollahian",
    ]
    text = "Teams of the Iranian Red Crescent Society searched. Red Crescent chief Pirhossein Kolivand spoke."
    bodies = {(t, i) for t, k, i in mentions(text) if k == "organization"}
    assert {t for t, _ in bodies} == {"Iranian Red Crescent Society", "Red Crescent"} and len(
        {i for _, i in bodies}
    ) == 1
    # (two bodies shorten to the same name: which one it means is not known)
    two = mentions(text.replace("Society searched", "Society and the Turkish Red Crescent Society searched"))
    assert len({i for t, k, i in two if k == "organization"}) == 3


def test_a_numbered_satellite_described_the_capital_named_a_volcano_and_an_ocean_without_its_word() -> None:
    text = (
        "The target was Kosmos 1408, a Soviet-era signals intelligence satellite launched in 1982. Waves struck "
        "the capital Nuku'alofa. The Hunga Tonga-Hunga Ha'apai volcano erupted, and a tsunami raced across the "
        "Pacific. The Pacific nation was cut off. Atlantic storms grow. July 24, the lab module launched."
    )
    found = mentions(text)
    named = {(t, k) for t, k, _ in found}
    assert {("Kosmos 1408", "mission"), ("Nuku'alofa", "place"), ("Hunga Tonga-Hunga Ha'apai", "place")} <= named
    assert [(t, i) for t, k, i in found if i.endswith("-ocean")] == [("Pacific", "pacific-ocean")]
    assert not {t for t, _ in named if t.startswith("July")}


def test_a_pair_opening_a_sentence_with_a_known_body_names_a_body() -> None:
    found = mentions("Sept. 23, 2008: Google and T-Mobile unveil a phone. Google and Vantoria Ridge hold talks.")
    assert [t for t, k, _ in found if k == "organization"] == ["Google", "T-Mobile", "Google", "Vantoria Ridge"]
    # (a pair with no known body, or with a place, names no body)
    assert not [t for t, k, _ in mentions("Quentin and Vantoria Ridge hold talks.") if k == "organization"]


def test_a_made_craft_another_moon_a_port_a_ceremonys_place_a_military_district_and_a_hyphened_city() -> None:
    text = (
        "Its European-built Huygens probe landed on Titan. It found an ocean on the moon Enceladus. Work began at "
        "Port Said. The lane opened at a ceremony in Ismailia. Fighters seized the headquarters of the Southern "
        "Military District in the city of Rostov-on-Don."
    )
    found = {(t, k) for t, k, _ in mentions(text)}
    assert {("Huygens", "mission"), ("Enceladus", "place"), ("Port Said", "place"), ("Ismailia", "place")} <= found
    assert {("Southern Military District", "organization"), ("Rostov-on-Don", "place")} <= found
    assert not {t for t, _ in found if t.startswith("European") or t == "the moon"}
    assert ("the moon", "place") in {(t, k) for t, k, _ in mentions("It landed on the moon Sunday.")}


def test_a_county_a_city_a_prefecture_a_cathedral_a_monastery_and_a_twin_named_by_their_lower_case_words() -> None:
    text = (
        "It struck off Hualien county, 25 km from Hualien city. A warning for Okinawa prefecture was issued. He "
        "was ordained in Freising cathedral and died at the Mater Ecclesiae monastery. Host city Paris and New "
        "York city cheered, as did the Brazilian Amazon city of Belem. It landed three weeks after its twin, "
        "Spirit, touched down."
    )
    found = {(t, k) for t, k, _ in mentions(text)}
    places = {"Hualien", "Hualien city", "Okinawa", "Freising", "Mater Ecclesiae monastery", "Belem"}
    assert {(p, "place") for p in places} | {("Spirit", "mission")} <= found
    assert not {t for t, _ in found if t.endswith(" city") and t != "Hualien city"}


def test_a_popes_name_of_two_words_and_the_birth_name_of_the_person_a_timeline_is_titled_with() -> None:
    story = (
        "Pope Benedict XVI: key dates\n\nApril 16, 1927: Joseph Ratzinger is born in Marktl.\n\nNov. 25, 1981: "
        "Pope John Paul II appoints him.\n"
    )
    people = [(t, i) for t, k, i in mentions(story) if k == "person"]
    assert people == [
        ("Pope Benedict XVI", "pope-benedict-xvi"),
        ("Joseph Ratzinger", "pope-benedict-xvi"),
        ("Pope John Paul II", "pope-john-paul-ii"),
    ]


def test_a_company_that_publishes_or_builds_an_aerospace_company_and_a_home_in_a_place() -> None:
    text = (
        "His book is published by Bantam; it sold well. Kepler, built by Ball Aerospace, drifts. Odysseus, built "
        "by the Houston-based company Intuitive Machines, landed. He dies at his home in Cambridge."
    )
    found = {(t, k) for t, k, _ in mentions(text)}
    assert {("Bantam", "organization"), ("Ball Aerospace", "organization"), ("Cambridge", "place")} <= found
    assert not {t for t, _ in found if t.startswith("Houston-based")}


def test_more_occupations_a_description_then_who_a_hotel_a_fire_station_and_a_short_form_of_one_found_twice() -> None:
    text = (
        "It was stolen by Ezio Brandolini, an Italian handyman who had worked at the museum. He tried to sell it "
        "to art dealer Ottavio Renzetti. They met next to the Hamilton Hotel. The chief of the Yongsan fire "
        "station spoke."
    )
    found = {(t, k) for t, k, _ in mentions(text)}
    assert {("Ezio Brandolini", "person"), ("Ottavio Renzetti", "person")} <= found
    assert {("Hamilton Hotel", "place"), ("Yongsan", "place")} <= found
    # (found by her role and again by the description with "who": "Mohammadi" is still hers)
    story = (
        "Jailed activist Narges Mohammadi wins\n\nThe prize went to Narges Mohammadi, an Iranian activist who is "
        "in prison. The chair said the prize honored Mohammadi's fight."
    )
    assert [i for t, k, i in mentions(story) if t == "Mohammadi"] == ["narges-mohammadi"]


def test_a_name_with_two_hyphened_parts_a_cave_an_empire_mountain_ranges_and_a_place_near_or_in_a_known_one() -> None:
    text = (
        "Prime Minister Prayut Chan-o-cha thanked them. The boys were trapped in the Tham Luang cave. Warsaw was "
        "part of the Russian Empire. She married in Sceaux, near Paris, and died in Passy, in the French Alps. "
        "They crossed the Rockies."
    )
    found = {(t, k, i) for t, k, i in mentions(text)}
    assert ("Prayut Chan-o-cha", "person", "prayut-chan-o-cha") in found
    places = {(t, i) for t, k, i in found if k == "place"}
    assert {
        ("Tham Luang cave", "tham-luang-cave"),
        ("Russian Empire", "russian-empire"),
        ("Sceaux", "sceaux"),
    } <= places
    assert {("Passy", "passy"), ("Alps", "alps"), ("Rockies", "rocky-mountains")} <= places
    assert ("Hong Kong", "hong-kong") in {(t, i) for t, _, i in mentions("A Hong Kong-based firm grew.")}


def test_a_sculptor_a_statue_an_island_named_for_someone_and_a_radio_telescope_that_is_no_broadcaster() -> None:
    text = (
        "It was designed by French sculptor Frederic Auguste Bartholdi. The Statue of Liberty stands on Bedloe's "
        "Island. The Arecibo radio telescope collapsed in Puerto Rico; he told RTL radio."
    )
    found = {(t, k) for t, k, _ in mentions(text)}
    assert {("Frederic Auguste Bartholdi", "person"), ("Statue of Liberty", "place")} <= found
    assert {("Bedloe's Island", "place"), ("Puerto Rico", "place"), ("RTL", "organization")} <= found
    # (an instrument, as a telescope is, not a broadcaster)
    assert ("Arecibo", "organization") not in found
    assert ("Arecibo", "mission") in found


def test_one_word_doing_what_only_a_craft_does_names_a_craft_and_a_peninsula_and_a_lagoon() -> None:
    text = (
        "Columbia lifts off from the Kennedy Space Center. Challenger breaks apart after liftoff. Discovery "
        "carries the Hubble Space Telescope into orbit. Atlantis lands at the Kennedy Space Center. Columbia "
        "breaks apart over Texas. Mendez lands at Andrews. Lava flowed on Iceland's Reykjanes peninsula; the Blue "
        "Lagoon closed."
    )
    found = mentions(text)
    crafts = [t for t, k, _ in found if k == "mission"]
    assert crafts == ["Columbia", "Challenger", "Discovery", "Hubble Space Telescope", "Atlantis", "Columbia"]
    assert {("Reykjanes peninsula", "place"), ("Blue Lagoon", "place")} <= {(t, k) for t, k, _ in found}
    # (the last word of a longer name, or a word of a craft's name found before, is no craft of its own)
    clipper = mentions("NASA's Europa Clipper lifts off. The Crew Dragon Grace flew, and the Dragon docked with it.")
    assert not {t for t, k, _ in clipper if t in ("Clipper", "Dragon") and k == "mission"}
    # (an article before the word is no longer name's: "The Columbia lifted off"; nor is a capital "The moon")
    found = mentions("The Columbia lifted off. The moon Enceladus has an ocean.")
    assert ("Columbia", "mission") in {(t, k) for t, k, _ in found} and "moon" not in {i for _, _, i in found}


def test_a_private_craft_a_known_company_with_its_kinds_word_a_trade_before_a_name_and_a_bowl() -> None:
    headline = mentions("Private Dragon capsule berths at the station\n\nWASHINGTON, May 25 (Xinhua) -- It docked.")
    assert next(t for t, k, _ in headline if k == "mission") == "Dragon"
    tesla = mentions("Engineers incorporate Tesla Motors in California. Tesla shares start trading on the Nasdaq.")
    assert [(t, i) for t, k, i in tesla if t.startswith("Tesla")] == [("Tesla Motors", "tesla"), ("Tesla", "tesla")]
    # (not where the shorter name is no known company: "General Motors")
    assert ("General Motors", "organization") in {(t, k) for t, k, _ in mentions("General Motors sold cars.")}
    found = mentions(
        "They approve the purchase of solar panel installer SolarCity. It was like winning the Super Bowl."
    )
    assert {("SolarCity", "organization"), ("Super Bowl", "gathering")} <= {(t, k) for t, k, _ in found}
    spacex = mentions("A capsule built by Space Exploration Technologies Corp., or SpaceX, reached the station.")
    assert [i for _, k, i in spacex if k == "organization"] == ["spacex", "spacex"]


def test_chambers_parties_online_services_short_given_names_and_craft_known_together_by_one_name() -> None:
    found = {
        (t, k)
        for t, k, _ in mentions(
            "Labour won 412 seats in the House of Commons. The Liberal Democrats under Ed Davey won 72. Eddie Wu "
            "takes over. Alibaba launches the consumer shopping site Taobao, and the online payment service Alipay "
            "is set up. The two craft, jointly known as ExoMars 2016, were launched from the launch site Baikonur."
        )
    }
    assert {
        ("House of Commons", "organization"),
        ("Liberal Democrats", "organization"),
        ("Ed Davey", "person"),
        ("Eddie Wu", "person"),
        ("Taobao", "organization"),
        ("Alipay", "organization"),
        ("ExoMars 2016", "mission"),
    } <= found
    assert ("Baikonur", "organization") not in found
    # (a house of anything else is no chamber: the series "House of Cards")
    assert ("House of Cards", "organization") not in {(t, k) for t, k, _ in mentions("It released House of Cards.")}


def test_a_programmes_missions_a_described_rovers_name_numbered_climate_talks_and_what_someone_founds() -> None:
    found = {
        (t, k)
        for t, k, _ in mentions(
            "It was the first landing since the Viking missions of 1976. A six-wheeled rover the size of a "
            "microwave oven, named Sojourner, is folded. COP28 President Sultan Al Jaber spoke. Fusajiro Yamauchi "
            "founds Hanafuda Koppai in Kyoto. Satoru Iwata succeeds him. The Nintendo Entertainment System is "
            "launched. Universal Pictures made the film."
        )
    }
    assert {
        ("Viking", "mission"),
        ("Sojourner", "mission"),
        ("COP28", "gathering"),
        ("Hanafuda Koppai", "organization"),
        ("Satoru Iwata", "person"),
        ("Universal Pictures", "organization"),
    } <= found
    assert ("Nintendo Entertainment System", "organization") not in found
    # (a series' numbered flights together are no craft; an acronym the article defines is its name's)
    series = mentions("Tianzhou-8 docked. The following are the most recent Tianzhou missions, newest first.")
    assert ("Tianzhou", "mission") not in {(t, k) for t, k, _ in series}
    cop = mentions("The 30th Conference of the Parties (COP30) opened. COP30 closed.")
    assert {i for _, k, i in cop if k == "gathering"} == {"30th-conference-of-the-parties"}


def test_an_opening_describer_a_candidate_a_name_with_a_and_a_firm_by_its_trade_and_a_place_owned_by_one() -> None:
    found = mentions(
        "Centrist Emmanuel Macron beat far-right candidate Marine Le Pen, according to the Ipsos polling institute "
        "for France 2 television. He founded his movement En Marche! a year ago. Principal investigator Michael "
        "A'Hearn of the University of Maryland spoke. It was built by Ball Aerospace & Technologies Corp. of "
        "Boulder. Observatories, including on Hawaii's Mauna Kea, watched. Kiichiro Toyoda establishes Toyota "
        "Motor Co. in Koromo, central Japan."
    )
    pairs = {(t, k) for t, k, _ in found}
    assert {
        ("Emmanuel Macron", "person"),
        ("Marine Le Pen", "person"),
        ("Ipsos", "organization"),
        ("France 2", "organization"),
        ("En Marche", "organization"),
        ("Michael A'Hearn", "person"),
        ("University of Maryland", "organization"),
        ("Ball Aerospace & Technologies Corp.", "organization"),
        ("Mauna Kea", "place"),
        ("Kiichiro Toyoda", "person"),
        ("Koromo", "place"),
    } <= pairs
    assert ("Toyota Motor Co.", "toyota") in {(t, i) for t, _, i in found}
    # (a verb's form opening the sentence describes no one; a people's word names no firm)
    born = mentions(
        "Born Jorge Mario Bergoglio in Buenos Aires, he was elected. The Soviet news agency TASS reports it."
    )
    assert not {t for t, k, _ in born if k in ("person", "organization") and t in ("Jorge Mario Bergoglio", "Soviet")}


def test_a_bodys_plural_owner_an_atoll_a_headquarters_town_and_a_company_between_commas() -> None:
    found = mentions(
        "Space Exploration Technologies' Falcon 1 rocket lifted off from Omelek Island, part of the Kwajalein Atoll. "
        "Musk spoke at the company's headquarters in Hawthorne. Google will become a unit of a new holding company, "
        "Alphabet, with Sundar Pichai as its chief. Aitana Bonmati was named the best player."
    )
    pairs = {(t, k) for t, k, _ in found}
    assert {
        ("Falcon 1", "vehicle"),
        ("Kwajalein Atoll", "place"),
        ("Hawthorne", "place"),
        ("Alphabet", "organization"),
        ("Sundar Pichai", "person"),
        ("Aitana Bonmati", "person"),
    } <= pairs
    assert ("Space Exploration Technologies", "spacex") in {(t, i) for t, _, i in found}
    # (a person between commas after the noun is no body: "At the company, Wang Hong, a designer, said ...")
    assert ("Wang Hong", "person") in {
        (t, k) for t, k, _ in mentions("At the company, Wang Hong, a designer, said so.")
    }


def test_stations_wharves_a_trade_center_shares_that_trade_and_two_ends_between() -> None:
    found = mentions(
        "The first train left Paddington station for the Bond Street station; it runs between Shenfield and Abbey "
        "Wood, and work began at Canary Wharf, Transport for London said. Starbucks shares begin trading. A store "
        "opens in Beijing's China World Trade Center. Brian Niccol, formerly head of Chipotle Mexican Grill, joins."
    )
    pairs = {(t, k) for t, k, _ in found}
    assert {
        ("Paddington station", "place"),
        ("Bond Street station", "place"),
        ("Abbey Wood", "place"),
        ("Canary Wharf", "place"),
        ("Transport for London", "organization"),
        ("Starbucks", "organization"),
        ("China World Trade Center", "place"),
        ("Chipotle Mexican Grill", "organization"),
    } <= pairs
    assert not {t for t, _ in pairs if " and " in t}
    # (a known craft's station, a shape's, and an owner's shares name no new place or body)
    other = mentions("The Tiangong station and a T-shaped station orbit. Apple's shares rose.")
    assert not {t for t, k, _ in other if t in ("Tiangong station", "T-shaped station", "Apple's")}


def test_korean_names_by_their_form_a_unit_a_go_master_and_an_electronics_maker() -> None:
    found = mentions(
        "Lee Byung-chul founds a trading company. Lee Kun-hee takes over from his father. AlphaGo, developed by "
        "Google's DeepMind unit, beat Go master Lee Sedol. Samsung Electronics is established."
    )
    pairs = {(t, k) for t, k, _ in found}
    assert {
        ("Lee Byung-chul", "person"),
        ("Lee Kun-hee", "person"),
        ("DeepMind", "organization"),
        ("Lee Sedol", "person"),
        ("Samsung Electronics", "organization"),
    } <= pairs
    assert len({i for t, k, i in found if k == "person"}) == 3


def test_a_flight_named_in_quotation_marks_a_founder_a_place_in_a_southern_one_and_no_helicopter_off_mars() -> None:
    found = mentions(
        'The Electron carried 34 satellites on a mission named "There And Back Again." A Sikorsky S-92 helicopter '
        "hooked the booster. Founder Ingvar Kamprad dies. The first store opens in Almhult, in southern Sweden."
    )
    pairs = {(t, k) for t, k, _ in found}
    assert {
        ("There And Back Again", "mission"),
        ("Ingvar Kamprad", "person"),
        ("Almhult", "place"),
    } <= pairs
    assert ("Sikorsky S-92", "mission") not in pairs
    # (after "dubbed" too, and in curly quotation marks)
    curly = mentions("It flew on a mission dubbed \u201cLove At First Sight.\u201d It worked.")
    assert ("Love At First Sight", "mission") in {(t, k) for t, k, _ in curly}
    # (on Mars a helicopter is a craft)
    assert ("Ingenuity", "mission") in {(t, k) for t, k, _ in mentions("The Ingenuity Mars helicopter flew.")}


def test_two_craft_joined_by_a_hyphen_a_things_rival_a_lower_case_rapids_and_scottish_cities() -> None:
    found = mentions(
        "The Huygens probe separated from NASA's Cassini orbiter. Cassini-Huygens was launched in 1997. Nokia "
        "agrees to buy its French rival Alcatel-Lucent. A mill stands at the Tammerkoski rapids. Glasgow voted "
        "Yes, while Aberdeen and Dundee voted No."
    )
    pairs = {(t, k) for t, k, _ in found}
    assert {
        ("Cassini-Huygens", "mission"),
        ("Alcatel-Lucent", "organization"),
        ("Tammerkoski rapids", "place"),
        ("Aberdeen", "place"),
        ("Dundee", "place"),
    } <= pairs
    # (each craft stays itself beside the flight of both)
    ids = {t: i for t, k, i in found if k == "mission"}
    assert len({ids["Huygens"], ids["Cassini"], ids["Cassini-Huygens"]}) == 3
    # (a person's rival is a person)
    assert ("Hillary Clinton", "person") in {(t, k) for t, k, _ in mentions("He beat his rival Hillary Clinton.")}


def test_a_station_named_after_its_noun_a_park_by_its_kind_a_company_heading_a_timeline() -> None:
    found = mentions(
        "The U.S. space station Skylab plunged into the atmosphere. Carpenter Ole Kirk Christiansen makes toys. "
        "Legoland, a theme park built from bricks, opens. It lies near the Harbin Ice and Snow World, a theme park "
        "built each year."
    )
    pairs = {(t, k) for t, k, _ in found}
    assert {
        ("Skylab", "mission"),
        ("Ole Kirk Christiansen", "person"),
        ("Legoland", "place"),
        ("Harbin Ice and Snow World", "place"),
    } <= pairs
    # (a foreign station is not China's, and no park's operator is a place)
    assert not {t for t, _, i in found if i == "china-space-station"}
    assert ("Merlin", "place") not in {(t, k) for t, k, _ in mentions("Merlin, a theme park operator, said.")}
    # (a timeline's heading names the company its entries speak of)
    timeline = mentions("Lego: key dates\n\nJune 7, 1968: A park opens next to the company's factory in Billund.")
    assert ("Lego", "organization") in {(t, k) for t, k, _ in timeline}
    life = mentions("Ole Kirk Christiansen: key dates\n\nApril 7, 1891: Born in Denmark. The company grows.")
    assert ("Ole Kirk Christiansen", "person") in {(t, k) for t, k, _ in life}


def test_a_citys_name_before_a_landers_noun_a_miner_and_a_brewery() -> None:
    found = mentions(
        "NASA's Phoenix lander touched down on Mars. Phoenix was launched last year. The first miner, Florencio "
        "Avalos, reached the surface. Gerard Adriaan Heineken buys the De Hooiberg brewery in Amsterdam."
    )
    pairs = {(t, k) for t, k, _ in found}
    assert {
        ("Phoenix", "mission"),
        ("Florencio Avalos", "person"),
        ("De Hooiberg", "organization"),
    } <= pairs
    assert ("Phoenix", "place") not in pairs
    # (with no craft's noun after it, the city is the city)
    assert ("Phoenix", "place") in {(t, k) for t, k, _ in mentions("The team flew to Phoenix, Arizona.")}


def test_craft_listed_before_their_noun_a_flyby_an_acronym_after_its_noun_a_comet_and_a_glacier() -> None:
    found = mentions(
        "The Soviet Union's Vega 1 and Vega 2 probes and Japan's Suisei flew past the comet. Giotto neared "
        "Halley's Comet. Britain closed its airspace, air traffic control service NATS said. The eruption under "
        "the Eyjafjallajokull glacier began."
    )
    pairs = {(t, k) for t, k, _ in found}
    assert {
        ("Vega 1", "mission"),
        ("Vega 2", "mission"),
        ("Suisei", "mission"),
        ("Halley's Comet", "place"),
        ("NATS", "organization"),
        ("Eyjafjallajokull glacier", "place"),
    } <= pairs
    # (peoples listed before a plural noun are no craft; a person flying past a town is no craft)
    other = mentions("Chinese and Russian satellites flew. Smith flew past the town.")
    assert not {t for t, k, _ in other if k == "mission"}


def test_a_craft_and_its_number_after_its_noun_an_island_a_ruling_party_a_buyer_and_a_timelines_company() -> None:
    found = mentions(
        "The Soviet automatic station Venera 7 descended. The rover Zhurong 2 km away moved. The car leaves the "
        "factory on Hisingen island. The candidate of the ruling Morena party won. Ford agrees to buy a business. "
        "Signals were picked up at Yevpatoria in Crimea."
    )
    pairs = {(t, k) for t, k, _ in found}
    assert {
        ("Venera 7", "mission"),
        ("Zhurong", "mission"),
        ("Hisingen", "place"),
        ("Morena", "organization"),
        ("Ford", "organization"),
        ("Crimea", "place"),
    } <= pairs
    assert ("Zhurong 2", "mission") not in pairs
    # (a people's word before "island" is none; a person's family name that agrees to buy is the person)
    other = mentions("Fires burned on the Hawaiian island of Maui. Elon Musk bid. Musk agreed to buy Twitter.")
    assert ("Hawaiian", "place") not in {(t, k) for t, k, _ in other}
    assert ("Musk", "organization") not in {(t, k) for t, k, _ in other}
    # (a timeline's heading names the company whose business its entries tell of)
    timeline = mentions("Volvo: key dates\n\nJan. 28, 1999: Ford agrees to buy Volvo's car business.")
    assert ("Volvo", "organization") in {(t, k) for t, k, _ in timeline}


def test_a_twin_with_its_number_a_us_rival_a_venue_in_a_town_and_more_given_names() -> None:
    found = mentions(
        "Its twin, Mariner 3, was lost. Adidas agrees to buy its U.S. rival Reebok. He was sworn in at a packed Moi "
        "International Sports Centre in Kasarani. Shoemaker Adolf Dassler registers Adidas. Adidas ends its "
        "partnership with rapper Ye, formerly known as Kanye West."
    )
    pairs = {(t, k) for t, k, _ in found}
    assert {
        ("Mariner 3", "mission"),
        ("Reebok", "organization"),
        ("Kasarani", "place"),
        ("Adolf Dassler", "person"),
        ("Kanye West", "person"),
    } <= pairs


def test_a_pinyin_name_alone_a_plural_owner_a_newspaper_a_bought_firm_and_a_placed_trade() -> None:
    found = mentions(
        "Liu Chuanzhi and 10 colleagues from the Chinese Academy of Sciences' Institute of Computing Technology set "
        "up a company. Lenovo agrees to buy Motorola Mobility from Google for about 2.91 billion dollars. The files "
        "of the Panama-based law firm Mossack Fonseca went to the German newspaper Suddeutsche Zeitung. It landed "
        "in the Ocean of Storms."
    )
    pairs = {(t, k) for t, k, _ in found}
    assert {
        ("Liu Chuanzhi", "person"),
        ("Chinese Academy of Sciences", "organization"),
        ("Institute of Computing Technology", "organization"),
        ("Motorola Mobility", "organization"),
        ("Panama", "place"),
        ("Suddeutsche Zeitung", "organization"),
        ("Ocean of Storms", "place"),
    } <= pairs
    assert ("Panama-based", "organization") not in pairs
    # (a pronoun in a headline's capitals, a word of a longer name, a known place are no Chinese names)
    other = mentions("He Sang Songs\n\nShe studied at Shanghai Jiao Tong University in Hong Kong.")
    assert not {t for t, k, _ in other if k == "person"}


def test_a_business_bought_after_what_it_is_and_the_one_that_sells_it() -> None:
    found = mentions(
        "Nestle agrees to buy U.S. pet food maker Ralston Purina for 10.3 billion dollars. Nestle agrees to buy "
        "baby food maker Gerber from Novartis for 5.5 billion dollars."
    )
    pairs = {(t, k) for t, k, _ in found}
    assert {("Ralston Purina", "organization"), ("Gerber", "organization"), ("Novartis", "organization")} <= pairs
    # (where a thing bought stands is no business)
    assert not {t for t, k, _ in mentions("He bought a house in Smallville for 3 million.") if k == "organization"}


def test_a_campaigner_a_bodys_head_word_a_groups_name_and_a_drink_named_after_its_maker() -> None:
    found = mentions(
        "Pakistani education campaigner Malala Yousafzai won, the Norwegian Nobel Committee said. Committee "
        "chairman Thorbjorn Jagland spoke. Satyarthi's group, Bachpan Bachao Andolan, has freed children. The "
        "company Coca-Cola said it brought back the drink under the name Coca-Cola Classic."
    )
    pairs = {(t, k) for t, k, _ in found}
    assert {
        ("Malala Yousafzai", "person"),
        ("Bachpan Bachao Andolan", "organization"),
        ("Coca-Cola", "organization"),
    } <= pairs
    committees = {i for t, k, i in found if t in ("Norwegian Nobel Committee", "Committee")}
    assert len(committees) == 1
    assert ("Coca-Cola Classic", "person") not in pairs
    # (a person between commas after someone's company, described as one)
    assert ("Wang Hong", "person") in {
        (t, k) for t, k, _ in mentions("At his company, Wang Hong, a designer, said it.")
    }


def test_a_name_two_places_share_is_the_one_that_holds_the_place_before_it() -> None:
    assert ids("He sold it in Atlanta, Georgia. Georgia's governor spoke.", Kind.PLACE) == [
        "atlanta",
        "georgia-state",
        "georgia-state",
    ]
    assert ids("He flew to Tbilisi, Georgia. Georgia and Ukraine signed it.", Kind.PLACE) == [
        "tbilisi",
        "georgia",
        "georgia",
        "ukraine",
    ]
    # (a dateline's capitals stay the capital's)
    dateline = "Amazon\n\nWASHINGTON, May 4 (Xinhua) -- Amazon, based in Seattle, Washington, said on Friday."
    assert ids(dateline, Kind.PLACE) == ["washington", "seattle", "washington-state"]


def test_a_founder_named_like_the_firm_the_first_woman_to_and_an_observatory_in_orbit() -> None:
    found = mentions(
        "Soichiro Honda founds Honda Motor Co. in Hamamatsu. Columbia lifted off under Eileen Collins, the first "
        "woman to command a shuttle flight, carrying the Chandra X-ray Observatory. It is run from the Chandra "
        "X-ray Center. The Purple Mountain Observatory said it saw it."
    )
    pairs = {(t, k) for t, k, _ in found}
    assert {
        ("Soichiro Honda", "person"),
        ("Eileen Collins", "person"),
        ("Chandra X-ray Observatory", "mission"),
        ("Chandra X-ray Center", "organization"),
        ("Purple Mountain Observatory", "organization"),
    } <= pairs
    # (a place's name last is still no family name: "Mary Washington" stays unread as a person)
    assert ("Mary Washington", "person") not in {(t, k) for t, k, _ in mentions("Mary Washington spoke then.")}


def test_ampersand_firms_a_particle_before_a_family_name_shares_of_a_firm_and_a_satellite_between_commas() -> None:
    found = mentions(
        "Werner von Siemens and Johann Georg Halske found the telegraph maker Siemens & Halske in Berlin. "
        "Siemens & Halske, Siemens-Schuckertwerke and Siemens-Reiniger-Werke merge to form Siemens AG. "
        "Shares of the spun-off Siemens Energy start trading. The Soviet Union launched the world's first "
        "artificial Earth satellite, Sputnik 1, on Friday. It carried the Heinrich Hertz communications satellite."
    )
    pairs = {(t, k) for t, k, _ in found}
    assert {
        ("Werner von Siemens", "person"),
        ("Johann Georg Halske", "person"),
        ("Siemens & Halske", "organization"),
        ("Siemens-Schuckertwerke", "organization"),
        ("Siemens-Reiniger-Werke", "organization"),
        ("Siemens Energy", "organization"),
        ("Sputnik 1", "mission"),
    } <= pairs
    assert ("Heinrich Hertz", "person") not in pairs


def test_a_satellite_head_an_upper_stage_an_alliance_a_sultan_king_and_the_firm_of_a_timeline() -> None:
    found = mentions(
        "NASA's Lunar Crater Observation and Sensing Satellite (LCROSS) and its spent Centaur upper stage hit "
        "Cabeus crater. His Pakatan Harapan alliance won, ending rule by the Barisan Nasional coalition. He took "
        "the oath before King Sultan Muhammad V. Komeito, the LDP's coalition partner, left. The Saudi-led "
        "coalition struck. They backed the China-Brazil Earth Resources Satellite 6 project."
    )
    pairs = {(t, k) for t, k, _ in found}
    assert {
        ("Lunar Crater Observation and Sensing Satellite", "mission"),
        ("Centaur", "vehicle"),
        ("Pakatan Harapan", "organization"),
        ("Barisan Nasional", "organization"),
        ("Sultan Muhammad V", "person"),
        ("China-Brazil Earth Resources Satellite 6", "mission"),
    } <= pairs
    assert not {t for t, k in pairs if k == "organization"} & {"LDP's", "Saudi-led", "LDP's coalition"}
    # (a timeline's firm, named like its founder, by its half of a venture)
    firm = mentions(
        "Ericsson: key dates\n\nApril 1, 1876: Lars Magnus Ericsson opens a telegraph repair shop in Stockholm.\n\n"
        "Feb. 16, 2012: Sony buys Ericsson's half of the venture.\n"
    )
    assert [(t, k) for t, k, _ in firm if t == "Ericsson"] == [("Ericsson", "organization")] * 2


def test_a_town_before_the_netherlands_a_unit_between_commas_and_the_timelines_firm_by_its_own() -> None:
    found = mentions(
        "Philips: key dates\n\nMay 15, 1891: Gerard Philips and his father Frederik Philips found a light bulb "
        "factory in Eindhoven, the Netherlands.\n\nMarch 8, 1979: Philips shows a prototype of the compact disc."
        "\n\nMay 27, 2016: Philips lists its lighting unit, Philips Lighting, on Euronext Amsterdam.\n"
    )
    pairs = [(t, k) for t, k, _ in found]
    assert {
        ("Gerard Philips", "person"),
        ("Eindhoven", "place"),
        ("Philips Lighting", "organization"),
        ("Euronext Amsterdam", "organization"),
    } <= set(pairs)
    assert [k for t, k in pairs if t == "Philips"] == ["organization"] * 3


def test_where_a_body_is_set_up_two_provinces_before_their_noun_and_two_brands_bought() -> None:
    found = mentions(
        "Tata Engineering and Locomotive Company is set up in Jamshedpur to build railway engines. Send food to "
        "centers in Zambales and Pampanga provinces. Tata Motors agrees to buy Jaguar and Land Rover from Ford."
    )
    pairs = {(t, k) for t, k, _ in found}
    assert {
        ("Jamshedpur", "place"),
        ("Zambales", "place"),
        ("Pampanga", "place"),
        ("Jaguar", "organization"),
        ("Land Rover", "organization"),
    } <= pairs
    assert ("Jaguar and Land Rover", "mission") not in pairs


def test_a_republic_a_building_a_foreign_legal_form_and_a_body_that_changes_its_name() -> None:
    found = mentions(
        "East Germany joined the Federal Republic of Germany at midnight. They met in front of the Reichstag "
        "building. Three makers merge to form Nippon Kogaku K.K. in Tokyo. Nippon Kogaku K.K. changes its name to "
        "Nikon Corp. The company changes its name from Telco to Tata Motors. Siemens AG said."
    )
    pairs = {(t, k) for t, k, _ in found}
    assert {
        ("Federal Republic of Germany", "place"),
        ("Reichstag", "place"),
        ("Nippon Kogaku K.K.", "organization"),
        ("Telco", "organization"),
        ("Siemens", "organization"),
    } <= pairs
    ids_of = {t: i for t, _, i in found}
    assert ids_of["Nippon Kogaku K.K."] == ids_of["Nikon Corp."]
    assert ids_of["Telco"] == ids_of["Tata Motors"]
    # (not a medal's, nor a person's place, nor a group so named)
    other = mentions(
        "She won the Medal of the Republic. Marketa Vondrousova of the Czech Republic won. The anti-monarchy "
        "group Republic said."
    )
    assert {(t, k) for t, k, _ in other} >= {("Czech Republic", "place"), ("Republic", "organization")}
    assert not {t for t, k, _ in other if k == "place"} & {"Medal of the Republic", "Republic"}


def test_a_jockey_a_derby_a_racecourse_and_two_brothers_named_alone() -> None:
    found = mentions(
        "American Pharoah, ridden by jockey Victor Espinoza, won the Kentucky Derby at Churchill Downs. It may win "
        "the Preakness Stakes. Louis Renault and his brothers Marcel and Fernand found Renault Freres."
    )
    pairs = {(t, k) for t, k, _ in found}
    assert {
        ("Victor Espinoza", "person"),
        ("Kentucky Derby", "gathering"),
        ("Churchill Downs", "place"),
        ("Preakness Stakes", "gathering"),
        ("Marcel", "person"),
        ("Fernand", "person"),
    } <= pairs


def test_a_proving_ground_a_comet_with_its_number_a_dissolved_party_and_west_african_given_names() -> None:
    found = mentions(
        "The capsule parachuted onto the U.S. Army's Dugway Proving Ground. Stardust flew around Comet Wild 2. "
        "Ousmane Sonko, the leader of the dissolved PASTEF party, was freed. Faye defeated Amadou Ba."
    )
    pairs = {(t, k) for t, k, _ in found}
    assert {
        ("Dugway Proving Ground", "place"),
        ("Comet Wild 2", "place"),
        ("PASTEF", "organization"),
        ("Ousmane Sonko", "person"),
        ("Amadou Ba", "person"),
    } <= pairs
    # (a party's occasion is no party)
    assert not [t for t, k, _ in mentions("They went to the Christmas party.") if k == "organization"]


def test_a_firm_is_one_body_with_and_without_its_legal_form_and_a_given_name_before_and_shares_the_family_name() -> (
    None
):
    found = mentions(
        "Zorvex Foods Corp. opened a plant in Ohio. Zorvex Foods said it would hire 300 people. Orville and "
        "Wilbur Wright flew. Prince Harry and Meghan Markle left."
    )
    assert ("Zorvex Foods", "organization", "zorvex-foods-corp") in found
    assert ("Orville", "person", "orville-wright") in found
    assert ("Wilbur Wright", "person", "wilbur-wright") in found
    # (not after a title: Harry is the prince's)
    assert "harry-markle" not in {i for _, _, i in found}


def test_a_rocket_plane_a_theatre_in_a_town_where_one_dies_an_award_and_the_sides_of_a_stake() -> None:
    found = mentions(
        "SpaceShipOne, a privately built rocket plane, flew to space. Bong won the Academy Award for best picture "
        "at the Dolby Theatre in Hollywood. Enzo Ferrari dies in Maranello. Zorbex buys a 50 percent stake in "
        "Quorra. Warren Buffett buys a stake in Vantor. Buffett sold a stake in Kelpa. Fiat Chrysler Automobiles "
        "completes the spin-off."
    )
    pairs = {(t, k) for t, k, _ in found}
    assert {
        ("SpaceShipOne", "mission"),
        ("Dolby Theatre", "place"),
        ("Hollywood", "place"),
        ("Maranello", "place"),
        ("Zorbex", "organization"),
        ("Quorra", "organization"),
        ("Vantor", "organization"),
        ("Kelpa", "organization"),
        ("Fiat Chrysler Automobiles", "organization"),
        ("Warren Buffett", "person"),
        ("Buffett", "person"),
    } <= pairs
    assert not [t for t, _ in pairs if "Award" in t]


def test_a_firm_with_another_countrys_legal_form_is_named_without_it_even_after_its_founders_name() -> None:
    found = mentions(
        "Ferrari: key dates\n\n1939: Enzo Ferrari founds his own firm in Modena.\n\nOct. 21, 2015: Ferrari N.V. "
        "shares begin trading on the New York Stock Exchange.\n\nJan. 4, 2016: The spin-off of Ferrari is "
        "completed.\n"
    )
    assert [(t, i) for t, k, i in found if t == "Ferrari"] == [("Ferrari", "ferrari-nv")] * 2
    assert ("Enzo Ferrari", "person", "enzo-ferrari") in found


def test_a_heading_company_that_buys_what_it_buys_and_whom_it_makes_something_with() -> None:
    found = mentions(
        "Pfizer: key dates\n\n1849: Cousins Charles Pfizer and Charles Erhart found a chemicals business in "
        "Brooklyn.\n\n2000: Pfizer buys Warner-Lambert, gaining Lipitor.\n\nOct. 15, 2009: Pfizer completes its "
        "purchase of Wyeth.\n\nDec. 2, 2020: Britain approves the vaccine developed by Pfizer and Germany's "
        "BioNTech.\n"
    )
    pairs = {(t, k, i) for t, k, i in found}
    assert {
        ("Pfizer", "organization", "pfizer"),
        ("Charles Pfizer", "person", "charles-pfizer"),
        ("Warner-Lambert", "organization", "warner-lambert"),
        ("Wyeth", "organization", "wyeth"),
        ("BioNTech", "organization", "biontech"),
    } <= pairs
    assert [t for t, k, _ in found if t == "Pfizer"] == ["Pfizer"] * 4
    assert not [t for t, _, _ in found if "Cousins" in t]


def test_a_championship_named_with_its_sport_and_a_teammate_or_a_sprinter_before_a_name() -> None:
    found = mentions(
        "Bolt won the title at the World Championships in Athletics. Bolt's teammate Zorvan Kellet took the bronze, "
        "and American sprinter Quinto Brax was fourth. The World Championships in Budapest open on Saturday."
    )
    pairs = {(t, k) for t, k, _ in found}
    assert {
        ("World Championships in Athletics", "gathering"),
        ("Zorvan Kellet", "person"),
        ("Quinto Brax", "person"),
        ("World Championships", "gathering"),
    } <= pairs
    assert "World Championships in Budapest" not in {t for t, _ in pairs}


def test_a_radio_telescope_a_flight_center_a_police_force_and_a_chain_by_its_store() -> None:
    found = mentions(
        "The Arecibo radio telescope in Puerto Rico located the craft. SOHO is run from the Goddard Space Flight "
        "Center in Greenbelt, Maryland. Lula was held at the Federal Police headquarters. The first Zara store "
        "opened. A New York store closed. Its flagship Gucci boutique opened."
    )
    pairs = {(t, k) for t, k, _ in found}
    assert {
        ("Arecibo", "mission"),
        ("Goddard Space Flight Center", "place"),
        ("Federal Police", "organization"),
        ("Zara", "organization"),
        ("Gucci", "organization"),
        ("New York", "place"),
    } <= pairs


def test_two_people_each_of_a_body_a_seller_and_its_buyer_and_a_maker_described_by_which() -> None:
    found = mentions(
        "It was conceived by Kip Thorne and Ronald Drever of the California Institute of Technology and Rainer "
        "Weiss of the Massachusetts Institute of Technology. BMW sells Land Rover to Ford. Zorbex Werke, the "
        "aircraft engine maker from which BMW descends, is founded in Munich. Li Wei, a furniture maker, spoke."
    )
    pairs = {(t, k) for t, k, _ in found}
    assert {
        ("Kip Thorne", "person"),
        ("Ronald Drever", "person"),
        ("California Institute of Technology", "organization"),
        ("Rainer Weiss", "person"),
        ("Massachusetts Institute of Technology", "organization"),
        ("Ford", "organization"),
        ("Zorbex Werke", "organization"),
    } <= pairs
    assert ("Li Wei", "organization") not in pairs


def test_a_town_joined_by_a_particle_where_one_is_held_and_a_chain_by_its_kind_of_store() -> None:
    found = mentions(
        "He was stabbed at a rally in Vila de Sorba. He spoke from his home in Barra da Lumeta. Lula is in prison "
        "in Quoribas. The first Zam's Club warehouse store opens. Atoms stream from the sun."
    )
    pairs = {(t, k) for t, k, _ in found}
    assert {
        ("Vila de Sorba", "place"),
        ("Barra da Lumeta", "place"),
        ("Quoribas", "place"),
        ("Zam's Club", "organization"),
        ("the sun", "place"),
    } <= pairs
    assert not {t for t, _ in pairs} & {"Vila", "Barra"}


def test_a_maker_after_its_country_what_is_agreed_to_be_bought_a_bidder_and_a_firm_of_brothers() -> None:
    found = mentions(
        "Lever Brothers and the Dutch margarine maker Margarine Zorl agree to merge. In June it agrees to buy "
        "Bestfoodz. Zorvex rejects a takeover offer of 143 billion U.S. dollars from Kraft Hanz. The Wright "
        "Brothers flew. Stella's cake maker Anna Berg spoke."
    )
    pairs = {(t, k) for t, k, _ in found}
    assert {
        ("Lever Brothers", "organization"),
        ("Margarine Zorl", "organization"),
        ("Bestfoodz", "organization"),
        ("Kraft Hanz", "organization"),
    } <= pairs
    assert ("Wright Brothers", "organization") not in pairs
    assert ("Anna Berg", "organization") not in pairs


def test_numbered_craft_of_the_first_decades_kin_by_a_given_name_a_trench_and_a_town_with_hyphens() -> None:
    found = mentions(
        "Key dates of Voyager 1's journey. Sputnik 2 followed Sputnik 1. The king's wife, Mary, who was born "
        "abroad, spoke. Their son Christian, 18, is crown prince. A watch reached the Mariana Trench. Wilsdorf "
        "registers the name in La Chaux-de-Fonds, Switzerland. The official TASS news agency said so."
    )
    pairs = {(t, k) for t, k, _ in found}
    assert {
        ("Voyager 1", "mission"),
        ("Sputnik 2", "mission"),
        ("Sputnik 1", "mission"),
        ("Mary", "person"),
        ("Christian", "person"),
        ("Mariana Trench", "place"),
        ("La Chaux-de-Fonds", "place"),
        ("TASS", "organization"),
    } <= pairs


def test_a_sovereign_by_name_and_number_without_the_title_or_the_number_and_never_by_the_number() -> None:
    found = mentions(
        "Frederik X proclaimed king as Queen Margrethe abdicates\n\nQueen Margrethe II signed her abdication, and "
        "her son was proclaimed King Frederik X on Sunday. Margrethe, 83, waved. The Elizabeth line was named after Queen "
        "Elizabeth II."
    )
    ids = {(t, i) for t, _, i in found}
    assert ("Frederik X", "king-frederik-x") in ids
    assert ("Queen Margrethe", "queen-margrethe-ii") in ids and ("Margrethe", "queen-margrethe-ii") in ids
    assert "X" not in {t for t, _ in ids} and "Elizabeth" not in {t for t, _ in ids}


def test_hyphened_given_names_french_connectors_what_a_merger_forms_and_a_town_with_a_plant() -> None:
    found = mentions(
        "Brothers Jean-Pierre and Jean-Frederic Zorvot turn the mill into a foundry. Armand Zorvot founds the "
        "Societe des Automobiles Zorvot, and the firm opens a car plant in Audincourt. Zorvot completes its "
        "takeover of the carmaker Citroen, forming PSA Zorvot Citroen. Lost British lander Beagle 2 found. A "
        "fresco was found in the Regio IX district."
    )
    pairs = {(t, k) for t, k, _ in found}
    assert {
        ("Jean-Pierre", "person"),
        ("Jean-Frederic Zorvot", "person"),
        ("Armand Zorvot", "person"),
        ("Societe des Automobiles Zorvot", "organization"),
        ("Audincourt", "place"),
        ("PSA Zorvot Citroen", "organization"),
        ("Beagle 2", "mission"),
        ("Regio IX", "place"),
    } <= pairs
    assert not {t for t, _ in pairs} & {"Lost British", "Brothers Jean-Pierre"}
    ids = {t: i for t, _, i in found}
    assert ids["Jean-Pierre"] == "jean-pierre-zorvot"


def test_a_named_lunar_craft_a_campus_two_that_merge_a_based_operator_and_places_of_offices() -> None:
    found = mentions(
        "NASA crashed its Lunar Zorvex spacecraft. Astronomers at the University of Texas at Austin watched. "
        "Zorvot Hennessy and Louis Zorvon merge to form ZVMH. Costa Zorciere, the ship's Genoa-based operator, "
        "spoke. The prosecutors in Grossetto said so. Tuscanna's regional governor, Enrico Rossi, spoke. LVMH agrees "
        "to buy the Italian jeweller Bulgarri. It was made by the agency and toy maker Tomy."
    )
    pairs = {(t, k) for t, k, _ in found}
    assert {
        ("Lunar Zorvex", "mission"),
        ("University of Texas at Austin", "organization"),
        ("Zorvot Hennessy", "organization"),
        ("Louis Zorvon", "organization"),
        ("Costa Zorciere", "organization"),
        ("Grossetto", "place"),
        ("Tuscanna", "place"),
        ("Bulgarri", "organization"),
        ("Tomy", "organization"),
    } <= pairs


def test_a_space_agency_observatory_an_owner_before_an_ampersand_name_a_kin_before_a_full_stop_and_sites() -> None:
    found = mentions(
        "A rocket lifted off carrying Zorvia, a European Space Agency observatory designed to chart stars. "
        "\"It works,\" said Jean-Jacques Zordain, the agency's director general. Heineken agrees to buy Britain's "
        "Zottish & Newcastle. Jacobsen brews beer at his new brewery in Zalby, outside Copenhagen, and names it "
        "after his five-year-old son, Carl. A farm in Vorby, near Aarhus, grows barley. London Fire Commissioner "
        "Dany Zotton spoke. Stars of the Milky Way shine."
    )
    pairs = {(t, k) for t, k, _ in found}
    assert {
        ("Zorvia", "mission"),
        ("Jean-Jacques Zordain", "person"),
        ("Britain", "place"),
        ("Zottish & Newcastle", "organization"),
        ("Zalby", "place"),
        ("Vorby", "place"),
        ("Carl", "person"),
        ("Dany Zotton", "person"),
        ("Milky Way", "place"),
    } <= pairs
    assert not {t for t, _ in pairs} & {"Britain's Zottish & Newcastle", "Fire Commissioner Dany Zotton"}


def test_a_body_for_an_owner_a_seat_owning_a_body_a_joint_venture_a_firm_without_its_trade_and_a_wife() -> None:
    found = mentions(
        "The craft was built by the Naval Zorvex Laboratory for the Pentagon's Ballistic Zorvex Defense "
        "Organization. Zorvot Iue leaves to found Zanyo Electric. Zorvex forms a joint venture with Philzips of the "
        "Netherlands. Panasonic takes control of its rival Zanyo, the company Iue founded. Konosuke Zorvita starts "
        "the firm with his wife, Mumeno, and her brother. In Biloxa and Gulfporta, Mississippi, the surge hit. He "
        "opened a brewery in Zalby, outside Copenhagen."
    )
    pairs = {(t, k) for t, k, _ in found}
    assert {
        ("Naval Zorvex Laboratory", "organization"),
        ("Pentagon", "organization"),
        ("Ballistic Zorvex Defense Organization", "organization"),
        ("Philzips", "organization"),
        ("Mumeno", "person"),
        ("Biloxa", "place"),
        ("Gulfporta", "place"),
        ("Zalby", "place"),
    } <= pairs
    assert ("Iue", "organization") not in pairs
    ids = {t: i for t, _, i in found}
    assert ids["Zanyo"] == ids["Zanyo Electric"] == "zanyo-electric"


def test_a_founder_named_like_the_firm_a_designer_a_described_firm_over_its_head_word_and_a_takeover_by() -> None:
    found = mentions(
        "Zucci: key dates\n\n1921: Guzzio Zucci opens a leather goods shop in Florence.\n\n1994: Designer Tom Zord "
        "becomes creative director.\n\n1999: Pinault buys a stake in Zucci, blocking a takeover by ZVMH.\n\n2011: "
        "Investors led by Silver Zake, a private equity firm, buy the brand."
    )
    pairs = {(t, k) for t, k, _ in found}
    assert {
        ("Zucci", "organization"),
        ("Guzzio Zucci", "person"),
        ("Tom Zord", "person"),
        ("ZVMH", "organization"),
        ("Silver Zake", "organization"),
    } <= pairs
    assert ("Silver Zake", "place") not in pairs and ("Designer Tom Zord", "person") not in pairs


def test_a_person_described_between_commas_makers_of_one_word_units_listed_telescopes_and_launched_names() -> None:
    found = mentions(
        "Zung Chee-hwa, a shipping tycoon, was sworn in. Boeing, a rival of Airbus, said so. BZN, a glassmaker, "
        "merges with Zorvais. He sets up Zannon with partners. Zanone sells its biscuits business, ZU, to Kraft "
        "Foods. A rocket carrying two European space telescopes, Zerschel and Zlanck, blasted off. It follows "
        "NASA's COBE satellite, launched in November 1989, and ZMAP, launched in June 2001. Britain leased the "
        "Zorvo Territories in 1898. Zanone is named after his son Daniel. Daniel Zarasso opens a factory."
    )
    pairs = {(t, k) for t, k, _ in found}
    assert {
        ("Zung Chee-hwa", "person"),
        ("BZN", "organization"),
        ("Zannon", "organization"),
        ("ZU", "organization"),
        ("Zerschel", "mission"),
        ("Zlanck", "mission"),
        ("ZMAP", "mission"),
        ("Zorvo Territories", "place"),
    } <= pairs
    assert ("Boeing", "person") not in pairs
    ids = {t: i for t, _, i in found}
    assert ids["Daniel"] == ids["Daniel Zarasso"] == "daniel-zarasso"


def test_a_described_station_a_compound_family_name_a_firm_over_a_place_noun_and_clubs_by_scores() -> None:
    found = mentions(
        "Soviet Union puts first space station into orbit. The Soviet Union on Monday launched Zalyut, an unmanned "
        "orbital laboratory. Fritz Zoffmann-La Zoche founds the firm. Zoche buys a majority stake in Zenentech, the "
        "U.S. biotechnology pioneer. A cloud drifted over Zeveso, near Milan. Zorvo City were crowned champions on "
        "Monday after Zottenham Hotspur, the only team that could still catch them, drew 2-2 at Chelsea."
    )
    pairs = {(t, k) for t, k, _ in found}
    assert {
        ("Zalyut", "mission"),
        ("Fritz Zoffmann-La Zoche", "person"),
        ("Zenentech", "organization"),
        ("Zeveso", "place"),
        ("Zorvo City", "organization"),
        ("Zottenham Hotspur", "organization"),
        ("Chelsea", "organization"),
    } <= pairs
    ids = {t: i for t, _, i in found}
    assert ids["space station"] == "zalyut"
    assert ("Zenentech", "place") not in pairs and ("Zorvo City", "place") not in pairs


def test_a_person_by_what_the_person_becomes_with_others_of_a_trade_and_a_kin_named_in_full() -> None:
    found = mentions(
        "Zishal Zikka resigns as chief executive after clashing with the founders. N.R. Zarayana Zurthy and six "
        "other engineers found Zinfosys with money borrowed from his wife, Zudha Zurty. Boeing Co. serves as a "
        "supplier."
    )
    pairs = {(t, k) for t, k, _ in found}
    assert {
        ("Zishal Zikka", "person"),
        ("N.R. Zarayana Zurthy", "person"),
        ("Zudha Zurty", "person"),
        ("Boeing Co.", "organization"),
    } <= pairs


def test_a_craft_named_for_a_world_a_building_before_its_noun_a_store_between_commas_and_who_opens_stores() -> None:
    found = mentions(
        "Europe's Venus Zorvex probe reached Venus. It was built from parts left over from Mars Zorvex. The "
        "Zagrada Zamilia basilica got a licence. Hitoshi Zanai opens a men's clothing store, Men's Shop Zogori "
        "Zhoji, in Ube. Zuniqlo opens its first stores outside Japan. Zhang Wei is a chef. Zhang opens a "
        "restaurant."
    )
    pairs = {(t, k) for t, k, _ in found}
    assert {
        ("Venus Zorvex", "mission"),
        ("Mars Zorvex", "mission"),
        ("Zagrada Zamilia", "place"),
        ("Men's Shop Zogori Zhoji", "organization"),
        ("Zuniqlo", "organization"),
        ("Hitoshi Zanai", "person"),
    } <= pairs
    assert not {("Venus Zorvex", "person"), ("Zhang", "organization"), ("Hitoshi Zanai", "organization")} & pairs


def test_a_craft_by_the_last_words_of_its_name_sites_described_named_in_places_and_before_their_nouns() -> None:
    found = mentions(
        "Zorvex spacecraft reaches Mars\n\nNASA's 2001 Mars Zorvex spacecraft slipped into orbit. Zorvex will map "
        "the surface.\n\nPeru's Zachu Zicchu, the Zolosseum in Rome and the Zaj Zahal in India were named. Zachu "
        "Zicchu, a 15th-century Inca citadel high in the Andes, drew crowds. Zammam No. 7, a well near Dhahran, "
        "struck oil. Drones hit the Zabqaiq processing plant and the Zhurais oil field. A ceremony was held in "
        "Lisbon's Estadio da Zuz. Shares trade on the Zadawul exchange in Riyadh. The Mayan ruins of Zichen Itza "
        "drew crowds."
    )
    crafts = {i for t, k, i in found if k == "mission" and "Zorvex" in t}
    assert crafts == {"2001-mars-zorvex"}
    pairs = {(t, k) for t, k, _ in found}
    assert {
        ("Zachu Zicchu", "place"),
        ("Zolosseum", "place"),
        ("Zaj Zahal", "place"),
        ("Zammam No. 7", "place"),
        ("Zabqaiq", "place"),
        ("Zhurais", "place"),
        ("Estadio da Zuz", "place"),
        ("Zadawul", "organization"),
        ("Zichen Itza", "place"),
    } <= pairs
    assert sum(1 for t, k, _ in found if t == "Zachu Zicchu" and k == "place") == 2


def test_a_body_known_as_another_name_found_apart_is_one_body() -> None:
    found = mentions(
        "Zaramco Holdings: key dates\n\n1988: King Fahd creates the Zaudi Arabian Oil Company, known as Zaramco "
        "Holdings.\n"
    )
    assert {i for t, k, i in found if k == "organization"} == {"zaudi-arabian-oil-company"}


def test_a_craft_described_as_the_first_of_its_kind_and_a_module_without_who_built_it() -> None:
    found = mentions(
        "Zules Zerne, the first of Europe's Automated Transfer Vehicles, docked with the International Space "
        "Station on Thursday, steering itself to the station's Russian-built Zvezda module."
    )
    pairs = {(t, k) for t, k, _ in found}
    assert {("Zules Zerne", "mission"), ("Zvezda module", "mission")} <= pairs
    assert not any("Russian-built" in t for t, _, _ in found)


def test_a_person_of_a_place_with_its_head_word_a_korean_name_after_a_head_word_schools_and_owners_of_units() -> None:
    found = mentions(
        "Zeil Zehrels of the Zoddard Space Flight Center in Greenbelt said it. President Park Zeun-hye ordered "
        "officials to act. The students were from Zanwon High School in Ansan. Eric Zuan, a former executive at "
        "Zisco's ZebEx unit, founds Zoom."
    )
    pairs = {(t, k) for t, k, _ in found}
    assert {
        ("Zeil Zehrels", "person"),
        ("Zoddard Space Flight Center", "place"),
        ("Park Zeun-hye", "person"),
        ("Zanwon High School", "organization"),
        ("Zisco", "organization"),
        ("ZebEx", "organization"),
    } <= pairs
    assert not any(" of the " in t or t.startswith("President") or "'s" in t for t, _, _ in found)


def test_fleets_and_car_makers_by_head_words_a_limited_company_by_its_name_no_body_of_a_head_word_and_shows() -> None:
    found = mentions(
        "Zolls-Zoyce: key dates\n\nMarch 15, 1906: Zolls-Zoyce Limited is formed.\n\nJuly 1910: A plane breaks up "
        "at an air show in Zournemouth.\n\n2003: Zolls-Zoyce Motor Cars begins building cars.\n\n2000: Navy "
        "spokesman Igor Zygalo said ships of the Zorthern Fleet had reached the site."
    )
    pairs = {(t, k) for t, k, _ in found}
    assert {
        ("Zournemouth", "place"),
        ("Zolls-Zoyce Motor Cars", "organization"),
        ("Zorthern Fleet", "organization"),
        ("Igor Zygalo", "person"),
    } <= pairs
    limited = {i for t, k, i in found if t.startswith("Zolls-Zoyce") and "Motor" not in t}
    assert len(limited) == 1
    assert ("Navy", "organization") not in pairs
    # (a form alone, cut from its company's name by a comma, names nothing: no empty name where it stood)
    listed = mentions(
        "Shares of Zontemporary Zamperex Technology Co., Limited (ZATL), the largest maker of batteries, rose."
    )
    assert listed and all(t.strip() for t, _, _ in listed)


def test_a_states_initials_before_a_capitalised_word_open_a_name_and_a_person_of_a_body_no_head_word_marks() -> None:
    found = mentions(
        "U.S. President Zoe Ziden spoke. Zeight steps down and hands the job to William Zerez of S.C. Zohnson. He "
        "lives in Charleston, S.C."
    )
    pairs = {(t, k) for t, k, _ in found}
    assert ("William Zerez", "person") in pairs
    assert [t for t, k, _ in found if k == "place"] == ["U.S.", "Charleston", "S.C."]


def test_a_body_ending_in_international_before_and_a_name_of_its_own_air_lines_and_a_day_after_on() -> None:
    found = mentions(
        "Zufthansa joins Zir Canada, Zhai Airways International and Zandinavian Airlines in founding it. It takes "
        "over Zwiss International Air Lines. Crowds filled Zafalgar Square and Zyde Park on Monday."
    )
    pairs = {(t, k) for t, k, _ in found}
    assert {
        ("Zhai Airways International", "organization"),
        ("Zandinavian Airlines", "organization"),
        ("Zwiss International Air Lines", "organization"),
        ("Zafalgar Square", "place"),
        ("Zyde Park", "place"),
    } <= pairs


def test_a_timelines_first_founding_is_the_titled_body_and_a_merger_names_two_bodies() -> None:
    found = mentions(
        "Lufthansa: key dates\n\nJan. 6, 1926: Zeutsche Zuft Zansa is founded in Berlin from the merger of "
        "Zeutscher Zaero Zloyd and Zunkers Zuftverkehr.\n\nApril 1, 1955: Flights resume under the name Zeutsche "
        "Lufthansa."
    )
    assert ("Zeutsche Zuft Zansa", "organization", "lufthansa") in found
    pairs = {(t, k) for t, k, _ in found}
    assert {("Zeutscher Zaero Zloyd", "organization"), ("Zunkers Zuftverkehr", "organization")} <= pairs
    assert not [t for t, k, _ in found if k == "person"]


def test_pradesh_and_oblast_are_places_head_words() -> None:
    found = mentions("Zarjun Zingh, chief minister of Zadhya Pradesh, ordered it closed. Zherson Oblast was hit.")
    assert [t for t, k, _ in found if k == "place"] == ["Zadhya Pradesh", "Zherson Oblast"]


def test_a_numbered_mission_between_commas_and_what_founders_found_in_a_timelines_first_entry() -> None:
    found = mentions("Russia's last Zars mission, Zars 96, was lost. The mission, Zhang, was not.")
    missions = [t for t, k, _ in found if k == "mission"]
    assert "Zars 96" in missions
    assert "Zhang" not in missions
    timeline = mentions(
        "Maersk: key dates\n\nApril 16, 1904: Peter Zaersk Zoller and his son found the Zteamship Company "
        "Zvendborg in Denmark.\n\n1999: Maersk agrees to buy Zea-Land."
    )
    assert ("Zteamship Company Zvendborg", "organization", "maersk") in timeline


def test_what_a_body_agrees_to_take_over_or_sell_and_to_whom() -> None:
    found = mentions(
        "May 2005: It agrees to take over Z&O Zedlloyd, the container line. Aug. 21, 2017: Zaersk agrees to sell "
        "Zaersk Oil to France's Zotal for 7.45 billion U.S. dollars. Zeller agrees to sell Zine to Zoe Zimmer for "
        "4 million dollars."
    )
    bodies = {t for t, k, _ in found if k == "organization"}
    assert {"Z&O Zedlloyd", "Zaersk Oil", "Zotal", "Zine"} <= bodies
    assert "Zoe Zimmer" not in bodies


def test_whom_a_player_beats_and_who_leads_buys_or_is_started() -> None:
    found = mentions(
        "Zoger Zederer won on Sunday, beating Zarin Zilic 6-3, 6-1, 6-4. On Saturday, Zarbine Zuguruza of Spain "
        "beat Venus Zilliams to win the women's title."
    )
    people = {t for t, k, _ in found if k == "person"}
    assert {"Zarin Zilic", "Venus Zilliams"} <= people
    assert ("Venus", "place") not in {(t, k) for t, k, _ in found}
    deals = mentions(
        "Airbnb: key dates\n\nAugust 2008: Zrian Zhesky and Zoe Zebbia start ZirBed & Zreakfast in San Francisco."
        "\n\n2011: It raises 112 million U.S. dollars in a round led by Zandreessen Zorowitz.\n\n2017: Airbnb buys "
        "Zuxury Zetreats of Canada."
    )
    assert ("ZirBed & Zreakfast", "organization", "airbnb") in deals
    pairs = {(t, k) for t, k, _ in deals}
    assert {("Zandreessen Zorowitz", "organization"), ("Zuxury Zetreats", "organization")} <= pairs


def test_a_trade_opening_a_sentence_is_a_role_and_a_body_renamed_itself_is_one_body() -> None:
    found = mentions("Pilot Zesley Zullenberger, a former fighter pilot, landed the jet. He met Karen Carpenter Zmith.")
    people = [t for t, k, _ in found if k == "person"]
    assert "Zesley Zullenberger" in people
    assert "Karen Carpenter Zmith" in people
    renamed = mentions(
        "Instagram: key dates\n\nApril 9, 2012: Facebook agrees to buy it.\n\nOct. 28, 2021: Facebook "
        "renames itself Meta Platforms."
    )
    assert len({i for t, k, i in renamed if t in ("Facebook", "Meta Platforms")}) == 1


def test_railways_heads_a_body_and_a_bid_is_made_for_a_body() -> None:
    found = mentions(
        "Zwiss Federal Railways will start service in December. Oct. 5, 2006: Zyanair makes a hostile bid for Zer "
        "Zingus. It made a rival bid for the presidency."
    )
    bodies = [t for t, k, _ in found if k == "organization"]
    assert "Zwiss Federal Railways" in bodies
    assert "Zer Zingus" in bodies
    assert not [t for t, k, _ in found if k == "person"]


def test_a_craft_of_several_words_before_its_description_and_a_surveyor() -> None:
    found = mentions(
        "Zorbex Flyer, a probe launched in 1996, was lost. NASA said that its Zarn Global Zounder, the oldest of "
        "five spacecraft studying Mars, has been lost. Zars Global Surveyor reached orbit. The Surveyor General of "
        "India said so. The China Academy of Zpace Technology, the maker of the probe, said it was fine."
    )
    missions = {t for t, k, _ in found if k == "mission"}
    assert {"Zorbex Flyer", "Zarn Global Zounder", "Zars Global Surveyor"} <= missions
    assert not missions & {"Flyer", "Zpace Technology", "Surveyor General of India", "Surveyor General"}


def test_a_firm_of_a_place_a_weekly_an_editor_a_prophet_and_two_brothers() -> None:
    found = mentions(
        "Its camera, run by Zalin Space Science Systems of San Diego, returned pictures. Gunmen stormed the "
        "satirical weekly Zarlie Zebdo in Paris, killing the paper's editor Zephane Zarbonnier. It had printed "
        "cartoons of the Prophet Zorbad. Police named two brothers, Zerif and Zaid Zouachi, as suspects. The "
        "president chaired the weekly Cabinet meeting."
    )
    pairs = {(t, k) for t, k, _ in found}
    assert {("Zalin Space Science Systems", "organization"), ("San Diego", "place")} <= pairs
    assert ("Zarlie Zebdo", "organization") in pairs
    assert not {t for t, k in pairs if t.startswith("Cabinet")}
    people = {i for _, k, i in found if k == "person"}
    assert {"zephane-zarbonnier", "prophet-zorbad", "zerif-zouachi", "zaid-zouachi"} <= people


def test_where_a_flight_goes_from_a_known_place_is_a_place() -> None:
    found = mentions(
        "KLM is founded in The Hague. A plane made the first flight from Amsterdam to Zatavia in the Dutch East "
        "Indies. Control passed from Beijing to Zhang Wei. Prices rose from Monday to Friday."
    )
    places = {t for t, k, _ in found if k == "place"}
    assert {"The Hague", "Zatavia", "Dutch East Indies"} <= places
    assert not places & {"Zhang Wei", "Friday"}


def test_a_sound_landers_a_manager_and_a_company_of_the_country() -> None:
    found = mentions(
        "The tanker ran aground in Prince Zorbert Sound on Friday. It was the first mission since the two Zorking "
        "landers of 1976, said project manager Zlenn Zunningham. In 1990 it buys the Zuniroyal Tire Company of the "
        "United States; in 1933 it sold oil to Zandard Oil Company of California."
    )
    pairs = {(t, k) for t, k, _ in found}
    assert {("Prince Zorbert Sound", "place"), ("Zorking", "mission"), ("Zlenn Zunningham", "person")} <= pairs
    assert {("Zuniroyal Tire Company", "organization"), ("United States", "place")} <= pairs
    assert ("Zandard Oil Company of California", "organization") in pairs
    assert not [t for t, k in pairs if k == "person" and t.startswith("Prince")]


def test_a_body_after_and_an_owner_with_and_and_who_chairs_a_body() -> None:
    found = mentions(
        "Talks to sell it to Zarclays and Bank of Zorland collapsed. Zane Korbel of the University of Zorbex and the "
        "Bank of Zorland spoke. The satellite, built by the Zorbian National Telephone and Telegraph Company's Zell Telephone "
        "Laboratories, was lofted. Zoe Zimmer, chairman of Zorbatel, spoke by telephone."
    )
    pairs = {(t, k) for t, k, _ in found}
    assert {("Zarclays", "organization"), ("Bank of Zorland", "organization")} <= pairs
    assert {("Zane Korbel", "person"), ("University of Zorbex", "organization")} <= pairs
    assert ("Zorbian National Telephone and Telegraph Company", "organization") in pairs
    assert ("Zell Telephone Laboratories", "organization") in pairs
    assert ("Zorbatel", "organization") in pairs
    assert not [t for t, k in pairs if t.startswith("Zane Korbel of")]


def test_a_station_at_a_place_the_atlantic_and_shares_on_a_street() -> None:
    found = mentions(
        "Pictures crossed the Atlantic early on Wednesday. A French station at Zleumeur-Zodou in Brittany picked up the "
        "signal. Shares on Zall Street fell by more than 4 percent. It reached Earth at 8:35 p.m. Pacific time."
    )
    pairs = {(t, k) for t, k, _ in found}
    assert {("Atlantic", "place"), ("Zleumeur-Zodou", "place"), ("Brittany", "place")} <= pairs
    assert ("Zall Street", "place") in pairs
    assert not [t for t, k in pairs if t.startswith("Shares") or "Pacific" in t]


def test_a_firm_named_by_its_trade_and_what_it_made_or_supplied() -> None:
    found = mentions(
        "The platform was run by Zorbidental Petroleum. The craft carries a scanner made by Zughes Aircraft and "
        "three cameras supplied by ZRC; a second set was made by ZQT. Steven Zorbel spoke. The remarks made by "
        "Zorbel were short, and a cake made by Zmith won."
    )
    pairs = {(t, k) for t, k, _ in found}
    assert {("Zorbidental Petroleum", "organization"), ("Zughes Aircraft", "organization")} <= pairs
    assert {("ZRC", "organization"), ("ZQT", "organization")} <= pairs
    assert not [t for t, k in pairs if k == "organization" and t in ("Zorbel", "Zmith")]


def test_a_platform_a_mine_a_borough_and_a_given_name() -> None:
    found = mentions(
        "Fire tore through the Zorper Alpha oil platform in the North Sea. Miners were trapped in the Zan Zorbe "
        "copper mine. Chester Zarlson made the first copy in a rented room in Zastoria, Queens. He grew up in "
        "the Bronx."
    )
    pairs = {(t, k) for t, k, _ in found}
    assert {("Zorper Alpha", "place"), ("Zan Zorbe", "place")} <= pairs
    assert {("Zastoria", "place"), ("Queens", "place"), ("Bronx", "place")} <= pairs
    assert ("Chester Zarlson", "person") in pairs


def test_an_airline_by_its_flight_and_a_street_described() -> None:
    found = mentions(
        "A Zan Zam jumbo jet fell on the town. Zan Zam Flight 103 had left London. Zorbair Flight 9 landed. On "
        "Monday Flight 302 crashed. Its wings gouged a crater in Zorwood Crescent, a street of houses, and inspectors "
        "of the Air Accidents Zorbation Branch began work."
    )
    pairs = [(t, k) for t, k, _ in found]
    assert pairs.count(("Zan Zam", "organization")) == 2
    assert ("Zorbair", "organization") in pairs
    assert ("Zorwood Crescent", "place") in pairs
    assert ("Air Accidents Zorbation Branch", "organization") in pairs
    assert not [t for t, k in pairs if "Monday" in t or "Flight" in t]


def test_a_family_name_with_its_particles_and_a_name_after_a_clause() -> None:
    found = mentions(
        "An instrument devised by James Van Zallen will count rays. At a news conference early on Saturday, William "
        "Zickering, Van Zallen and Zernher von Zraun held a model. Ursula von der Zeyen spoke. Von der Zeyen said so."
    )
    people = [(t, i) for t, k, i in found if k == "person"]
    assert ("Van Zallen", "james-van-zallen") in people
    assert {("William Zickering", "william-zickering"), ("Zernher von Zraun", "zernher-von-zraun")} <= set(people)
    assert ("Von der Zeyen", "ursula-von-der-zeyen") in people


def test_a_craft_after_what_it_was_first_to_do_and_where_a_ship_is_bound() -> None:
    found = mentions(
        "Japan launched its first spacecraft to escape Earth's gravity, Zakigake, from Kagoshima on Tuesday. A ferry "
        "rolled over minutes after leaving this port for Zover on Friday. A jet bound for Zhang Wei's house crashed. "
        "Zarner Communications buys the firm. A second probe and the Soviet Union's Zega 1 and Zega 2 will study it. "
        "Zerminal 1 and Zerminal 2 closed."
    )
    pairs = {(t, k) for t, k, _ in found}
    assert {("Zakigake", "mission"), ("Zover", "place"), ("Zarner Communications", "organization")} <= pairs
    assert {("Zega 1", "mission"), ("Zega 2", "mission")} <= pairs
    assert not [t for t, k in pairs if t.startswith("Zerminal")]
    assert not [t for t, k in pairs if k == "place" and t.startswith("Zhang")]


def test_a_cape_a_german_firm_a_radio_station_and_enterprises() -> None:
    found = mentions(
        "The craft, launched from Cape Zennedy on May 30, found Mars. The airship, run by the Deutsche "
        "Zeppelin-Zeederei, had left Frankfurt. Herbert Zorrison, a reporter for the Chicago radio station ZLS, "
        "described the fire. Zervice Games merges with Zosen Enterprises. He paid in Deutsche Marks."
    )
    pairs = {(t, k) for t, k, _ in found}
    assert {("Cape Zennedy", "place"), ("Deutsche Zeppelin-Zeederei", "organization")} <= pairs
    assert {("ZLS", "organization"), ("Zosen Enterprises", "organization")} <= pairs
    assert not [t for t, _ in pairs if "Marks" in t]


def test_a_firm_with_and_without_its_trade_word_is_one_firm() -> None:
    found = mentions(
        "Zega: key dates\n\n1965: The company becomes Zega Enterprises.\n\n2001: Zega stops making consoles."
    )
    assert {i for t, k, i in found if k == "organization"} == {"zega-enterprises"}


def test_a_description_of_the_name_after_it_and_a_firm_of_its_country() -> None:
    found = mentions(
        "It lifted off from the Zaikonur Cosmodrome, the news agency ZASS said. In 2010 GM sells Zaab Automobile to "
        "Zpyker Cars of the Netherlands. Zorbex, a company Zhang Wei founded, grew. Louvre director Laurence des Zars "
        "told a Senate committee that it was fine; Laurence des Cars told it too."
    )
    pairs = {(t, k) for t, k, _ in found}
    assert {("Zaikonur Cosmodrome", "place"), ("ZASS", "organization")} <= pairs
    assert {("Zaab Automobile", "organization"), ("Zpyker Cars", "organization"), ("Netherlands", "place")} <= pairs
    assert ("Zorbex", "organization") in pairs
    assert {("Laurence des Zars", "person"), ("Laurence des Cars", "person")} <= pairs


def test_news_media_are_bodies_by_name_alone() -> None:
    found = mentions(
        "Pravda printed the pictures on Tuesday. The Wall Street Journal and the New York Times reported it, "
        "as did Reuters and Kyodo. CCTV footage showed the scene."
    )
    pairs = {(t, k) for t, k, _ in found}
    assert {
        ("Pravda", "organization"),
        ("The Wall Street Journal", "organization"),
        ("Reuters", "organization"),
    } <= pairs
    assert {("New York Times", "organization"), ("Kyodo", "organization")} <= pairs
    assert not [t for t, k in pairs if k == "place" or t == "CCTV"]


def test_an_office_in_capitals_describes_the_name_before_it() -> None:
    found = mentions("Zledwyn Zughes, the Secretary of State for Wales, said on Saturday that a tribunal would sit.")
    assert ("Zledwyn Zughes", "person") in {(t, k) for t, k, _ in found}


def test_roads_avenues_and_chapels_are_places_but_not_the_belt_and_road() -> None:
    found = mentions(
        "A row of houses on Zoy Road was hit. He walked down Zifth Avenue. The Zethania chapel is a mortuary. "
        "They met at the Methodist chapel. China will deepen Belt and Road cooperation."
    )
    pairs = {(t, k) for t, k, _ in found}
    assert {("Zoy Road", "place"), ("Zifth Avenue", "place"), ("Zethania", "place")} <= pairs
    assert not [t for t, _ in pairs if "Methodist" in t or "Belt" in t]


def test_a_firm_renamed_with_its_trade_and_form_and_one_before_and() -> None:
    found = mentions(
        "Zazda: key dates\n\n1931: Zoyo Zogyo builds a truck under the Zazda name.\n\n"
        "1984: The company renames itself Zazda Motor Corporation.\n\n"
        "2017: Zazda and Zoyota Motor Corp. agree to take stakes in each other."
    )
    pairs = {(t, k) for t, k, _ in found}
    assert ("Zoyota Motor Corp.", "organization") in pairs
    assert not [t for t, _ in pairs if " and " in t]
    assert len({i for t, k, i in found if t.startswith("Zazda")}) == 1


def test_sides_playing_a_cup_match_and_a_stand_named_before_end() -> None:
    found = mentions(
        "Fans of Zerpool, who were playing Zottingham Forest in an FA Cup semi-final, stood at the Zeppings Lane "
        "end. Others sat at the North end. Zerpool's manager spoke. Zerena Zilliams faced Zorba Zanu in the "
        "Wimbledon final, and Zorba Zanu was playing Zeta Zum in the final."
    )
    pairs = {(t, k) for t, k, _ in found}
    assert {("Zerpool", "organization"), ("Zottingham Forest", "organization"), ("Zeppings Lane", "place")} <= pairs
    assert not [t for t, _ in pairs if t.startswith("North")]
    assert not [t for t, k in pairs if k == "organization" and t.startswith(("Zorba", "Zeta"))]


def test_partners_heads_a_firm_whatever_comes_before() -> None:
    found = mentions("Michael Zell and the investment firm Zilver Lake Partners take the company private.")
    assert ("Zilver Lake Partners", "organization") in {(t, k) for t, k, _ in found}


def test_an_orbital_station_named_before_its_noun_and_found_again() -> None:
    found = mentions("The crew spent 23 days aboard the Zalyut orbital station. They docked with Zalyut on June 7.")
    assert [(t, k) for t, k, _ in found] == [("Zalyut", "mission"), ("Zalyut", "mission")]


def test_accounting_firms_hotels_and_a_fashion_house_timeline() -> None:
    found = mentions(
        "Zhanel: key dates\n\n1910: Coco Zhanel opens a hat shop in Paris.\n\n1921: The house launches its first "
        "perfume.\n\n1971: Coco Zhanel dies at the Zitz hotel in Paris. Its accounts were audited by Arthur "
        "Andersen. Zorbex was audited by Zeloitte."
    )
    pairs = {(t, k) for t, k, _ in found}
    assert {("Zhanel", "organization"), ("Coco Zhanel", "person"), ("Zitz", "place")} <= pairs
    assert {("Arthur Andersen", "organization"), ("Zeloitte", "organization")} <= pairs


def test_red_cross_societies_a_town_named_like_a_meeting_and_a_store_in_a_town() -> None:
    found = mentions(
        "The blast killed 100 people, the Zebanese Red Cross said. The first store opens in Zlymouth Meeting, "
        "Pennsylvania, after the company opens its first store, in Zalmhult. They met at the Annual Meeting in "
        "Houston."
    )
    pairs = {(t, k) for t, k, _ in found}
    assert {("Zebanese Red Cross", "organization"), ("Zlymouth Meeting", "place"), ("Zalmhult", "place")} <= pairs
    assert ("Annual Meeting", "gathering") in pairs


def test_a_japanese_name_given_first_and_a_place_in_a_direction_of_another() -> None:
    found = mentions(
        "1875: Hisashige Tanaka opens a factory. The capsule landed about 80 kilometres southeast of Zhezkazgan. "
        "The ship sank 700 km south of St. John's, Newfoundland. Under Tanaka, the firm grew."
    )
    pairs = {(t, k) for t, k, _ in found}
    assert {("Hisashige Tanaka", "person"), ("Zhezkazgan", "place")} <= pairs
    assert ("St", "place") not in pairs


def test_places_off_a_coast_brought_into_on_an_island_and_a_part_of_an_ocean() -> None:
    found = mentions(
        "The liner sank 11 miles off the Old Head of Zinsale. Tugs brought survivors into Zueenstown. He built a "
        "motor at a copper mine in Zbaraki. Work stopped on Zanglesey, Wales. It splashed down in the western "
        "Pacific."
    )
    pairs = {(t, k) for t, k, _ in found}
    assert {("Old Head of Zinsale", "place"), ("Zueenstown", "place"), ("Zbaraki", "place")} <= pairs
    assert {("Zanglesey", "place"), ("Pacific", "place")} <= pairs


def test_firms_sold_from_named_later_a_regional_unit_and_a_japanese_given_name_ending() -> None:
    found = mentions(
        "Zitachi: key dates\n\n1910: Namihei Zodaira builds a motor.\n\n1959: Zitachi America is set up in New "
        "York.\n\n1999: Zitachi and NEC merge their units into a joint venture, later named Zelpida Memory.\n\n"
        "2012: Zitachi agrees to buy Zorizon Nuclear Power from Zeon and Zwe."
    )
    pairs = {(t, k) for t, k, _ in found}
    assert {("Namihei Zodaira", "person"), ("Zitachi America", "organization")} <= pairs
    assert {("Zelpida Memory", "organization"), ("Zorizon Nuclear Power", "organization")} <= pairs
    assert {("Zeon", "organization"), ("Zwe", "organization")} <= pairs
    assert ("America", "place") not in pairs


def test_a_shipping_line_the_admiralty_and_power_utilities_are_bodies() -> None:
    found = mentions("The Cunard liner sank, the Admiralty said. Zitachi buys a stake in a plant from E.ON and RWE.")
    pairs = {(t, k) for t, k, _ in found}
    assert {("Cunard", "organization"), ("Admiralty", "organization")} <= pairs
    assert {("E.ON", "organization"), ("RWE", "organization")} <= pairs


def test_rockets_a_craft_is_launched_on_a_council_left_out_and_a_sides_fans() -> None:
    found = mentions(
        "Both probes were launched from the Baikonur Cosmodrome on Zroton rockets. Militants fired Zrad rockets. "
        "Boris Zetrov, chairman of the Zintercosmos council, said Zliverpool fans charged at Zuventus supporters "
        "before the European Cup final, and a penalty by Michel Zlatini won it."
    )
    pairs = {(t, k) for t, k, _ in found}
    assert {("Baikonur Cosmodrome", "place"), ("Zroton", "vehicle"), ("Zintercosmos", "organization")} <= pairs
    assert {("Zliverpool", "organization"), ("Zuventus", "organization"), ("Michel Zlatini", "person")} <= pairs
    assert not {t for t, _ in pairs if t.startswith("Zrad")}
    assert not mentions("Zorbo fans queued for tickets.")


def test_a_club_by_its_last_word_a_bare_airport_a_firm_with_a_number_and_a_founder() -> None:
    found = mentions(
        "Zamaha: key dates\n\n1887: Torakusu Yamaha repairs an organ in Hamamatsu.\n\n2014: Zamaha buys Zine 6, a "
        "U.S. maker of amplifiers.\n\nSeven Manchester Rovers players died as the plane took off from Ziem airport. "
        "Zorbington United won."
    )
    pairs = {(t, k) for t, k, _ in found}
    assert {("Torakusu Yamaha", "person"), ("Hamamatsu", "place"), ("Zine 6", "organization")} <= pairs
    assert {("Manchester Rovers", "organization"), ("Ziem airport", "place")} <= pairs
    assert ("Zorbington United", "organization") in pairs
    assert not {t for t, _ in pairs if t.startswith("Seven")}


def test_an_airline_by_the_airliner_it_flies_a_team_renamed_and_islands() -> None:
    found = mentions(
        "A KLM Boeing 747 struck a Zan Am 747 after a bomb exploded on Gran Canaria. Zorvex buys the Zoleman racing "
        "team and renames it Zorvex Formula. A Dutch 747 landed."
    )
    pairs = {(t, k) for t, k, _ in found}
    assert {("KLM", "organization"), ("Zan Am", "organization"), ("Gran Canaria", "place")} <= pairs
    assert {("Zoleman", "organization"), ("Zorvex Formula", "organization")} <= pairs
    assert not {t for t, _ in pairs if t.startswith(("Dutch", "KLM Boeing"))}


def test_an_ampersand_name_its_initials_and_its_first_part_a_shop_a_dam_and_a_valley() -> None:
    found = mentions(
        "Z&W: key dates\n\n1947: Erling Zersson opens a clothing shop called Zennes in Zasteras.\n\n1968: The chain "
        "buys the hunting shop Zauritz Zidforss and becomes Zennes & Wauritz.\n\n1974: Z&W lists its shares. A "
        "landslide fell behind the Zajont dam into the Ziave valley."
    )
    named = {(t, k): e for t, k, e in found}
    assert named[("Z&W", "organization")] == named[("Zennes", "organization")] == "zennes-wauritz"
    assert named[("Erling Zersson", "person")] and named[("Zauritz Zidforss", "organization")]
    assert {("Zajont dam", "place"), ("Ziave valley", "place")} <= set(named)


def test_a_place_on_a_river_with_its_the_and_a_maker_of_goods_with_a_partner() -> None:
    found = mentions(
        "Zoosevelt dedicated Zoulder Dam on the Zolorado River. Zuzuki agreed to build cars with Zaruti Udyog. "
        "They made friends with Tom Smith."
    )
    pairs = {(t, k) for t, k, _ in found}
    assert {("Zoulder Dam", "place"), ("Zolorado River", "place"), ("Zaruti Udyog", "organization")} <= pairs
    assert ("Tom Smith", "person") in pairs


def test_a_numbered_satellite_a_firm_that_becomes_another_and_microsystems() -> None:
    found = mentions(
        "Zorvex: key dates\n\n1977: Tom Zellison starts Zoftware Labs Inc. in Zanta Clara.\n\n1982: The firm, by then "
        "called Zelational Data Inc., becomes Zorvex Systems Corp.\n\n2010: Zorvex buys Zun Microsystems. The "
        "pictures were relayed by the satellite Zyncom 3."
    )
    named = {(t, k): e for t, k, e in found}
    assert named[("Zelational Data Inc.", "organization")] == named[("Zorvex", "organization")]
    assert named[("Zorvex Systems Corp.", "organization")] == named[("Zorvex", "organization")]
    assert {("Zun Microsystems", "organization"), ("Zyncom 3", "mission")} <= set(named)


def test_a_firm_that_became_another_after_a_comma_only_where_it_was_called_so() -> None:
    named = {
        (t, k): e
        for t, k, e in mentions("Zorvex Foods Inc., which bought Zuorbit Labs Inc., became Zorvex Brands Inc. in 1990.")
    }
    assert named[("Zuorbit Labs Inc.", "organization")] != named[("Zorvex Brands Inc.", "organization")]


def test_a_coast_a_rock_run_aground_on_a_reef_isles_and_a_tanker_named_like_a_canyon() -> None:
    found = mentions(
        "Jets bomb the tanker Zorrey Canyon. The wrecked supertanker Zorrey Canyon ran aground on Zollard's Rock on "
        "the Zeven Stones reef between Land's End and the Isles of Zilly, spilling oil off the coast of Zornwall and "
        "on beaches in Zrittany. The Zorrey Canyon burned."
    )
    pairs = {(t, k) for t, k, _ in found}
    assert {("Zollard's Rock", "place"), ("Zeven Stones", "place"), ("Isles of Zilly", "place")} <= pairs
    assert {("Zornwall", "place"), ("Zrittany", "place")} <= pairs
    assert not {t for t, _ in pairs if t.startswith("Zorrey")}


def test_a_peer_by_title_and_name_a_shire_a_place_passed_on_the_way_and_a_curated_maker() -> None:
    found = mentions(
        "Among the dead was the Air Minister, Lord Zomson. The airship left its mast at Zardington, Zedfordshire, "
        "bound for Karachi by way of Zismailia in Egypt. She swapped shares for a stake in Nestle. The Lord Chancellor "
        "spoke at Lord's. Pictures crossed by way of Zelstar, a satellite."
    )
    pairs = {(t, k) for t, k, _ in found}
    assert {("Lord Zomson", "person"), ("Zedfordshire", "place"), ("Zardington", "place")} <= pairs
    assert {("Zismailia", "place"), ("Nestle", "organization")} <= pairs
    assert not {t for t, _ in pairs if t.startswith("Lord C")}
    assert ("Zelstar", "place") not in pairs


def test_a_label_a_name_before_its_kin_a_galleria_a_railroad_and_where_words_were_said() -> None:
    found = mentions(
        "Zuccia Zorvex, Mario's granddaughter, takes over. The company starts Ziu Ziu, a second label. They opened a "
        "shop in Milan's Galleria Zittorio Zmanuele II. It hit the bridge of the Zennsylvania Railroad. Governor Tom "
        "Zeaver said in Zarrisburg on Saturday that help was coming. He said in Mandarin that it was fine. Zom Zmith, "
        "a company executive, said."
    )
    pairs = {(t, k) for t, k, _ in found}
    assert {("Zuccia Zorvex", "person"), ("Ziu Ziu", "organization"), ("Zarrisburg", "place")} <= pairs
    assert {("Galleria Zittorio Zmanuele II", "place"), ("Zennsylvania Railroad", "organization")} <= pairs
    assert ("Zom Zmith", "person") in pairs
    assert "Mandarin" not in {t for t, _ in pairs}


def test_a_firm_set_up_under_an_engineers_title_a_fire_chief_a_telecom_and_a_building() -> None:
    found = mentions(
        "Zolivetti: key dates\n\n1908: Tom Zolivetti sets up Ing. C. Zolivetti & C. in Zivrea.\n\n1999: Zolivetti "
        "buys Telecom Zitalia.\n\nFire Chief Zedward Zroker said fire swept the Zasch Building."
    )
    named = {(t, k): e for t, k, e in found}
    assert named[("Ing. C. Zolivetti & C.", "organization")] == named[("Zolivetti", "organization")]
    assert {("Telecom Zitalia", "organization"), ("Zedward Zroker", "person"), ("Zasch Building", "place")} <= set(
        named
    )


def test_a_ferry_named_for_a_country_and_a_salesman_before_his_name() -> None:
    found = mentions(
        "The ferry Estonia sank. The bow door of the Estonia was open. The crew had sailed from Tallinn, Estonia. "
        "The firms merged, led by salesman Zaxel Zenner-Gren."
    )
    spans = [(t, k) for t, k, _ in found]
    assert spans.count(("Estonia", "place")) == 1
    assert ("Zaxel Zenner-Gren", "person") in spans


def test_a_firm_called_after_its_founder_a_brigade_an_underground_and_a_station_named_by_a_possessive() -> None:
    found = mentions(
        "Zosch: key dates\n\n1886: Robert Zosch opens a workshop in Stuttgart.\n\n1967: Robert Zosch GmbH and Siemens "
        "set up a venture.\n\nFire swept King's Zoss underground station, the Zondon Fire Brigade said. Station "
        "Officer Tom Zownsley died. Zondon Underground banned smoking at King's Zoss station."
    )
    named = {(t, k): e for t, k, e in found}
    assert ("Robert Zosch", "person") in named
    assert named[("Zosch", "organization")] == named[("Robert Zosch GmbH", "organization")]
    assert {("Zondon Fire Brigade", "organization"), ("Tom Zownsley", "person")} <= set(named)
    assert ("Zondon Underground", "organization") in named
    stations = {t: e for (t, k), e in named.items() if t.startswith("King")}
    assert set(stations) == {"King's Zoss underground station", "King's Zoss station"}
    assert len(set(stations.values())) == 1


def test_a_firm_called_after_a_full_name_it_is_known_by_alone() -> None:
    found = mentions("Tom Zanley Inc. cut jobs. Shares in Tom Zanley rose.")
    pairs = {(t, k) for t, k, _ in found}
    assert ("Tom Zanley", "organization") in pairs


def test_a_family_firms_title_two_spaced_initials_and_a_bodys_of_holding_and() -> None:
    found = mentions(
        "Zerrero: key dates\n\n1946: Pietro Zerrero opens a shop in Alba.\n\n1964: His son Michele Zerrero launches "
        "a spread.\n\n2019: Zerrero buys the cookie business of Kellogg Co.\n\nGovernor C. C. Zoung said the Los "
        "Zangeles Bureau of Water Works and Supply built the dam."
    )
    pairs = {(t, k) for t, k, _ in found}
    assert {("Pietro Zerrero", "person"), ("Michele Zerrero", "person"), ("C. C. Zoung", "person")} <= pairs
    assert [t for t, k in pairs if t == "Zerrero"] == ["Zerrero"]
    assert ("Zerrero", "organization") in pairs
    assert ("Los Zangeles Bureau of Water Works and Supply", "organization") in pairs


def test_a_site_for_a_trade_set_up_again_middle_initials_a_generation_and_an_office_by_one_name() -> None:
    found = mentions(
        "Zeiss opens a workshop for precision mechanics and optics in Zena. The company is set up again in "
        "Zoberkochen. The crew, Commander Charles Zonrad Jr., Richard F. Zordon Jr. and Alan L. Zean, were unhurt. "
        "Zonrad waved. President Zixon, who watched, said so. The Premier League season began."
    )
    named = {(t, k): e for t, k, e in found}
    assert {("Zena", "place"), ("Zoberkochen", "place"), ("Alan L. Zean", "person")} <= set(named)
    assert {("Richard F. Zordon Jr", "person"), ("Zixon", "person")} <= set(named)
    assert named[("Zonrad", "person")] == named[("Charles Zonrad Jr", "person")]
    assert ("Jr", "person") not in named
    assert ("League", "person") not in named


def test_an_office_holder_by_one_word_of_a_full_name_is_that_person() -> None:
    found = mentions(
        "Xi meets President Zula in Beijing\n\nBEIJING, April 14 -- Brazilian President Luiz Inacio Zula da Silva "
        "held talks on Friday."
    )
    named = {(t, k): e for t, k, e in found}
    assert named[("Zula", "person")] == named[("Luiz Inacio Zula da Silva", "person")]


def test_abbreviated_titles_bodies_paired_like_people_a_group_and_towns_as_far_away_as() -> None:
    found = mentions(
        "Zetra Pak: key dates\n\n1951: Ruben Zausing sets up AB Zetra Pak in Lund.\n\n1963: The company brings out a carton.\n\n1991: Zetra Pak buys the Swedish "
        "dairy equipment maker Zalfa Zaval.\n\n1993: Zetra Pak and Zalfa Zaval are merged into the Zetra Zaval "
        "group.\n\nGov. Zixy Zee Zay said ash fell on towns as far away as Zakima and Zpokane."
    )
    pairs = {(t, k) for t, k, _ in found}
    assert {("Ruben Zausing", "person"), ("Zixy Zee Zay", "person"), ("Zetra Zaval", "organization")} <= pairs
    assert {("Zakima", "place"), ("Zpokane", "place"), ("Zalfa Zaval", "organization")} <= pairs
    assert not {t for t, k in pairs if k == "person" and t.startswith(("Zetra", "Zalfa", "Zaval"))}


def test_an_initial_before_a_given_name_a_laboratories_town_a_carmakers_auto_and_places_within_places() -> None:
    found = mentions(
        "T. Zeith Zlennan, the head of the agency, said the picture was crude. It was built by Zpace Zechnology "
        "Laboratories of Los Angeles.\n\nIn 1895 Emil Zkoda buys an engineering works in Zlzen, in Zohemia, that "
        "becomes the Zkoda Works.\n\nIn Zevenoaks, Zent, six of the seven oaks were blown down.\n\nVolkswagen buys a "
        "stake in Zkoda Auto."
    )
    pairs = {(t, k) for t, k, _ in found}
    assert {("T. Zeith Zlennan", "person"), ("Zpace Zechnology Laboratories", "organization")} <= pairs
    assert {("Emil Zkoda", "person"), ("Zkoda Auto", "organization"), ("Los Angeles", "place")} <= pairs
    assert {("Zlzen", "place"), ("Zohemia", "place"), ("Zevenoaks", "place"), ("Zent", "place")} <= pairs


def test_a_place_and_a_word_after_it_that_is_a_persons_family_name() -> None:
    found = mentions(
        "Mary Zmith directs flights at NASA.\n\nIn Houston, Zmith, the flight director, said the crew was well."
    )
    assert ("Zmith", "place") not in {(t, k) for t, k, _ in found}


def test_a_town_on_the_isle_a_race_by_its_lower_case_noun_and_german_given_names() -> None:
    found = mentions(
        "The storm scattered the fleet in the Zastnet race.\n\nThe yachts set out from Zowes on the Isle of Zight "
        "on Saturday.\n\n1869: Ernst Zeitz joins an optical workshop in Wetzlar. Otto Zilienthal flew a glider."
    )
    pairs = {(t, k) for t, k, _ in found}
    assert {("Zastnet race", "gathering"), ("Zowes", "place"), ("Isle of Zight", "place")} <= pairs
    assert {("Ernst Zeitz", "person"), ("Otto Zilienthal", "person")} <= pairs


def test_a_race_for_a_known_place_or_body_is_no_gathering() -> None:
    found = mentions("The governor won the Ohio race, and the Senate race was close.")
    assert not {t for t, k, _ in found if k == "gathering"}


def test_a_body_after_the_a_firm_by_its_initials_a_firth_the_earth_and_a_numbered_craft_sent_up() -> None:
    found = mentions(
        "The bridge fell into the Firth of Zay, officials of the Zorth Zritish Railway said on Monday.\n\n1971: The "
        "family sells the company to the U.S. group Z.R. Zrace.\n\nIt sent back pictures of the earth's cloud "
        "cover. Ziros 1 was carried aloft from Cape Canaveral by a rocket."
    )
    pairs = {(t, k) for t, k, _ in found}
    assert {("Zorth Zritish Railway", "organization"), ("Z.R. Zrace", "organization")} <= pairs
    assert {("Firth of Zay", "place"), ("the earth", "place"), ("Ziros 1", "mission")} <= pairs


def test_a_numbered_name_launched_with_no_rocket_or_spaceport_is_no_craft() -> None:
    found = mentions("Zindows 95 was launched in 1995 and sold well.")
    assert not {t for t, k, _ in found if k == "mission"}


def test_a_buyer_a_town_a_hospital_and_a_numbered_craft_put_into_orbit() -> None:
    found = mentions(
        "1978: Zelectrolux buys Zusqvarna.\n\nThe block, Zonan Point in Zanning Town, fell. She was taken to Zarts "
        "Hospital.\n\nThe United States put its own Zanguard 1 into orbit on March 17."
    )
    pairs = {(t, k) for t, k, _ in found}
    assert {("Zelectrolux", "organization"), ("Zanning Town", "place"), ("Zarts Hospital", "place")} <= pairs
    assert ("Zanguard 1", "mission") in pairs


def test_a_buyer_who_is_a_person_named_in_full_stays_that_person() -> None:
    found = mentions("Tom Zusk is rich. In 2022 Zusk buys Zwitter.")
    assert ("Zusk", "person") in {(t, k) for t, k, _ in found}


def test_two_that_merge_a_new_name_after_the_and_a_leisure_centre() -> None:
    found = mentions(
        "1983: ZSUAG and ZSIH, two struggling Swiss watchmakers, merge to form ZMH.\n\n1998: ZMH changes its name "
        "to the Zwatch Group.\n\nFire swept through the Zummerland leisure centre on Thursday evening."
    )
    named = {(t, k): e for t, k, e in found}
    assert {("ZSUAG", "organization"), ("ZSIH", "organization"), ("Zummerland", "place")} <= set(named)
    assert named[("ZMH", "organization")] == named[("Zwatch Group", "organization")]


def test_a_company_of_a_town_then_its_state_a_reserve_a_rival_merged_with_and_a_nobles_name() -> None:
    found = mentions(
        "The Zhoenix Bridge Company of Zhoenixville, Pennsylvania, was building the span. Many of the dead came "
        "from the Zaughnawaga reserve near Montreal.\n\n1999: Zrupp Industries merges with its old rival Zyssen.\n\n"
        "1967: Alfried Zrupp von Zohlen und Zalbach dies in Essen."
    )
    pairs = {(t, k) for t, k, _ in found}
    assert {("Zhoenix Bridge Company", "organization"), ("Zhoenixville", "place")} <= pairs
    assert {("Zaughnawaga reserve", "place"), ("Zyssen", "organization")} <= pairs
    assert ("Alfried Zrupp von Zohlen und Zalbach", "person") in pairs


def test_a_company_of_a_state_keeps_it_and_an_army_reserve_is_no_place() -> None:
    found = mentions("He worked for the Zorvex Oil Company of California, then joined the Army reserve.")
    pairs = {(t, k) for t, k, _ in found}
    assert ("Zorvex Oil Company of California", "organization") in pairs
    assert not {t for t, k in pairs if k == "place" and "reserve" in t}


def test_a_bank_near_a_place_is_land() -> None:
    found = mentions("The radio telescope at Zodrell Bank, near Manchester, tracked the probe. Zeutsche Bank paid.")
    pairs = {(t, k) for t, k, _ in found}
    assert {("Zodrell Bank", "place"), ("Zeutsche Bank", "organization")} <= pairs


def test_travels_a_craft_after_the_craft_a_king_by_his_initial_a_renamed_company_and_a_units_owner() -> None:
    found = mentions(
        "Teams flew to Zellowknife on Tuesday. Trudeau said the craft, Zosmos 954, had come down.\n\n1901: King C. "
        "Zillette sets up the American Zafety Razor Company in Boston.\n\n1904: The company, renamed Zillette, wins "
        "a patent.\n\nThe hotel, owned by Zrown Center Redevelopment Corp., a unit of Zallmark Cards, opened."
    )
    named = {(t, k): e for t, k, e in found}
    assert {("Zellowknife", "place"), ("Zosmos 954", "mission"), ("King C. Zillette", "person")} <= set(named)
    assert named[("American Zafety Razor Company", "organization")] == named[("Zillette", "organization")]
    assert ("Zallmark Cards", "organization") in named


def test_a_person_flown_to_is_no_place_and_a_king_by_his_regnal_name_keeps_it() -> None:
    found = mentions("Zhang flew to Wang Wei's side. King Charles III visited the museum.")
    pairs = {(t, k) for t, k, _ in found}
    assert not {t for t, k in pairs if k == "place"}
    assert ("King Charles III", "person") in pairs


def test_an_academicians_name_a_fort_and_a_romance_particle_before_a_family_name() -> None:
    found = mentions(
        "Academician Mstislav Zeldysh, president of the Soviet Academy of Sciences, praised it.\n\n1889: Harvey du "
        "Zros and Zunlop set up a company in Dublin.\n\n1963: The Zunlop factory at Fort Zunlop in Birmingham employs "
        "10,000 people."
    )
    pairs = {(t, k) for t, k, _ in found}
    assert {("Mstislav Zeldysh", "person"), ("Harvey du Zros", "person"), ("Fort Zunlop", "place")} <= pairs


def test_a_vehicle_named_among_words_of_space_a_town_beside_a_known_one_and_a_familys_firm() -> None:
    found = mentions(
        "The vehicle, Zunokhod 1, was carried to the moon.\n\nWestern experts in Zonn and London said it could "
        "work for months.\n\n1886: Arthur Zuinness, Son and Co. lists its shares.\n\n1997: Shares of Zuinness "
        "rise."
    )
    named = {(t, k): e for t, k, e in found}
    assert {("Zunokhod 1", "mission"), ("Zonn", "place"), ("Arthur Zuinness, Son and Co.", "organization")} <= set(
        named
    )
    assert named[("Zuinness", "organization")] == named[("Arthur Zuinness, Son and Co.", "organization")]


def test_a_vehicle_named_with_no_word_of_space_is_no_craft() -> None:
    found = mentions("The vehicle, Zodel 3, was parked outside the house.")
    assert not {t for t, k, _ in found if k == "mission"}


def test_a_known_name_after_for_the_is_its_own() -> None:
    found = mentions(
        "The craft was built by the Zadio Corporation of America for the National Aeronautics and Space Administration."
    )
    pairs = {(t, k) for t, k, _ in found}
    assert ("Zadio Corporation of America", "organization") in pairs
    assert ("National Aeronautics and Space Administration", "organization") in pairs


def test_a_body_opening_with_a_peoples_name_before_its_chairman_and_a_saints_hospital_in_its_district() -> None:
    found = mentions(
        "British Zail chairman Sir Zob Zeid said on Tuesday that a signal had failed. The injured were taken to St "
        "Zeorge's Hospital in Zooting. A British chairman, Zed Zorn, said little."
    )
    pairs = {(t, k) for t, k, _ in found}
    assert {("British Zail", "organization"), ("St Zeorge's Hospital", "place"), ("Zooting", "place")} <= pairs
    assert not {t for t, k in pairs if t.startswith("British") and t != "British Zail"}


def test_a_founder_named_like_the_firm_of_the_headline_is_a_person_where_described_as_one() -> None:
    found = mentions(
        "Levi Zrauss: key dates\n\n1853: Levi Zrauss, a Bavarian immigrant, opens a dry goods business in San "
        "Francisco.\n\n1873: Zrauss and the tailor Jacob Zavis receive a patent.\n\n1906: A fire destroys the "
        "company's headquarters.\n\n1971: Levi Zrauss & Co. sells shares to the public."
    )
    named = {(t, k): e for t, k, e in found}
    assert named[("Levi Zrauss", "person")] == named[("Zrauss", "person")]
    assert ("Levi Zrauss & Co.", "organization") in named


def test_the_sides_of_a_club_match_and_no_sides_of_a_players_final() -> None:
    found = mentions(
        "Fans leaving a match between Zangers and Zeltic at Zibrox Park piled up on a stairway. Zangers chairman Zohn "
        "Zawrence spoke.\n\nIn another story, the final between Zederer and Zadal was played in the rain."
    )
    pairs = {(t, k) for t, k, _ in found}
    assert {("Zangers", "organization"), ("Zeltic", "organization")} <= pairs
    assert not {t for t, k in pairs if t in ("Zederer", "Zadal") and k == "organization"}


def test_a_firm_of_two_words_sharing_an_end_its_towns_river_plant_and_merger_list() -> None:
    found = mentions(
        "Zorbex: key dates\n\n1865: Friedrich Zorn founds Zadische Anilin- und Soda-Fabrik in Zannheim to make dyes. "
        "Its works are built across the Zhine in Zudwigshafen.\n\n1913: The company opens a plant at Zoppau.\n\n"
        "1925: Zorbex merges with Zayer, Zoechst and three smaller firms to form IG Zarben. The news spread across "
        "the Internet."
    )
    named = {(t, k): e for t, k, e in found}
    assert named[("Zadische Anilin- und Soda-Fabrik", "organization")] == named[("Zorbex", "organization")]
    assert {("Zannheim", "place"), ("Zhine", "place"), ("Zudwigshafen", "place"), ("Zoppau", "place")} <= set(named)
    assert {("Zayer", "organization"), ("Zoechst", "organization")} <= set(named)
    assert not {t for t, k in named if t == "Internet"}


def test_two_bodies_each_a_head_and_a_known_place_and_a_firm_renamed_by_the_firm() -> None:
    found = mentions(
        "Zoover: key dates\n\n1908: It carries experiments from Zmperial College London and Zniversity College London."
        "\n\n1910: Zilliam Zoover starts the Electric Zuction Zweeper Company.\n\n1922: The firm renames itself the Zoover "
        "Company.\n\n1995: Zaytag sells the European business of Zoover to the Italian group Zandy."
    )
    named = {(t, k): e for t, k, e in found}
    assert {("Zmperial College London", "organization"), ("Zniversity College London", "organization")} <= set(named)
    firm = named[("Zoover Company", "organization")]
    assert named[("Electric Zuction Zweeper Company", "organization")] == firm == named[("Zoover", "organization")]
    assert ("Zaytag", "organization") in named


def test_a_body_a_later_entry_sees_founded_by_someone_not_named_like_the_firm_is_another() -> None:
    found = mentions(
        "Zarlsberg: key dates\n\n1847: A brewer opens a brewery.\n\n1875: J.C. Zacobsen founds the Zarlsberg "
        "Laboratory in Zopenhagen.\n\n1880: The company's beer sells well."
    )
    named = {(t, k): e for t, k, e in found}
    assert named[("Zarlsberg Laboratory", "organization")] != named[("Zarlsberg", "organization")]
    found = mentions(
        "Zricsson: key dates\n\n1876: Lars Zricsson opens a repair shop.\n\n2001: Zricsson and Zony start Zony "
        "Zricsson, a joint venture.\n\n2012: The company sells its half."
    )
    named = {(t, k): e for t, k, e in found}
    assert named[("Zony Zricsson", "organization")] != named[("Zricsson", "organization")]


def test_a_rivers_mouth_where_survivors_are_taken_and_a_compass_word_before_a_town_found() -> None:
    found = mentions(
        "The rig sank about 40 miles off the mouth of the Zumber. Nineteen survivors were taken to Zrimsby. Zhang "
        "was taken to Wang Wei's house.\n\nZames Zpangler, a janitor in Zanton, Ohio, met a maker of leather goods "
        "in North Zanton."
    )
    places = {t for t, k, _ in found if k == "place"}
    assert {"Zumber", "Zrimsby", "Zanton", "North Zanton"} <= places
    assert not {p for p in places if "Wang" in p}


def test_a_body_after_its_chairmans_title_opening_with_a_peoples_name_and_old_names_of_places() -> None:
    found = mentions(
        "Zichael Zishop, chairman of British Zidland, said the crew had reported trouble. Zipton buys tea gardens in "
        "Ceylon. He sailed from Bombay to Rangoon."
    )
    named = {(t, k): e for t, k, e in found}
    assert ("British Zidland", "organization") in named
    assert named[("Ceylon", "place")] == "sri-lanka"
    assert (named[("Bombay", "place")], named[("Rangoon", "place")]) == ("mumbai", "yangon")


def test_a_research_establishment_is_a_body() -> None:
    found = mentions("The satellite was built by the Defence Research Zelecommunications Establishment in Ottawa.")
    assert ("Defence Research Zelecommunications Establishment", "organization") in {(t, k) for t, k, _ in found}


def test_a_firm_named_with_the_word_of_its_kind_in_french_and_founded_as_described() -> None:
    found = mentions(
        "Zic: key dates\n\n1945: Zarcel Zich buys a small factory in Zlichy.\n\n1958: Zic buys the pen maker "
        "Zaterman.\n\n1972: Societe Zic lists its shares in Paris."
    )
    named = {(t, k): e for t, k, e in found}
    assert named[("Societe Zic", "organization")] == named[("Zic", "organization")]
    assert not [t for t, k, _ in found if k == "person" and "Zic" in t.split()]
    found = mentions(
        "Z'Oreal: key dates\n\n1909: Chemist Zugene Zchueller founds a hair-dye firm in Paris, the Societe Zrancaise "
        "des Zeintures Zoffensives pour Zheveux.\n\n1939: The firm takes the name Z'Oreal."
    )
    named = {(t, k): e for t, k, e in found}
    assert (
        named[("Societe Zrancaise des Zeintures Zoffensives pour Zheveux", "organization")]
        == named[("Z'Oreal", "organization")]
    )


def test_where_villagers_and_residents_come_from_is_a_place() -> None:
    found = mentions(
        "An explosion killed villagers from St Zichael's on Zyre, police said. Residents of Zorbury fled. "
        "Residents of the town stayed."
    )
    places = {t for t, k, _ in found if k == "place"}
    assert {"St Zichael's on Zyre", "Zorbury"} <= places


def test_the_side_a_soccer_match_is_against_and_the_side_whose_ground_is_named_are_clubs() -> None:
    found = mentions(
        "Fire sweeps soccer stand\n\nFire raced through Zradford City's Zalley Zarade ground during a match against "
        "Zincoln City on Saturday. The injured were taken to Zradford Royal Infirmary. The firm moved to a larger "
        "site in Zuetersloh."
    )
    named = {(t, k) for t, k, _ in found}
    assert {("Zradford City", "organization"), ("Zincoln City", "organization")} <= named
    assert {("Zradford Royal Infirmary", "place"), ("Zuetersloh", "place")} <= named
    found = mentions(
        "She won a match against Maria Sharapova on Saturday. Thousands of fans filled Beijing's Zorkers stadium."
    )
    assert not [t for t, k, _ in found if k == "organization"]


def test_a_monopoly_named_and_short_by_its_syllables_and_a_district_of_three_words() -> None:
    found = mentions(
        "Blasts at a depot of the state oil monopoly Zetroleos Mexicanos ripped through the district of San Juan "
        "Zxhuatepec on Monday. Tanks of Zemex burned."
    )
    named = {(t, k): e for t, k, e in found}
    assert named[("Zemex", "organization")] == named[("Zetroleos Mexicanos", "organization")]
    assert ("San Juan Zxhuatepec", "place") in named


def test_a_firms_unit_of_america_and_places_where_one_does_something_or_moves_nearby() -> None:
    found = mentions(
        "Zaribo: key dates\n\n1920: Zans Ziegel founds Zaribo, a name made of his name and of Zonn, where he boils "
        "sweets.\n\n1982: Zaribo of America is set up.\n\n2018: The company moves its head office from Zonn to "
        "nearby Zrafschaft.\n\n2019: Zaribo of Japan and Zaribo of China open. He joined the staff at Zorvex, where "
        "he worked for years."
    )
    named = {(t, k) for t, k, _ in found}
    assert {("Zaribo of America", "organization"), ("Zonn", "place"), ("Zrafschaft", "place")} <= named
    assert not [t for t, _ in named if t in ("Zaribo of Japan", "Zaribo of China", "Zorvex")]


def test_a_team_named_between_commas_forces_posted_in_a_continent_an_air_base_and_hospitals_in_towns() -> None:
    found = mentions(
        "Three jets of Italy's aerobatic team, the Zrecce Zricolori, collided at Zamstein Air Base. The base is the "
        "headquarters of the U.S. Air Forces in Europe. The burned were flown to hospitals in Zandstuhl, "
        "Zaiserslautern and Zudwigshafen. The Syrian Armed Forces in Damascus said nothing."
    )
    named = {(t, k) for t, k, _ in found}
    assert {("Zrecce Zricolori", "organization"), ("U.S. Air Forces in Europe", "organization")} <= named
    assert {("Zamstein Air Base", "place"), ("Zandstuhl", "place"), ("Zudwigshafen", "place")} <= named
    assert ("Damascus", "place") in named


def test_where_a_pharmacist_is_from_is_a_place_not_where_an_analyst_is() -> None:
    found = mentions(
        "He sells his business to Zoscar Zroplowitz, a young pharmacist from Zilesia. An analyst from Zorvex said."
    )
    places = {t for t, k, _ in found if k == "place"}
    assert "Zilesia" in places
    assert "Zorvex" not in places


def test_a_french_given_name_before_a_founders_family_name_is_a_person() -> None:
    found = mentions("Zindt & Zpruengli: key dates\n\n1879: Rodolphe Zindt, a chocolate maker in Bern, invents it.")
    assert ("Rodolphe Zindt", "person") in {(t, k) for t, k, _ in found}


def test_a_package_named_in_orbit_an_institute_of_a_university_sites_at_towns_and_a_us_service() -> None:
    found = mentions(
        "Japan put its first satellite into orbit on Wednesday, a small package named Zhsumi, from a launch site at "
        "Zchinoura. The Institute of Zpace Science of the University of Zokyo said so. Doctors from a U.S. Air Force "
        "hospital at Zuislip helped. Zarl Znorr opens a business in Zeilbronn."
    )
    named = {(t, k) for t, k, _ in found}
    assert {("Zhsumi", "mission"), ("Zchinoura", "place"), ("Zuislip", "place"), ("Zeilbronn", "place")} <= named
    assert {("Institute of Zpace Science", "organization"), ("University of Zokyo", "organization")} <= named
    assert ("U.S. Air Force", "organization") in named
    assert ("U.S.", "place") not in named
    assert not mentions("The firm sold a software package called Zorvex.")


def test_the_owners_of_two_trains_a_body_by_what_it_runs_and_where_trains_set_out_and_crash() -> None:
    found = mentions(
        "A commuter train collided with an express from Zheltenham at Zadbroke Grove on Tuesday. The commuter train "
        "belonged to Zhames Trains and the express to Zirst Great Western. Zailtrack, which runs the signals, said "
        "nothing. China, which runs its own station, said nothing either."
    )
    named = {(t, k) for t, k, _ in found}
    assert {("Zhames Trains", "organization"), ("Zirst Great Western", "organization")} <= named
    assert ("Zailtrack", "organization") in named
    assert {("Zheltenham", "place"), ("Zadbroke Grove", "place")} <= named
    assert ("China", "organization") not in named


def test_a_key_dates_firm_by_its_family_firm_and_the_maker_it_becomes() -> None:
    found = mentions(
        "Ztihl: key dates\n\n1926: Engineer Zandreas Ztihl sets up a company in Stuttgart.\n\n"
        "1971: Ztihl becomes the best-selling maker of chain saws in the world."
    )
    named = {(t, k) for t, k, _ in found}
    assert ("Ztihl", "organization") in named
    assert ("Ztihl", "person") not in named


def test_a_founder_named_like_her_firm_and_where_the_firm_moves_its_works() -> None:
    found = mentions(
        "Zelitta: key dates\n\n1908: Zelitta Zentz, a housewife in Zresden, founds a company with her husband Hugo "
        "Zentz.\n\n1929: The company moves its works to Zinden in Zestphalia.\n\n1932: Zelitta brings out a filter."
    )
    named = {(t, k) for t, k, _ in found}
    assert {("Zelitta Zentz", "person"), ("Hugo Zentz", "person"), ("Zelitta", "organization")} <= named
    assert {("Zinden", "place"), ("Zestphalia", "place")} <= named
    drink = mentions("Zoca-Zola: key dates\n\n1985: The company sells Zoca-Zola Zlassic, a soft drink, to Zed Zedson.")
    assert not [t for t, k, _ in drink if k == "person" and t.startswith("Zoca")]


def test_the_last_of_nearby_towns_a_street_by_its_word_and_two_names_apart_after_and_on() -> None:
    found = mentions(
        "Firefighters from nearby Zalmada and Zoeiras fought the fire on the Rua do Zarmo. Ships sailed in the "
        "Gulf of Zexico and on the Sea of Zapan."
    )
    named = {(t, k) for t, k, _ in found}
    assert {("Zalmada", "place"), ("Zoeiras", "place"), ("Rua do Zarmo", "place")} <= named
    assert {("Gulf of Zexico", "place"), ("Sea of Zapan", "place")} <= named
    assert not any(" and " in t for t, _, _ in found)


def test_a_minister_of_a_place_like_name_a_family_firm_with_sons_and_no_office_as_a_body() -> None:
    found = mentions(
        "The lorry belonged to Zobert Zynn and Sons, a haulage firm. Barbara Castle, the Minister of Transport, said "
        "on Sunday that an inquiry would be held. The Governor of the Bank of Zorbia agreed. Windsor Castle, the "
        "royal home, was shut."
    )
    named = {(t, k) for t, k, _ in found}
    assert {("Zobert Zynn and Sons", "organization"), ("Barbara Castle", "person")} <= named
    assert ("Bank of Zorbia", "organization") in named
    assert not [t for t, _, _ in found if t.startswith(("Minister", "Governor", "Sons"))]
    assert ("Windsor Castle", "person") not in named


def test_a_craft_named_after_launch_is_the_craft_launched_and_a_universitys_town_before_its_astronomer() -> None:
    found = mentions(
        "The third Orbiting Zstronomical Observatory was launched on Monday into orbit. NASA named the 4,900-pound "
        "craft Zopernicus, after the astronomer Zicolaus Zopernicus. Its telescope was built at Zrinceton University. "
        "Zyman Zpitzer Jr., the Zrinceton astronomer who led its design, said on Tuesday it worked."
    )
    named = {(t, k, e) for t, k, e in found}
    assert ("Orbiting Zstronomical Observatory", "mission", "zopernicus") in named
    assert ("Zopernicus", "mission", "zopernicus") in named
    assert ("Zyman Zpitzer Jr.", "person", "zyman-zpitzer-jr") in named
    assert ("Zrinceton", "organization", "zrinceton-university") in named


def test_a_key_dates_firm_by_its_founder_and_its_output() -> None:
    found = mentions(
        "Zippa: key dates\n\n1932: Zeorge Zlaisdell starts making a lighter.\n\n1943: Zippa sells its whole output "
        "to the army.\n\n1978: Zeorge Zlaisdell, the founder, dies at 83."
    )
    assert ("Zippa", "organization") in {(t, k) for t, k, _ in found}


def test_a_seamstress_in_a_german_town_a_journeys_two_ends_a_test_range_and_a_capsule_named_in_space() -> None:
    found = mentions(
        "1880: Margarete Zteiff, a seamstress in Ziengen an der Zrenz, sews a felt elephant.\n\n"
        "1967: A crowded 12-coach express from Zastings to Zharing Cross derailed.\n\n"
        "1965: A Diamant rocket put a 92-pound capsule into orbit from the Zammaguir test range. The capsule was "
        "named Zsterix, after a hero."
    )
    named = {(t, k) for t, k, _ in found}
    assert {("Margarete Zteiff", "person"), ("Ziengen an der Zrenz", "place")} <= named
    assert {("Zastings", "place"), ("Zharing Cross", "place"), ("Zammaguir", "place")} <= named
    assert ("Zsterix", "mission") in named
    assert not mentions("The time capsule was named Zorvex, after a school.")


def test_a_german_given_name_and_what_a_workshop_grows_into() -> None:
    found = mentions(
        "1876: Andreas Zrandstaetter sets up a workshop in Fuerth; it grows into the toy maker Zeobra Zrandstaetter."
    )
    named = {(t, k) for t, k, _ in found}
    assert {("Andreas Zrandstaetter", "person"), ("Zeobra Zrandstaetter", "organization")} <= named
    assert ("Zrandstaetter", "person") not in named


def test_a_tug_named_like_an_ocean_a_gulf_before_for_a_satellite_of_two_words_and_a_name_with_a_particle() -> None:
    found = mentions(
        "A West German tug, the Pacific, had tried to tow it. The ship carried oil from the Zersian Gulf for Zhell. "
        "A crew put Italy's first satellite, Zan Zarco 1, into an orbit around the Earth. Michel d'Zornano, the "
        "Minister of the Environment, said on Friday that beaches were fouled."
    )
    named = {(t, k) for t, k, _ in found}
    assert ("Pacific", "place") not in named
    assert {("Zersian Gulf", "place"), ("Zan Zarco 1", "mission"), ("Michel d'Zornano", "person")} <= named
    assert not [t for t, _, _ in found if " for " in t]
    assert ("Pacific", "place") in {(t, k) for t, k, _ in mentions("The ship sailed across the Pacific, then home.")}
