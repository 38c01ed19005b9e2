"""Excel and CSV into the app: the import wizard (the export menu is in ui/kit)."""
