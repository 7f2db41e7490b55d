#!/usr/bin/python3
# tests/diff/run_diff.py - Differential tests: runs every corpus case under CPython and `tsc run` and compares.
#
# The corpus is tests/diff/corpus/: a module MOD.py holds typed functions (a valid tsc program and
# a valid Python program), and its sibling MOD_cases.py holds `CASES = [("func", (arg, ...)), ...]`,
# a literal the runner reads with ast.literal_eval (it is never executed). Each case runs
#
#   CPython: import MOD, call func(*args); expected = captured print output + repr(result) + "\n",
#            or, when it raises, the output printed before it and the last traceback line
#            ("ExceptionName: message").
#   tsc:     tsc run MOD.py --entry func repr(arg) ...; stdout must match exactly, and a failing
#            run (exit 1) must end its stderr with the same "ExceptionName: message" line.
#
# tests/diff/divergences/ has the same layout with `DIVERGENCES = [("func", (args), python, tsc, why)]`:
# documented places where tsc differs from CPython on purpose (64-bit int, static types). There both
# sides are checked against the written expectation (python against CPython, tsc against `tsc run`);
# an expectation is the stdout text, or (exception name, message), or (stdout, name, message).
#
# Before anything runs, each case is validated against the function's annotations under CPython
# (arguments and result must have exactly the annotated types: an int where a float is declared
# would print differently under tsc), so a mistake in the corpus is reported as such.
#
# Usage: run_diff.py --tsc PATH [-k SUBSTRING] [--list] [--python-only [-v]] [--jobs N] [--archive] [--passes LIST] [--backend B]
# --archive compiles each module once (`tsc MOD.py -o MOD.pt`) and runs the cases from the archive.
# Exit status: 0 when every case agrees, 1 on any failure, 2 on a usage or corpus error.
import argparse
import ast
import concurrent.futures
import contextlib
import copy
import difflib
import importlib.util
import inspect
import io
import os
import subprocess
import sys
import tempfile
import traceback
import types
import typing

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS_DIR = os.path.join(HERE, "corpus")
DIVERGENCE_DIR = os.path.join(HERE, "divergences")

# CPython words RecursionError's message after the place that noticed the overflow
# ("... while calling a Python object", "... in comparison"); only this prefix is compared.
RECURSION_PREFIX = "maximum recursion depth exceeded"
# Exceptions a program that tsc accepts cannot raise: under CPython they mean the case is wrong.
# (TypeError is not among them: ord("ab") and an explicit `raise TypeError` are legitimate.)
CORPUS_BUG_EXCEPTIONS = (NameError, AttributeError, UnboundLocalError, ImportError)
# `tsc run --backend=...` for every case (--backend; None: tsc's default).
BACKEND = None
# The pass pipeline given with --passes (None: tsc's default pipeline).
PASSES = None


class CorpusError(Exception):
    """A case that cannot be run as written (bad literal, unknown function, type mismatch)."""


class Outcome:
    """What a call produced: the text printed on stdout, and the final error line if it raised."""

    def __init__(self, stdout, error=None):
        self.stdout = stdout
        self.error = error  # None, or (exception name, message)

    def describe(self):
        text = "stdout:\n" + indent(visible(self.stdout))
        if self.error is not None:
            text += "raised: " + format_error(self.error) + "\n"
        return text


class Case:
    def __init__(self, module, source, func, args, expect=None, tsc_expect=None, why=None):
        self.module = module
        self.source = source
        self.func = func
        self.args = args
        # For divergences: the written expectations for CPython and tsc (Outcome each).
        self.expect = expect
        self.tsc_expect = tsc_expect
        self.why = why
        self.python = None  # Outcome under CPython
        self.archive = None  # with --archive: the compiled .pt that `tsc run` loads instead of the source
        self.archive_error = None  # with --archive: why compiling the source failed

    @property
    def ident(self):
        stem = os.path.splitext(os.path.basename(self.source))[0]
        where = self.module if stem == self.module else f"{self.module}:{stem}"
        return f"{where}.{self.func}({', '.join(repr(a) for a in self.args)})"

    def tsc_command(self, tsc):
        program = self.archive if self.archive else self.source
        backend = [f"--backend={BACKEND}"] if BACKEND else []
        passes = [f"--passes={PASSES}"] if PASSES and not self.archive else []
        return [tsc, "run", program, "--entry", self.func] + backend + passes + [repr(a) for a in self.args]


