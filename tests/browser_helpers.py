"""Helpers for the real-browser tests (``tests/test_browser.py``) and ``docs/make_screenshots.py``.

They start JupyterLab or Voila from the project's virtualenv on 127.0.0.1 (free port, token, a
throw-away config/data/runtime dir, news and update checks off, read-only extension manager),
drive Debian's Chromium through Playwright (never ``playwright install``) with every request that
does not go to 127.0.0.1/localhost aborted, and wait on what the user sees: the status bar's
``Python 3 (ipykernel) | Idle``, every input prompt numbered, widgets rendered.

Example:
    >>> with lab_server(ROOT, tmp) as lab, browser(tmp) as ctx:    # doctest: +SKIP
    ...     page = open_lab_notebook(ctx, lab, "notebooks/00_start_here.ipynb")
    ...     run_all_cells(page)
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlparse

if TYPE_CHECKING:
    from playwright.sync_api import BrowserContext, Locator, Page, Route

ROOT = Path(__file__).resolve().parents[1]
#: Debian's Chromium (``apt-get install chromium``); Playwright's own browsers are never used.
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]
#: The Python and scripts of the environment running the tests (the project's ``.venv``).
BIN = Path(sys.executable).parent
#: Bounded timeouts (milliseconds for Playwright, seconds for servers).
SERVER_START_S = 120
PAGE_LOAD_MS = 90_000
RUN_ALL_MS = 240_000
UPDATE_MS = 30_000
VIEWPORT = {"width": 1280, "height": 900}
LOCAL_HOSTS = {"127.0.0.1", "localhost"}
#: Where failure artefacts (screenshot + HTML) go; printed in assertion messages.
ARTIFACTS = Path(os.environ.get("PRESSLENS_BROWSER_ARTIFACTS", tempfile.gettempdir())) / (
    "presslens-browser-artifacts"
)


def chromium_missing_reason() -> str | None:
    """Why the browser tests cannot run here (``None`` when Chromium and Playwright are present)."""
    if not CHROMIUM.exists():
        return f"{CHROMIUM} is absent (apt-get install chromium)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:  # pragma: no cover - dev dependency
        return "playwright (Python) is not installed"
    return None


def free_port() -> int:
    """A TCP port that is free on 127.0.0.1 right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _http_get(url: str, *, timeout: float = 5.0) -> int:
    """Status code of a GET to a local URL, ignoring any proxy settings."""
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    try:
        with opener.open(url, timeout=timeout) as resp:
            return int(resp.status)
    except urllib.error.HTTPError as exc:
        return int(exc.code)


def _http_post(url: str, *, timeout: float = 5.0) -> None:
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    req = urllib.request.Request(url, data=b"", method="POST")
    with contextlib.suppress(OSError), opener.open(req, timeout=timeout):
        pass


@dataclass
class Server:
    """A server process started in its own process group, with its log file."""

    proc: subprocess.Popen[bytes]
    url: str
    token: str
    log: Path
    extra: dict[str, Any] = field(default_factory=dict)

    def log_tail(self, n: int = 40) -> str:
        try:
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-n:])
        except OSError:
            return ""

    def stop(self) -> None:
        """Terminate the server, its process group and every descendant (kernels run in their own
        session, so the process group alone does not reach them)."""
        _kill_tree(self.proc)


def _descendants(pid: int) -> list[int]:
    try:
        import psutil
    except ImportError:  # pragma: no cover - psutil comes with ipykernel
        return []
    try:
        return [c.pid for c in psutil.Process(pid).children(recursive=True)]
    except psutil.Error:
        return []


