"""Use cases over an open workspace: one transaction each, plain data out, no widgets."""
