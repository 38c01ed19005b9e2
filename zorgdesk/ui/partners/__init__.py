"""Widgets of the Partners page: organisations, people, matrices and funding."""
