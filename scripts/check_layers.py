#!/usr/bin/python3
"""scripts/check_layers.py - Fails when a file includes a folder its layer may not use.

The rules are DESIGN.md's: ir uses nothing of ours; frontend and passes use ir;
runtime uses ir and passes; codegen uses ir, passes and runtime; python, tools,
tests and bench use everything. Third-party headers stay in their corner:
LLVM in codegen/, pybind11 in python/, CLI11 in tools/, Catch2 in tests/.
"""
import pathlib
import re
import sys

ALLOWED = {
    "ir": {"ir"},
    "frontend": {"ir", "frontend"},
    "passes": {"ir", "passes"},
    "runtime": {"ir", "passes", "runtime"},
    "codegen": {"ir", "passes", "runtime", "codegen"},
}
THIRD_PARTY = {"llvm/": "codegen", "pybind11/": "python", "CLI/": "tools", "catch2/": "tests"}
INCLUDE = re.compile(r'^\s*#\s*include\s*[<"]([^>"]+)[>"]', re.M)


def main() -> int:
    root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ".").resolve()
    problems = []
    for path in sorted(root.rglob("*")):
        if path.suffix not in {".h", ".cpp"} or "build" in path.relative_to(root).parts[0]:
            continue
        rel = path.relative_to(root)
        layer = rel.parts[0]
        for inc in INCLUDE.findall(path.read_text(errors="replace")):
            head = inc.split("/")[0]
            if layer in ALLOWED and (root / head).is_dir() and head in {"ir", "frontend", "passes", "runtime", "codegen", "python", "tools"}:
                if head not in ALLOWED[layer]:
                    problems.append(f"{rel}: layer '{layer}' may not include '{inc}'")
            for prefix, home in THIRD_PARTY.items():
                if inc.startswith(prefix) and layer != home:
                    problems.append(f"{rel}: '{inc}' belongs in {home}/ only")
    for p in problems:
        print(p)
    print(f"checked layering: {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