def _kill_tree(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is not None:
        return
    children = _descendants(proc.pid)
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
    for pid in children:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.kill(pid, signal.SIGKILL)


def _server_env(tmp: Path) -> dict[str, str]:
    """Environment for a server: the venv first on PATH, throw-away Jupyter dirs, no proxies."""
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    env["PATH"] = f"{BIN}{os.pathsep}{env.get('PATH', '')}"
    env["VIRTUAL_ENV"] = str(BIN.parent)
    env["NO_PROXY"] = env["no_proxy"] = "127.0.0.1,localhost"
    for name in ("JUPYTER_CONFIG_DIR", "JUPYTER_DATA_DIR", "JUPYTER_RUNTIME_DIR", "IPYTHONDIR"):
        d = tmp / name.lower()
        d.mkdir(parents=True, exist_ok=True)
        env[name] = str(d)
    env["JUPYTER_PLATFORM_DIRS"] = "1"
    env["MPLBACKEND"] = "module://matplotlib_inline.backend_inline"
    env["PYTHONUNBUFFERED"] = "1"
    return env


def _start(cmd: list[str], *, env: dict[str, str], cwd: Path, ready: str, log: Path) -> subprocess.Popen[bytes]:
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("wb") as fh:
        proc = subprocess.Popen(
            cmd, cwd=cwd, env=env, stdout=fh, stderr=subprocess.STDOUT, start_new_session=True
        )
    deadline = time.monotonic() + SERVER_START_S
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(
                f"{cmd[0]} exited with {proc.returncode}; log {log}:\n{log.read_text(errors='replace')[-3000:]}"
            )
        with contextlib.suppress(OSError):
            if _http_get(ready) == 200:
                return proc
        time.sleep(0.5)
    _kill_tree(proc)
    raise RuntimeError(f"{cmd[0]} not ready after {SERVER_START_S}s; log {log}")


#: JupyterLab settings: every cell attached to the DOM (no virtual scrolling, so prompts and
#: outputs of all cells can be checked), no autosave, no news or update checks.
LAB_USER_SETTINGS: dict[str, dict[str, Any]] = {
    "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": {"windowingMode": "none"},
    # Never write outputs back into the repository's notebooks.
    "@jupyterlab/docmanager-extension/plugin.jupyterlab-settings": {"autosave": False},
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings": {
        "fetchNews": "false",
        "checkForUpdates": False,
    },
}


@contextlib.contextmanager
def lab_server(root: Path, tmp: Path) -> Iterator[Server]:
    """Run ``jupyter lab`` on 127.0.0.1 with ``root`` as its root directory.

    Nothing is fetched from the internet: news URL off, update checks off, extension manager
    read-only (no PyPI), terminals off.
    """
    tmp = Path(tmp)
    env = _server_env(tmp)
    cfg = Path(env["JUPYTER_CONFIG_DIR"])
    (cfg / "jupyter_lab_config.json").write_text(
        json.dumps(
            {
                "LabApp": {
                    "news_url": None,
                    "check_for_updates_class": "jupyterlab.handlers.announcements.NeverCheckForUpdate",
                    "extension_manager": "readonly",
                }
            }
        )
    )
    for rel, value in LAB_USER_SETTINGS.items():
        target = cfg / "lab" / "user-settings" / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(value))
    port, token = free_port(), secrets.token_hex(16)
    cmd = [
        str(BIN / "jupyter-lab"),
        "--no-browser",
        "--ServerApp.ip=127.0.0.1",
        f"--ServerApp.port={port}",
        "--ServerApp.port_retries=0",
        f"--IdentityProvider.token={token}",
        f"--ServerApp.root_dir={root}",
        "--ServerApp.terminals_enabled=False",
        "--ServerApp.disable_check_xsrf=False",
        "--LabApp.extension_manager=readonly",
        "--LabApp.expose_app_in_browser=True",
        # checkpoints outside the repository (an absolute path replaces ".ipynb_checkpoints")
        f"--FileCheckpoints.checkpoint_dir={tmp / 'checkpoints'}",
    ]
    if hasattr(os, "geteuid") and os.geteuid() == 0:  # CI containers run as root
        cmd.append("--allow-root")
    url = f"http://127.0.0.1:{port}"
    proc = _start(cmd, env=env, cwd=root, ready=f"{url}/api/status?token={token}", log=tmp / "lab.log")
    server = Server(proc, url, token, tmp / "lab.log")
    try:
        yield server
    finally:
        # Ask the server to shut its kernels down cleanly, then make sure everything is gone.
        _http_post(f"{url}/api/shutdown?token={token}")
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=10)
        server.stop()


