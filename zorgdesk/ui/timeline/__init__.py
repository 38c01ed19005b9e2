"""Widgets of the Tijdlijn page: the Gantt grid, its delegate and milestone editing."""
