"""Build steps that make the data files shipped in the package (run by hand, never at run time)."""