@contextlib.contextmanager
def voila_server(notebook: Path, tmp: Path) -> Iterator[Server]:
    """Run ``voila NOTEBOOK`` (app mode: code cells hidden, widgets shown) on 127.0.0.1."""
    from toolkit.datasets import VOILA_TEMPLATE, app_environment

    tmp = Path(tmp)
    env = app_environment(_server_env(tmp))  # as `presslens app` runs it: the bundled template, no CDN
    port, token = free_port(), secrets.token_hex(16)
    cmd = [
        str(BIN / "voila"),
        f"--template={VOILA_TEMPLATE}",
        "--no-browser",
        "--Voila.ip=127.0.0.1",
        f"--port={port}",
        "--Voila.port_retries=0",
        f"--token={token}",
        "--show_tracebacks=True",
        str(notebook),
    ]
    url = f"http://127.0.0.1:{port}"
    proc = _start(
        cmd, env=env, cwd=notebook.parent, ready=f"{url}/voila/static/voila.js", log=tmp / "voila.log"
    )
    server = Server(proc, url, token, tmp / "voila.log")
    try:
        yield server
    finally:
        server.stop()


def _route_local_only(route: Route) -> None:
    host = urlparse(route.request.url).hostname or ""
    if route.request.url.startswith(("data:", "blob:")) or host in LOCAL_HOSTS:
        route.continue_()
    else:
        BLOCKED.append(route.request.url)
        route.abort()


#: Every request the browser tried to make to anything but 127.0.0.1/localhost (all aborted).
BLOCKED: list[str] = []


@contextlib.contextmanager
def browser(tmp: Path) -> Iterator[BrowserContext]:
    """A headless Chromium context with a fresh profile that can reach only 127.0.0.1."""
    from playwright.sync_api import sync_playwright

    profile = Path(tempfile.mkdtemp(prefix="chromium-profile-", dir=tmp))
    with sync_playwright() as pw:
        ctx = pw.chromium.launch_persistent_context(
            str(profile),
            executable_path=str(CHROMIUM),
            headless=True,
            args=CHROMIUM_ARGS,
            viewport=VIEWPORT,
            device_scale_factor=1,
            service_workers="block",
        )
        ctx.set_default_timeout(PAGE_LOAD_MS)
        ctx.route("**/*", _route_local_only)
        try:
            yield ctx
        finally:
            ctx.close()


def save_failure(page: Page, name: str) -> Path:
    """Save a screenshot and the page HTML for a failed check; returns the folder."""
    out = ARTIFACTS / f"{name}-{time.strftime('%Y%m%d-%H%M%S')}"
    out.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(Exception):
        page.screenshot(path=str(out / "page.png"), full_page=True)
    with contextlib.suppress(Exception):
        (out / "page.html").write_text(page.content())
    return out


@contextlib.contextmanager
def artefacts_on_failure(page: Page, name: str, server: Server | None = None) -> Iterator[None]:
    """Re-raise any failure with the path of a screenshot + HTML dump (and the server log tail)."""
    try:
        yield
    except Exception as exc:
        out = save_failure(page, name)
        tail = server.log_tail() if server else ""
        if server:
            (out / "server.log").write_text(tail)
        raise AssertionError(
            f"{name}: {type(exc).__name__}: {exc}\n"
            f"screenshot and HTML saved in {out}\nserver log tail:\n{tail}"
        ) from exc


# -- JupyterLab ---------------------------------------------------------------------------------

_PROMPTS_JS = """
() => {
  const cells = [...document.querySelectorAll('.jp-Notebook .jp-CodeCell')];
  return cells.map(c => {
    const p = c.querySelector('.jp-InputArea-prompt');
    const src = c.querySelector('.cm-content');
    return {prompt: p ? p.innerText.trim() : '', empty: src ? src.innerText.trim() === '' : false};
  });
}
"""


