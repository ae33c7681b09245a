"""Pure domain rules: no Qt, no SQLAlchemy, no HTTP. The most tested code in the project."""
