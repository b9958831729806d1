"""Sphinx configuration for the newsparse documentation.

Build it the way CI does::

    python -m sphinx -W --keep-going -q -b html docs docs/_build/html
    python -m sphinx -b doctest docs docs/_build/doctest
"""

from __future__ import annotations

import os
from importlib.metadata import version as _version
from pathlib import Path

DOCS = Path(__file__).resolve().parent

# -- Project -----------------------------------------------------------------

project = "newsparse"
author = "The newsparse developers"
copyright = "newsparse developers"
release = _version("newsparse")  # the installed package, e.g. "0.1.0"
version = ".".join(release.split(".")[:2])

# -- General -----------------------------------------------------------------

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.intersphinx",
    "sphinx.ext.doctest",
    "myst_parser",
]

source_suffix = {".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build", "Thumbs.db", ".DS_Store"]
nitpicky = False

# -- MyST --------------------------------------------------------------------

myst_enable_extensions = ["colon_fence"]
myst_heading_anchors = 3  # so pages can link to "#some-heading" slugs

# -- autodoc and napoleon ----------------------------------------------------

autodoc_typehints = "description"
autodoc_member_order = "bysource"
napoleon_google_docstring = True
napoleon_numpy_docstring = False
napoleon_use_rtype = False

# -- intersphinx ---------------------------------------------------------------

# The docs link to the Python and attrs documentation when their inventories
# can be fetched. The CI build machine has no network, and a failed fetch is a
# warning, which `-W` turns into an error; so the mapping is empty by default.
# Set NEWSPARSE_DOCS_INTERSPHINX=1 for an online build (e.g. Read the Docs).
_INTERSPHINX = {
    "python": ("https://docs.python.org/3", None),
    "attrs": ("https://www.attrs.org/en/stable/", None),
}
intersphinx_mapping = (
    _INTERSPHINX if os.environ.get("NEWSPARSE_DOCS_INTERSPHINX") else {}
)

# -- doctest -----------------------------------------------------------------

# Examples in the pages are `{doctest}` blocks; `>>>` examples in the API
# docstrings are run too, with the public names in scope as in the modules.
# EXAMPLES is where the example files shown with `literalinclude` live, so
# a page can check that its example output is what newsparse really produces.
doctest_global_setup = f"""
import pathlib
import newsparse
from newsparse import *
EXAMPLES = pathlib.Path({str(DOCS / "examples")!r})
"""

# -- HTML --------------------------------------------------------------------

html_theme = "furo"
html_title = f"newsparse {release}"
html_static_path: list[str] = []