def open_lab_notebook(ctx: BrowserContext, lab: Server, relpath: str) -> Page:
    """Open ``relpath`` (relative to the Lab root) in a fresh workspace and wait for its kernel."""
    page = ctx.new_page()
    page.goto(f"{lab.url}/lab/tree/{relpath}?reset&token={lab.token}", wait_until="domcontentloaded")
    page.locator(".jp-Notebook").first.wait_for(state="visible", timeout=PAGE_LOAD_MS)
    _accept_kernel_dialog(page)
    wait_kernel_idle(page)
    return page


def _accept_kernel_dialog(page: Page) -> None:
    """If Lab asks which kernel to use (notebook without kernelspec), keep the default (python3)."""
    with contextlib.suppress(Exception):
        page.locator(".jp-Dialog .jp-mod-accept").click(timeout=3_000)


def wait_kernel_idle(page: Page, *, timeout: float = PAGE_LOAD_MS) -> None:
    """Wait for the status bar to read ``Python 3 (ipykernel) | Idle``."""
    page.wait_for_function(
        """() => {
          const bar = document.querySelector('#jp-main-statusbar');
          return !!bar && /\\(ipykernel\\)\\s*\\|\\s*Idle/.test(bar.innerText);
        }""",
        timeout=timeout,
    )


def code_prompts(page: Page) -> list[dict[str, Any]]:
    """``[{prompt: "[3]:", empty: False}, ...]`` for every code cell of the open notebook."""
    return list(page.evaluate(_PROMPTS_JS))


_ERRORS_JS = """
() => {
  // Error outputs from the notebook model (Lab renders them like stderr, so the DOM cannot
  // tell a traceback from a warning); needs --LabApp.expose_app_in_browser.
  const app = window.jupyterapp;
  const nb = app && app.shell.currentWidget;
  const model = nb && nb.content && nb.content.model;
  if (!model) return null;
  const errs = [];
  for (let i = 0; i < model.cells.length; i++) {
    const cell = model.cells.get(i);
    if (cell.type !== 'code') continue;
    for (let j = 0; j < cell.outputs.length; j++) {
      const out = cell.outputs.get(j).toJSON();
      if (out.output_type === 'error') errs.push(`cell ${i}: ${out.ename}: ${out.evalue}`);
    }
  }
  return errs;
}
"""


def error_outputs(page: Page) -> list[str]:
    """``"cell I: Ename: message"`` for every error output of the open notebook."""
    errs = page.evaluate(_ERRORS_JS)
    if errs is None:  # app not exposed: fall back to tracebacks in stderr-looking outputs
        texts = page.locator(
            '.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]'
        ).all_inner_texts()
        errs = [t for t in texts if "Traceback (most recent call last)" in t]
    return list(errs)


def run_all_cells(page: Page, *, timeout: float = RUN_ALL_MS) -> None:
    """Run → Run All Cells, then wait until every non-empty code cell shows ``[n]:`` and the kernel
    is idle again. Fails at once (with the error) when a cell raises, since Lab then stops."""
    page.locator("#jp-MainMenu").get_by_text("Run", exact=True).click()
    page.locator('.lm-Menu li.lm-Menu-item[data-command="runmenu:run-all"]').click()
    handle = page.wait_for_function(
        f"""() => {{
          const cells = ({_PROMPTS_JS})();
          if (cells.length > 0 && cells.every(c => c.empty || /^\\[\\d+\\]:$/.test(c.prompt)))
            return 'done';
          const errs = ({_ERRORS_JS})();
          const busy = cells.some(c => c.prompt === '[*]:');
          return (errs && errs.length && !busy) ? 'error' : false;
        }}""",
        timeout=timeout,
    )
    if handle.json_value() == "error":
        raise AssertionError(f"a cell raised during Run All: {error_outputs(page)}")
    wait_kernel_idle(page, timeout=timeout)


# -- widgets ------------------------------------------------------------------------------------

