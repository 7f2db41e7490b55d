# tests/python/test_diff_corpus.py - The differential corpus (tests/diff) driven through tsc.script.
#
# tests/diff/run_diff.py runs every corpus case under CPython and under `tsc run`; this file runs
# the same cases in process: each corpus module is imported under CPython, each function named
# in its cases is compiled with tsc.script, and every case is called both ways on deep copies
# of its arguments. The outcomes are compared exactly as run_diff.py compares them (its own
# loader, CPython runner and comparison are reused): the printed output followed by
# repr(result), or the output printed before an exception and the exception's
# "Name: message" (e.script_message on the tsc side). The documented divergences
# (tests/diff/divergences) are checked against their written tsc expectation.
#
# One test per corpus module (and per divergence module); a failure lists every mismatching case.
import contextlib
import copy
import importlib.util
import io
import os
import traceback

import pytest

import tsc

HERE = os.path.dirname(os.path.abspath(__file__))
RUN_DIFF = os.path.join(HERE, "..", "diff", "run_diff.py")


def load_run_diff():
    spec = importlib.util.spec_from_file_location("tsc_run_diff", RUN_DIFF)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


run_diff = load_run_diff()
CASES = run_diff.load_cases(run_diff.CORPUS_DIR, "CASES")
DIVERGENCES = run_diff.load_cases(run_diff.DIVERGENCE_DIR, "DIVERGENCES")


def group(cases):
    groups = {}
    for case in cases:
        groups.setdefault(case.module, []).append(case)
    return groups


CORPUS_GROUPS = group(CASES)
DIVERGENCE_GROUPS = group(DIVERGENCES)

# Modules imported under CPython (shared with run_diff's runner) and functions compiled by tsc.script,
# each once per session: (source, function name) -> ScriptFunction or the CompileError's text.
_modules = {}
_scripted = {}


def scripted(case, backend):
    key = (case.source, case.func, backend)
    if key not in _scripted:
        module = run_diff.import_source(case.source, _modules)
        try:
            _scripted[key] = tsc.script(getattr(module, case.func), backend=backend)
        except tsc.CompileError as e:
            _scripted[key] = f"tsc.script raised CompileError:\n{run_diff.indent(str(e))}"
    return _scripted[key]


def run_scripted(case, backend):
    """Calls CASE through tsc.script; returns (Outcome or None, failure text or None)."""
    function = scripted(case, backend)
    if isinstance(function, str):
        return None, function
    out = io.StringIO()
    try:
        with contextlib.redirect_stdout(out):
            result = function(*copy.deepcopy(case.args))
    except Exception as e:  # a script exception: compared like CPython's
        message = getattr(e, "script_message", None)
        if message is None:
            return None, ("the exception has no script_message (not a script exception?):\n"
                          + run_diff.indent("".join(traceback.format_exception_only(type(e), e))))
        return run_diff.Outcome(out.getvalue(), (type(e).__name__, message)), None
    return run_diff.Outcome(out.getvalue() + repr(result) + "\n"), None


def check_group(cases, backend):
    """Runs every case of a group both ways; fails with one report listing all mismatches."""
    failures = []
    for case in cases:
        try:
            case.python = run_diff.run_python(case, _modules)
        except run_diff.CorpusError as e:
            failures.append(f"CORPUS ERROR {e}")
            continue
        if case.expect is not None:  # a divergence: CPython must still give the documented result
            problem = run_diff.compare(case.expect, case.python)
            if problem:
                failures.append(f"CPYTHON {case.ident} no longer gives the documented result\n"
                                + run_diff.indent(problem.replace("tsc", "CPython")))
                continue
        expected = case.tsc_expect if case.tsc_expect is not None else case.python
        got, failure = run_scripted(case, backend)
        if failure is None:
            failure = run_diff.compare(expected, got)
        if failure is None:
            continue
        report = f"FAIL {case.ident} (backend {backend})\n"
        if case.why:
            report += f"  documented divergence: {case.why}\n"
        report += "  expected:\n" + run_diff.indent(expected.describe(), "    ")
        if got is not None:
            report += "  got (tsc.script):\n" + run_diff.indent(got.describe(), "    ")
        report += run_diff.indent(failure.rstrip("\n") + "\n", "  ")
        failures.append(report)
    if failures:
        pytest.fail(f"{len(failures)} of {len(cases)} cases differ:\n" + "\n".join(failures), pytrace=False)


def test_corpus_is_complete():
    # The whole corpus is here: every module of tests/diff/corpus has cases.
    assert len(CASES) > 2000
    sources = {f for f in os.listdir(run_diff.CORPUS_DIR) if f.endswith(".py") and not f.endswith("_cases.py")}
    assert {f"{m}.py" for m in CORPUS_GROUPS if m != "lit_accept"} == sources


# "auto" runs every function the LLVM backend compiles as native code (docs/jit.md), the rest
# interpreted; "interp" interprets everything. Both must agree with CPython.
BACKENDS = ["auto", "interp"]


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("module", sorted(CORPUS_GROUPS))
def test_corpus(module, backend):
    check_group(CORPUS_GROUPS[module], backend)


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("module", sorted(DIVERGENCE_GROUPS))
def test_divergences(module, backend):
    check_group(DIVERGENCE_GROUPS[module], backend)
