"""One calm look for the whole app: a dark-blue sidebar, white pages, quiet greys."""

from __future__ import annotations

STYLE_SHEET = """
QMainWindow, QWidget#pageBody { background: #f6f7f9; }
QListWidget#navigation {
    background: #1f3a56; color: #dfe7ef; border: none; font-size: 14px;
    padding-top: 12px;
}
QListWidget#navigation::item { padding: 10px 18px; border-left: 3px solid transparent; }
QListWidget#navigation::item:selected {
    background: #2b4d70; color: white; border-left: 3px solid #7fb3e6;
}
QListWidget#navigation::item:hover:!selected { background: #26445f; }
/* Keyboard focus in the sidebar must be seen (WCAG 2.4.7); Qt's dotted rectangle was lost
   on the dark blue. Shown only while the sidebar has the focus. */
QListWidget#navigation::item:focus { border: 2px solid #ffd166; border-left: 3px solid #ffd166; }

QLabel#heading { font-size: 22px; font-weight: 600; color: #1b2733; }
QLabel#subheading { font-size: 15px; font-weight: 600; color: #1b2733; margin-top: 6px; }
QLabel#muted { color: #6b7580; }
QLabel#error { color: #b00020; }
QLabel#banner {
    background: #fff4d6; border-bottom: 1px solid #e3c66b; color: #4a3b00; padding: 8px 16px;
}
QLabel#vision {
    background: #eaf2fa; border-left: 4px solid #4f81bd; padding: 10px 14px; color: #1b2733;
}
QFrame#card { background: white; border: 1px solid #dde2e8; border-radius: 6px; }
QLabel#cardValue { font-size: 24px; font-weight: 600; color: #1f4e79; }
QLabel#panel {
    background: white; border: 1px solid #dde2e8; border-radius: 6px; padding: 10px;
}
QTableView, QTreeView, QTextBrowser {
    background: white; border: 1px solid #dde2e8; alternate-background-color: #f7f9fb;
    selection-background-color: #cfe3f6; selection-color: #1b2733;
}
QHeaderView::section {
    background: #eef1f4; color: #3a4652; border: none; border-right: 1px solid #dde2e8;
    border-bottom: 1px solid #dde2e8; padding: 4px 6px;
}
QToolBar { background: #ffffff; border-bottom: 1px solid #dde2e8; spacing: 8px; }
QToolButton#workspaceSwitcher { font-weight: 600; padding: 4px 10px; }
QStatusBar { background: #ffffff; border-top: 1px solid #dde2e8; color: #4a5560; }
"""