_FINGERPRINT_JS = """
async (root) => {
  const parts = [];
  for (const el of root.querySelectorAll('img, svg, canvas')) {
    if (el.closest('svg') && el.tagName.toLowerCase() !== 'svg') continue;
    const tag = el.tagName.toLowerCase();
    if (tag === 'svg') { parts.push('svg:' + el.outerHTML); continue; }
    if (tag === 'img') {
      // data: URLs carry the bytes themselves; other sources (blob:) are redrawn to pixels.
      if (el.src.startsWith('data:')) { parts.push('img:' + el.src); continue; }
      if (!el.complete) await new Promise(r => { el.onload = r; el.onerror = r; });
      try {
        const c = document.createElement('canvas');
        c.width = el.naturalWidth; c.height = el.naturalHeight;
        c.getContext('2d').drawImage(el, 0, 0);
        parts.push('img:' + c.toDataURL('image/png'));
      } catch (e) { parts.push('img:' + el.src); }
      continue;
    }
    parts.push('canvas:' + el.toDataURL('image/png'));
  }
  return parts.join('|');
}
"""


def chart_fingerprint(chart: Locator) -> str:
    """The pixels (or SVG markup) of every image inside ``chart``; equal strings = same picture.

    ``data:`` image sources are compared as they are (they hold the bytes); other ``<img>``
    sources are redrawn onto a canvas, so a new blob URL with the same bytes is no change.
    """
    return str(chart.evaluate(_FINGERPRINT_JS))


def wait_changed(page: Page, read: Any, before: str, *, what: str, timeout_ms: float = UPDATE_MS) -> str:
    """Poll ``read()`` until it differs from ``before`` (and is non-empty); return the new value."""
    deadline = time.monotonic() + timeout_ms / 1000
    now = before
    while time.monotonic() < deadline:
        now = read()
        if now and now != before:
            return now
        page.wait_for_timeout(200)
    raise AssertionError(f"{what} did not change within {timeout_ms / 1000:.0f}s")


def wait_stable(page: Page, read: Any, *, settle_ms: int = 600, timeout_ms: float = UPDATE_MS) -> str:
    """Poll ``read()`` until it returns the same non-empty value twice ``settle_ms`` apart."""
    deadline = time.monotonic() + timeout_ms / 1000
    last = read()
    while time.monotonic() < deadline:
        page.wait_for_timeout(settle_ms)
        now = read()
        if now and now == last:
            return now
        last = now
    raise AssertionError(f"value did not settle within {timeout_ms / 1000:.0f}s")


def change_dropdown(select_root: Locator) -> str:
    """Pick the next option of an ipywidgets Dropdown (``select_root`` is the widget or its
    ``<select>``); returns the chosen label."""
    select = select_root if _is_select(select_root) else select_root.locator("select").first
    options = select.locator("option").all_inner_texts()
    current = select.evaluate("s => s.options[s.selectedIndex] ? s.options[s.selectedIndex].text : ''")
    choices = [o for o in options if o != current]
    if not choices:
        raise AssertionError(f"dropdown has no other option than {current!r}: {options}")
    select.select_option(label=choices[0])
    return choices[0]


def _is_select(loc: Locator) -> bool:
    return bool(loc.evaluate("e => e.tagName.toLowerCase() === 'select'"))


def nudge_slider(slider_root: Locator, *, steps: int = 2) -> None:
    """Move an ipywidgets slider (noUiSlider handle) ``steps`` to the right with the keyboard; falls
    back to the left when it is at its maximum."""
    handle = slider_root.locator(".noUi-handle").first
    handle.focus()
    before = handle.get_attribute("aria-valuenow")
    for _ in range(steps):
        handle.press("ArrowRight")
    if handle.get_attribute("aria-valuenow") == before:
        for _ in range(steps):
            handle.press("ArrowLeft")


def text_of(loc: Locator) -> str:
    """``innerHTML`` of the first match (markup included, so highlight colours count)."""
    return str(loc.first.inner_html()) if loc.count() else ""


