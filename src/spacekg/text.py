"""Small pure helpers on strings: slugs for IRIs and offset-preserving folding."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable

_FOLD = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "‐": "-", "‑": "-", "–": "-", "—": "-"})


def fold(text: str) -> str:
    """The text with typographic apostrophes and dashes made plain; same length, same offsets."""
    return text.translate(_FOLD)


def slug(name: str) -> str:
    """A lower-case ASCII slug for IRIs: ``Chang'e-4`` -> ``change-4``.

    Only ``[a-z0-9-]`` survive, so no text can break out of an IRI.
    """
    ascii_name = unicodedata.normalize("NFKD", fold(name)).encode("ascii", "ignore").decode()
    ascii_name = re.sub(r"['.]", "", ascii_name.lower())
    cleaned = re.sub(r"[^a-z0-9]+", "-", ascii_name).strip("-")
    if cleaned:
        return cleaned
    # A name with no Latin letters (Chinese, say) still gets a stable, distinct slug.
    return "u" + hashlib.sha1(name.encode("utf-8")).hexdigest()[:12]


# What stands between a name and its verb when the name is described first: ", a furniture maker
# from Foshan, " (entities: the name is a person's; events: the name is the speaker).
APPOSITIVE = r",\s+(?:a|an)\s+[^,;.\"\u201c\u201d]{3,60},\s*"
# A report's own dateline inside a roundup, opening a paragraph: "SYDNEY -- ...", "NEW YORK -- ...".
SUB_DATELINE = re.compile(r"(?P<place>[A-Z][A-Z.'-]*[A-Z](?: [A-Z][A-Z.'-]*[A-Z]){0,3})\s+(?:--?|\u2014|\u2013)\s+")
# What quotation marks hold that is a title, not words said: "Journey to the West".
_SMALL = r"(?:of|the|to|a|an|and|in|on|for|at|by|with|from|or)"
TITLE_FORM = re.compile(rf"[A-Z0-9][\w'\u2019:-]*(?:\s+(?:[A-Z0-9][\w'\u2019:-]*|{_SMALL}))*[,.]?")
# A photo's credit: "(Xinhua/Li Gang)", "(Photo by Joe Marino/Xinhua)".
PHOTO_CREDIT = r"\((?:Xinhua|Photo|Reuters|AFP|AP|CNS|[A-Z][\w ]{0,20})/[^)\n]{0,60}\)"


def alternation(words: Iterable[str]) -> str:
    """A regular expression matching any of ``words``, longest first, as a trie of their
    characters: one branch per next character instead of one alternative per word, so each
    position is tried against the few words that can start there, not against all of them.
    As with longest-first alternatives, a shorter word is tried when what follows must backtrack.
    Built without recursion, so a long word is no deeper a call stack than a short one."""
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    built: dict[int, str] = {}
    stack: list[tuple[dict, bool]] = [(trie, False)]  # type: ignore[type-arg]
    while stack:  # children before their parent
        node, ready = stack.pop()
        if not ready:
            stack.append((node, True))
            stack.extend((child, False) for ch, child in node.items() if ch)
            continue
        parts = [re.escape(ch) + built.pop(id(child)) for ch, child in sorted(node.items()) if ch]
        body = "" if not parts else parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
        built[id(node)] = f"(?:{body})?" if parts and "" in node else body
    return built[id(trie)]
