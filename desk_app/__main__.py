"""`python -m desk_app`, and the entry script of the frozen build (build_installer.spec)."""

from desk_app.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
