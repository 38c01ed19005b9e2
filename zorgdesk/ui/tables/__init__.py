"""Excel and CSV from the app: "Exporteren naar Excel…" on the lists and the import wizard."""
