"""Taking the scripts out of a PDF before rxtracker hands it on (certificates in a packet).

A certificate comes from anywhere: a provider's site, an e-mail. A PDF can carry JavaScript
and other actions that a viewer runs on its own: on opening the file (``/OpenAction``), on
showing or leaving a page or a form field (``/AA``, additional actions), from the
document's name tree (``/Names /JavaScript``), from a link or a bookmark (``/A``, and the
chained ``/Next``), or from an XFA form. An auditor opening the packet must run none of it.
Everything reachable from the document's catalog is walked once and each of those is
removed; plain links (to a page or to a web address) stay.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from pypdf import PdfWriter
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, NameObject

#: Action types that run code, open other files or send data: never kept.
_UNSAFE_ACTIONS = frozenset(
    {
        "/JavaScript",
        "/Launch",
        "/SubmitForm",
        "/ImportData",
        "/ResetForm",
        "/Rendition",
        "/GoToE",
        "/GoToR",
        "/RichMediaExecute",
        "/SetOCGState",
        "/Sound",
        "/Movie",
        "/Hide",
        "/Trans",
        "/GoTo3DView",
    }
)
#: Keys whose value only ever triggers actions or holds scripts: always dropped.
_ALWAYS_DROPPED = ("/AA", "/OpenAction", "/JS", "/XFA")
#: Keys that hold one action (or a chain of them).
_ACTION_KEYS = ("/A", "/Next")


def strip_scripts(writer: PdfWriter) -> int:
    """Remove every script and self-running action from ``writer``'s document.

    Returns:
        How many entries were removed (0 for a clean document).
    """
    return strip_scripts_below([writer.root_object])


def strip_scripts_below(nodes: Iterable[Any]) -> int:
    """Remove every script and self-running action reachable from ``nodes`` (pages, say).

    A page's ``/Parent`` is not followed: from a page, only what it shows is walked.

    Returns:
        How many entries were removed.
    """
    removed = 0
    seen: set[int] = set()
    stack: list[Any] = list(nodes)
    while stack:
        node = stack.pop()
        if isinstance(node, IndirectObject):
            if node.idnum in seen:
                continue
            seen.add(node.idnum)
            node = node.get_object()
        if isinstance(node, DictionaryObject):
            removed += _clean(node)
            stack.extend(value for key, value in node.items() if key != "/Parent")
        elif isinstance(node, ArrayObject):
            stack.extend(node)
    return removed


def _clean(node: DictionaryObject) -> int:
    removed = 0
    for key in _ALWAYS_DROPPED:
        if key in node:
            del node[NameObject(key)]
            removed += 1
    names = node.get("/Names")
    if isinstance(names, IndirectObject | DictionaryObject):
        tree = names.get_object()
        if isinstance(tree, DictionaryObject) and "/JavaScript" in tree:
            del tree[NameObject("/JavaScript")]
            removed += 1
    for key in _ACTION_KEYS:
        if key in node and _unsafe(node[key]):
            del node[NameObject(key)]
            removed += 1
    return removed


def _unsafe(value: Any) -> bool:
    """True when an action (or any action of a list of them) may run something."""
    action = value.get_object() if isinstance(value, IndirectObject) else value
    if isinstance(action, ArrayObject):
        return any(_unsafe(v) for v in action)
    if not isinstance(action, DictionaryObject):
        return False
    return str(action.get("/S", "")) in _UNSAFE_ACTIONS
