"""The seed article is the acceptance case of the graph's content."""

from __future__ import annotations

from rdflib import Graph, Literal, URIRef

from spacekg.vocab import DEFAULT_BASE, NIF, PROV, RDF, RDFS, SCHEMA, SEM, SPACEKG, THEME, XSD

R = DEFAULT_BASE
XI = URIRef(R + "person/xi-jinping")
ARTICLE = URIRef(R + "article/xinhua-2022-05-04-xiplomacy-space")


def events_by_day(g: Graph) -> dict[str, URIRef]:
    found = {}
    for e in g.subjects(RDF.type, SEM.Event):
        day = g.value(e, SCHEMA.startDate)
        if day is not None:
            found[str(day)] = e
    return found


def names(g: Graph, event: URIRef, prop: URIRef) -> set[str]:
    return {str(g.value(o, SCHEMA.name)) for o in g.objects(event, prop)}


def test_article(sample_graph: Graph) -> None:
    g = sample_graph
    assert (ARTICLE, RDF.type, SCHEMA.NewsArticle) in g
    assert str(g.value(ARTICLE, SCHEMA.headline)).startswith("Xiplomacy: Xi promotes exploration")
    assert g.value(ARTICLE, SCHEMA.datePublished) == Literal("2022-05-04", datatype=XSD.date)
    assert g.value(g.value(ARTICLE, SCHEMA.publisher), SCHEMA.name) == Literal("Xinhua News Agency", lang="en")


def test_nine_dated_events_and_the_lede(sample_graph: Graph) -> None:
    g = sample_graph
    expected = {
        "2017-06-06": SPACEKG.CongratulatoryLetter,
        "2018-11-06": SPACEKG.CongratulatoryLetter,
        "2018-11-14": SPACEKG.CongratulatoryLetter,
        "2019-02-20": SPACEKG.Meeting,
        "2020-04-23": SPACEKG.Letter,
        "2021-05-15": SPACEKG.CongratulatoryMessage,
        "2021-06-23": SPACEKG.InOrbitConversation,
        "2021-09-16": SPACEKG.CongratulatoryLetter,
        "2022-04-12": SPACEKG.Inspection,
    }
    by_day = events_by_day(g)
    assert set(by_day) == set(expected)
    for day, cls in expected.items():
        assert (by_day[day], RDF.type, cls) in g, day
        assert (by_day[day], RDF.type, SCHEMA.Event) in g
    assert len(set(g.subjects(RDF.type, SEM.Event))) == 10
    lede = [e for e in g.subjects(RDF.type, SEM.Event) if g.value(e, SCHEMA.startDate) is None]
    assert len(lede) == 1
    (lede_event,) = lede
    assert (lede_event, RDF.type, SPACEKG.ReplyLetter) in g
    assert g.value(lede_event, SEM.hasEarliestBeginTimeStamp) == Literal("2022-05-01", datatype=XSD.date)
    assert g.value(lede_event, SEM.hasLatestEndTimeStamp) == Literal("2022-05-04", datatype=XSD.date)
    when = g.value(lede_event, URIRef("http://www.w3.org/2006/time#hasTime"))
    assert g.value(when, URIRef("http://www.w3.org/2006/time#inXSDgYearMonth")) == Literal(
        "2022-05", datatype=XSD.gYearMonth
    )


def test_actors_missions_and_places(sample_graph: Graph) -> None:
    g = sample_graph
    by_day = events_by_day(g)
    for event in by_day.values():
        assert (event, SEM.hasActor, XI) in g
        assert (event, SPACEKG.hasAgent, XI) in g
    conversation = by_day["2021-06-23"]
    assert names(g, conversation, SPACEKG.hasCounterpart) == {"Nie Haisheng", "Liu Boming", "Tang Hongbo"}
    assert names(g, conversation, SEM.hasActor) == {"Xi Jinping", "Nie Haisheng", "Liu Boming", "Tang Hongbo"}
    assert names(g, conversation, SCHEMA.about) == {"Shenzhou-12", "China's space station"}
    assert names(g, by_day["2018-11-14"], SPACEKG.hasCounterpart) == {"Asia-Pacific Space Cooperation Organization"}
    assert names(g, by_day["2017-06-06"], SPACEKG.hasCounterpart) == {"Global Space Exploration Conference"}
    assert names(g, by_day["2019-02-20"], SCHEMA.about) == {"Chang'e-4"}
    assert names(g, by_day["2020-04-23"], SCHEMA.about) == {"Dongfanghong-1"}
    assert names(g, by_day["2021-05-15"], SCHEMA.about) == {"Tianwen-1"}
    assert names(g, by_day["2021-05-15"], SCHEMA.location) == {"Mars"}
    assert names(g, by_day["2021-09-16"], SCHEMA.about) == {"BeiDou Navigation Satellite System"}
    inspection = by_day["2022-04-12"]
    assert names(g, inspection, SCHEMA.location) == {"Wenchang Spacecraft Launch Site"}
    site = g.value(inspection, SCHEMA.location)
    assert g.value(g.value(site, SCHEMA.containedInPlace), SCHEMA.name) == Literal("Hainan", lang="en")