def indent(text, prefix="    "):
    if text == "":
        return prefix + "(empty)\n"
    lines = text.split("\n")
    if lines[-1] == "":
        lines.pop()
        return "".join(prefix + line + "\n" for line in lines)
    return "".join(prefix + line + "\n" for line in lines) + prefix + "(no newline at end)\n"


def visible(text):
    """TEXT with control characters other than newline and tab escaped, for reports."""
    return "".join(c if c in "\n\t" or c.isprintable() else ascii(c)[1:-1] for c in text)


def format_error(error):
    name, message = error
    return f"{name}: {message}" if message else name


def parse_error_line(line):
    """Splits a traceback's last line 'Name: message' (or a bare 'Name') into (name, message)."""
    name, sep, message = line.partition(": ")
    if not sep:
        return line.strip(), ""
    return name.strip(), message


def errors_match(expected, got):
    if expected[0] != got[0]:
        return False
    if expected[0] == "RecursionError":
        return got[1].startswith(RECURSION_PREFIX)
    return expected[1] == got[1]


# --- reading the corpus ---------------------------------------------------------------------------

def read_literal_table(path, name):
    """Returns the literal assigned to NAME in PATH and any string SOURCE, without executing the file.

    Earlier module-level constants (NAME = "str", int, float) may be used by name inside the table.
    """
    with open(path, encoding="utf-8") as f:
        tree = ast.parse(f.read(), filename=path)
    constants = {}
    table = None
    source = None

    class Substitute(ast.NodeTransformer):
        def visit_Name(self, node):
            if node.id in constants:
                return ast.copy_location(ast.Constant(constants[node.id]), node)
            return node

    for stmt in tree.body:
        if not isinstance(stmt, ast.Assign) or len(stmt.targets) != 1:
            continue
        target = stmt.targets[0]
        if not isinstance(target, ast.Name):
            continue
        try:
            value = ast.literal_eval(Substitute().visit(stmt.value))
        except ValueError as e:
            raise CorpusError(f"{path}:{stmt.lineno}: '{target.id}' is not a literal: {e}") from None
        if target.id == name:
            table = value
        elif target.id == "SOURCE":
            source = value
        elif isinstance(value, (str, int, float)):
            constants[target.id] = value
    if table is None:
        raise CorpusError(f"{path}: no '{name} = [...]' table")
    return table, source


def decode_outcome(path, spec):
    """A written expectation: a str is the expected stdout, a 2-tuple (name, message) an exception."""
    if isinstance(spec, str):
        return Outcome(spec)
    if isinstance(spec, tuple) and len(spec) == 3 and all(isinstance(s, str) for s in spec):
        return Outcome(spec[0], (spec[1], spec[2]))
    if isinstance(spec, tuple) and len(spec) == 2 and all(isinstance(s, str) for s in spec):
        return Outcome("", (spec[0], spec[1]))
    raise CorpusError(f"{path}: expectation {spec!r} is neither stdout text nor (name, message)")


def load_cases(directory, table_name):
    cases = []
    if not os.path.isdir(directory):
        return cases
    for entry in sorted(os.listdir(directory)):
        if not entry.endswith("_cases.py"):
            continue
        module = entry[: -len("_cases.py")]
        path = os.path.join(directory, entry)
        table, source = read_literal_table(path, table_name)
        source = os.path.normpath(os.path.join(directory, source if source else module + ".py"))
        if not isinstance(table, list):
            raise CorpusError(f"{path}: {table_name} must be a list")
        for row in table:
            if table_name == "CASES":
                # (name, (args...)), or (source, name, (args...)) with source relative to the cases file
                row_source = source
                if isinstance(row, tuple) and len(row) == 3 and isinstance(row[0], str):
                    row_source = os.path.normpath(os.path.join(directory, row[0]))
                    row = row[1:]
                if not (isinstance(row, tuple) and len(row) == 2 and isinstance(row[0], str)
                        and isinstance(row[1], tuple)):
                    raise CorpusError(f"{path}: case {row!r} is not (name, (args...))")
                if not os.path.isfile(row_source):
                    raise CorpusError(f"{path}: source file {row_source} does not exist")
                cases.append(Case(module, row_source, row[0], row[1]))
            else:
                if not os.path.isfile(source):
                    raise CorpusError(f"{path}: source file {source} does not exist")
                if not (isinstance(row, tuple) and len(row) == 5 and isinstance(row[0], str)
                        and isinstance(row[1], tuple) and isinstance(row[4], str)):
                    raise CorpusError(f"{path}: divergence {row!r} is not (name, (args), python, tsc, why)")
                cases.append(Case(module, source, row[0], row[1], decode_outcome(path, row[2]),
                                  decode_outcome(path, row[3]), row[4]))
    return cases


