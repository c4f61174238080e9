"""The YAML loader the engine reads its lexicons and packs with.

libyaml's safe loader where PyYAML was built with it (its wheels are): lexicons and the pack are
read at every start-up, and the pure-Python scanner was a third of `safepost check`'s start-up.
Both loaders give the same data and the same line marks for errors.
"""

from __future__ import annotations

import yaml

SAFE_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
