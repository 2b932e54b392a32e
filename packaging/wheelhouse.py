"""`make wheelhouse`: every wheel Luoshi needs for one platform, in one folder, for PCs without internet.

    make wheelhouse PLATFORM=win_amd64 PYTHON_VERSION=3.11
    make wheelhouse PLATFORM=manylinux_2_28_x86_64 PYTHON_VERSION=3.11   # UOS 20 / Kylin V10 (glibc 2.28)

On the PC: `pip install --no-index --find-links <folder> luoshi`, then `python -m luoshi` is not needed:
the `luoshi` command starts the window. The folder also gets INSTALL.txt saying so.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def dependencies() -> list[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return list(project["dependencies"])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--platform", default="", help="pip platform tag (default: this machine's)")
    parser.add_argument("--python-version", default=f"{sys.version_info.major}.{sys.version_info.minor}")
    parser.add_argument("--out", type=Path, default=ROOT / "wheelhouse")
    parser.add_argument("--check", action="store_true",
                        help="then install from the folder alone into a new virtualenv and print a sheet with it")
    args = parser.parse_args()
    out = args.out / (args.platform or "this-machine") / f"py{args.python_version}"
    out.mkdir(parents=True, exist_ok=True)
    pip = [sys.executable, "-m", "pip"]
    # Luoshi itself is pure Python: one wheel serves every platform.
    subprocess.run([*pip, "wheel", "--no-deps", "--quiet", "--wheel-dir", str(out), str(ROOT)], check=True)
    target = ["--python-version", args.python_version, "--implementation", "cp", "--only-binary=:all:"]
    if args.platform:
        target += ["--platform", args.platform]
    subprocess.run([*pip, "download", "--quiet", "--dest", str(out), *target, "-c", str(ROOT / "constraints.txt"),
                    *dependencies()], check=True)
    (out / "INSTALL.txt").write_text(
        "落实台账离线安装（需要 Python " + args.python_version + "）：\n"
        "    python -m pip install --no-index --find-links . luoshi\n"
        "安装后运行 luoshi 即可打开程序（Linux 另需系统库 libxcb-cursor0 等，见 README）。\n",
        encoding="utf-8")
    wheels = sorted(p.name for p in out.glob("*.whl"))
    print(f"{len(wheels)} 个安装包已下载到 {out}：\n  " + "\n  ".join(wheels))
    return check(out) if args.check and not args.platform else 0


def check(folder: Path) -> int:
    """Install from `folder` with no index at all, as the office PC will, and use what got installed."""
    with tempfile.TemporaryDirectory(prefix="luoshi-wheelhouse-") as scratch:
        work = Path(scratch)
        subprocess.run([sys.executable, "-m", "venv", str(work / "venv")], check=True)
        bin_dir = work / "venv" / ("Scripts" if sys.platform == "win32" else "bin")
        subprocess.run([str(bin_dir / "python"), "-m", "pip", "install", "--quiet", "--no-index", "--find-links",
                        str(folder), "luoshi"], check=True)
        env = dict(os.environ, LUOSHI_DATA_DIR=str(work / "data"), QT_QPA_PLATFORM="offscreen")
        ledger = work / "台账.sqlite"
        for step in (["demo", "--db", str(ledger)],
                     ["report", "progress", "--db", str(ledger), "--out", str(work / "sheet.pdf")]):
            subprocess.run([str(bin_dir / "luoshi"), *step], check=True, env=env, cwd=work)
        if not (work / "sheet.pdf").stat().st_size:
            print("失败：用离线安装的程序没有打印出进展表", file=sys.stderr)
            return 1
    print("离线安装检查通过：只用这个文件夹装好了程序，并打印了进展表。")
    return 0


if __name__ == "__main__":
    sys.exit(main())
