"""The error types every layer raises for problems a user can act on."""


class WellbeingError(Exception):
    """A problem the user can understand and act on; its message is one plain line.

    Anything that is *not* a WellbeingError is a bug and is reported as such.
    """


class ValidationError(WellbeingError):
    """A value that breaks a domain rule; the message names the field and what is allowed."""

    def __init__(self, field: str, value: object, allowed: str, *, show_value: bool = True) -> None:
        self.field = field
        self.allowed = allowed
        # Journal text is never echoed back: it could end up in a log or a bug report.
        # ``shown`` is the value as the message shows it (None: hidden), so that the GUI can
        # word the message in another language without going back to the raw value.
        self.shown: str | None = _clip(repr(value)) if show_value else None
        shown = "this value" if self.shown is None else self.shown
        super().__init__(f"{_clip(field)}: {shown} is not allowed; {_clip(allowed, 300)}")


def _clip(text: str, limit: int = 60) -> str:
    # A message is one short line: a pasted paragraph is cut, not echoed whole.
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
