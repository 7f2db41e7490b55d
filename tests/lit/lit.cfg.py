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
# FileCheck, not and count come from Debian's llvm-19-tools.
llvm_bin = os.path.dirname(config.filecheck)
config.environment["PATH"] = os.pathsep.join([llvm_bin, config.environment.get("PATH", os.environ.get("PATH", ""))])
