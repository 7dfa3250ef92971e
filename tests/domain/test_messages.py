"""One sentence per refusal (issue 9): every code raised in ``receptionist/`` has exactly
one entry in the catalogue (``domain/messages.py``), every entry is used, a raise passes
exactly the placeholders its sentence has, and no refusal is written out as an English
sentence anywhere else. Checked on the source, as ``tests/test_layers.py`` checks imports,
so the rule holds for code no test runs."""

from __future__ import annotations

import ast
import string
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from receptionist.domain import messages
from receptionist.domain.errors import Conflict, DeskError, PhoneTaken, ValidationError
from receptionist.domain.faults import DatabaseFault

PACKAGE = Path(messages.__file__).resolve().parent.parent
CATALOGUE = PACKAGE / "domain" / "messages.py"
# ``clean_text`` refuses with ``f"{field}_{rule}"``: one catalogue entry per text field
# and rule, the fields being those its callers name.
TEXT_CODE_TEMPLATES = {"{field}_required", "{field}_control", "{field}_too_long"}
# What a sentence may be filled with: numbers of the rules, a time, format names, a masked
# phone and a customer's number, a path and an OS error (the command line's). Never a name
# or anything else a person typed; a new placeholder is added here after that check.
SAFE_PLACEHOLDERS = {
    "maximum",
    "minimum",
    "smallest",
    "largest",
    "lowest",
    "highest",
    "shortest",
    "longest",
    "period",  # a tier period: "2026" or "2026-Q1"
    "digits",
    "size",
    "minutes",
    "time",
    "choices",
    "phone",
    "customer",
    "path",
    "reason",
    "fields",  # names of fields (``CustomerChanged``), never their values
    # complaints (issue 13): step numbers 1-5
    "step",
    "expected",
    # imports (issue 12): a column's header and a field's name (never a cell's value),
    # a line number in the file, a number of rows
    "column",
    "target",
    "line",
    "count",
    # receptionist db: a table, a column or constraint name and SQLSTATE, a database's
    # name, schema versions
    "table",
    "detail",
    "database",
    "version",
    "latest",
    "variable",  # the name of an environment variable (RECEPTIONIST_PASSWORD)
    # messages to people (issue 14): a setting's name, a channel's name
    "key",
    "channel",
}


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@dataclass
class Raise:
    """One construction of a refusal: where, its code(s) (both of ``a if x else b``), or
    the f-string template of its code, and the names of the values it passes."""

    where: str
    codes: tuple[str, ...] = ()
    template: str | None = None
    params: frozenset[str] = frozenset()
    problems: list[str] = field(default_factory=list)


def _template(node: ast.JoinedStr) -> str:
    parts = []
    for part in node.values:
        if isinstance(part, ast.Constant):
            parts.append(str(part.value))
        elif isinstance(part, ast.FormattedValue) and isinstance(part.value, ast.Name):
            parts.append("{" + part.value.id + "}")
        else:
            parts.append("{?}")
    return "".join(parts)


