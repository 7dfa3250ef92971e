"""A mypy plugin: PySide6 constructors accept ``objectName=``.

PySide6 sets any Qt property given as a keyword to a constructor, and the project names
every widget that way (``QLabel(objectName="checkin_title")``, see docs/automation.md).
PySide6's own stubs list each class's own properties as keywords but not the ones it
inherits, so ``objectName`` (a ``QObject`` property) is unknown to every other class. This
plugin adds ``objectName: str`` to the constructors of ``QObject`` subclasses, and nothing
else: arguments, other keywords and a misspelt name are still checked.

Configured in ``pyproject.toml`` (``[tool.mypy] plugins``); ``tests/test_types.py``
shows it accepts the name and still refuses a misspelling.
"""

from __future__ import annotations

from collections.abc import Callable

from mypy.nodes import ARG_NAMED_OPT, ARG_STAR2
from mypy.plugin import FunctionSigContext, Plugin
from mypy.types import CallableType, Instance, get_proper_type

_QOBJECT = "PySide6.QtCore.QObject"
_NAME = "objectName"


def _with_object_name(ctx: FunctionSigContext) -> CallableType:
    signature = ctx.default_signature
    made = get_proper_type(signature.ret_type)
    if (
        not isinstance(made, Instance)
        or not made.type.has_base(_QOBJECT)
        or _NAME in signature.arg_names
        or ARG_STAR2 in signature.arg_kinds
    ):
        return signature
    return signature.copy_modified(
        arg_types=[*signature.arg_types, ctx.api.named_generic_type("builtins.str", [])],
        arg_kinds=[*signature.arg_kinds, ARG_NAMED_OPT],
        arg_names=[*signature.arg_names, _NAME],
    )


class PySidePlugin(Plugin):
    def get_function_signature_hook(
        self, fullname: str
    ) -> Callable[[FunctionSigContext], CallableType] | None:
        return _with_object_name if fullname.startswith("PySide6.") else None


def plugin(version: str) -> type[Plugin]:
    return PySidePlugin