# --- the CPython side -----------------------------------------------------------------------------

def import_source(path, cache):
    if path in cache:
        return cache[path]
    sys.dont_write_bytecode = True  # leave no __pycache__ in the source tree
    name = f"tsc_diff_{len(cache)}_{os.path.splitext(os.path.basename(path))[0]}"
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    cache[path] = module
    return module


def type_name(annotation):
    return getattr(annotation, "__name__", None) or repr(annotation)


def check_value(value, annotation, where):
    """Raises CorpusError unless VALUE has exactly the type ANNOTATION (no int for float, no bool for int)."""
    if annotation is typing.Any:
        return
    if annotation is None or annotation is type(None):
        if value is not None:
            raise CorpusError(f"{where}: {value!r} is not None")
        return
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin is typing.Union or origin is types.UnionType:
        errors = []
        for option in args:
            try:
                check_value(value, option, where)
                return
            except CorpusError as e:
                errors.append(str(e))
        raise CorpusError(f"{where}: {value!r} fits none of {annotation}")
    if origin is list:
        if type(value) is not list:
            raise CorpusError(f"{where}: {value!r} is not a list")
        for i, item in enumerate(value):
            check_value(item, args[0], f"{where}[{i}]")
        return
    if origin is dict:
        if type(value) is not dict:
            raise CorpusError(f"{where}: {value!r} is not a dict")
        for k, v in value.items():
            check_value(k, args[0], f"{where} key")
            check_value(v, args[1], f"{where}[{k!r}]")
        return
    if origin is tuple:
        if type(value) is not tuple:
            raise CorpusError(f"{where}: {value!r} is not a tuple")
        expected = [] if args == ((),) else list(args)
        if len(expected) != len(value):
            raise CorpusError(f"{where}: {value!r} does not have {len(expected)} elements")
        for i, (item, ann) in enumerate(zip(value, expected)):
            check_value(item, ann, f"{where}[{i}]")
        return
    if annotation in (int, float, bool, str):
        if type(value) is not annotation:
            raise CorpusError(f"{where}: {value!r} is a {type(value).__name__}, not a {annotation.__name__}")
        return
    raise CorpusError(f"{where}: values of type {type_name(annotation)} cannot be compared by repr")


def run_python(case, cache):
    """Calls the case under CPython; returns its Outcome or raises CorpusError."""
    module = import_source(case.source, cache)
    func = getattr(module, case.func, None)
    if not inspect.isfunction(func):
        raise CorpusError(f"{case.ident}: no function '{case.func}' in {case.source}")
    signature = inspect.signature(func)
    hints = typing.get_type_hints(func)
    for name, param in signature.parameters.items():
        if name not in hints:
            raise CorpusError(f"{case.ident}: parameter '{name}' has no annotation")
    if "return" not in hints:
        raise CorpusError(f"{case.ident}: no return annotation")
    try:
        bound = signature.bind(*case.args)
    except TypeError as e:
        raise CorpusError(f"{case.ident}: {e}") from None
    for name, value in bound.arguments.items():
        check_value(value, hints[name], f"{case.ident}: argument '{name}'")
    out = io.StringIO()
    try:
        with contextlib.redirect_stdout(out):
            result = func(*copy.deepcopy(case.args))  # the call may mutate its arguments
    except CORPUS_BUG_EXCEPTIONS as e:
        raise CorpusError(f"{case.ident}: raised {type(e).__name__} under CPython: {e}") from None
    except Exception as e:  # the program's own exception: part of the expected behaviour
        line = traceback.format_exception_only(type(e), e)[-1].rstrip("\n")
        return Outcome(out.getvalue(), parse_error_line(line))
    if case.expect is None:  # a documented divergence may differ from the annotation on purpose
        check_value(result, hints["return"], f"{case.ident}: result")
    return Outcome(out.getvalue() + repr(result) + "\n")