def strip_tags(markup: str) -> str:
    return re.sub(r"<[^>]+>", "", markup)


# -- latency ------------------------------------------------------------------------------------

_WATCH_JS = """
(els) => {
  window.__plMut = [];
  window.__plObs = els.map(el => {
    const o = new MutationObserver(() => window.__plMut.push(performance.now()));
    o.observe(el, {subtree: true, childList: true, attributes: true, characterData: true});
    return o;
  });
  return performance.now();
}
"""


def measure_update_ms(page: Page, watched: list[Locator], action: Any, *, quiet_ms: int = 700) -> float:
    """Milliseconds from ``action()`` (a user interaction) until the DOM under ``watched`` stops
    changing: the last mutation seen before ``quiet_ms`` without any (kernel round trip, Python
    update and rendering included). Example: ``measure_update_ms(page, [chart], lambda:
    change_dropdown(scorer))``."""
    handles = [w.first.element_handle() for w in watched]
    t0 = float(page.evaluate(_WATCH_JS, handles))
    action()
    deadline = time.monotonic() + UPDATE_MS / 1000
    last_n, last_change = -1, time.monotonic()
    while time.monotonic() < deadline:
        n = int(page.evaluate("window.__plMut.length"))
        if n != last_n:
            last_n, last_change = n, time.monotonic()
        elif n > 0 and (time.monotonic() - last_change) * 1000 >= quiet_ms:
            break
        page.wait_for_timeout(50)
    times = page.evaluate("(() => { window.__plObs.forEach(o => o.disconnect()); return window.__plMut; })()")
    if not times:
        raise AssertionError("nothing changed after the interaction")
    return float(max(times)) - t0


def voila_latency(*, repeats: int = 10) -> dict[str, list[float]]:
    """Interaction → display-settled times (ms) of the explorers in the Voila app, in Chromium.

    End to end: browser event, widget message to the kernel, Python update, message back,
    rendering. Run ``.venv/bin/python tests/browser_helpers.py`` to print a summary.
    """
    app = ROOT / "notebooks" / "apps" / "explorers.ipynb"
    res: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory(prefix="presslens-latency-") as d:
        tmp = Path(d)
        with voila_server(app, tmp) as v, browser(tmp) as ctx:
            page = ctx.new_page()
            page.goto(f"{v.url}/?token={v.token}")
            ex = {n: page.locator(f".presslens-{n}-explorer").first for n in ("tone", "actor", "timeline")}
            for loc in ex.values():
                loc.wait_for(state="visible")
            page.wait_for_timeout(1500)
            tone, actor, tl = ex["tone"], ex["actor"], ex["timeline"]
            buttons = tl.locator(".presslens-relation button")
            n_rel = buttons.count()
            for i in range(repeats):
                steps = {
                    "tone: scorer": (
                        [tone.locator(".presslens-chart"), tone.locator(".presslens-text")],
                        lambda: change_dropdown(tone.locator(".presslens-scorer")),
                    ),
                    "tone: smoothing": (
                        [tone.locator(".presslens-chart")],
                        lambda: nudge_slider(tone.locator(".presslens-window"), steps=1),
                    ),
                    "actor: select": (
                        [actor.locator(s) for s in (".presslens-chart", ".presslens-text", ".presslens-kwic")],
                        lambda: change_dropdown(actor.locator(".presslens-actor")),
                    ),
                    "timeline: filter": (
                        [tl.locator(".presslens-chart"), tl.locator(".presslens-events")],
                        lambda i=i: buttons.nth(1 + i % max(n_rel - 1, 1)).click(),
                    ),
                }
                for name, (watched, action) in steps.items():
                    res.setdefault(name, []).append(measure_update_ms(page, watched, action))
    return res


if __name__ == "__main__":
    import statistics

    for name, ms in voila_latency().items():
        print(f"{name:18s} median {statistics.median(ms):5.0f} ms   max {max(ms):5.0f} ms   (n={len(ms)})")
