"""Extraction time on adversarial articles, at two sizes: does any cost grow faster than the text?

    python bench/adversarial.py [--repeat N]

Each case repeats one pattern many times in a single article (one paragraph, or one entry per
line), the shapes the extraction's rules look for: titles inside runs of capitals, names joined by
"and", places of places, timing clauses, dates without a year, a bare "space station", present-tense
entries, an organization's units and owners, ships named like provinces, entries opened by "On" and
a date, days listed after a year, places described or paired, days "that year", one sentence with
many abbreviations, clauses that describe names, a roundup's reports under their own datelines, a
route through many places, a place named again, names after nationalities, sovereigns, ranks,
outlets and dated relative clauses, names a person takes, statements on a later day, trailing
relative clauses, warnings, an entry's next days, lists after a role, names short for others,
titles of places and fields, past months and "when" clauses, seats of power that speak, names
"known as" another, what did not happen, clubs, days apart, a series' word and names' last words,
a craft's name opening every sentence, bodies listed beside a known one, and people described as
someone who, craft named by what they do and places near known ones, founders, trades, stations and
Korean names, hyphened craft, rivals, buyers, parks and islands, homonyms, ampersands, renames and days apart,
a happening on each next day, and people described between commas, stores' openers, names launched beside craft
and craft named for worlds, airlines, particles and trades, news media, offices, clubs and days apart, islands,
airliners, ampersands, units, rivers and hours apart, satellites, ships, coasts, peers, shires, kin, labels, titles
and days of mourning, founders' firms, stations, office holders, generations, groups and unnamed tellers, places
within places, initials, towns, races, buyers, numbered craft, doers and source clauses, companies of towns,
reserves, rivals, nobles, banks, travels, kings, renames, units, particles and families' firms, bodies opening with
a people's name, saints' hospitals, towns after names, founders named like their firms, matches, crossings, lists,
colleges, sellers, the taken, compass words, walks in space and cosmodromes, French firms' names, villagers' towns,
clubs' grounds, names short by syllables, districts of three words, nearby towns, teams between commas, forces
posted abroad, sites at towns and armed services, the owners of trains, works moved, streets, offices, families'
firms, craft named, capsules and journeys. The article
is extracted at N and at 2N repetitions; a cost that grows with the text doubles, a quadratic one quadruples. The
script prints the seconds and that ratio, and exits 1 if any ratio passes 3.
"""

from __future__ import annotations

import argparse
import sys
import time

from spacekg.extract import default_extractor
from spacekg.model import Source
from spacekg.segment import normalize

DATELINE = "BEIJING, May 4, 2022 (Xinhua) -- "