# --- the tsc side ---------------------------------------------------------------------------------

def run_tsc(case, tsc, timeout):
    """Runs the case under `tsc run`; returns (Outcome or None, failure text or None)."""
    command = case.tsc_command(tsc)
    try:
        # Bytes, not text=True: universal newlines would turn a printed "\r" into "\n".
        proc = subprocess.run(command, capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, f"timed out after {timeout}s"
    stdout = proc.stdout.decode("utf-8", errors="backslashreplace")
    stderr = proc.stderr.decode("utf-8", errors="backslashreplace")
    if proc.returncode == 0:
        return Outcome(stdout), None
    lines = [line for line in stderr.split("\n") if line.strip()]
    if proc.returncode == 1 and lines:
        return Outcome(stdout, parse_error_line(lines[-1].rstrip("\r"))), None
    return None, (f"exit status {proc.returncode}\nstdout:\n{indent(stdout)}"
                  f"stderr:\n{indent(stderr)}")


def compare(expected, got):
    """Returns None when the outcomes agree, else a precise description of the difference."""
    problems = []
    if expected.stdout != got.stdout:
        diff = difflib.unified_diff(visible(expected.stdout).split("\n"), visible(got.stdout).split("\n"),
                                    "expected", "got (tsc)", lineterm="")
        problems.append("stdout differs:\n" + indent("\n".join(diff) + "\n"))
    if expected.error is None and got.error is not None:
        problems.append(f"expected no exception, tsc raised {format_error(got.error)}")
    elif expected.error is not None and got.error is None:
        problems.append(f"expected {format_error(expected.error)}, tsc exited 0")
    elif expected.error is not None and not errors_match(expected.error, got.error):
        problems.append(f"exception differs:\n    expected: {format_error(expected.error)}\n"
                        f"    got:      {format_error(got.error)}")
    return "\n".join(problems) if problems else None


def compile_archives(cases, tsc, directory, timeout):
    """Compiles each source once with `tsc SOURCE -o ARCHIVE` and points its cases at the archive."""
    by_source = {}
    for case in cases:
        by_source.setdefault(case.source, []).append(case)
    for i, (source, group) in enumerate(sorted(by_source.items())):
        archive = os.path.join(directory, f"{i}_{os.path.splitext(os.path.basename(source))[0]}.pt")
        command = [tsc, source, "-o", archive] + ([f"--passes={PASSES}"] if PASSES else [])
        try:
            proc = subprocess.run(command, capture_output=True, timeout=timeout)
            error = None if proc.returncode == 0 else (
                f"`{' '.join(command)}` exited {proc.returncode}\n"
                + indent(proc.stderr.decode("utf-8", errors="backslashreplace")))
        except subprocess.TimeoutExpired:
            error = f"`{' '.join(command)}` timed out after {timeout}s"
        for case in group:
            case.archive = archive
            case.archive_error = error


def check_case(case, tsc, timeout):
    """Returns None on agreement, else the failure report for CASE."""
    if case.archive_error is not None:
        return f"FAIL {case.ident}\n  compiling the archive failed: {case.archive_error}"
    got, failure = run_tsc(case, tsc, timeout)
    expected = case.tsc_expect if case.tsc_expect is not None else case.python
    if failure is None:
        failure = compare(expected, got)
    if failure is None:
        return None
    command = " ".join(sh_quote(part) for part in case.tsc_command(tsc))
    report = f"FAIL {case.ident}\n  $ {command}\n"
    if case.why:
        report += f"  documented divergence: {case.why}\n"
    report += "  expected:\n" + indent(expected.describe(), "    ")
    if got is not None:
        report += "  got:\n" + indent(got.describe(), "    ")
    report += indent(failure.rstrip("\n") + "\n", "  ")
    return report


def sh_quote(text):
    if text and all(c.isalnum() or c in "@%+=:,./-_" for c in text):
        return text
    return "'" + text.replace("'", "'\"'\"'") + "'"


# --- driver ---------------------------------------------------------------------------------------

def main():
    parser = argparse.ArgumentParser(description="Differential tests of tsc against CPython.")
    parser.add_argument("--tsc", help="path to the tsc executable")
    parser.add_argument("-k", dest="filter", default="",
                        help="run only cases whose id (module.func(args)) contains SUBSTRING")
    parser.add_argument("--list", action="store_true", help="list the selected cases and exit")
    parser.add_argument("--python-only", action="store_true",
                        help="validate the corpus under CPython only (no tsc needed)")
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="with --python-only, print what CPython gives for each case")
    parser.add_argument("--jobs", type=int, default=2, help="parallel tsc runs (default 2)")
    parser.add_argument("--archive", action="store_true",
                        help="compile each module once to a .pt archive and run the cases from it")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds per tsc run")
    parser.add_argument("--passes", help="compile with this pass pipeline (tsc --passes=LIST; 'none' for no "
                        "pass; default: tsc's default pipeline)")
    parser.add_argument("--backend", choices=("auto", "interp", "jit"),
                        help="run tsc with --backend=BACKEND (default: tsc's own default, auto)")
    opts = parser.parse_args()
    global BACKEND, PASSES
    BACKEND = opts.backend
    PASSES = opts.passes
    if not opts.list and not opts.python_only and not opts.tsc:
        parser.error("--tsc is required unless --list or --python-only is given")

    try:
        cases = load_cases(CORPUS_DIR, "CASES")
        divergences = load_cases(DIVERGENCE_DIR, "DIVERGENCES")
    except CorpusError as e:
        print(f"corpus error: {e}", file=sys.stderr)
        return 2
    everything = cases + divergences
    selected = [c for c in everything if opts.filter in c.ident]

    if opts.list:
        for case in selected:
            print(case.ident + ("  [divergence]" if case.why else ""))
        functions = {(c.source, c.func) for c in selected if not c.why}
        print(f"{len(selected)} cases, {len(functions)} functions, "
              f"{len({c.module for c in selected})} modules", file=sys.stderr)
        return 0

    # CPython first, in this process: validate every case and record what it produced.
    cache = {}
    corpus_errors = []
    for case in selected:
        try:
            case.python = run_python(case, cache)
        except CorpusError as e:
            corpus_errors.append(str(e))
            continue
        except Exception:  # importing the module failed: show CPython's traceback
            corpus_errors.append(f"{case.ident}: {traceback.format_exc()}")
            continue
        if case.expect is not None:
            problem = compare(case.expect, case.python)
            if problem:
                corpus_errors.append(f"{case.ident}: CPython no longer gives the documented result\n"
                                     + indent(problem.replace("tsc", "CPython")))
    if corpus_errors:
        for error in corpus_errors:
            print(f"corpus error: {error}", file=sys.stderr)
        print(f"{len(corpus_errors)} corpus errors", file=sys.stderr)
        return 2
    if opts.python_only:
        if opts.verbose:
            for case in selected:
                print(case.ident + "\n" + indent(case.python.describe()))
        print(f"{len(selected)} cases valid under CPython "
              f"({sys.version.split()[0]}, {sys.executable})")
        return 0

    scratch = None
    if opts.archive:
        scratch = tempfile.TemporaryDirectory(prefix="tsc-diff-")
        compile_archives(selected, opts.tsc, scratch.name, opts.timeout)
    results = {}
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, opts.jobs)) as pool:
        futures = {pool.submit(check_case, case, opts.tsc, opts.timeout): case for case in selected}
        for future in concurrent.futures.as_completed(futures):
            results[id(futures[future])] = future.result()
    if scratch is not None:
        scratch.cleanup()

    per_module = {}
    failures = []
    for case in selected:
        key = case.module + (" (divergences)" if case.why else "")
        passed, failed = per_module.get(key, (0, 0))
        report = results[id(case)]
        if report is None:
            per_module[key] = (passed + 1, failed)
        else:
            per_module[key] = (passed, failed + 1)
            failures.append(report)
    for report in failures:
        print(report)
    width = max((len(k) for k in per_module), default=10)
    print(f"{'module':<{width}}  passed  failed")
    for key in sorted(per_module):
        passed, failed = per_module[key]
        print(f"{key:<{width}}  {passed:>6}  {failed:>6}")
    total_failed = len(failures)
    print(f"{len(selected) - total_failed} passed, {total_failed} failed, {len(selected)} cases")
    return 1 if total_failed else 0


if __name__ == "__main__":
    sys.exit(main())
