# tests/python/conftest.py - Shared fixtures: user code in real files, so that inspect finds its source.
import importlib.util
import itertools
import os
import sys
import textwrap

import pytest

_counter = itertools.count()


@pytest.fixture
def make_module(tmp_path):
    """make_module(source, name="user_code") writes SOURCE (dedented) to TMP_PATH/NAME.py, imports
    it under a unique module name and returns the module (its file is module.__file__)."""
    created = []

    def make(source, name="user_code"):
        path = tmp_path / f"{name}.py"
        path.write_text(textwrap.dedent(source))
        module_name = f"tsc_test_{name}_{next(_counter)}"
        spec = importlib.util.spec_from_file_location(module_name, str(path))
        module = importlib.util.module_from_spec(spec)
        sys.modules[module_name] = module
        created.append(module_name)
        spec.loader.exec_module(module)
        return module

    yield make
    for name in created:
        sys.modules.pop(name, None)


@pytest.fixture
def tsc_binary():
    """The `tsc` executable of the build under test (ctest passes it as TSC_BINARY)."""
    path = os.environ.get("TSC_BINARY")
    if not path or not os.path.exists(path):
        pytest.skip("TSC_BINARY is not set to the built tsc executable")
    return os.path.abspath(path)
