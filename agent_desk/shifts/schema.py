"""The shift-summary contract (`resources/schema/`), and checking a summary against it quickly.

The desk writes version 3 (`shift_summary.schema.json`: version 2 and the agent's knowledge-base
contributions of the month); reports still read versions 2 (`shift_summary.v2.schema.json`) and
1 (`shift_summary.v1.schema.json`, which got the same bounds on its numbers).

A month of a 300-agent center is 10,000 summaries. jsonschema takes about 0.45 ms to check one
of them on a desk PC, 4.5 s for the month, which alone eats the report's 5 s budget. The schema
uses a small set of keywords, so it is compiled here once into plain Python checks (about 20x
faster) that give the same verdict as jsonschema; when a summary fails, jsonschema itself is
asked for the message, so the reason shown to the supervisor is always jsonschema's. A schema
that uses a keyword this compiler does not know falls back to jsonschema for every file.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from functools import cache
from typing import Any

from agent_desk.paths import resource

SCHEMA_NAME = "agent-desk/shift-summary"
SCHEMA_VERSION = 3  # what the desk writes
SCHEMA_FILES = {
    1: "shift_summary.v1.schema.json",
    2: "shift_summary.v2.schema.json",
    3: "shift_summary.schema.json",
}
SUPPORTED_VERSIONS = tuple(SCHEMA_FILES)  # what reports read
SCHEMA_FILE = ("schema", SCHEMA_FILES[SCHEMA_VERSION])

# Keywords that only annotate (format is an annotation unless a format checker is asked for).
_ANNOTATIONS = {"$schema", "$id", "title", "description", "format", "$comment"}
_SUPPORTED = _ANNOTATIONS | {
    "type",
    "const",
    "enum",
    "properties",
    "required",
    "additionalProperties",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "minLength",
    "pattern",
}

Check = Callable[[Any], bool]


class Unsupported(Exception):
    """The schema uses something the compiler does not know; use jsonschema instead."""


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _json_equal(a: Any, b: Any) -> bool:
    """Equality as JSON Schema means it: true is not 1, 1 is 1.0."""
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool) and a == b
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_json_equal(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_json_equal(x, y) for x, y in zip(a, b, strict=True))
    if _is_number(a) and _is_number(b):
        return a == b
    return type(a) is type(b) and a == b


_TYPE_TESTS = {
    "object": "type({v}) is dict",
    "array": "type({v}) is list",
    "string": "type({v}) is str",
    "null": "{v} is None",
    "boolean": "type({v}) is bool",
    "number": "type({v}) in _NUM",
    # JSON Schema counts 3.0 as an integer.
    "integer": "(type({v}) is int or (type({v}) is float and {v}.is_integer()))",
}
_BOUNDS = {"minimum": "<", "maximum": ">", "exclusiveMinimum": "<=", "exclusiveMaximum": ">="}


class _Compiler:
    """Writes the schema out as one Python function of nested ifs, like fastjsonschema does.

    Documents come from json.loads, so exact type tests (`type(v) is int`) are right: a JSON
    true is a bool, never an int, as JSON Schema wants.
    """

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.constants: list[Any] = []
        self.names = 0

    def const(self, value: Any) -> str:
        """A constant in the generated code: a literal for a string or a number (no lookup at
        run time), else a reference to the constants list."""
        if type(value) is str or (type(value) in (int, float) and math.isfinite(value)):
            return repr(value)
        self.constants.append(value)
        return f"_C[{len(self.constants) - 1}]"

    def var(self) -> str:
        self.names += 1
        return f"v{self.names}"

    def emit(self, depth: int, line: str) -> None:
        self.lines.append("    " * depth + line)

    def node(self, schema: Any, v: str, depth: int) -> None:
        if schema is True:
            return
        if schema is False:
            self.emit(depth, "return False")
            return
        if not isinstance(schema, dict):
            raise Unsupported(f"schema node {schema!r}")
        unknown = set(schema) - _SUPPORTED
        if unknown:
            raise Unsupported(", ".join(sorted(unknown)))
        # What the type test leaves possible, so later tests need not ask again.
        only: str | None = None
        if "type" in schema:
            names = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
            if any(n not in _TYPE_TESTS for n in names):
                raise Unsupported(f"type {names}")
            test = " or ".join(_TYPE_TESTS[n].format(v=v) for n in names)
            self.emit(depth, f"if not ({test}): return False")
            if names in (["object"], ["string"], ["number"]):
                only = names[0]
        if "const" in schema:
            value = schema["const"]
            if type(value) is str:  # a string equals only a string: no general comparison
                self.emit(depth, f"if {v} != {self.const(value)}: return False")
            else:
                self.emit(depth, f"if not _eq({v}, {self.const(value)}): return False")
        if "enum" in schema:
            if all(type(x) is str for x in schema["enum"]):
                options = f"_C[{len(self.constants)}]"
                self.constants.append(frozenset(schema["enum"]))
                self.emit(depth, f"if type({v}) is not str or {v} not in {options}: return False")
            else:
                options = f"_C[{len(self.constants)}]"
                self.constants.append(list(schema["enum"]))
                self.emit(depth, f"if not any(_eq({v}, x) for x in {options}): return False")
        is_number = "" if only == "number" else f"type({v}) in _NUM and "
        for key, fails in _BOUNDS.items():
            if key in schema:
                bound = self.const(schema[key])
                self.emit(depth, f"if {is_number}{v} {fails} {bound}: return False")
        is_str = "" if only == "string" else f"type({v}) is str and "
        if "minLength" in schema:
            n = int(schema["minLength"])
            self.emit(depth, f"if {is_str}len({v}) < {n}: return False")
        if "pattern" in schema:
            rx = f"_C[{len(self.constants)}]"
            self.constants.append(re.compile(schema["pattern"]))
            self.emit(depth, f"if {is_str}{rx}.search({v}) is None: return False")
        props = schema.get("properties", {})
        required = list(schema.get("required", ()))
        extra = schema.get("additionalProperties", True)
        if not (props or required or extra is not True):
            return
        if only == "object":
            body = depth
        else:
            self.emit(depth, f"if type({v}) is dict:")
            body = depth + 1
            self.emit(body, "pass")
        for name in required:
            self.emit(body, f"if {self.const(name)} not in {v}: return False")
        if extra is False:
            allowed = f"_C[{len(self.constants)}]"
            self.constants.append(frozenset(props))
            self.emit(body, f"if not {allowed}.issuperset({v}): return False")
        elif extra is not True:
            # Checking unknown keys against a schema: loop over them.
            sub = self.var()
            known = f"_C[{len(self.constants)}]"
            self.constants.append(frozenset(props))
            self.emit(body, f"for _k, {sub} in {v}.items():")
            self.emit(body + 1, f"if _k in {known}: continue")
            self.node(extra, sub, body + 1)
        for name, sub_schema in props.items():
            key = self.const(name)
            sub = self.var()
            if name in required:  # known to be there
                self.emit(body, f"{sub} = {v}[{key}]")
                self.node(sub_schema, sub, body)
            else:
                self.emit(body, f"if {key} in {v}:")
                self.emit(body + 1, f"{sub} = {v}[{key}]")
                self.node(sub_schema, sub, body + 1)


def compile_schema(schema: Any) -> Check:
    """A function returning True exactly when jsonschema would find `instance` valid."""
    compiler = _Compiler()
    compiler.node(schema, "v0", 1)
    source = "def check(v0):\n" + "\n".join(compiler.lines) + "\n    return True\n"
    namespace: dict[str, Any] = {"_C": compiler.constants, "_NUM": (int, float), "_eq": _json_equal}
    exec(compile(source, "<shift-summary schema>", "exec"), namespace)
    return namespace["check"]


@cache
def schema_for(version: int) -> dict[str, Any]:
    """The schema of one summary version (raises KeyError for an unknown one)."""
    return json.loads(resource("schema", SCHEMA_FILES[version]).read_text(encoding="utf-8"))


def summary_schema() -> dict[str, Any]:
    return schema_for(SCHEMA_VERSION)


class SummaryValidator:
    """`problem(doc)` is None for a valid summary, else jsonschema's message for the first error."""

    def __init__(self, schema: dict[str, Any] | None = None) -> None:
        from jsonschema import Draft202012Validator

        self.schema = schema if schema is not None else summary_schema()
        self._full = Draft202012Validator(self.schema)
        try:
            self._fast: Check | None = compile_schema(self.schema)
        except Unsupported:
            self._fast = None

    @property
    def compiled(self) -> bool:
        return self._fast is not None

    def is_valid(self, doc: Any) -> bool:
        if self._fast is not None:
            return self._fast(doc)
        return self._full.is_valid(doc)

    def problem(self, doc: Any) -> str | None:
        if self.is_valid(doc):
            return None
        from jsonschema.exceptions import best_match

        error = best_match(self._full.iter_errors(doc))
        if error is None:  # the compiled check disagrees with jsonschema: trust jsonschema
            return None
        where = "/".join(str(p) for p in error.absolute_path) or "(top)"
        return f"{where}: {error.message}"[:300]


class VersionedValidator:
    """A `SummaryValidator` per supported version, chosen by the summary's own `version`."""

    def __init__(self) -> None:
        self._by_version: dict[int, SummaryValidator] = {}

    def for_version(self, version: int) -> SummaryValidator:
        validator = self._by_version.get(version)
        if validator is None:
            validator = self._by_version[version] = SummaryValidator(schema_for(version))
        return validator

    def problem(self, doc: Any) -> str | None:
        return self.for_version(doc["version"]).problem(doc)
