"""Compile the classifier's hot modules with mypyc into `.native/<interpreter tag>/`.

    python scripts/build_native.py            # build unless the build is current
    python scripts/build_native.py --force    # build anyway
    python scripts/build_native.py --check    # exit 0 when current, 1 when missing or stale

Optional: without a C compiler or mypyc (it ships with mypy, a dev dependency) the classifier runs
as pure Python and this script says so and exits 0. `domain/native.py` explains how the build is
picked up and why a stale one never is. About a minute on one core; the build replaces the old one
only when it is complete.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import sysconfig
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from domain import native


def _missing_tool() -> str | None:
    """Why a build cannot be made here, or None."""
    compiler = os.environ.get("CC", "cc").split()[0]
    if shutil.which(compiler) is None:
        return f"no C compiler ({compiler!r} not found)"
    if not Path(sysconfig.get_path("include"), "Python.h").is_file():
        return "Python's C headers are missing (Debian: python3-dev)"
    try:
        import mypyc.build  # noqa: F401
    except ImportError:
        return "mypyc is not installed (it comes with mypy: pip install -e '.[dev]')"
    return None


def build() -> None:
    """Compile into a scratch directory, stamp it, then swap it in for the old build."""
    from mypyc.build import mypycify
    from setuptools import Distribution

    digests = native.source_digests()  # hashed before compiling: an edit meanwhile leaves it stale
    target = native.NATIVE_DIR
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="newsalert-native-") as scratch:
        work = Path(scratch)
        fresh = Path(tempfile.mkdtemp(prefix=f"{target.name}.", dir=target.parent))
        try:
            os.chdir(native.PROJECT_ROOT)  # mypyc names each module after its path from here
            extensions = mypycify(list(native.COMPILED), separate=True, target_dir=str(work / "c"))
            dist = Distribution({"name": "newsalert-native", "ext_modules": extensions})
            dist.script_args = ["-q", "build_ext", "--build-lib", str(fresh), "--build-temp", str(work / "o")]
            dist.parse_command_line()
            dist.run_commands()
            (fresh / native.STAMP.name).write_text(
                json.dumps({"sources": digests, "python": sys.version}, indent=1) + "\n", encoding="utf-8"
            )
            if target.exists():
                shutil.rmtree(target)
            fresh.rename(target)
        finally:
            shutil.rmtree(fresh, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--force", action="store_true", help="build even when the build is current")
    group.add_argument("--check", action="store_true", help="only report whether the build is current")
    args = parser.parse_args(argv)
    os.environ.pop(native.PURE_PYTHON_VARIABLE, None)
    current = native.compiled_build_current()
    if args.check:
        print(f"compiled classifier: {'current' if current else 'missing or stale'} ({native.NATIVE_DIR})")
        return 0 if current else 1
    if current and not args.force:
        print(f"compiled classifier is current ({native.NATIVE_DIR})")
        return 0
    reason = _missing_tool()
    if reason is not None:
        print(f"compiled classifier not built: {reason}; the classifier runs as pure Python")
        return 0
    print(f"compiling {len(native.COMPILED)} classifier modules with mypyc (about a minute) …", flush=True)
    started = time.monotonic()
    build()
    native.compiled_build_current.cache_clear()
    if not native.compiled_build_current():
        print("the sources changed while compiling: run this script again", file=sys.stderr)
        return 1
    print(f"compiled classifier built in {time.monotonic() - started:.0f} s ({native.NATIVE_DIR})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