def _is_sentence(node: ast.expr) -> bool:
    """A string written out with a space in it: English, not a code."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return " " in node.value
    if isinstance(node, ast.JoinedStr):
        return any(isinstance(p, ast.Constant) and " " in str(p.value) for p in node.values)
    return False


@dataclass(frozen=True)
class ErrorClasses:
    """``coded``: constructed with their code first (``Conflict("code", ...)``);
    ``naming``: naming their code themselves (``PhoneTaken(customer_id, phone)``), whose
    ``super().__init__("code", ...)`` is checked instead."""

    coded: frozenset[str]
    naming: frozenset[str]


class _Finder(ast.NodeVisitor):
    """The refusals constructed in one module."""

    def __init__(self, where: str, classes: ErrorClasses) -> None:
        self.where, self.classes = where, classes
        self.inside: list[str] = []  # the classes being defined, innermost last
        self.found: list[Raise] = []
        self.text_fields: list[tuple[str, bool]] = []  # clean_text(field=..., required=...)

    def visit_ClassDef(self, node: ast.ClassDef) -> None:  # noqa: N802 - ast's name
        self.inside.append(node.name)
        self.generic_visit(node)
        self.inside.pop()

    def visit_Call(self, node: ast.Call) -> None:  # noqa: N802 - ast's name
        name = node.func.id if isinstance(node.func, ast.Name) else None
        if isinstance(node.func, ast.Attribute):
            name = node.func.attr
        if name == "clean_text":
            self._text_field(node)
        if name in self.classes.coded or self._passes_a_code_up(node):
            self.found.append(self._construction(node))
        self.generic_visit(node)

    def _passes_a_code_up(self, node: ast.Call) -> bool:
        """``super().__init__("code", ...)`` in an error class that names its own code
        (a pass-through of a parameter is checked where that class is constructed)."""
        func = node.func
        return (
            bool(self.inside)
            and self.inside[-1] in self.classes.naming
            and isinstance(func, ast.Attribute)
            and func.attr == "__init__"
            and isinstance(func.value, ast.Call)
            and isinstance(func.value.func, ast.Name)
            and func.value.func.id == "super"
            and bool(node.args)
            and isinstance(node.args[0], ast.Constant)
        )

    def _text_field(self, node: ast.Call) -> None:
        keywords = {k.arg: k.value for k in node.keywords}
        name, required = keywords.get("field"), keywords.get("required")
        if isinstance(name, ast.Constant) and isinstance(required, ast.Constant):
            self.text_fields.append((name.value, bool(required.value)))

    def _construction(self, node: ast.Call) -> Raise:
        found = Raise(f"{self.where}:{node.lineno}")
        if not node.args:
            found.problems.append("names no code")
            return found
        code = node.args[0]
        if isinstance(code, ast.Constant) and isinstance(code.value, str):
            found.codes = (code.value,)
        elif isinstance(code, ast.IfExp) and all(
            isinstance(n, ast.Constant) for n in (code.body, code.orelse)
        ):
            found.codes = (code.body.value, code.orelse.value)
        elif isinstance(code, ast.JoinedStr):
            found.template = _template(code)
        else:
            found.problems.append("its code is not written out")
        for argument in [*node.args, *(k.value for k in node.keywords)]:
            if _is_sentence(argument):
                found.problems.append("writes out a sentence (put it in the catalogue)")
        if any(k.arg is None for k in node.keywords):
            found.problems.append("passes **values that cannot be checked")
        found.params = frozenset(k.arg for k in node.keywords if k.arg not in (None, "field"))
        return found


def _first_parameter(node: ast.ClassDef) -> str | None:
    """The first parameter (after self) of the class's own ``__init__``; None without."""
    for item in node.body:
        if isinstance(item, ast.FunctionDef) and item.name == "__init__":
            return item.args.args[1].arg if len(item.args.args) > 1 else ""
    return None


def _error_classes(trees: list[ast.Module]) -> ErrorClasses:
    """``DeskError`` and its subclasses in ``trees``."""
    coded, naming, known = {"DeskError"}, set(), {"DeskError"}
    grew = True
    while grew:
        grew = False
        for tree in trees:
            for node in ast.walk(tree):
                if isinstance(node, ast.ClassDef) and node.name not in known:
                    bases = {b.id for b in node.bases if isinstance(b, ast.Name)}
                    if bases & known:
                        known.add(node.name)
                        grew = True
                        if _first_parameter(node) in (None, "code"):
                            coded.add(node.name)
                        else:
                            naming.add(node.name)
    return ErrorClasses(frozenset(coded), frozenset(naming))


@dataclass
class Survey:
    classes: ErrorClasses
    raises: list[Raise]
    text_fields: list[tuple[str, bool]]
    literals: set[str]  # every string written in the sources outside the catalogue

    def codes(self) -> dict[str, list[Raise]]:
        """Every code raised -> where; f-string codes expanded over clean_text's fields."""
        raised: dict[str, list[Raise]] = {}
        for found in self.raises:
            for code in found.codes:
                raised.setdefault(code, []).append(found)
            if found.template in TEXT_CODE_TEMPLATES:
                for name, required in self.text_fields:
                    if required or found.template != "{field}_required":
                        raised.setdefault(found.template.format(field=name), []).append(found)
        return raised


def survey(sources: dict[str, str], classes: ErrorClasses | None = None) -> Survey:
    trees = {where: ast.parse(text) for where, text in sources.items()}
    classes = classes or _error_classes(list(trees.values()))
    raises, text_fields, literals = [], [], set()
    for where, tree in trees.items():
        finder = _Finder(where, classes)
        finder.visit(tree)
        raises += finder.found
        text_fields += finder.text_fields
        literals |= {
            n.value
            for n in ast.walk(tree)
            if isinstance(n, ast.Constant) and isinstance(n.value, str)
        }
    return Survey(classes, raises, text_fields, literals)


@pytest.fixture(scope="module")
def package() -> Survey:
    return survey(
        {
            path.relative_to(PACKAGE.parent).as_posix(): path.read_text(encoding="utf-8")
            for path in sorted(PACKAGE.rglob("*.py"))
            if path != CATALOGUE
        }
    )


