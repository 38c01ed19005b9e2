"""Merging copies of one workspace: change capture (store/capture.py), merge, conflicts."""
