"""Errors the engine raises with a Vietnamese message meant for the user."""


class ReportError(Exception):
    """A report could not be loaded; ``str(err)`` is a Vietnamese message for the user."""