def problems_of(found: Survey) -> list[str]:
    """Everything wrong with the refusals of ``found``, one line each."""
    said = []
    for item in found.raises:
        said += [f"{item.where}: {problem}" for problem in item.problems]
        if item.template is not None and item.template not in TEXT_CODE_TEMPLATES:
            said.append(f"{item.where}: the code {item.template!r} is composed")
    for code, places in found.codes().items():
        if code not in messages.MESSAGES:
            said += [f"{p.where}: {code!r} has no sentence in the catalogue" for p in places]
            continue
        wanted = placeholders(messages.MESSAGES[code])
        said += [
            f"{p.where}: {code!r} passes {sorted(p.params)}, its sentence has {sorted(wanted)}"
            for p in places
            if p.params != wanted
        ]
    return said


# -- the rule, on the package ---------------------------------------------------------
def test_every_refusal_names_a_code_of_the_catalogue_and_fills_its_sentence(package):
    assert problems_of(package) == []


def test_every_sentence_of_the_catalogue_is_used(package):
    used = set(package.codes()) | package.literals
    assert sorted(set(messages.MESSAGES) - used) == []


def test_the_survey_sees_the_refusals(package):
    """The check looks where the refusals are: a few known ones, each kind of code."""
    codes = package.codes()
    assert {"invite_used", "cancel_not_planned", "phone_taken", "db_disk_full"} <= set(codes)
    assert {"site_name_too_long", "printer_control", "reason_required"} <= set(codes)
    assert "company_required" not in codes  # a company is optional
    assert len(package.raises) > 100


# -- the check can fail ---------------------------------------------------------------
def test_the_check_finds_each_kind_of_mistake(package):
    found = survey(
        {
            "bad.py": (
                "from receptionist.domain.errors import Conflict, NotFound, ValidationError\n"
                "def f(code, name, values):\n"
                "    raise ValidationError('Name is required.', field='name')\n"
                "    raise Conflict('no_such_code')\n"
                "    raise ValidationError('name_too_long', field='name')\n"
                "    raise ValidationError('name_too_long', field='name', maximum=1, name=name)\n"
                "    raise NotFound(code)\n"
                "    raise NotFound(f'{code}_gone')\n"
                "    raise NotFound('visit_unknown', field='code', **values)\n"
                "    raise Conflict('undo_nothing', reason=f'it is {name}')\n"
            )
        },
        package.classes,
    )
    said = "\n".join(problems_of(found))
    for line in range(3, 11):
        assert f"bad.py:{line}:" in said, f"line {line} not reported:\n{said}"


# -- the catalogue itself -------------------------------------------------------------
def test_each_entry_is_written_once_and_marked_for_lupdate():
    tree = ast.parse(CATALOGUE.read_text(encoding="utf-8"))
    [table] = [
        n.value
        for n in ast.walk(tree)
        if isinstance(n, ast.AnnAssign) and getattr(n.target, "id", "") == "MESSAGES"
    ]
    keys = [k.value for k in table.keys]
    assert len(keys) == len(set(keys)), "a code is written twice"
    for value in table.values:
        assert isinstance(value, ast.Call) and value.func.id == "QT_TRANSLATE_NOOP"
        context, text = value.args
        assert context.value == messages.CONTEXT and isinstance(text.value, str)


def test_each_sentence_belongs_to_one_code():
    texts = list(messages.MESSAGES.values())
    assert sorted(t for t in set(texts) if texts.count(t) > 1) == []


def test_sentences_are_filled_only_with_values_that_name_nobody():
    used = set().union(*(placeholders(t) for t in messages.MESSAGES.values()))
    assert used <= SAFE_PLACEHOLDERS


def test_codes_and_sentences_are_well_formed():
    for code, text in messages.MESSAGES.items():
        assert code.isascii() and code == code.lower() and " " not in code
        assert text[0].isupper() or text[0] in "{-", code
        assert text.rstrip().endswith((".", ")")), code


# -- the errors ------------------------------------------------------------------------
def test_an_error_says_its_catalogue_sentence_in_english():
    err = ValidationError("name_too_long", field="name", maximum=100)
    assert (err.code, err.field, err.params) == ("name_too_long", "name", {"maximum": 100})
    assert err.message == str(err) == "Name is longer than 100 characters."
    assert Conflict("cancel_not_planned").message == "Only a planned visit can be cancelled."
    assert DatabaseFault("db_busy").message == messages.MESSAGES["db_busy"]


def test_a_taken_phone_is_named_only_masked():
    err = PhoneTaken(7, "138****8000")
    assert (err.code, err.field, err.customer_id) == ("phone_taken", "phone", 7)
    assert err.message == (
        "This phone number (138****8000) already belongs to customer #7; pick that "
        "customer instead."
    )


def test_an_unknown_code_is_a_bug_not_a_silent_sentence():
    with pytest.raises(KeyError):
        DeskError("no_such_code")
