"""The PySide6 user interface. The only package that imports Qt.

This `__init__` and `views.py` stay import-light (no Qt at module level) so the command line
can list the views for `--help` without paying Qt's start-up cost.
"""
