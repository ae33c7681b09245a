"""Application services: what the UI asks for, in plain Python values. No Qt here.

Each function takes the SQLAlchemy Session its caller opened (the UI's database worker opens
one per job), so the same code serves the window, the command line and the tests.
"""
