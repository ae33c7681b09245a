"""Every user-facing string in desk_app/ui reaches the Spanish catalogue.

pyside6-lupdate only extracts `self.tr("literal")` and `QCoreApplication.translate("Context",
"literal")`; a helper such as `_t(text)` or a `partial(translate, ...)` is skipped without a
word, and its strings stay English at run time. So: (1) no translate call takes a computed
argument, and (2) lupdate run over today's sources finds exactly the committed messages, each
one translated.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "desk_app" / "ui"
TS = ROOT / "resources" / "translations" / "desk_app_es.ts"


def _literal(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _computed_translations(source: str) -> list[int]:
    """Lines of tr()/translate() calls whose context or text is not a string literal."""
    bad = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name == "tr" and isinstance(func, ast.Attribute):
            texts = node.args[:1]
        elif name == "translate":
            texts = node.args[:2]
        elif name == "partial" and any(
            isinstance(a, ast.Attribute) and a.attr in ("tr", "translate") for a in node.args
        ):
            bad.append(node.lineno)
            continue
        else:
            continue
        if len(texts) < (1 if name == "tr" else 2) or not all(_literal(t) for t in texts):
            bad.append(node.lineno)
    return bad


def test_the_check_catches_the_helpers_lupdate_skips() -> None:
    assert _computed_translations('def _t(t):\n    return QCoreApplication.translate("C", t)')
    assert _computed_translations("tr = partial(QCoreApplication.translate, 'C')")
    assert _computed_translations("self.tr(f'{n} tickets')")
    assert not _computed_translations('QCoreApplication.translate("C", "Open", "", n)')
    assert not _computed_translations('self.tr("%n article(s)", "", n)')


def test_every_translated_string_in_the_ui_is_a_literal() -> None:
    offenders = [
        f"{path.name}:{line}"
        for path in sorted(UI.glob("*.py"))
        for line in _computed_translations(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def _messages(ts: Path) -> dict[tuple[str, str], str | None]:
    """(context, source) → its translation type ("unfinished", "vanished"…; None: done)."""
    result: dict[tuple[str, str], str | None] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            kind = translation.get("type")
            if kind is None and not ((translation.text or "").strip() or list(translation)):
                kind = "empty"
            result[(name, message.findtext("source") or "")] = kind
    return result


def test_lupdate_finds_exactly_the_committed_translated_messages(tmp_path: Path) -> None:
    lupdate = shutil.which("pyside6-lupdate") or str(ROOT / ".venv/bin/pyside6-lupdate")
    fresh = tmp_path / "desk_app_es.ts"
    shutil.copy(TS, fresh)
    sources = [str(p) for p in sorted(UI.glob("*.py"))]
    subprocess.run([lupdate, "-silent", "-no-obsolete", "-locations", "none", *sources,
                    "-ts", str(fresh)], check=True)  # fmt: skip
    committed, extracted = _messages(TS), _messages(fresh)
    # New or changed UI text: run the README's lupdate command and translate it.
    untranslated = sorted(key for key, kind in extracted.items() if kind is not None)
    assert untranslated == []
    # Entries no source file uses any more (lupdate would mark them vanished).
    stale = sorted(set(committed) - set(extracted))
    assert stale == []


def _counted_translates(source: str) -> list[int]:
    """Lines of QCoreApplication.translate(ctx, text, disambiguation, n) calls."""
    return [
        node.lineno
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "translate"
        and len(node.args) >= 4
    ]


def test_no_plural_goes_through_translate() -> None:
    # pyside6-lupdate does not mark translate()'s "%n" messages as plurals, and Qt then finds
    # no translation for any count but 1 ("3 pending changes" stayed English). Plurals go
    # through self.tr(text, "", n); translate() texts take the count as "%1".
    assert _counted_translates('QCoreApplication.translate("C", "%n x", "", n)') == [1]
    offenders = [
        f"{path.name}:{line}"
        for path in sorted(UI.glob("*.py"))
        for line in _counted_translates(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []
