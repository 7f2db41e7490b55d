# tests/lit/lit.cfg.py - Golden tests: each file runs tsc and checks its output with FileCheck.
import os

import lit.formats

config.name = "tsc"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".py", ".ir"]
config.excludes = ["lit.cfg.py", "lit.site.cfg.py", "Inputs"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.tsc_binary_dir, "tests", "lit")

config.substitutions.append(("%tsc", config.tsc_exe))
config.substitutions.append(("%python", config.python))
config.substitutions.append(("FileCheck", config.filecheck))
config.substitutions.append(("not ", config.not_tool + " "))
