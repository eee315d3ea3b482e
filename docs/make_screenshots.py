"""Take the screenshots in ``docs/screenshots/`` with the browser-test harness.

Starts JupyterLab (runs ``notebooks/00_start_here.ipynb``) and Voila (``notebooks/apps/explorers.ipynb``)
on 127.0.0.1, drives headless Debian Chromium with Playwright (``/usr/bin/chromium``; nothing but
127.0.0.1 is reachable) and saves PNGs of the loader with its overview and of the explorers, each
kept under 300 KB.

Usage:
    .venv/bin/python docs/make_screenshots.py [--out docs/screenshots]
"""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

import browser_helpers as bh  # noqa: E402

MAX_BYTES = 300_000
SHOT_VIEWPORT = {"width": 1280, "height": 1000}


def _save(png: bytes, path: Path) -> None:
    """Write ``png``; re-encode with a 256-colour palette (then downscale) when it is too big."""
    if len(png) > MAX_BYTES:
        from PIL import Image

        img = Image.open(io.BytesIO(png)).convert("RGB")
        while True:
            buf = io.BytesIO()
            img.quantize(colors=256, method=Image.Quantize.MEDIANCUT).save(buf, format="PNG", optimize=True)
            png = buf.getvalue()
            if len(png) <= MAX_BYTES:
                break
            img = img.resize((int(img.width * 0.85), int(img.height * 0.85)), Image.Resampling.LANCZOS)
    path.write_bytes(png)
    print(f"{path.relative_to(ROOT)}  {len(png) // 1024} KB")


def _shot(page: bh.Page, target: bh.Locator, path: Path) -> None:
    """Scroll ``target`` to the top of its scrolling panel and save the window.

    (JupyterLab and Voila scroll inside panels, where element screenshots of tall widgets come
    out clipped; a window screenshot also shows the surrounding app.)
    """
    target.evaluate("e => e.scrollIntoView({block: 'start'})")
    page.wait_for_timeout(600)
    _save(page.screenshot(), path)


def lab_shots(ctx: bh.BrowserContext, tmp: Path, out: Path) -> None:
    with bh.lab_server(ROOT, tmp / "lab") as lab:
        page = bh.open_lab_notebook(ctx, lab, "notebooks/00_start_here.ipynb")
        page.set_viewport_size(SHOT_VIEWPORT)
        with bh.artefacts_on_failure(page, "screenshots-lab", lab):
            page.keyboard.press("Control+b")  # hide the file browser: more room for the notebook
            bh.run_all_cells(page)
            loader = page.locator(".presslens-article-loader").first
            loader.wait_for(state="visible")
            page.locator(".presslens-overview .presslens-chart").first.wait_for(state="visible")
            _shot(page, page.locator(".jp-CodeCell", has=loader).first, out / "lab-loader-overview.png")
            for name in ("tone", "actor", "timeline"):
                sel = f".presslens-{name}-explorer"
                page.locator(sel).first.wait_for(state="visible")
                # the code cell (input + widget) holding the explorer
                cell = page.locator(".jp-CodeCell", has=page.locator(sel)).first
                _shot(page, cell, out / f"lab-{name}-explorer.png")
        page.close()


def voila_shots(ctx: bh.BrowserContext, tmp: Path, out: Path) -> None:
    app = ROOT / "notebooks" / "apps" / "explorers.ipynb"
    with bh.voila_server(app, tmp / "voila") as voila:
        page = ctx.new_page()
        page.set_viewport_size(SHOT_VIEWPORT)
        with bh.artefacts_on_failure(page, "screenshots-voila", voila):
            page.goto(f"{voila.url}/?token={voila.token}", wait_until="domcontentloaded")
            for name in ("tone", "actor", "timeline"):
                page.locator(f".presslens-{name}-explorer").first.wait_for(state="visible")
            page.wait_for_timeout(1000)
            _save(page.screenshot(), out / "voila-app.png")
            for name in ("actor", "timeline"):
                _shot(page, page.locator(f".presslens-{name}-explorer").first, out / f"voila-{name}-explorer.png")
        page.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args(argv)
    reason = bh.chromium_missing_reason()
    if reason:
        print(f"cannot take screenshots: {reason}", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="presslens-shots-") as tmp, bh.browser(Path(tmp)) as ctx:
        lab_shots(ctx, Path(tmp), args.out)
        voila_shots(ctx, Path(tmp), args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