def test_short_forms_resolved(sample_graph: Graph) -> None:
    g = sample_graph
    people = set(g.subjects(RDF.type, SCHEMA.Person))
    assert XI in people
    assert not any(str(p).rsplit("/", 1)[1] == "xi" for p in people)
    # "said the president" is a mention of Xi Jinping; "BDS" is BeiDou.
    anchors = {
        str(g.value(m, NIF.anchorOf)): g.value(m, URIRef("http://www.w3.org/2005/11/its/rdf#taIdentRef"))
        for m in g.subjects(RDF.type, NIF.Phrase)
    }
    assert anchors["the president"] == XI
    assert anchors["BDS"] == URIRef(R + "mission/beidou-navigation-satellite-system")


def test_quotes_direct_and_reported(sample_graph: Graph) -> None:
    g = sample_graph
    quotes = set(g.subjects(RDF.type, SCHEMA.Quotation))
    texts = {str(g.value(q, SCHEMA.text)) for q in quotes}
    assert (
        "The landing left a Chinese mark on Mars for the first time. It is another landmark progress in China's space industry development"
        in texts
    )
    assert any(t.startswith("China is willing to share the achievements of the BDS") for t in texts)
    assert any(t.startswith("Outer space is the common wealth of humanity") for t in texts)
    for q in quotes:
        assert g.value(q, SCHEMA.creator) == XI
        assert g.value(q, PROV.wasDerivedFrom) is not None


def test_themes_are_tied_to_their_own_sentences(sample_graph: Graph) -> None:
    g = sample_graph
    by_day = events_by_day(g)
    from spacekg.vocab import DCTERMS

    subjects = {d: set(g.objects(e, DCTERMS.subject)) for d, e in by_day.items()}
    assert THEME["shared-future-for-humanity"] in subjects["2018-11-14"]
    assert THEME["space-environment-protection"] in subjects["2018-11-14"]
    assert THEME["peaceful-use-of-outer-space"] in subjects["2018-11-14"]
    assert THEME["self-reliance-and-hard-work"] in subjects["2020-04-23"]
    assert THEME["international-cooperation"] in subjects["2019-02-20"]
    assert THEME["self-reliance-and-hard-work"] not in subjects["2018-11-14"]
    assert (THEME["innovation"], RDFS.label, Literal("innovation", lang="en")) in g


def test_every_event_and_quote_is_traceable(sample_graph: Graph, sample_text: str) -> None:
    g = sample_graph
    context = next(iter(g.subjects(RDF.type, NIF.Context)))
    text = str(g.value(context, NIF.isString))
    assert text == sample_text
    for thing in [*g.subjects(RDF.type, SEM.Event), *g.subjects(RDF.type, SCHEMA.Quotation)]:
        spans = list(g.objects(thing, PROV.wasDerivedFrom))
        assert spans, thing
        for span in spans:
            assert (span, RDF.type, NIF.OffsetBasedString) in g
            assert g.value(span, NIF.referenceContext) == context


def test_every_span_cuts_its_anchor(sample_graph: Graph) -> None:
    g = sample_graph
    context = next(iter(g.subjects(RDF.type, NIF.Context)))
    text = str(g.value(context, NIF.isString))
    spans = list(g.subjects(NIF.anchorOf, None))
    assert len(spans) > 50
    for span in spans:
        begin = int(g.value(span, NIF.beginIndex))
        end = int(g.value(span, NIF.endIndex))
        assert text[begin:end] == str(g.value(span, NIF.anchorOf))
        assert str(span).endswith(f"#char={begin},{end}")


def test_wikidata_only_where_verified(sample_graph: Graph) -> None:
    g = sample_graph
    assert (XI, SCHEMA.sameAs, URIRef("http://www.wikidata.org/entity/Q15031")) in g
