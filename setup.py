"""Build hook: ship the seed article and the notebooks inside the package.

``seeds/`` and ``notebooks/`` stay the only copies in the repository; building a wheel (from the
repository or from the sdist, which includes both folders, see ``MANIFEST.in``) copies them to
``toolkit/data/seeds/`` and ``toolkit/data/notebooks/``, so that an installed Presslens has
``load_seed()``, ``presslens notebooks DIR`` and ``presslens app`` without the repository. An
editable install reads the repository folders instead (see :mod:`toolkit.datasets`).
Everything else is in ``pyproject.toml``.
"""

from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
#: repository folder -> (folder inside the built package, the files it ships)
SHIPPED = {
    "seeds": ("toolkit/data/seeds", ("*.txt", "*.meta.json")),
    "notebooks": ("toolkit/data/notebooks", ("*.ipynb", "*.md", "*.py")),
}


def shipped_files(folder: str) -> list[Path]:
    """The files of a repository folder that the package ships (no checkpoints, no hidden files)."""
    base = ROOT / folder
    files = {p for pattern in SHIPPED[folder][1] for p in base.rglob(pattern)}
    return sorted(p for p in files if p.is_file() and not any(s.startswith(".") for s in p.relative_to(base).parts))


class BuildPyWithData(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        for folder, (dest, _) in SHIPPED.items():
            for src in shipped_files(folder):
                target = Path(self.build_lib) / dest / src.relative_to(ROOT / folder)
                self.mkpath(str(target.parent))
                self.copy_file(str(src), str(target))


setup(cmdclass={"build_py": BuildPyWithData})
