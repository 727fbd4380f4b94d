"""What a page or an answer shows: its visible text, an element found by a simple CSS selector, a JSON field.

The display probe (CCPA regulations § 7025(c)(6): show whether an opt-out preference signal was processed)
reads the answer the target gave to a request carrying the signal. HTML is read with the standard library's
parser: the visible text leaves out `<script>`, `<style>` and `<template>`, and a selector is a chain of
compound selectors (`tag`, `#id`, `.class`, `[attr]`, `[attr=value]`) separated by spaces, each element a
descendant of the one before.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any

_VOID = frozenset(
    {
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    }
)
_HIDDEN = frozenset({"script", "style", "template", "head", "title"})
_COMPOUND = re.compile(
    r"(?P<tag>[a-zA-Z][a-zA-Z0-9-]*|\*)?(?P<rest>(?:#[\w-]+|\.[\w-]+|\[[\w-]+(?:=(?:\"[^\"]*\"|'[^']*'|[^\]]*))?\])*)"
)
_PART = re.compile(
    r"#(?P<id>[\w-]+)|\.(?P<cls>[\w-]+)|\[(?P<attr>[\w-]+)(?:=(?P<value>\"[^\"]*\"|'[^']*'|[^\]]*))?\]"
)


@dataclass(frozen=True)
class Compound:
    tag: str | None = None
    ids: tuple[str, ...] = ()
    classes: tuple[str, ...] = ()
    attributes: tuple[tuple[str, str | None], ...] = ()

    def matches(self, element: Element) -> bool:
        if self.tag is not None and element.tag != self.tag:
            return False
        if any(element.attributes.get("id") != wanted for wanted in self.ids):
            return False
        classes = set((element.attributes.get("class") or "").split())
        if not set(self.classes) <= classes:
            return False
        for name, value in self.attributes:
            if name not in element.attributes or (value is not None and element.attributes[name] != value):
                return False
        return True


def parse_selector(selector: str) -> tuple[Compound, ...]:
    """A selector as its chain of compounds; ValueError (one line) for anything outside the subset."""
    compounds = []
    for token in selector.split():
        match = _COMPOUND.fullmatch(token)
        if match is None or not token:
            raise ValueError(
                f"selector {selector!r}: {token!r} is not tag, #id, .class, [attr] or [attr=value] (combined)"
            )
        parts = list(_PART.finditer(match["rest"]))
        tag = match["tag"]
        compounds.append(
            Compound(
                tag=None if tag in (None, "*") else tag.lower(),
                ids=tuple(p["id"] for p in parts if p["id"]),
                classes=tuple(p["cls"] for p in parts if p["cls"]),
                attributes=tuple(
                    (p["attr"].lower(), None if p["value"] is None else p["value"].strip("\"'"))
                    for p in parts
                    if p["attr"]
                ),
            )
        )
    if not compounds:
        raise ValueError("selector is empty")
    return tuple(compounds)


@dataclass
class Element:
    tag: str
    attributes: dict[str, str | None]
    parent: Element | None = None
    text: list[str] = field(default_factory=list)
    hidden: bool = False

    def ancestors(self) -> list[Element]:
        found, node = [], self.parent
        while node is not None:
            found.append(node)
            node = node.parent
        return found


class _Tree(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("#document", {})
        self.open = self.root
        self.elements: list[Element] = []
        self.visible: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, {name.lower(): value for name, value in attrs}, self.open)
        element.hidden = self.open.hidden or tag in _HIDDEN or "hidden" in element.attributes
        self.elements.append(element)
        if tag not in _VOID:
            self.open = element

    def handle_endtag(self, tag: str) -> None:
        node: Element | None = self.open
        while node is not None and node.tag != tag:
            node = node.parent
        if node is not None and node.parent is not None:
            self.open = node.parent

    def handle_data(self, data: str) -> None:
        if self.open.hidden:
            return
        self.visible.append(data)
        node: Element | None = self.open
        while node is not None:
            node.text.append(data)
            node = node.parent


def _normal(text: str) -> str:
    return " ".join(text.split()).casefold()


def html_shows(body: str, *, text: str | None, selector: str | None) -> str | None:
    """None when the HTML shows `text` (inside the `selector` element, if given); else what is missing."""
    tree = _Tree()
    tree.feed(body)
    tree.close()
    if selector is None:
        if text is not None and _normal(text) not in _normal(" ".join(tree.visible)):
            return f"the page does not show {text!r}"
        return None
    chain = parse_selector(selector)
    found = [element for element in tree.elements if not element.hidden and _matches(element, chain)]
    if not found:
        return f"the page has no visible element matching {selector!r}"
    if text is not None and not any(_normal(text) in _normal(" ".join(e.text)) for e in found):
        return f"no element matching {selector!r} shows {text!r}"
    return None


def _matches(element: Element, chain: tuple[Compound, ...]) -> bool:
    if not chain[-1].matches(element):
        return False
    remaining = list(chain[:-1])
    for ancestor in element.ancestors():
        if remaining and remaining[-1].matches(ancestor):
            remaining.pop()
    return not remaining


def json_field(document: Any, path: str) -> tuple[bool, Any]:
    """(found, value) of a dotted path (`a.b.0.c`: list items by index) in a JSON document."""
    value = document
    for key in path.split("."):
        if isinstance(value, dict) and key in value:
            value = value[key]
        elif isinstance(value, list) and key.isdigit() and int(key) < len(value):
            value = value[int(key)]
        else:
            return False, None
    return True, value


def json_shows(body: str, path: str, expected: Any) -> str | None:
    try:
        document = json.loads(body)
    except ValueError:
        return f"the answer is not JSON, so it has no {path}"
    found, value = json_field(document, path)
    if not found:
        return f"the answer has no {path}"
    if value != expected or type(value) is not type(expected):
        return f"{path} is {value!r}, expected {expected!r}"
    return None