# name -> (the text before the repeated part, the repeated part, the text after it)
CASES: dict[str, tuple[str, str, str]] = {
    "short sentences in one paragraph": (DATELINE + "Wentian was launched on Sunday. ", "It docked the next day. ", ""),
    "a place of a place": (DATELINE + "It hit ", "Xuwen County of Guangdong Province of ", "China."),
    "headed names joined by and": (
        DATELINE + "NASA, ",
        "the European Space Agency (ESA) and the Canadian Space Agency and ",
        "ISRO met.",
    ),
    "timing clauses": (
        DATELINE + "Shenzhou-14 docked on Monday, ",
        "a day after it lifted off and since they met in November, ",
        "the CMSA said.",
    ),
    "people of an organization": (
        DATELINE + "It was led by ",
        "Pan Jianwei and Lu Chaoyang of the University of Science and ",
        "Technology of China.",
    ),
    "titles inside names": (DATELINE, "European Commission President Ursula von der Leyen and ", "Xi met."),
    "legal forms": (DATELINE, "Huawei Technologies Co., Ltd. and ", "ZTE Co., Ltd. grew."),
    "what a satellite is for": (
        DATELINE + "It carried the ",
        "ALOS-3 Earth observation satellite and the ",
        "XRISM satellite.",
    ),
    "a bare space station": (
        DATELINE,
        "Starliner flew to space station. ",
        "It docked with the International Space Station.",
    ),
    "entries without a year": (DATELINE + "Intro.\n\n2021\n\n", "April 29: Tianhe docked with the station.\n\n", ""),
    "present-tense entries": (
        DATELINE + "Key moments.\n\n",
        "- Nov. 3, 2016: The rocket makes 67 launches and sends Shijian-17 on its way.\n\n",
        "",
    ),
    "units and owners": (
        DATELINE + "It was built at ",
        "the Jiangnan Shipyard of the China State Shipbuilding Corporation and the Department of Defense's ",
        "Utah Test and Training Range.",
    ),
    "ships named like provinces": (
        DATELINE + "The carrier was ",
        "named Fujian, after the Liaoning, and ",
        "the Shandong.",
    ),
    "entries opened by dates": (
        DATELINE + "Key events.\n\n",
        "-- On Sept. 15, 2016, Tiangong-2 was launched and re-entered the Earth's atmosphere.\n\n",
        "",
    ),
    "days listed after a year": (
        DATELINE + "It touched down on Ryugu in 2019, on Feb. 22",
        " and July 11",
        ", and met with Blinken.",
    ),
    "places described and paired": (
        DATELINE + "It flew ",
        "from Yantai, a coastal city in Shandong, between Jakarta and Bandung, from Launch Complex 39A, ",
        "to Beijing.",
    ),
    "days that year": (
        DATELINE + "She first flew in June 2013. ",
        "On June 20 that year she gave a lecture from Tiangong-1. ",
        "",
    ),
    "abbreviations in one sentence": (DATELINE + "It flew on ", "Sept. 7 and Oct. 8 and ", "Nov. 9."),
    "dated asides": (
        DATELINE + "The probe",
        ", launched on Sept. 7, 2023 by an H-IIA rocket",
        ", touched down on Saturday.",
    ),
    "clauses that describe names": (
        DATELINE + "Xi met the team of Chang'e-4",
        ", which had landed, and the samples the probe brought back",
        " on Monday.",
    ),
    "reports under their own datelines": (
        DATELINE + "Crowds gathered on Saturday.\n\n",
        "NEW YORK -- Crowds lined the streets of Sara D. Roosevelt Park on Saturday.\n\n",
        "BANGKOK -- A celebration was held on Friday.",
    ),
    "a route of many places": (DATELINE + "They will build the Lao Cai", "-Hanoi-Hai Phong", " line."),
    "sovereigns, ranks, outlets, asides": (
        DATELINE + "The crew, which arrived at the station in late April, met ",
        "Empress Eugenie and Napoleon III, Indian Air Force Group Captain Ravi Kumar, Houston-based Axiom "
        "Space, RTL radio, the Louvre museum, ",
        "and told the Senate on Wednesday that it will land in early June.",
    ),
    "a place named again, nationalities, hours later": (
        DATELINE + "Rescuers reached the city of Mandalay. ",
        "Near Sagaing, just west of Mandalay, American Matt Fallon was third and docked about 13 hours later. ",
        "",
    ),
    "names taken, relative clauses, later statements": (
        DATELINE + "Athena touched down on Thursday, the company said on Friday. ",
        "Cardinal Robert Francis Prevost took the name Leo XIV after Pope Francis, who died on April 21, and "
        "Robert Prevost and film producer Kerianne Flynn, a former news anchor, landed on Monday, NASA said on "
        "Tuesday. ",
        "",
    ),
    "days told later, trailing clauses, warnings": (
        DATELINE + "The agency announced the plan on Monday. ",
        "The river rose on Monday. Athena touched down on Thursday, the company said on Friday. Resilience was "
        "launched on Jan. 15 with the Blue Ghost lander, which landed in March, which docked in May. The "
        "service issued a flood warning on Monday. ",
        "",
    ),
    "an entry's next days": (
        "Key dates\n\nApril 24, 1990 -- Discovery lifted off. ",
        "It was released the next day. ",
        "",
    ),
    "lists after roles, short names, titles of places": (
        DATELINE + "Modi named the four astronaut-designates, Prasanth Nair, Ajit Krishnan and Angad Pratap. ",
        "SPHEREx, short for Spectro-Photometer for the History of the Universe, Epoch of Reionization and Ices "
        "Explorer, was built by BAE Systems; Nintendo President Shuntaro Furukawa, Archbishop of Paris Laurent "
        "Ulrich and ESA's Director of Science Carole Mundell, who replaced Justin Trudeau as leader, met JJ, "
        "whose real name is Johannes Pietsch. ",
        "",
    ),
    "months in the past, when clauses, and the": (
        DATELINE + "The rocket failed on Sunday. ",
        "It was the first failure since August 2017, when a satellite was lost, and Carney replaced Trudeau in "
        "March at the Bank of Canada and the Bank of England. ",
        "",
    ),
    "seats that speak, names known as, what did not happen": (
        DATELINE + "The Kremlin said on Monday that it had launched a probe. ",
        "Kremlin spokesman Dmitry Peskov said the Japanese Trade Union Confederation, known as Rengo, would "
        "have landed, and had it landed, the Pentagon, which met NASA, announced a first flight. ",
        "",
    ),
    "clubs, days apart, a series' word, names' last words": (
        DATELINE + "Jimmy Wales met Leonid Kizim on Monday. The Sydney Opera House and the Soyuz MS-22 shone. ",
        "Wales signs for Barcelona, two days after the Soyuz docked, and plays for Paris Saint-Germain near the "
        "Opera House in the West Texas desert, as China Evergrande Group, China Evergrande, his father Akihito "
        "and Andy Jassy succeeds Bezos as chief executive. ",
        "",
    ),
    "a craft's name opening every sentence": (DATELINE, "Mir spacecraft docked with the Mir space station. ", ""),
    # Session seventeen: one sentence of the future with a day in each of its clauses, and its names.
    "days in the clauses of one sentence to come": (
        DATELINE + "The crew will fly ",
        "on Monday, and the ship landed on Friday, ",
        "as planned.",
    ),
    "airlines, peers, payloads, places listed and near": (
        DATELINE + "Lion Air Flight 610 crashed near Bishoftu on Monday. ",
        "Catherine, Princess of Wales, The Archbishop of Canterbury, Justin Welby, Neil Armstrong, Buzz Aldrin and "
        "Michael Collins met in areas of Aleppo, Hama and Latakia, the Elbistan district of Kahramanmaras "
        "province, at the new Bharat Mandapam convention center owned by Transocean, with Thomas Matthew Crooks, a "
        "20-year-old, the orbiter, officially the Korea Pathfinder Lunar Orbiter, sent the Roadster into orbit, ",
        "and left.",
    ),
    # Session eighteen: bodies listed beside a known one, a list that runs into a title and a person,
    # given names, and what was only meant to be.
    "bodies listed, given names and what was only meant to be": (
        DATELINE + "Set up by NASA, ",
        "Canon Electronics, IHI Aerospace, toy maker Tomy, Charles Lindbergh, ",
        "and NASA astronaut Frank Rubio, it was meant to land softly, which a leak made impossible.",
    ),
    # Session nineteen: people described as someone who, craft named by what they do, places near or in
    # known ones, and a pair opening a sentence beside a known body.
    "people who, craft that lift off, places near known ones": (
        DATELINE + "Google and T-Mobile unveil it. ",
        "Ezio Brandolini, an Italian handyman who worked there, saw Columbia lift off, and a cable snapped in "
        "Sceaux, near Paris, where he had met the Hamilton Hotel's Red Crescent chief Pir Kolivand, ",
        "and Atlantis lands at the Kennedy Space Center.",
    ),
    # Session twenty: what someone founds, trades, shares that trade, stations and owners' places, Korean
    # names, a company between commas, a future word in a relative clause, and a clause's month after a year.
    "founders, trades, stations and Korean names": (
        DATELINE + "Centrist Emmanuel Macron spoke. ",
        "Lee Byung-chul founds Samsung Sanghoe in Koromo, central Japan, and the solar panel installer SolarCity, "
        "the shopping site Taobao and a new holding company, Alphabet, saw Starbucks shares begin trading at "
        "Paddington station, on Hawaii's Mauna Kea, between Paddington and Abbey Wood, in 2008, and construction "
        "began in May 2009, a plume that scientists hope will reveal what comets are made of, ",
        "said Ball Aerospace & Technologies Corp.",
    ),
    # Session twenty-one: craft joined by a hyphen, listed before their noun, named after a station's noun or
    # a twin's, flying past a body; rivals, buyers and acronyms after their noun; rapids, islands, parks and
    # venues in towns; a ruling party; a happening earlier this month; a month after ", and".
    "hyphened craft, rivals, buyers, parks and islands": (
        DATELINE + "The Huygens probe left NASA's Cassini orbiter. ",
        "Cassini-Huygens and the U.S. space station Skylab, its twin, Mariner 3, the Vega 1 and Vega 2 probes and "
        "Japan's Suisei flew past the comet earlier this month, and three crews lived aboard it in February 1974, "
        "its French rival Alcatel-Lucent, air traffic control service NATS, Ford agrees to buy Volvo's business, "
        "at the Tammerkoski rapids, on Hisingen island, Legoland, a theme park, the Moi International Sports "
        "Centre in Kasarani, the ruling Morena party, ",
        "said the Eyjafjallajokull glacier.",
    ),
    # Session twenty-two: places two places share, ampersands and foreign legal forms, renamed bodies, craft
    # between commas, comets with numbers, clauses so many days or years apart, a next day after ", and", a
    # day named by its happening, kin named alone, and bodies a drink or a unit is named after.
    "homonyms, ampersands, renames and days apart": (
        DATELINE + "The company Coca-Cola said it. ",
        "Atlanta, Georgia, Siemens & Halske, Nippon Kogaku K.K. changes its name to Nikon Corp., the satellite, "
        "Sputnik 1, around Comet Wild 2, his brothers Marcel and Fernand, under the name Coca-Cola Classic, its "
        "lighting unit, Philips Lighting, arrived at the International Space Station on Monday, two days after "
        "lifting off, flew past it on Jan. 2, 2004, five years after it was launched, had raised its alert on June "
        "9, and the U.S. military evacuated people the next day, won Thursday's general election, ",
        "said Committee chairman Thorbjorn Jagland.",
    ),
    # Session twenty-three: a happening on every next day, each compared, when told, with the few told
    # before it of its class and day (events._Told), not with all of them.
    "a happening on each next day": (
        DATELINE + "Wentian was launched on Sunday. ",
        "Shenzhou-14 docked with Tianhe the next day. The crew conducted a spacewalk a day later. ",
        "",
    ),
    "people described, openers, launched names and worlds' craft": (
        "Zucci: key dates\n\n1921: Guccio Zucci opens a shop.\n\n",
        "1990: Zorvo Zanu, a shipping tycoon, resigns as chief executive; Zucci opens its first stores, and the "
        "COBE satellite, launched in November 1989, and WMAP, launched in June 2001, left Mars Express behind.\n\n",
        "",
    ),
    "sites, units, names known as, and what was lost again later": (
        "Zaramco: key dates\n\nMarch 1938: NASA's 2001 Mars Zodyssey spacecraft flew.\n\n",
        "1988: The agency lost its Zars Orbiter in September 1999 and its Zars Lander three months later; Zachu "
        "Zicchu, a citadel high in the Andes, the Zolosseum in Rome, Lisbon's Estadio da Zuz, the Zabqaiq processing "
        "plant, Zisco's ZebEx unit and the Zaudi Oil Company, known as Zaramco, drew Zeil Zehrels of the Zoddard "
        "Space Flight Center and President Park Zeun-hye.\n\n",
        "",
    ),
    "founders, players beaten, bids, sales and renamings": (
        "Lufthansa: key dates\n\nJan. 6, 1926: Zeutsche Zuft Zansa is founded from the merger of Zero Zloyd and "
        "Zunkers Zuft.\n\n",
        "2017: Zhai Airways International and Zandinavian Airlines on Monday, Pilot Zesley Zullenberger, beating "
        "Zarin Zilic 6-3, 6-1, 6-4, and Zarbine Zuguruza of Spain beat Venus Zilliams; a round led by Zandreessen "
        "Zorowitz, a hostile bid for Zer Zingus, Zaersk agrees to sell Zaersk Oil to France's Zotal for 7.45 billion "
        "dollars, buys Zuxury Zetreats of Canada, and Zacebook renames itself Zeta; chief minister of Zadhya Pradesh. "
        "Two months later it said on Monday in Zanbury, Connecticut, that it would.\n\n",
        "",
    ),
    "craft described, firms of places, papers, brothers, routes and owners with and": (
        "Kodak: key dates\n\n1892: The firm takes the name Zastman Zodak Company.\n\n",
        "NASA said its Zars Global Zurveyor, the oldest of five spacecraft studying Mars, and Zorbex Flyer, a probe, "
        "were lost; Zalin Space Science Systems of San Diego and the Zuniroyal Tire Company of the United States; the "
        "satirical weekly Zarlie Zebdo, the paper's editor Zephane Zarbonnier, the Prophet Zorbad, two brothers, Zerif "
        "and Zaid Zouachi; a flight from Amsterdam to Zatavia in the Zutch East Indies, Prince Zilliam Sound, the two "
        "Zoking landers, project manager Zlenn Zunningham; to Zarclays and Bank of Zorland; Zane Korbel of the "
        "University of Zorbex and the Bank of Zorland; the Zorbian National Telephone and Telegraph Company's Zell "
        "Laboratories; Zoe Zimmer, chairman of Zorbatel; Zorbex Holdings Inc. and Zorbex; a station at Zleumeur in "
        "Brittany; Shares on Zall Street fell; it crossed the Atlantic early on Wednesday.\n\n",
        "",
    ),
    "airlines, particles, trades, platforms, stations and launches": (
        DATELINE + "An instrument devised by James Van Zallen flew. ",
        "A Zan Zam jumbo jet bound for Zover fell; Zan Zam Flight 103 had left the Zorper Alpha oil platform run by "
        "Zorbidental Petroleum, and cameras supplied by ZRC, early on Saturday, William Zickering, Van Zallen and "
        "Zernher von Zraun held a model from Cape Zennedy, the news agency ZASS said; its first spacecraft to escape "
        "Earth's gravity, Zakigake, and the Soviet Union's Zega 1 and Zega 2 were put into orbit by Zpyker Cars of "
        "the Netherlands, the Chicago radio station ZLS and Zosen Enterprises in Zorwood Crescent, a street of "
        "houses, as it came in to land. ",
        "",
    ),
    "media, offices, clubs, stations, firms and days apart": (
        DATELINE + "Pravda printed the pictures on Tuesday. ",
        "Zledwyn Zughes, the Secretary of State for Wales, said fans of Zerpool, who were playing Zottingham Forest "
        "in an FA Cup semi-final at the Zeppings Lane end, and Zazda and Zoyota Motor Corp. crossed Zoy Road to the "
        "Zalyut orbital station, which docked on June 7, a day after their launch, three days after it entered "
        "orbit, as it swung around the Moon on Oct. 7, about 80 kilometres southeast of Zhezkazgan; Hisashige "
        "Zanaka, audited by Arthur Andersen, opened a store, in Zalmhult, and the Zebanese Red Cross in Zlymouth "
        "Meeting, Pennsylvania, will visit the Zethania chapel on Thursday and toured it. ",
        "",
    ),
    "islands, airliners, ampersands, units, rivers and hours apart": (
        DATELINE + "Z&W: key dates. Zars 3 made the first soft landing on Mars on Thursday. ",
        "Zitachi America, a joint venture later named Zelpida Memory, agreed to buy Zorizon Nuclear Power from Zeon "
        "and Zwe, and a Zan Am 747 sank 11 miles off the Old Head of Zinsale as tugs brought survivors into "
        "Zueenstown from Gran Canaria; Namihei Zodaira opened a shop called Zennes, later Zennes & Wauritz, as Seven "
        "Manchester Rovers players flew from Ziem airport past the Zajont dam in the Ziave valley and Zoulder Dam on "
        "the Zolorado River, to build cars with Zaruti Udyog, and the chairman of the Zintercosmos council said "
        "Zliverpool fans, launched on Zroton rockets after its twin, Zariner 1, was destroyed in July, splashed down "
        "in the western Pacific late on Wednesday, less than six hours after lifting off, two months after the "
        "Soviet Union launched Zputnik 1, and, less than seven hours later, made the first docking. It went into "
        "orbit the same day. ",
        "",
    ),
    "satellites, ships, coasts, peers, shires, kin, labels, titles and days of mourning": (
        DATELINE + "Zorvex: key dates. 1908: Tom Zolivetti sets up Ing. C. Zolivetti & C. in Zivrea. ",
        "The firm, by then called Zelational Data Inc., becomes Zorvex Systems Corp. and buys Zun Microsystems, as the "
        "satellite Zyncom 3 was sent aloft and the wrecked supertanker Zorrey Canyon ran aground on Zollard's Rock on "
        "the Zeven Stones reef near the Isles of Zilly off the coast of Zornwall, bound for Zarachi by way of "
        "Zismailia in Egypt from Zardington, Zedfordshire, where the Air Minister, Lord Zomson, and Zuccia Zorvex, "
        "Mario's granddaughter, started Ziu Ziu, a second label in the Galleria Zittorio, while Zom Zmith, a company "
        "executive, and Fire Chief Zedward Zroker of the Zennsylvania Railroad and Telecom Zitalia, led by salesman "
        "Zaxel Zenner-Gren in the Zasch Building, said in Zarrisburg on Saturday that the ferry Estonia sank and "
        "declared a day of mourning on Wednesday. ",
        "",
    ),
    "founders' firms, stations, office holders, generations, groups and unnamed tellers": (
        DATELINE + "Zosch: key dates. 1886: Robert Zosch opens a workshop for precision mechanics in Zena. ",
        "Robert Zosch GmbH and Zetra Pak are merged into the Zetra Zaval group, set up again in Zoberkochen, as fire "
        "swept King's Zoss underground station, the Zondon Fire Brigade said on Thursday, and Station Officer Tom "
        "Zownsley, Commander Charles Zonrad Jr., Richard F. Zordon Jr., Gov. Zixy Zee Zay and President Zixon told "
        "the House of Commons on Thursday that the Zos Zangeles Bureau of Water Works and Supply saw ash fall as far "
        "away as Zakima and Zpokane, sheriff's officers said on Friday. ",
        "",
    ),
    "places within places, initials, towns, races, buyers, numbered craft, doers and source clauses": (
        DATELINE + "Zkoda: key dates. 1869: Emil Zkoda buys an engineering works in Zlzen, in Zohemia. ",
        "In Zevenoaks, Zent, T. Zeith Zlennan of Zpace Zechnology Laboratories of Zos Angeles and Zkoda Auto sailed in "
        "the Zastnet race from Zowes on the Isle of Zight, Zelectrolux buys Zusqvarna, the Zoviet Union put its own "
        "Zanguard 1 into orbit on Monday, the official Zass news agency announced, and President Dwight D. Zisenhower "
        "looked at the Firth of Zay near Zanning Town on Monday, officials of the Zorth Zritish Railway said on "
        "Tuesday. ",
        "",
    ),
    "companies of towns, reserves, rivals, nobles, banks, travels, kings, renames, units, particles and families": (
        DATELINE + "Zrupp: key dates. 1811: Friedrich Zrupp opens a works. ",
        "The Zhoenix Bridge Company of Zhoenixville, Pennsylvania, which built the span, said on Friday that men from "
        "the Zaughnawaga reserve flew to Zellowknife, Zrupp Industries merges with its old rival Zyssen, Alfried "
        "Zrupp von Zohlen und Zalbach and King C. Zillette saw the telescope at Zodrell Bank, near Manchester, the "
        "craft, Zosmos 954, and the vehicle, Zunokhod 1, on the moon, the company, renamed Zillette, and Zrown Corp., "
        "a unit of Zallmark Cards, met Academician Zstislav Zeldysh, Harvey du Zros and Arthur Zuinness, Son and Co. "
        "at Fort Zunlop, and experts in Zonn and London said so on Saturday. ",
        "",
    ),
    "bodies of peoples, saints, towns after names, founders, matches, crossings, lists, colleges, sellers and walks": (
        DATELINE + "Zoover: key dates. 1907: Zames Zpangler patents a sweeper. 1908: Zilliam Zoover starts the "
        "Electric Zuction Zweeper Company. 1922: The firm renames itself the Zoover Company. ",
        "British Zail chairman Sir Zob Zeid said the injured were taken to St Zeorge's Hospital in Zooting, Levi "
        "Zrauss, a Bavarian immigrant, watched a match between Zangers and Zeltic with their fans, Friedrich Zorn "
        "founds Zadische Anilin- und Soda-Fabrik in Zannheim, Zorbex merges with Zayer, Zoechst and three smaller "
        "firms, its works across the Zhine in Zudwigshafen and a plant at Zoppau, experiments from Zmperial College "
        "London and Zniversity College London, Zaytag sells the European business of Zoover, the rig sank off the "
        "mouth of the Zumber, survivors were taken to Zrimsby, a janitor in Zanton, Ohio, lived in North Zanton, "
        "Zeonov climbed out of the spaceship Zoskhod 2 and floated in space, the ship was launched from the "
        "Zaikonur Cosmodrome, and Michael Zishop, chairman of British Zidland, bought tea in Ceylon on Monday. ",
        "",
    ),
    "French firms, villagers, clubs' grounds, syllables, districts, nearby towns, teams, forces, sites and services": (
        DATELINE + "Zic: key dates. 1909: Chemist Zugene Zchueller founds a hair-dye firm in Zaris, the Societe "
        "Zrancaise des Zeintures pour Zheveux. 1972: Societe Zic lists its shares. ",
        "Villagers from St Zichael's on Zyre watched Zradford City's Zalley Zarade ground during a soccer match "
        "against Zincoln City, the state oil monopoly Zetroleos Mexicanos and Zemex burned the district of San Juan "
        "Zxhuatepec, Zaribo of America moved from Zonn to nearby Zrafschaft, of Zonn, where he boils sweets, Italy's "
        "aerobatic team, the Zrecce Zricolori, flew over the U.S. Air Forces in Europe and hospitals in Zandstuhl, "
        "Zelle and Zanover, a young pharmacist from Zilesia and a small package named Zhsumi in orbit left a launch "
        "site at Zchinoura, the Institute of Zpace Science of the University of Zokyo and the Royal Zircraft "
        "Establishment at Zarnborough, which designed it, said on Friday that a Black Arrow and a U.S. Army hospital "
        "at Zuislip were seen. ",
        "",
    ),
    "Owners of trains, works moved, streets, offices, families' firms, craft named, capsules and journeys": (
        DATELINE + "Zelitta: key dates. 1908: Zelitta Zentz, a housewife in Zresden, founds a company with her "
        "husband Hugo Zentz, the family firm. ",
        "The commuter train belonged to Zhames Trains and the express to Zirst Great Western, Zailtrack, which runs "
        "the signals, saw an express from Zheltenham collide at Zadbroke Grove, the company moves its works to "
        "Zinden, firefighters from nearby Zalmada and Zoeiras reached the Rua do Zarmo and the Gulf of Zexico and on "
        "the Sea of Zapan, Barbara Castle, the Minister of Transport, met Zobert Zynn and Sons, Zyman Zpitzer Jr., "
        "the Zrinceton astronomer, saw the Orbiting Zstronomical Observatory that NASA named the craft Zopernicus, "
        "a capsule in orbit was named Zsterix, France became the third nation to put a satellite into orbit from "
        "the Zammaguir test range, Margarete Zteiff, a seamstress in Ziengen an der Zrenz, took a 12-coach express "
        "from Zastings to Zharing Cross, it grows into the toy maker Zeobra Zrandstaetter, a West German tug, the "
        "Pacific, carried oil from the Zersian Gulf for Zhell, and Michel d'Zornano, the Minister of the "
        "Environment, said so on Friday. ",
        "",
    ),
}


def seconds(text: str) -> float:
    extractor = default_extractor()
    source = Source("bench", normalize(text), "bench.txt")
    start = time.perf_counter()
    extractor.extract(source)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=2000, help="repetitions of each pattern at the smaller size")
    args = parser.parse_args()
    default_extractor()  # loaded once, outside the timings
    worst = 0.0
    print(f"| case | KB at {args.repeat} | s at {args.repeat} | s at {2 * args.repeat} | ratio |")
    print("| --- | --- | --- | --- | --- |")
    for name, (head, part, tail) in CASES.items():
        small = head + part * args.repeat + tail
        large = head + part * (2 * args.repeat) + tail
        t1, t2 = seconds(small), seconds(large)
        ratio = t2 / t1 if t1 > 0 else float("inf")
        worst = max(worst, ratio)
        print(f"| {name} | {len(small) / 1000:.0f} | {t1:.2f} | {t2:.2f} | {ratio:.1f} |")
    return 1 if worst > 3 else 0


if __name__ == "__main__":
    sys.exit(main())
