"""Run the built bundle as an office PC would: no Python or virtualenv, no Chinese font, no network.

`make bundle-check` (CI runs it after `make bundle`): makes the demo ledger, prints a progress sheet and
takes a screenshot of the main window offscreen with the bundle alone, checks what came out, and that the
server ledger's driver is inside.
Where it runs as root (CI does) the machine's fonts are hidden and the network is cut in a namespace of
its own, so the PDF can only have its Chinese from the font inside the bundle.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

SANDBOX = ('for d in /usr/share/fonts /usr/local/share/fonts; do [ -d "$d" ] && mount -t tmpfs tmpfs "$d"; done; '
           'exec "$@"')


def main() -> int:
    bundle = Path(sys.argv[1] if len(sys.argv) > 1 else "dist/luoshi").resolve()
    program = bundle / ("luoshi.exe" if sys.platform == "win32" else "luoshi")
    if not program.is_file():
        print(f"没有找到打包结果 {program}：请先运行 make bundle。", file=sys.stderr)
        return 2
    work = Path(tempfile.mkdtemp(prefix="luoshi-smoke-"))
    env = {"PATH": "/usr/bin:/bin", "HOME": str(work), "LUOSHI_DATA_DIR": str(work / "data"),
           "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"}
    isolated = os.name == "posix" and os.geteuid() == 0 and shutil.which("unshare") is not None
    prefix = ["unshare", "--mount", "--net", "sh", "-c", SANDBOX, "sh"] if isolated else []
    ledger, sheet, shot = work / "台账.sqlite", work / "进展表.pdf", work / "window.png"
    steps = [["demo", "--db", str(ledger)],
             ["report", "progress", "--db", str(ledger), "--out", str(sheet)],
             ["--db", str(ledger), "--screenshot", str(shot)]]
    for step in steps:
        done = subprocess.run([*prefix, str(program), *step], env=env, cwd=work, capture_output=True, text=True,
                              timeout=300)
        if done.returncode != 0:
            print(f"失败：luoshi {' '.join(step)}（{done.returncode}）\n{done.stdout}\n{done.stderr}", file=sys.stderr)
            return 1
        if "没有可以显示中文的字体" in done.stderr:  # the window would show empty boxes for every character
            print(f"失败：luoshi {' '.join(step)}：界面没有中文字体\n{done.stderr}", file=sys.stderr)
            return 1
    problems = []
    # The server's driver is inside: an address with no server behind it is told in Chinese, not a traceback
    # of a module left out (a socket folder that does not exist: nothing is tried on a network).
    server = "postgresql://luoshi@/ledger?host=/nonexistent-luoshi-socket"
    done = subprocess.run([*prefix, str(program), "check", "--db", server], env=env, cwd=work, capture_output=True,
                          text=True, timeout=120)
    if done.returncode != 1 or "无法连接服务器" not in done.stderr or "Traceback" in done.stderr:
        problems.append(f"luoshi check --db {server} 没有说明连不上服务器（{done.returncode}）：{done.stderr[-800:]}")
    fonts = subprocess.run(["pdffonts", str(sheet)], capture_output=True, text=True, check=True).stdout
    embedded = [line for line in fonts.splitlines()[2:] if " yes " in line and "TrueType" in line]
    if not embedded:
        problems.append(f"进展表没有嵌入 TrueType 中文字体：\n{fonts}")
    if any(bundle.rglob("wqy-zenhei.ttc")) and not any("ZenHei" in line for line in embedded):
        problems.append(f"打包结果带有文泉驿正黑，进展表的标题却没有用它（标题与正文同一字体）：\n{fonts}")
    text = subprocess.run(["pdftotext", str(sheet), "-"], capture_output=True, text=True, check=True).stdout
    if "推进情况表" not in text:
        problems.append("进展表读不出标题“推进情况表”")
    if not shot.is_file() or shot.stat().st_size < 10_000:
        problems.append("截图没有生成")
    size = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()) / 2**20
    if size > 180:  # 150 MB until python-docx and its lxml came in for the Word documents
        problems.append(f"打包结果 {size:.0f} MB，超过 180 MB 的目标")
    for problem in problems:
        print("失败：" + problem, file=sys.stderr)
    how = "（无网络、隐藏了本机字体）" if isolated else "（未能隔离网络和本机字体：需要 root 和 unshare）"
    if not problems:
        print(f"打包结果可用{how}：{size:.0f} MB，进展表嵌入了 {embedded[0].split()[0]}。")
        shutil.rmtree(work, ignore_errors=True)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
