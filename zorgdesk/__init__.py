"""ZorgDesk: the multi-year work agenda of a regional care collaboration, kept offline."""

__version__ = "0.1.0"
