"""CLI: ``python -m newsparse`` runs :func:`newsparse.cli.main`."""

from __future__ import annotations

import sys

from .cli import main

sys.exit(main())
